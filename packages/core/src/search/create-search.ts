import type { Directory } from '../directory/schema.js';
import { bitset, forEach, has } from './bitset.js';
import { createConditions, PLACED_BY, type Conditions } from './conditions.js';
import { createFacetCounter, type Chosen } from './facet-count.js';
import { buildFacetIndex, FILTER_GROUPS } from './facet-index.js';
import { highlight } from './highlight.js';
import { endsInWord, typedWordsOf, wordsOf } from './normalize.js';
import { createRanker } from './rank.js';
import { refine } from './refine.js';
import { nearestWord } from './suggest-spelling.js';
import { DEFAULT_TIME_ZONE } from './schedule.js';
import { TextIndex } from './text-index.js';
import { createTextMatcher, type TextMatch } from './text-query.js';
import type { DirectorySearch, FilterGroup, Preferences, SearchHit, SearchOptions, SearchQuery, SearchResult } from './types.js';

/**
 * How many hits a search builds when the caller does not say: one page, the most the directory
 * element shows at once. Each hit is ranked and highlighted, so a query matching 8,000 services
 * would otherwise build 8,000 of them on every keystroke; `total` still counts every match, and
 * a caller that wants more asks with `limit`.
 */
export const SEARCH_PAGE_SIZE = 20;

/**
 * Without text, near a place: the nearest first among services as alike in what they share
 * (under a whole preference's worth), then those found by the area they cover.
 */
const nearness = (placed: number | undefined, km: number | undefined) => (placed === 1 ? 0.5 / (1 + km! / 5) : placed === 2 ? 0.05 : 0);

/**
 * Sorted by distance: those with a distance nearest first, then those found by area, then those
 * online only, then any that could not be placed; each kind by `score` within it. (The ranker
 * keeps scores below 4,096: each kind has a band of 1,000; half the earth round is 20,040 km.)
 */
const nearFirst = (placed: number, km: number | undefined, score: number) =>
  placed === 1 ? 3000 + 999 * (1 - km! / 20040) : BAND[placed]! + Math.min(score, 999);
/** The band of each way of being placed, by PLACED_BY number: none, distance, area, online. */
const BAND = [0, 3000, 2000, 1000];

/** How many of the best text matches fuse.js looks at again. */
const REFINED = 20;
/** How much each preference the service shares adds to a text match's score (as a fraction). */
const PER_SHARED = 0.1;
/** Each kind of preference, and the vocabulary (filter group) its terms come from. */
export const PREFERENCE_GROUPS = {
  experiences: 'experience',
  communities: 'community',
  formats: 'format',
  transitions: 'transition',
} as const;
const FIRST_LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const NO_SERVICES = new Int32Array(0);

/**
 * Builds the search over a directory once, for `search` to answer each keystroke in a few
 * milliseconds. Building indexes the terms (a set of services per term: filters and facet
 * counts are set operations); the words are indexed on the first search with text, the long
 * text (summaries, descriptions) on the first that needs it, or both on `prepare`.
 *
 * `search` is a pure function of its query: what it remembers between calls (the words typed
 * so far, the last conditions, the counts of the whole list) only saves work and never changes
 * an answer.
 */
