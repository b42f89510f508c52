import type { Filters, FilterGroup } from '@peer-support-kit/core';

/** What the person has chosen: the whole state of the view, kept out of the URL unless `sync-url`. */
export interface ViewState {
  readonly text: string;
  readonly filters: Filters;
  readonly openNow: boolean;
  readonly age: number | undefined;
  /** The service whose details are open. */
  readonly service: string | undefined;
  /** How many result cards are drawn. */
  readonly shown: number;
}

export const emptyView = (shown: number, filters: Filters = {}): ViewState => ({
  text: '',
  filters,
  openNow: false,
  age: undefined,
  service: undefined,
  shown,
});

export function toggleFilter(filters: Filters, group: FilterGroup, term: string, on: boolean): Filters {
  const chosen = new Set(filters[group] ?? []);
  if (on) chosen.add(term);
  else chosen.delete(term);
  const next = { ...filters, [group]: [...chosen] };
  if (chosen.size === 0) delete next[group];
  return next;
}

export const countFilters = (view: ViewState) =>
  Object.values(view.filters).reduce((sum, terms) => sum + (terms?.length ?? 0), 0) +
  (view.openNow ? 1 : 0) +
  (view.age !== undefined ? 1 : 0);

// With `sync-url`, the view lives in the hash as `#psk:q=…&format=group,drop-in&s=service-id`.
const PREFIX = '#psk:';

export function viewToHash(view: ViewState): string {
  const params = new URLSearchParams();
  if (view.text) params.set('q', view.text);
  for (const [group, terms] of Object.entries(view.filters)) if (terms?.length) params.set(group, terms.join(','));
  if (view.openNow) params.set('now', '1');
  if (view.age !== undefined) params.set('age', String(view.age));
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
  const age = Number(params.get('age'));
  return {
    text: params.get('q') ?? '',
    filters: filters as Filters,
    openNow: params.get('now') === '1',
    age: params.has('age') && Number.isInteger(age) && age >= 0 && age <= 120 ? age : undefined,
    service: params.get('s') ?? undefined,
    shown,
  };
}

/** The search a view asks for; `now` is the time "open now" means. */
export function queryOf(view: ViewState, now: Date) {
  return {
    text: view.text,
    filters: view.filters,
    ...(view.age !== undefined ? { age: view.age } : {}),
    ...(view.openNow ? { openAt: now } : {}),
    limit: view.shown,
  };
}
