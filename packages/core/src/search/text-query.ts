import { forEach, popcount } from './bitset.js';
import { expandWord, type Expansion } from './expand.js';
import type { FacetIndex } from './facet-index.js';
import { endsInWord, hashOf, STOPWORDS, WEAK_WORDS, wordsOf } from './normalize.js';
import { BEST_WEIGHT, FIELD_WEIGHTS, PHRASE_WEIGHTS, type Phrase, type TextIndex } from './text-index.js';

/** Services that match a text, valid until the matcher is called again. */
export interface TextMatch {
  /** The matching services' indices, in no particular order. */
  readonly services: Int32Array;
  /** Relevance of each matching service (by service index), about 0 to 1. */
  readonly score: Float32Array;
  /** Bits (by field number, as in FIELD_WEIGHTS) of the fields each matching service matched in. */
  readonly fields: Uint8Array;
  /** Vocabulary terms and areas the text named. */
  readonly phrases: readonly Phrase[];
  /** Words to highlight, by hash: how many characters to mark, 0 for the whole word. */
  readonly marks: ReadonlyMap<number, { readonly key: string; readonly mark: number }>;
  /** The typed words searched for (folded), in order. */
  readonly tokens: readonly string[];
  /** Bits (by token) of the words a full match must have: every one that carries meaning. */
  readonly required: number;
  /** Tokens (by index) that carry meaning and match nothing in the directory. */
  readonly unmatched: readonly number[];
  /** True when no service has every word: `services` are those with some, for the caller to label. */
  readonly partial: boolean;
  /** Bits (by token) of the words each matching service has, by service index. */
  readonly words: Uint16Array;
}

/**
 * The services a typed word matches, with the bits of the fields it matched in, and its value
 * for each: one quality for all (times the best field's weight) or one value each.
 */
export interface TokenHits {
  readonly services: Int32Array;
  readonly bits: Uint8Array;
  readonly quality: number | Float32Array;
}

const MAX_TOKENS = 12;
const MAX_CACHED = 64;
/** Up to this many words, a typed word's hits are put together from each word's kept list. */
const FEW_WORDS = 4;

/**
 * Matches text against the index. Each typed word is expanded once to the indexed words it may
 * mean (exact, prefix, one or two typos) and its services are scored once; both are remembered,
 * so the next keystroke only works on the word being typed. Within a word the best field
 * counts; across words scores add up, and every word that carries meaning must match (stopwords
 * and WEAK_WORDS need not).
 */