export function createSearch(directory: Directory, options: SearchOptions = {}): DirectorySearch {
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  const { services } = directory;
  const size = services.length;
  const facets = buildFacetIndex(directory);
  // The words are indexed on the first search with text (or on `prepare`): the first thing a
  // page shows is the whole list, which needs only the terms.
  let text: TextIndex | undefined;
  let matcher: ReturnType<typeof createTextMatcher> | undefined;
  const textIndex = () => (text ??= new TextIndex(directory, facets));
  /** What the text matches; nothing to match when every word is a stopword or weak ("peer support"). */
  const matchText = (typed: string) => {
    const match = wordsOf(typed).length ? (matcher ??= createTextMatcher(textIndex(), facets, size))(typed) : undefined;
    return match?.required ? match : undefined;
  };
  const AREA = FILTER_GROUPS.indexOf('area');
  const conditionsOf = createConditions(services, timeZone, (areas) => {
    const set = bitset(size);
    for (const id of areas) {
      const term = facets.termOf(AREA, id);
      if (term !== undefined) set.forEach((_, w) => (set[w]! |= facets.sets[term]![w]!));
    }
    return set;
  });

  const ranker = createRanker(services);
  const { best } = ranker;
  const countFacets = createFacetCounter(facets, size);
  /** Each term's group and id, by term number (numbered group by group, in FILTER_GROUPS order). */
  const termNames = FILTER_GROUPS.flatMap((group, g) => facets.ids[g]!.map((term) => ({ group: group as FilterGroup, term })));
  /** How many of FIRST_LETTERS `prepare` has searched for. */
  let warmed = 0;
  /** Scratch space for each search: the services found, and scores by service. */
  const found = new Int32Array(size);
  const scores = new Float64Array(size);

  function search(query: SearchQuery): SearchResult {
    const base = conditionsOf(query);
    const chosen: Chosen[] = [];
    FILTER_GROUPS.forEach((group, g) => {
      const ids = query.filters?.[group];
      if (!ids?.length) return;
      const set = bitset(size);
      for (const id of ids) {
        const term = facets.termOf(g, id);
        if (term !== undefined) set.forEach((_, w) => (set[w]! |= facets.sets[term]![w]!));
      }
      chosen.push({ group: g, set });
    });
    const typed = query.text ?? '';
    const match = matchText(typed);
    const conditions = `${base.key} ${JSON.stringify(FILTER_GROUPS.map((group) => query.filters?.[group] ?? []))}`;
    // A partial match (no service has every word) finds nothing: its services are offered apart.
    const partial = match?.partial ? match : undefined;
    const { counts, passing } = countFacets(conditions, base.set, chosen, partial ? NO_SERVICES : match?.services);
    const results = passingOf(partial ? NO_SERVICES : match?.services, passing, found);
    const limit = Math.min(results.length, query.limit ?? SEARCH_PAGE_SIZE);
    const hits = rankedHits(results, limit, match, query, base);

    const facetCounts = {} as Record<FilterGroup, Record<string, number>>;
    let term = 0;
    FILTER_GROUPS.forEach((group, g) => {
      const byId: Record<string, number> = (facetCounts[group] = {});
      for (const id of facets.ids[g]!) byId[id] = counts[term++]!;
    });
    const typedWords = typedWordsOf(typed);
    let answer: SearchResult = {
      results: hits,
      total: results.length,
      facets: facetCounts,
      unmatched: match ? match.unmatched.map((j) => typedWords[j] ?? match.tokens[j]!) : [],
      named: match ? namedTerms(match) : [],
    };
    const suggestion = match?.unmatched.length ? suggestSpelling(query, match) : undefined;
    if (suggestion) answer = { ...answer, suggestion };
    if (base.placed) answer = { ...answer, near: nearCounts(results, base, chosen, partial ? NO_SERVICES : match?.services) };
    if (!partial) return answer;
    const some = passingOf(partial.services, countFacets(conditions, base.set, chosen, partial.services).passing, found);
    const partialHits = rankedHits(some, Math.min(some.length, query.limit ?? SEARCH_PAGE_SIZE), partial, query, base, (s) => ({
      words: wordsOfHit(partial, s, typedWords),
    }));
    const required = match!.tokens.flatMap((token, j) => ((match!.required >>> j) & 1 ? [typedWords[j] ?? token] : []));
    return { ...answer, partial: { results: partialHits, total: some.length, words: required } };
  }

  /** The services of `list` (or every service, without a list) that pass the conditions, into `into`. */
  function passingOf(list: Int32Array | undefined, passing: Uint32Array, into: Int32Array): Int32Array {
    let count = 0;
    if (list) {
      for (const s of list) if ((passing[s >>> 5]! >>> (s & 31)) & 1) into[count++] = s;
    } else {
      forEach(passing, (s) => (into[count++] = s));
    }
    return into.subarray(0, count);
  }

  /**
   * The text with each word that matched nothing replaced by the directory's nearest word, when
   * that search finds services: "Did you mean …?".
   */
  function suggestSpelling(query: SearchQuery, match: TextMatch): string | undefined {
    const typed = query.text ?? '';
    const words = typedWordsOf(typed);
    let text = typed;
    for (const j of match.unmatched) {
      const nearest = nearestWord(textIndex(), match.tokens[j]!);
      if (!nearest) return undefined;
      text = text.replace(words[j]!, nearest);
    }
    return search({ ...query, text, limit: 0 }).total > 0 ? text : undefined;
  }

  /** The vocabulary terms the text named, once each ("voices" names hearing voices). */
  function namedTerms(match: TextMatch): SearchResult['named'] {
    const named = new Set<number>();
    for (const phrase of match.phrases) if (phrase.field === 'terms') named.add(phrase.term);
    return [...named].map((term) => termNames[term]!);
  }

  /**
   * How the results were placed near the person, and how many services that pass the filters
   * and the text were left out only because they could not be placed.
   */
  function nearCounts(
    results: Int32Array,
    base: Conditions,
    chosen: readonly Chosen[],
    text: Int32Array | undefined,
  ): SearchResult['near'] {
    const counts = { distance: 0, area: 0, online: 0, unplaced: 0 };
    for (const s of results) {
      const by = PLACED_BY[base.placed![s]!];
      if (by) counts[by]++;
    }
    const passes = (s: number) => has(base.unplaced!, s) && chosen.every(({ set }) => has(set, s));
    if (text) for (const s of text) counts.unplaced += passes(s) ? 1 : 0;
    else forEach(base.unplaced!, (s) => (counts.unplaced += passes(s) ? 1 : 0));
    return counts;
  }

  /** The typed words a partially matching service has, in the order they were typed. */
  function wordsOfHit(match: TextMatch, s: number, typedWords: readonly string[]): string[] {
    const bits = match.words[s]! & match.required;
    return match.tokens.flatMap((token, j) => ((bits >>> j) & 1 ? [typedWords[j] ?? token] : []));
  }

  /** The best `limit` of `results`, ranked and refined, as hits with what to highlight. */
  function rankedHits(
    results: Int32Array,
    limit: number,
    match: TextMatch | undefined,
    query: SearchQuery,
    { distance, placed }: Conditions,
    more: (s: number) => Partial<SearchHit> = () => ({}),
  ): SearchHit[] {
    const typed = query.text ?? '';
    const matched = results.length;
    const wanted = preferencesOf(query.preferences);
    const shared = (s: number) => wanted.filter(({ term }) => has(facets.sets[term]!, s));
    const byDistance = query.sort === 'distance' && placed !== undefined;
    // Text alone ranks by the text's scores as they are; preferences (and, without text,
    // nearness) make a score of their own, and sorting by distance puts nearness first.
    let ranking: ArrayLike<number> = match?.score ?? scores;
    if (wanted.length || !match || byDistance) {
      ranking = scores;
      for (const s of results) {
        const count = wanted.length ? shared(s).length : 0;
        const score = match ? match.score[s]! * (1 + PER_SHARED * count) : count;
        scores[s] = byDistance ? nearFirst(placed[s]!, distance?.[s], score) : match ? score : score + nearness(placed?.[s], distance?.[s]);
      }
    }

    const ordered = best(results, ranking, Math.max(limit, match ? Math.min(REFINED, matched) : 0));
    let refined = 0;
    if (match && ordered.length && !byDistance) {
      const window = ordered.slice(0, (refined = Math.min(REFINED, ordered.length)));
      const bonus = refine(
        window.map((s) => services[s]!),
        typed,
        endsInWord(typed),
      );
      window.forEach((s, i) => (scores[s] = ranking[s]! + bonus[i]!));
      // Bonuses only add, so the window stays above everything after it.
      ordered.splice(0, refined, ...best(window, scores, refined));
    }

    return ordered.slice(0, limit).map((s, i) => ({
      service: services[s]!,
      score: i < refined ? scores[s]! : ranking[s]!,
      matches: match ? highlight(services[s]!, s, match, facets) : [],
      shared: shared(s).map(({ group, id }) => ({ group, term: id })),
      ...(distance && distance[s]! < Infinity ? { distanceKm: distance[s]! } : {}),
      ...(placed?.[s] ? { near: PLACED_BY[placed[s]]! } : {}),
      ...more(s),
    }));
  }

  /** The chosen preference terms, by number. */
  function preferencesOf(preferences: Preferences | undefined) {
    const wanted: Array<{ group: keyof Preferences; id: string; term: number }> = [];
    for (const [group, vocab] of Object.entries(PREFERENCE_GROUPS) as Array<[keyof Preferences, FilterGroup]>) {
      for (const id of new Set(preferences?.[group] ?? [])) {
        const term = facets.termOf(FILTER_GROUPS.indexOf(vocab as (typeof FILTER_GROUPS)[number]), id);
        if (term !== undefined) wanted.push({ group, id, term });
      }
    }
    return wanted;
  }

  return {
    directory,
    search,
    prepare: (more = () => true) => {
      ranker.prepare();
      if (!textIndex().indexLongText(more)) return false;
      // Every search starts with one letter typed: work out what each letter matches (and get
      // the code that does it compiled) now, so the first key press is as quick as the rest.
      for (; warmed < FIRST_LETTERS.length; warmed++) {
        if (!more()) return false;
        search({ text: FIRST_LETTERS[warmed], limit: 10 });
      }
      return true;
    },
  };
}
