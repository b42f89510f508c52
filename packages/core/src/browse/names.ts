import { STOPWORDS, wordsOf } from '../search/normalize.js';

/**
 * A Latin letter with an accent, which a word's key has without it ("é" is `e`; see
 * search/normalize.ts). Nothing else folds into the letters and digits keys are made of.
 */
const ACCENTED = /[\u00c0-\u024f\u1e00-\u1eff]/;

/** A pattern for a key inside a word, in any case, with the apostrophes keys leave out ("womens" in "Women's"). */
const patternOf = (key: string) => new RegExp(key.split('').join("['\u2019]?"), 'i');

/**
 * What people who typed before a browse index came are looking for first: names with every word
 * one of them typed, each perhaps half typed (a word of the name starts with it), as a test for
 * BrowseIndexReader's `readFirst`. Undefined when nothing was typed. Typos, synonyms and words
 * that are not in the name (a town, say) wait for the search proper.
 */
export function typedNames(texts: readonly string[]): ((name: string) => boolean) | undefined {
  // The same texts, the same test: a reader asked again can tell nothing changed.
  const key = JSON.stringify(texts);
  if (key !== last.key) last = { key, test: testFor(texts) };
  return last.test;
}

let last: { key?: string; test?: (name: string) => boolean } = {};

function testFor(texts: readonly string[]): ((name: string) => boolean) | undefined {
  const queries = texts.map((text) => wordsOf(text).filter((word) => !STOPWORDS.includes(word))).filter((words) => words.length > 0);
  if (!queries.length) return undefined;
  // Most names are plain: a word that is not in the name, whatever its case, cannot start one of
  // its words, and a regular expression says so for far less than splitting 15,000 names into words.
  const longest = queries.map((words) => patternOf(words.reduce((a, b) => (b.length > a.length ? b : a))));
  return (name) => {
    if (!longest.some((pattern) => pattern.test(name)) && !ACCENTED.test(name)) return false;
    const own = wordsOf(name);
    return queries.some((words) => words.every((word) => own.some((key) => key.startsWith(word))));
  };
}