export function createTextMatcher(index: TextIndex, facets: FacetIndex, size: number): (text: string) => TextMatch | undefined {
  const cache = new Map<string, Expansion>();
  // Scratch space, reused by every search (only ever one at a time).
  const seen = new Int32Array(size);
  const best = new Float32Array(size);
  const bestFields = new Uint8Array(size);
  const counted = new Int32Array(size);
  const total = new Float32Array(size);
  /** Bits (by typed word) of the words each service matched. */
  const wordsFound = new Uint16Array(size);
  const score = new Float32Array(size);
  const fields = new Uint8Array(size);
  const touch = new Int32Array(size);
  const candidate = new Int32Array(size);
  const result = new Int32Array(size);
  let stamp = 0;
  /** How many services the current pass has touched (listed in `touch`). */
  let touched = 0;

  /** Starts a pass that keeps each service once, with its best value and every field it matched. */
  const startPass = () => {
    stamp++;
    touched = 0;
  };
  const keepBest = (s: number, value: number, fieldBits: number) => {
    if (seen[s] !== stamp) {
      seen[s] = stamp;
      best[s] = value;
      bestFields[s] = fieldBits;
      touch[touched++] = s;
    } else {
      if (value > best[s]!) best[s] = value;
      bestFields[s]! |= fieldBits;
    }
  };
  let round = 0;
  let version = index.version;

  /** The expansion of a typed word, worked out once. `open`: the person may still be typing it. */
  function expand(token: string, open: boolean): Expansion {
    const key = open ? `${token}…` : token;
    let expansion = cache.get(key);
    if (!expansion) {
      if (cache.size >= MAX_CACHED) cache.clear();
      expansion = expandWord(index, token, open);
      cache.set(key, expansion);
    }
    return expansion;
  }

  /**
   * The services with any of the expansion's words, each with its best field: in short fields
   * only while a word is one or two letters long, and for a single letter alone, only names
   * that start with it. When one word has them all, its list serves as it is.
   */
  function hitsFor(expansion: Expansion, letters: number): TokenHits {
    if (expansion.hits) return expansion.hits;
    startPass();
    const add = keepBest;
    if (expansion.quality.size <= FEW_WORDS) {
      // A few words (a finished word and its typos): each word's list is kept for the next
      // keystroke, and serves as it is when it is the only one with services.
      const found = [...expansion.quality]
        .map(([word, quality]) => [index.hitsOf(word, letters), quality] as const)
        .filter(([hits]) => hits.services.length);
      if (found.length <= 1) {
        const [hits, quality] = found[0] ?? [{ services: new Int32Array(), bits: new Uint8Array() }, 0];
        return (expansion.hits = { ...hits, quality });
      }
      for (const [{ services, bits }, quality] of found) {
        for (let i = 0; i < services.length; i++) add(services[i]!, quality * BEST_WEIGHT[bits[i]!]!, bits[i]!);
      }
    } else {
      // Many words (the start of a word): straight from their postings.
      for (const [word, quality] of expansion.quality) {
        for (const list of index.postings(word, letters)) {
          for (let i = 0; i < list.length; i++) {
            const field = list[i]! & 7;
            add(list[i]! >>> 3, quality * FIELD_WEIGHTS[field]!, 1 << field);
          }
        }
      }
    }
    const hits = { services: touch.slice(0, touched), bits: new Uint8Array(touched), quality: new Float32Array(touched) };
    for (let i = 0; i < touched; i++) {
      hits.quality[i] = best[touch[i]!]!;
      hits.bits[i] = bestFields[touch[i]!]!;
    }
    return (expansion.hits = hits);
  }

  return function match(text: string): TextMatch | undefined {
    const tokens = wordsOf(text).slice(0, MAX_TOKENS);
    let open = endsInWord(text);
    // A letter just typed after other words narrows nothing yet: wait for the next one.
    if (open && tokens.length > 1 && tokens[tokens.length - 1]!.length === 1) {
      tokens.pop();
      open = false;
    }
    if (tokens.length === 0) return undefined;
    // How many letters of a word count: a word still being typed is only its short start.
    const letters = (j: number) => (open && j === tokens.length - 1 ? Math.min(tokens[j]!.length, 3) : 3);
    // Text is indexed when first needed (unless done on idle before): short fields for any
    // word, long text for a word of three letters or more; expansions worked out before then
    // may miss its words.
    index.indexShortText();
    if (tokens.some((_, j) => letters(j) > 2)) index.indexLongText();
    if (version !== index.version) {
      version = index.version;
      cache.clear();
    }
    const expansions = tokens.map((token, j) => expand(token, open && j === tokens.length - 1));

    // Vocabulary terms and areas named in the text: every word of a label or alias, in order
    // ("hearing voices", "voices"). A word of one or two letters must be whole.
    const credits = tokens.map((): Array<[term: number, value: number]> => []);
    const phrases = new Set<Phrase>();
    const fits = (word: number, j: number) => {
      const quality = expansions[j]!.quality.get(word);
      return quality !== undefined && (quality === 1 || tokens[j]!.length >= 3) ? quality : 0;
    };
    for (const phrase of index.phrases) {
      for (let at = 0; at + phrase.words.length <= tokens.length; at++) {
        if (!fits(phrase.words[0]!, at)) continue;
        const qualities = phrase.words.map((word, i) => fits(word, at + i));
        if (qualities.includes(0)) continue;
        phrases.add(phrase);
        qualities.forEach((quality, i) => credits[at + i]!.push([phrase.term, quality * PHRASE_WEIGHTS[phrase.field]]));
      }
    }

    round++;
    let candidates = 0;
    /** Bits of the words that carry meaning: a full match has every one of them. */
    let required = 0;
    let contributing = 0;
    const unmatched: number[] = [];
    /** Adds a word's best value for a service to the service's total, and marks the word found. */
    const accumulate = (s: number, value: number, bits: number, word: number) => {
      if (counted[s] !== round) {
        counted[s] = round;
        total[s] = 0;
        wordsFound[s] = 0;
        fields[s] = 0;
        candidate[candidates++] = s;
      }
      total[s]! += value;
      wordsFound[s]! |= word;
      fields[s]! |= bits;
    };
    tokens.forEach((token, j) => {
      // While only a letter or two is typed, long text would match nearly everything.
      const hits = hitsFor(expansions[j]!, letters(j));
      const word = STOPWORDS.includes(token) || WEAK_WORDS.includes(token) ? 0 : 1 << j;
      required |= word;
      const { services, bits, quality } = hits;
      let found = services.length > 0;
      if (credits[j]!.length === 0) {
        // Each service is in a word's hits once, with its best field: add them as they are.
        // Inlined rather than calling accumulate: the first letters of a word hit most services.
        const each = typeof quality === 'number' ? undefined : quality;
        for (let i = 0; i < services.length; i++) {
          const s = services[i]!;
          if (counted[s] !== round) {
            counted[s] = round;
            total[s] = 0;
            wordsFound[s] = 0;
            fields[s] = 0;
            candidate[candidates++] = s;
          }
          total[s]! += each ? each[i]! : (quality as number) * BEST_WEIGHT[bits[i]!]!;
          wordsFound[s]! |= word;
          fields[s]! |= bits[i]!;
        }
      } else {
        // Terms named by the word count too: take each service's best of both.
        const valueAt = (i: number) => (typeof quality === 'number' ? quality * BEST_WEIGHT[bits[i]!]! : quality[i]!);
        startPass();
        const visit = keepBest;
        for (let i = 0; i < services.length; i++) visit(services[i]!, valueAt(i), bits[i]!);
        for (const [term, value] of credits[j]!) forEach(facets.sets[term]!, (s) => visit(s, value, 0));
        for (let i = 0; i < touched; i++) accumulate(touch[i]!, best[touch[i]!]!, bestFields[touch[i]!]!, word);
        found = touched > 0;
      }
      if (found) contributing++;
      else if (word) unmatched.push(j);
    });

    // Every word that carries meaning must match. When no service has them all, the services
    // with some of them are kept apart, as a partial match the caller must label as such.
    let matched = 0;
    for (let i = 0; i < candidates; i++) {
      const s = candidate[i]!;
      if ((wordsFound[s]! & required) === required) {
        result[matched++] = s;
        score[s] = total[s]! / Math.max(contributing, 1);
      }
    }
    const partial = matched === 0 && popcount(required) > 1;
    if (partial) {
      for (let i = 0; i < candidates; i++) {
        const s = candidate[i]!;
        const found = popcount(wordsFound[s]! & required);
        if (found === 0) continue;
        result[matched++] = s;
        score[s] = ((total[s]! / Math.max(contributing, 1)) * found) / popcount(required);
      }
    }
    const services = result.subarray(0, matched);

    const marks = new Map<number, { key: string; mark: number }>();
    expansions.forEach((expansion, j) => {
      if (!STOPWORDS.includes(tokens[j]!) || (open && j === tokens.length - 1)) {
        for (const [key, mark] of expansion.marks) marks.set(hashOf(key), { key, mark });
      }
    });
    return { services, score, fields, phrases: [...phrases], marks, tokens, required, unmatched, partial, words: wordsFound };
  };
}
