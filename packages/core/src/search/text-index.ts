import type { Directory } from '../directory/schema.js';
import { vocabularies } from '../directory/vocabularies.js';
import { MAX_FUZZY_LENGTH } from './edit-distance.js';
import { FILTER_GROUPS, type FacetIndex } from './facet-index.js';
import { Dictionary } from './dictionary.js';
import { STOPWORDS, Words, wordsOf } from './normalize.js';
import { SEARCH_SYNONYMS } from './synonyms.js';
import { PackedLists, PostingsBuilder } from './packed-lists.js';

/**
 * The fields a word is indexed in, by number: 0 name, 1 organisation, 2 tags, 3 locations,
 * 4 summary, 5 description, and 6 for the first word of a name (a single letter typed finds
 * names that start with it).
 */
export const FIRST_WORD = 6;
/** What a word found in each field is worth, against 1 for a whole word of the name. */
export const FIELD_WEIGHTS = [1, 0.7, 0.6, 0.5, 0.45, 0.3, 1];

/** Words of a vocabulary term's label or alias, or of an area's name, that stand for the term. */
export interface Phrase {
  readonly words: readonly number[];
  readonly term: number;
  readonly field: 'terms' | 'areas';
  /** The term's label or the area's name, for highlighting. */
  readonly label: string;
}
export const PHRASE_WEIGHTS = { terms: 0.6, areas: 0.5 };

/** One bit per letter (digits share the last bits): a word missing k letters is k edits away. */
export function lettersOf(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    mask |= 1 << (c >= 97 && c <= 122 ? c - 97 : 26 + (c % 6));
  }
  return mask;
}

const NONE: readonly number[] = [];

/** The services with a word, in order, with bits of the fields (FIELD_WEIGHTS order) it is in. */
export interface WordHits {
  readonly services: Int32Array;
  readonly bits: Uint8Array;
}

/** The weight of the best field among a set of field bits. */
export const BEST_WEIGHT = Float32Array.from({ length: 128 }, (_, bits) =>
  Math.max(0, ...FIELD_WEIGHTS.filter((_, field) => (bits >> field) & 1)),
);

/** Postings gathered a slice of services at a time, out of sight of searches until all are in. */
interface Building {
  readonly lists: PostingsBuilder;
  readonly first: PostingsBuilder;
  next: number;
}

/**
 * An inverted index of words: each distinct word has a number, and a posting list of
 * `service << 3 | field` for the services whose text has it, in service order. Short fields
 * (names, organisations, tags, places) are indexed first, long text (summaries and
 * descriptions: most of the characters) next; each all at once when a search first needs it,
 * or a slice at a time on idle (`indexShortText`, `indexLongText`), so a page never stops for
 * it. The vocabulary terms' labels, aliases and everyday synonyms (SEARCH_SYNONYMS) and the
 * areas' names are phrases that stand for them.
 */
export class TextIndex {
  readonly phrases: Phrase[] = [];
  /** For typo matching without comparing every word: the length and letters of each word. */
  lengths = new Uint8Array();
  letters = new Int32Array();
  private readonly dictionary = new Dictionary();
  private short: PackedLists | undefined;
  /** The postings of words that begin a name, apart: a single letter typed finds only those. */
  private first: PackedLists | undefined;
  private long: PackedLists | undefined;
  private building: Building | undefined;
  private readonly hits = new Map<number, WordHits>();
  /** The one scanner indexing reads every text with, rather than an object per text. */
  private readonly scan = new Words('');
  /** Changes whenever words or postings are added: what was worked out from them is stale. */
  version = 0;

  constructor(
    private readonly directory: Directory,
    facets: FacetIndex,
  ) {
    // Stopwords take the first numbers, so "is it a stopword" is one comparison.
    for (const word of STOPWORDS) this.dictionary.numberOf(word);
    this.addPhrases(facets);
    this.measure();
  }

  get words(): readonly string[] {
    return this.dictionary.words;
  }

  /**
   * The posting lists of word `n`: where it begins a name when `letters` is 1, short fields for
   * 2, and long text too for 3 or more.
   */
  postings(n: number, letters: number): Array<ArrayLike<number>> {
    this.indexShortText();
    if (letters === 1) return [this.first!.of(n)];
    return letters > 2 ? [this.short!.of(n), this.long?.of(n) ?? NONE] : [this.short!.of(n)];
  }

  /**
   * The services whose text has word `n`, once each, with the bits of the fields it is in:
   * `letters` 1 for names that start with it, 2 for short fields, 3 for long text too. Kept,
   * as one word is looked up again and again while a person types ("sup", "supo", "suport").
   */
  hitsOf(n: number, letters: number): WordHits {
    this.indexShortText();
    const key = n * 4 + letters;
    let hits = this.hits.get(key);
    if (hits) return hits;
    const short = letters === 1 ? this.first!.of(n) : this.short!.of(n);
    const long = letters > 2 ? (this.long?.of(n) ?? NONE) : NONE;
    const services = new Int32Array(short.length + long.length);
    const bits = new Uint8Array(services.length);
    let count = 0;
    // Both lists are in service order: merge them, one entry per service.
    for (let i = 0, j = 0; i < short.length || j < long.length;) {
      const posting = j >= long.length || (i < short.length && short[i]! <= long[j]!) ? short[i++]! : long[j++]!;
      const field = posting & 7;
      const s = posting >>> 3;
      if (count > 0 && services[count - 1] === s) bits[count - 1]! |= 1 << field;
      else {
        services[count] = s;
        bits[count++] = 1 << field;
      }
    }
    if (this.hits.size > 4096) this.hits.clear();
    hits = { services: services.slice(0, count), bits: bits.slice(0, count) };
    this.hits.set(key, hits);
    return hits;
  }

