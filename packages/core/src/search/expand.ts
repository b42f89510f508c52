import { popcount } from './bitset.js';
import { editDistances } from './edit-distance.js';
import { lettersOf, type TextIndex } from './text-index.js';
import type { TokenHits } from './text-query.js';

/** The words of the index a typed word may stand for, and how well each fits (1 is exact). */
export interface Expansion {
  readonly quality: Map<number, number>;
  /** Characters of each word to highlight: the typed start of it, or 0 for all of it. */
  readonly marks: Map<string, number>;
  /** The services it matches, once worked out. */
  hits?: TokenHits;
}

/**
 * The indexed words `token` may mean: itself; words it starts (if `open`, the person may still
 * be typing it; a finished word only if it has four letters or more: "walk" finds "walking",
 * "men" does not find "mental"); and words one typo away (two from eight letters on), or whose
 * start is, while it is being typed. One pass over the dictionary: a word missing more of the
 * token's letters than typos allowed is passed over without comparing letter by letter.
 */
export function expandWord(index: TextIndex, token: string, open: boolean): Expansion {
  const quality = new Map<number, number>();
  const marks = new Map<string, number>();
  const typos = token.length >= 8 ? 2 : token.length >= 4 ? 1 : 0;
  const letters = lettersOf(token);
  const { words, lengths } = index;
  // Only measured words: long text being indexed a slice at a time adds words before it is done.
  for (let w = 0; w < lengths.length; w++) {
    const word = words[w]!;
    if (word === token) {
      quality.set(w, 1);
      marks.set(word, 0);
    } else if ((open || token.length >= 4) && word.startsWith(token)) {
      quality.set(w, 0.7 + (0.25 * token.length) / word.length);
      marks.set(word, token.length);
    } else if (
      typos > 0 &&
      popcount(letters & ~index.letters[w]!) <= typos &&
      lengths[w]! >= token.length - typos &&
      (open || lengths[w]! <= token.length + typos)
    ) {
      const [whole, prefix] = editDistances(token, word, typos);
      const found = whole <= typos ? 0.6 - 0.15 * (whole - 1) : open && prefix <= typos ? 0.5 - 0.15 * (prefix - 1) : 0;
      if (found > 0) {
        quality.set(w, found);
        marks.set(word, 0);
      }
    }
  }
  return { quality, marks };
}
