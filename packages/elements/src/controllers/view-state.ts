import {
  PREFERENCE_GROUPS,
  vocabularies,
  type Filters,
  type FilterGroup,
  type Preferences,
  type SearchQuery,
} from '@peer-support-kit/core';

/**
 * "Near me": a place the directory knows, named by the person, or where they are (asked of the
 * browser on their press). A position is kept in memory only: never in the page's history or
 * address, never sent.
 */
export interface NearChoice {
  /** The place's name as the directory writes it ("Worthing"). */
  readonly place?: string;
  readonly position?: { readonly lat: number; readonly lng: number };
  /** Leave out in-person services farther than this; undefined: any distance. */
  readonly radiusKm?: number;
  /** The nearest first, rather than the best match. */
  readonly nearestFirst: boolean;
}

/** What the person has chosen: the whole state of the view, kept out of the URL unless `sync-url`. */
export interface ViewState {
  readonly text: string;
  readonly filters: Filters;
  /** What matters to the person: ranks services that share it first, hides none. */
  readonly preferences: Preferences;
  readonly openNow: boolean;
  readonly age: number | undefined;
  readonly near: NearChoice | undefined;
  /** The service whose details are open. */
  readonly service: string | undefined;
  /** How many result cards are drawn. */
  readonly shown: number;
}

export const emptyView = (shown: number, filters: Filters = {}): ViewState => ({
  text: '',
  filters,
  preferences: {},
  openNow: false,
  age: undefined,
  near: undefined,
  service: undefined,
  shown,
});

/** `chosen` with `term` added to or taken from `group`; a group left empty goes. */
export function toggleTerm<G extends string>(
  chosen: Partial<Record<G, readonly string[]>>,
  group: G,
  term: string,
  on: boolean,
): Partial<Record<G, readonly string[]>> {
  const terms = new Set(chosen[group] ?? []);
  if (on) terms.add(term);
  else terms.delete(term);
  const next = { ...chosen, [group]: [...terms] };
  if (terms.size === 0) delete next[group];
  return next;
}

export const toggleFilter = (filters: Filters, group: FilterGroup, term: string, on: boolean): Filters =>
  toggleTerm(filters, group, term, on);

export type PreferenceGroup = keyof Preferences;
export const PREFERENCE_KINDS = Object.keys(PREFERENCE_GROUPS) as PreferenceGroup[];

export const togglePreference = (preferences: Preferences, group: PreferenceGroup, term: string, on: boolean): Preferences =>
  toggleTerm(preferences, group, term, on);

export const countPreferences = (preferences: Preferences) =>
  Object.values(preferences).reduce((sum, terms) => sum + (terms?.length ?? 0), 0);

export const countFilters = (view: ViewState) =>
  Object.values(view.filters).reduce((sum, terms) => sum + (terms?.length ?? 0), 0) +
  (view.openNow ? 1 : 0) +
  (view.age !== undefined ? 1 : 0) +
  (view.near ? 1 : 0);

// With `sync-url`, the view lives in the hash as `#psk:q=…&format=group,drop-in&s=service-id`;
// what matters to the person as `prefer-experience=hearing-voices` (the vocabulary's name).
const PREFIX = '#psk:';
const PREFER = 'prefer-';

export function viewToHash(view: ViewState): string {
  const params = new URLSearchParams();
  if (view.text) params.set('q', view.text);
  for (const [group, terms] of Object.entries(view.filters)) if (terms?.length) params.set(group, terms.join(','));
  for (const kind of PREFERENCE_KINDS) {
    const terms = view.preferences[kind];
    if (terms?.length) params.set(PREFER + PREFERENCE_GROUPS[kind], terms.join(','));
  }
  if (view.openNow) params.set('now', '1');
  if (view.age !== undefined) params.set('age', String(view.age));
  // A place by name only: where the person is never goes into an address.
  if (view.near?.place) {
    params.set('near', view.near.place);
    if (view.near.radiusKm !== undefined) params.set('within', String(view.near.radiusKm));
    if (!view.near.nearestFirst) params.set('order', 'best');
  }
  if (view.service) params.set('s', view.service);
  const query = params.toString();
  return query ? `${PREFIX}${query}` : '';
}

/** The view a hash describes, or undefined when the hash is not ours. Unknown groups are ignored. */
export function viewFromHash(hash: string, groups: readonly string[], shown: number): ViewState | undefined {
  if (!hash.startsWith(PREFIX)) return undefined;
  const params = new URLSearchParams(hash.slice(PREFIX.length));
  const filters: Record<string, string[]> = {};
  for (const [key, value] of params) {
    if (groups.includes(key) && value) filters[key] = value.split(',');
  }
  const preferences: Record<string, string[]> = {};
  for (const kind of PREFERENCE_KINDS) {
    // Only the vocabulary's own ids, once each: a mistyped link must not claim a choice no box shows.
    const known: readonly string[] = vocabularies[PREFERENCE_GROUPS[kind]].ids;
    const terms = [...new Set((params.get(PREFER + PREFERENCE_GROUPS[kind]) ?? '').split(','))].filter((id) => known.includes(id));
    if (terms.length) preferences[kind] = terms;
  }
  const age = Number(params.get('age'));
  return {
    text: params.get('q') ?? '',
    filters: filters as Filters,
    preferences: preferences as Preferences,
    openNow: params.get('now') === '1',
    age: params.has('age') && Number.isInteger(age) && age >= 0 && age <= 120 ? age : undefined,
    near: nearFrom(params.get('near'), params.get('within'), params.get('order') !== 'best'),
    service: params.get('s') ?? undefined,
    shown,
  };
}

/** A named place as a link or the page's history gives it, checked; a position is never read back. */
export function nearFrom(place: unknown, within: unknown, nearestFirst: boolean): NearChoice | undefined {
  if (typeof place !== 'string' || !place.trim() || place.length > 120) return undefined;
  const radius = Number(within);
  return { place, ...(within !== null && within !== undefined && radius > 0 && radius <= 500 ? { radiusKm: radius } : {}), nearestFirst };
}

/**
 * The search a view asks for; `now` is the time "open now" means. Preferences count only where
 * the person can see and undo them (`withPreferences`): a shared link's cannot rank a page
 * that does not show "What matters to you".
 */
export function queryOf(view: ViewState, now: Date, withPreferences = true, near?: (choice: NearChoice) => SearchQuery['near']) {
  const at = view.near && near?.(view.near);
  return {
    ...(at ? { near: at, ...(view.near!.nearestFirst && at.lat !== undefined ? { sort: 'distance' as const } : {}) } : {}),
    text: view.text,
    filters: view.filters,
    ...(withPreferences && countPreferences(view.preferences) ? { preferences: view.preferences } : {}),
    ...(view.age !== undefined ? { age: view.age } : {}),
    ...(view.openNow ? { openAt: now } : {}),
    limit: view.shown,
  };
}
