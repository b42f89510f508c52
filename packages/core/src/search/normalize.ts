const folded = new Map<number, number>();

/** A character's code with case and accents folded away ("É" → "e"), for matching. */
function foldCode(code: number): number {
  if (code < 128) return code >= 65 && code <= 90 ? code + 32 : code;
  let to = folded.get(code);
  if (to === undefined) {
    to = String.fromCharCode(code).normalize('NFD').toLowerCase().charCodeAt(0);
    folded.set(code, to);
  }
  return to;
}

const isWordCode = (code: number) => (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
const isApostrophe = (code: number) => code === 39 || code === 8217;

/**
 * The words of a text, one at a time, without copying it: letters and digits, with case and
 * accents folded; an apostrophe inside a word is dropped ("Women's" is `womens`). `start` and
 * `end` are positions in the original text, for highlighting. Indexing millions of characters
 * at build time is the cost this saves: no lowercase copy, no regular expression, no substring
 * per word.
 */
export class Words {
  start = 0;
  end = 0;
  /** A hash of the word's key, to look it up without making the string. */
  hash = 0;
  private at = 0;

  constructor(private text: string) {}

  /** Starts again on `text`: indexing reads tens of thousands of texts with one scanner. */
  restart(text: string): this {
    this.text = text;
    this.at = this.start = this.end = this.hash = 0;
    return this;
  }

  next(): boolean {
    const { text } = this;
    let i = this.at;
    while (i < text.length && !isWordCode(foldCode(text.charCodeAt(i)))) i++;
    if (i >= text.length) return false;
    this.start = i;
    let hash = 0;
    for (; i < text.length; i++) {
      const code = foldCode(text.charCodeAt(i));
      if (isWordCode(code)) hash = (Math.imul(hash, 31) + code) | 0;
      else if (!(isApostrophe(code) && i + 1 < text.length && isWordCode(foldCode(text.charCodeAt(i + 1))))) break;
    }
    this.end = this.at = i;
    this.hash = hash;
    return true;
  }

  /** The current word's key: folded, without apostrophes. */
  key(): string {
    let key = '';
    for (let i = this.start; i < this.end; i++) {
      const code = foldCode(this.text.charCodeAt(i));
      if (isWordCode(code)) key += String.fromCharCode(code);
    }
    return key;
  }

  /** Whether the current word's key is `key`. */
  is(key: string): boolean {
    let k = 0;
    for (let i = this.start; i < this.end; i++) {
      const code = foldCode(this.text.charCodeAt(i));
      if (isWordCode(code) && code !== key.charCodeAt(k++)) return false;
    }
    return k === key.length;
  }
}

/** The hash `Words` gives a word whose key is `key`. */
export function hashOf(key: string): number {
  let hash = 0;
  for (let i = 0; i < key.length; i++) hash = (Math.imul(hash, 31) + key.charCodeAt(i)) | 0;
  return hash;
}

/** The keys of a text's words, in order. */
export function wordsOf(text: string): string[] {
  const keys: string[] = [];
  for (const words = new Words(text); words.next();) keys.push(words.key());
  return keys;
}

/** Whether the text ends inside a word: the person may still be typing it. */
export const endsInWord = (text: string): boolean => text.length > 0 && isWordCode(foldCode(text.charCodeAt(text.length - 1)));

/**
 * Words too common to narrow a search. They are not indexed, and a query never requires them
 * (typing "women and girls" does not flash to "no results" at "women and").
 */
export const STOPWORDS: readonly string[] = 'a an and are as at be by for from i in is it me my of on or our the to we with you your'.split(
  ' ',
);

/**
 * Words so common in a directory of peer support that they narrow nothing ("young people",
 * "peer support in Worthing"). Unlike stopwords they are indexed and count towards a match's
 * score, but a service need not have them: "young people" finds services for young people, not
 * every service that mentions people.
 */
export const WEAK_WORDS: readonly string[] = 'people person peer peers support supports service services help near'.split(' ');

/** The words of a text as typed (case and accents kept), in the order `wordsOf` gives their keys. */
export function typedWordsOf(text: string): string[] {
  const typed: string[] = [];
  for (const words = new Words(text); words.next();) typed.push(text.slice(words.start, words.end));
  return typed;
}
