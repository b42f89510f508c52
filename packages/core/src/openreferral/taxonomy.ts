import {
  accessibilityFeatures,
  communities,
  experiences,
  formats,
  organisationKinds,
  provisionKinds,
  referralRoutes,
  settings,
  transitions,
} from '../directory/vocabularies.js';
import type { Vocabulary } from '../directory/vocabulary.js';
import { SCHEMA_VERSION } from '../directory/schema.js';
import { sharedId } from './ids.js';
import type { HsdsTaxonomy, HsdsTaxonomyTerm } from './types.js';

/**
 * Our published taxonomy. Each vocabulary is a taxonomy at this address plus its id
 * (`https://peer-support-kit.github.io/taxonomy/format/`), and each term is that plus the
 * term id (`…/taxonomy/format/drop-in`). The term's `code` is the part after the base
 * (`format/drop-in`): HSDS asks codes to be unique, and some of our term ids appear in two
 * vocabularies (`homelessness` is a setting and an experience). These addresses are stable:
 * data depends on them, as it does on term ids.
 */
export const TAXONOMY_URI = 'https://peer-support-kit.github.io/taxonomy/';

/** The closed vocabularies written as attributes, keyed by vocabulary id. */
export const termVocabularies: readonly Vocabulary[] = [
  provisionKinds,
  formats,
  settings,
  experiences,
  communities,
  transitions,
  referralRoutes,
  accessibilityFeatures,
  organisationKinds,
];

/** Which service field holds each vocabulary's terms (organisation kind and cost live elsewhere). */
export const serviceTermFields = {
  provision: 'provision',
  format: 'formats',
  setting: 'settings',
  experience: 'experiences',
  community: 'communities',
  transition: 'transitions',
  referral: 'referral',
  accessibility: 'accessibility',
} as const;

export type ServiceTermVocabulary = keyof typeof serviceTermFields;

/**
 * Fields HSDS has no column for travel as attributes whose term is in our `field` taxonomy, with
 * the content in the attribute's `value`. That is HSDS's own way to extend a record, and another
 * HSDS reader sees a named term and a value rather than an unknown column.
 */
export const fieldTerms = {
  id: ['Peer Support Kit id', "The record's id in the Peer Support Kit directory it was exported from."],
  summary: ['Summary', 'One or two sentences about the service, for a result card.'],
  'status-note': ['Status note', 'Why the service is closed or paused, or when it reopens.'],
  'active-partner': ['Active partner', 'The organisation is an active partner of the network that publishes the directory.'],
  kind: [
    'What it is',
    'An entry that is not one service: `network` (a network or forum of providers) or `organisation` (a whole organisation).',
  ],
  'operator-not-confirmed': [
    'Operator not confirmed',
    'No source names the organisation as the one that runs this service; it is only listed with it.',
  ],
  'last-heard-of': ['Last heard of', 'The newest evidence found that the service runs: a year, a month or a day (2013, 2023-08).'],
  'confirmed-by-service': ['Confirmed by the service', 'When the service itself confirmed its entry (YYYY-MM-DD).'],
  link: ['Link', 'Another way in, such as a referral form: a JSON object with a label and a url.'],
  source: ['Source', "Where the entry's facts come from: a JSON object with a title and optional url and date."],
  masked: ['Masked location', 'The exact place is not published; it is shared on contact.'],
  'address-lines': [
    'Address lines',
    'The street address as a JSON list of lines, when it has more lines than address_1 and address_2 hold.',
  ],
} as const satisfies Record<string, readonly [string, string]>;

export type FieldName = keyof typeof fieldTerms;

/** Taxonomies whose terms are made as needed: free tags, charters signed, and the fields above. */
export const openTaxonomies = {
  tag: ['Peer Support Kit: tags', 'Free words a directory gives a service where no vocabulary term fits.'],
  charter: ['Peer Support Kit: charters', 'Peer support charters a service has signed; the term code is the charter id.'],
  field: ['Peer Support Kit: fields', 'Directory fields that HSDS has no column for; the attribute value holds the content.'],
} as const;

