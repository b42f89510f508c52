// The basic build (no extended or logical queries, which we never use) keeps the browser bundle small.
import Fuse from 'fuse.js/basic';
import type { Service } from '../directory/schema.js';
import { wordsOf } from './normalize.js';

/** What fuse.js's score (0 perfect, 1 none) and a name that is, or starts with, the text add. */
const FUSE_WEIGHT = 0.15;
const WHOLE_NAME = 0.3;
const NAME_START = 0.15;

/**
 * Extra relevance for the best few candidates. Word-by-word scores cannot see whether the words
 * come in order, near the start of the name: fuse.js's bitap scoring can, and typo-tolerantly.
 * It runs on a few dozen services, not the directory, so it costs well under a millisecond.
 */
export function refine(candidates: readonly Service[], text: string, open: boolean): number[] {
  const bonus = candidates.map(() => 0);
  // Names folded the way the index folds them (case, accents, punctuation), so "Café" and "cafe"
  // score alike.
  const folded = candidates.map((service) => ({
    name: wordsOf(service.name).join(' '),
    organisation: wordsOf(service.organisation.name).join(' '),
  }));
  const fuse = new Fuse(folded, {
    keys: [
      { name: 'name', weight: 3 },
      { name: 'organisation', weight: 1 },
    ],
    includeScore: true,
    shouldSort: false,
  });
  for (const result of fuse.search(wordsOf(text).join(' '))) bonus[result.refIndex] = FUSE_WEIGHT * (1 - (result.score ?? 1));

  const typed = wordsOf(text);
  candidates.forEach((service, i) => {
    const name = wordsOf(service.name);
    const whole = typed.length === name.length && typed.every((word, j) => name[j] === word);
    const starts = typed.every((word, j) => name[j] === word || (open && j === typed.length - 1 && name[j]?.startsWith(word)));
    if (whole || starts) bonus[i]! += whole ? WHOLE_NAME : NAME_START;
  });
  return bonus;
}