  /**
   * Indexes names, organisations, tags and places, once: all now, or a slice at a time while
   * `more()` says so. True once every service is in.
   */
  indexShortText(more: () => boolean = () => true): boolean {
    if (this.short) return true;
    const done = this.indexEach(more, (building, service, s) => {
      this.index(building.lists, service.name, s, 0, building.first);
      this.index(building.lists, service.organisation.name, s, 1);
      // Loops by number, not for…of: until the optimising compiler takes this over, each for…of
      // makes an iterator, and at 10,000 services those were most of a megabyte of garbage.
      for (let i = 0; i < service.tags.length; i++) this.index(building.lists, service.tags[i], s, 2);
      for (let i = 0; i < service.locations.length; i++) {
        const location = service.locations[i]!;
        this.index(building.lists, location.town, s, 3);
        // A masked location's name and postcode may give away where it is.
        if (!location.masked) {
          this.index(building.lists, location.name, s, 3);
          this.index(building.lists, location.postcode, s, 3);
        }
      }
    });
    if (!done) return false;
    this.short = done.lists.pack();
    this.first = done.first.pack();
    this.measure();
    return true;
  }

  /**
   * Indexes summaries and descriptions, once, after the short fields: all now, or a slice at a
   * time while `more()` says so. True once every service is in.
   */
  indexLongText(more: () => boolean = () => true): boolean {
    if (this.long) return true;
    if (!this.indexShortText(more)) return false;
    const done = this.indexEach(more, (building, service, s) => {
      this.index(building.lists, service.summary, s, 4);
      this.index(building.lists, service.description, s, 5);
    });
    if (!done) return false;
    this.long = done.lists.pack();
    this.hits.clear();
    this.measure();
    return true;
  }

  /**
   * Runs `add` for each service not yet indexed while `more()` says so, checking every 32:
   * the postings once every service is in, else undefined. Until then searches see none of it:
   * words it adds to the dictionary are not yet measured, so no expansion finds them.
   */
  private indexEach(
    more: () => boolean,
    add: (building: Building, service: Directory['services'][number], s: number) => void,
  ): Building | undefined {
    const building = (this.building ??= { lists: new PostingsBuilder(), first: new PostingsBuilder(), next: 0 });
    const { services } = this.directory;
    while (building.next < services.length) {
      if (building.next % 32 === 0 && !more()) return undefined;
      const s = building.next++;
      add(building, services[s]!, s);
    }
    this.building = undefined;
    return building;
  }

  /** Adds the words of `text` to `lists`; a name's first words also to `first`. */
  private index(lists: PostingsBuilder, text: string | undefined, service: number, field: number, first?: PostingsBuilder): void {
    if (!text) return;
    let posting = (service << 3) | (first ? FIRST_WORD : field);
    for (const scan = this.scan.restart(text); scan.next(); posting = (service << 3) | field) {
      const n = this.dictionary.numberOfWord(scan);
      if (n < STOPWORDS.length) continue;
      lists.add(n, posting);
      if ((posting & 7) === FIRST_WORD) first!.add(n, posting);
    }
  }

  private addPhrases(facets: FacetIndex): void {
    const number = (word: string) => this.dictionary.numberOf(word);
    FILTER_GROUPS.forEach((group, g) => {
      if (group === 'area') {
        // An area's name counts word by word: "Sussex" finds East and West Sussex.
        for (const area of this.directory.areas) {
          const term = facets.termOf(g, area.id)!;
          for (const word of new Set(wordsOf(area.name))) {
            if (!STOPWORDS.includes(word)) this.phrases.push({ words: [number(word)], term, field: 'areas', label: area.name });
          }
        }
      } else if (group in vocabularies) {
        for (const { id, label, aliases = [] } of vocabularies[group as keyof typeof vocabularies].terms) {
          const term = facets.termOf(g, id)!;
          for (const name of new Set([label, ...aliases, ...(SEARCH_SYNONYMS[`${group}:${id}`] ?? [])])) {
            const words = wordsOf(name);
            if (words.length) this.phrases.push({ words: words.map(number), term, field: 'terms', label });
          }
        }
      }
    });
  }

  private measure(): void {
    this.version++;
    const { words } = this.dictionary;
    this.lengths = Uint8Array.from(words, (word) => Math.min(word.length, MAX_FUZZY_LENGTH + 1));
    this.letters = Int32Array.from(words, lettersOf);
  }
}