export type OpenTaxonomy = keyof typeof openTaxonomies;

export function taxonomyId(key: string): string {
  return sharedId(`taxonomy:${key}`);
}

export function termCode(taxonomy: string, code: string): string {
  return `${taxonomy}/${encodeURIComponent(code)}`;
}

export function termId(taxonomy: string, code: string): string {
  return sharedId(`taxonomy_term:${termCode(taxonomy, code)}`);
}

export function taxonomyRow(key: string, name: string, description: string): HsdsTaxonomy {
  return { id: taxonomyId(key), name, description, uri: `${TAXONOMY_URI}${key}/`, version: SCHEMA_VERSION };
}

export function termRow(taxonomy: string, code: string, name: string, description: string): HsdsTaxonomyTerm {
  return {
    id: termId(taxonomy, code),
    code: termCode(taxonomy, code),
    name,
    description,
    taxonomy: `${TAXONOMY_URI}${taxonomy}/`,
    taxonomy_id: taxonomyId(taxonomy),
    language: 'en',
    term_uri: `${TAXONOMY_URI}${termCode(taxonomy, code)}`,
  };
}

/** Every taxonomy of ours, and the terms of the closed vocabularies and of `field`. */
export function publishedTaxonomy(): { taxonomies: HsdsTaxonomy[]; terms: HsdsTaxonomyTerm[] } {
  const taxonomies = termVocabularies.map((vocab) =>
    taxonomyRow(vocab.id, `Peer Support Kit: ${vocab.label.toLowerCase()}`, `The Peer Support Kit vocabulary "${vocab.label}".`),
  );
  for (const [key, [name, description]] of Object.entries(openTaxonomies)) taxonomies.push(taxonomyRow(key, name, description));
  const terms = termVocabularies.flatMap((vocab) =>
    vocab.terms.map((term) => termRow(vocab.id, term.id, term.label, `${vocab.label}: ${term.label}.`)),
  );
  for (const [code, [name, description]] of Object.entries(fieldTerms)) terms.push(termRow('field', code, name, description));
  return { taxonomies, terms };
}

/** A term of ours, as a reader finds it: its taxonomy key (`format`) and code (`drop-in`). */
export interface OurTerm {
  readonly taxonomy: string;
  readonly code: string;
}

/** `https://peer-support-kit.github.io/taxonomy/format/drop-in` or `format/drop-in` → the term. */
export function ourTermFromPath(path: string): OurTerm | undefined {
  const rest = path.startsWith(TAXONOMY_URI) ? path.slice(TAXONOMY_URI.length) : path;
  const slash = rest.indexOf('/');
  if (slash <= 0 || slash === rest.length - 1) return undefined;
  const taxonomy = rest.slice(0, slash);
  if (!isOurTaxonomy(taxonomy)) return undefined;
  try {
    return { taxonomy, code: decodeURIComponent(rest.slice(slash + 1)) };
  } catch {
    return undefined;
  }
}

export function isOurTaxonomy(key: string): boolean {
  return key in openTaxonomies || termVocabularies.some((vocab) => vocab.id === key);
}

/** Our taxonomy key for a taxonomy URI (`…/taxonomy/format/`) or taxonomy id, if it is ours. */
export function ourTaxonomyKey(uriOrId: string): string | undefined {
  if (uriOrId.startsWith(TAXONOMY_URI)) {
    const key = uriOrId.slice(TAXONOMY_URI.length).replace(/\/$/, '');
    return isOurTaxonomy(key) ? key : undefined;
  }
  return taxonomyKeysById().get(uriOrId.toLowerCase());
}

let keysById: Map<string, string> | undefined;

function taxonomyKeysById(): Map<string, string> {
  // Built on first use, so loading the module does no hashing.
  keysById ??= new Map([...termVocabularies.map((vocab) => vocab.id), ...Object.keys(openTaxonomies)].map((key) => [taxonomyId(key), key]));
  return keysById;
}
