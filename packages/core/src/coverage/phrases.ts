import type { Vocabulary } from '../directory/vocabulary.js';
import { labelOf } from '../directory/vocabulary.js';

// How each term reads inside a sentence ("No peer support for young people in Worthing"). The
// vocabularies' labels are headings ("Young people", "LGBTQ+"); lower-casing them would break
// names and acronyms, so the words are written out here. A term added later falls back to its label.

const communityPhrases: Record<string, string> = {
  'young-people': 'young people',
  'older-people': 'older people',
  lgbtq: 'LGBTQ+ people',
  'trans-non-binary': 'trans and non-binary people',
  women: 'women',
  men: 'men',
  'racialised-communities': 'Black, Asian and minority ethnic communities',
  faith: 'faith communities',
  'disabled-people': 'disabled people',
  carers: 'carers',
  parents: 'parents',
};

const provisionPhrases: Record<string, string> = {
  informal: 'informal peer support',
  'organised-volunteer': 'volunteer peer mentors or buddies',
  'paid-peer-workers': 'paid peer support workers',
};

const transitionPhrases: Record<string, string> = {
  'entering-services': 'peer support for people starting to use mental health services',
  'leaving-services': 'peer support for people moving on from mental health services',
  'leaving-hospital': 'peer support for people leaving hospital',
  crisis: 'crisis peer support',
};

// A gap is a gap in the directory, not proof that nothing exists: every sentence says so.
const LISTS_NO = 'The directory lists no';

export const noProvision = (vocab: Vocabulary, term: string, area: string) =>
  `${LISTS_NO} ${provisionPhrases[term] ?? `"${labelOf(vocab, term)}"`} in ${area}`;

export const noTransition = (vocab: Vocabulary, term: string, area: string) =>
  `${LISTS_NO} ${transitionPhrases[term] ?? `peer support for "${labelOf(vocab, term)}"`} in ${area}`;

export const noCommunity = (vocab: Vocabulary, term: string, area: string) =>
  `${LISTS_NO} peer support for ${communityPhrases[term] ?? `"${labelOf(vocab, term)}"`} in ${area}`;

export const noServices = (area: string) => `${LISTS_NO} peer support in ${area}`;

/** Said only where there is crisis peer support on weekdays (none at all is a gap of its own). */
export function noWeekendCrisis(area: string, crisisServices: number): string {
  const which =
    crisisServices === 1
      ? 'its one crisis peer support service lists no weekend hours'
      : `none of its ${crisisServices} crisis peer support services lists weekend hours`;
  return `${LISTS_NO} weekend crisis peer support in ${area} (${which})`;
}
