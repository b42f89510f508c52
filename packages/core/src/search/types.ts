import type { Directory, Service, Session } from '../directory/schema.js';

/**
 * The groups a person can filter by. Most are a vocabulary of the directory schema; `area` is
 * the directory's own areas, and `attendance`, `day` and `when` are derived from the data.
 */
export type FilterGroup =
  | 'provision'
  | 'format'
  | 'setting'
  | 'experience'
  | 'community'
  | 'transition'
  | 'referral'
  | 'cost'
  | 'accessibility'
  /** What an entry is: `service`, `network` or `organisation`. */
  | 'kind'
  /** Directory area ids. An area matches services listed for it, for areas within it, and for the larger areas it lies in (which cover it too). */
  | 'area'
  /** `in-person` or `online` (online, phone or text). */
  | 'attendance'
  /** `monday` … `sunday`: has a session on that day. */
  | 'day'
  /** `weekend` (a Saturday or Sunday session), `evening` (still open after 18:00, or overnight), `by-appointment`. */
  | 'when';

/** Chosen terms per group: OR within a group, AND across groups. */
export type Filters = Partial<Record<FilterGroup, readonly string[]>>;

/** What matters to the person (the charters' "Solidarity" and "Choice"): ranks, never filters. */
export interface Preferences {
  readonly experiences?: readonly string[];
  readonly communities?: readonly string[];
  readonly formats?: readonly string[];
  /** Times of change (the transition vocabulary): leaving hospital, becoming a parent… */
  readonly transitions?: readonly string[];
}

/**
 * Where the person is, or a place they named. Distances are measured from `lat`/`lng` to each
 * service's nearest location with coordinates (masked ones count: their coordinates are
 * approximate, but close enough to tell how far). A service is never left out for lacking
 * coordinates alone: one that covers an area in `areas` is kept (its distance unknown), an
 * online-only one is always kept, and each hit says which (`SearchHit.near`).
 */
export interface Near {
  /** The point: absent when the place named has no known centre (then only `areas` count). */
  readonly lat?: number;
  readonly lng?: number;
  /** Leave out in-person services with coordinates farther than this; absent, none is left out. */
  readonly radiusKm?: number;
  /**
   * The directory areas the place is in (a named area, or those whose centre lies within the
   * radius): as in the area filter, a service listed for a larger area they lie in covers them too.
   */
  readonly areas?: readonly string[];
}

/** How a service was placed for `near`: by its distance, by covering the area, or online only. */
export type NearBy = 'distance' | 'area' | 'online';

export interface SearchQuery {
  /** Free text, typos allowed. Empty lists everything. */
  readonly text?: string;
  readonly filters?: Filters;
  /** The person's age: services whose age range leaves it out are left out. */
  readonly age?: number;
  /** Only services with a session in progress at this instant (in the directory's time zone). */
  readonly openAt?: Date;
  /** Where the person is, or a place they named: see `Near`. */
  readonly near?: Near;
  /**
   * `distance`: with `near`, the nearest first (services found by area next, online ones last),
   * whatever the text's scores. By default the best match first.
   */
  readonly sort?: 'relevance' | 'distance';
  readonly preferences?: Preferences;
  /** Closed services are left out unless this is set; temporarily closed ones stay in. */
  readonly includeClosed?: boolean;
  /**
   * Build hits for at most this many results: by default `SEARCH_PAGE_SIZE` (20), one page; the
   * total still counts them all. `Infinity` builds a hit for every match.
   */
  readonly limit?: number;
}

/** Where the text matched, for highlighting: half-open `[start, end)` character ranges of `value`. */
export interface FieldMatch {
  readonly field: 'name' | 'organisation' | 'summary' | 'description' | 'tags' | 'terms' | 'areas' | 'locations';
  readonly value: string;
  readonly ranges: ReadonlyArray<readonly [start: number, end: number]>;
}

/** One preference the service shares with the person. */
export interface SharedPreference {
  readonly group: keyof Preferences;
  readonly term: string;
}

export interface SearchHit {
  readonly service: Service;
  /** Higher is better; only comparable within one search. */
  readonly score: number;
  readonly matches: readonly FieldMatch[];
  readonly shared: readonly SharedPreference[];
  /** Distance to the nearest location, when the query had `near` with a point and the service has coordinates. */
  readonly distanceKm?: number;
  /** With `near`: how the service was placed; absent when it could not be (no coordinates, not in the areas). */
  readonly near?: NearBy;
  /** In a partial match only: the typed words this service has (it lacks the others). */
  readonly words?: readonly string[];
}

export interface SearchResult {
  /** Ranked best first; at most `query.limit` of them. */
  readonly results: readonly SearchHit[];
  /** How many services match in all. */
  readonly total: number;
  /**
   * For every term of every group, how many services would match if the person added it:
   * a group's counts apply the other groups' filters and the text, not the group's own.
   */
  readonly facets: Readonly<Record<FilterGroup, Readonly<Record<string, number>>>>;
  /**
   * Typed words that carry meaning and match nothing in the directory, even allowing for typos
   * and synonyms. Every such word must match for a service to be a result, so when this is not
   * empty there are no results: say so, naming the words, rather than show a list that looks
   * like an answer.
   */
  readonly unmatched: readonly string[];
  /**
   * When words matched nothing: the text with each replaced by the directory's nearest word by
   * spelling, if that finds services ("Did you mean 'walking'?").
   */
  readonly suggestion?: string;
  /** Vocabulary terms the text named, by label, alias or synonym ("voices" names hearing voices). */
  readonly named: ReadonlyArray<{ readonly group: FilterGroup; readonly term: string }>;
  /**
   * With `near`: how many results were placed each way, and how many services that match
   * everything else were left out because they could not be placed (no coordinates, and not
   * listed for the place's areas): tell the person, so none goes missing unseen.
   */
  readonly near?: Readonly<Record<NearBy, number>> & { readonly unplaced: number };
  /**
   * When no service has every word of the text: the services that have some of them (each hit's
   * `words` says which), ranked. They are not results, and `total` does not count them: show
   * them apart, labelled as matching only some of the words.
   */
  readonly partial?: {
    readonly results: readonly SearchHit[];
    readonly total: number;
    /** Every word a full match would need, as typed: a hit lacks those not in its `words`. */
    readonly words: readonly string[];
  };
}

export interface SearchOptions {
  /** Time zone of the directory's opening times. Default `Europe/London`. */
  readonly timeZone?: string;
}

export interface DirectorySearch {
  readonly directory: Directory;
  search(query: SearchQuery): SearchResult;
  /**
   * Finishes indexing. `createSearch` indexes the terms (all the first, empty search needs);
   * the words are indexed on the first search with text, summaries and descriptions (most of
   * the text) on the first that needs them, which makes those keystrokes slower. Call this when
   * the page is idle after the first render to avoid that: all at once, or a slice at a time,
   * for as long as `more()` says (an idle callback's time remaining), until it returns true.
   * Results are the same either way. (Optional in the type so other implementations need not
   * have it.)
   */
  prepare?(more?: () => boolean): boolean;
}

/** A session's next occurrence, for "next session" on a result card. */
export interface Occurrence {
  readonly session: Session;
  readonly start: Date;
  readonly end: Date;
  /** True when `start` is before the instant asked about: the session is on now. */
  readonly ongoing: boolean;
}
