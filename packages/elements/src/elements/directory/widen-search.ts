import type { DirectorySearch, SearchQuery, SearchResult } from '@peer-support-kit/core';
import { format } from '../../shared/fill.js';
import { plural } from '../../shared/i18n.js';
import type { ChosenFilter } from './chosen-filters.js';
import type { DirectoryStrings } from './directory.strings.js';
import type { Widening } from './render-no-results.js';

/** What the person can do to widen a search: each a step Back undoes. */
export interface WideningSteps {
  /** Search for this text instead. */
  readonly search: (text: string) => void;
  readonly remove: (filter: ChosenFilter) => void;
  readonly clearFilters: () => void;
  readonly showAll: () => void;
}

/**
 * One-press ways wider when nothing matched, most useful first: a spelling the directory has,
 * each filter removed, each word dropped (where that finds something, and not everything), all
 * filters cleared, everything shown.
 */
export function wideningsFor(
  {
    search,
    query,
    result,
    chosen,
    strings,
    locale,
  }: {
    readonly search: DirectorySearch;
    readonly query: SearchQuery & { readonly text: string };
    readonly result: SearchResult;
    readonly chosen: readonly ChosenFilter[];
    readonly strings: DirectoryStrings;
    readonly locale: string;
  },
  steps: WideningSteps,
): Widening[] {
  const widen: Widening[] = [];
  if (result.suggestion) {
    const suggestion = result.suggestion;
    widen.push({ label: format(strings.didYouMean, { text: suggestion }), run: () => steps.search(suggestion) });
  }
  for (const filter of chosen)
    widen.push({ label: format(strings.removeFilter, { label: filter.label }), run: () => steps.remove(filter) });
  const everything = search.search({ ...query, text: '', limit: 0 }).total;
  for (const word of result.partial?.words ?? result.unmatched) {
    // "young people" → without "young".
    const text = query.text.replace(word, ' ').replace(/\s+/g, ' ').trim();
    const count = text ? search.search({ ...query, text, limit: 0 }).total : 0;
    // Dropping the only word that mattered shows everything: "Show all services" says that.
    if (count > 0 && count < everything)
      widen.push({ label: format(plural(strings.searchWithout, count, locale), { word }), run: () => steps.search(text) });
  }
  if (chosen.length > 1) widen.push({ label: strings.clearFilters, run: steps.clearFilters });
  if (query.text) widen.push({ label: strings.showAll, run: steps.showAll });
  return widen;
}
