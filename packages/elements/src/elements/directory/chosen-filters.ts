import type { Directory, FilterGroup } from '@peer-support-kit/core';
import type { ViewState } from '../../controllers/view-state.js';
import type { DirectoryStrings } from './directory.strings.js';
import { filterLabel, visibleGroups } from './filter-groups.js';
import { format } from '../../shared/fill.js';

/** A filter the person chose, by name, and how to undo it. */
export interface ChosenFilter {
  readonly label: string;
  readonly group: FilterGroup | 'openNow' | 'age' | 'near';
  readonly term?: string;
}

/** The filters the person chose and can undo: those in groups they can see (`groups` shown). */
export function chosenFilters(
  view: ViewState,
  groupNames: readonly string[],
  directory: Directory,
  strings: DirectoryStrings,
): ChosenFilter[] {
  const visible = visibleGroups(groupNames);
  const chosen: ChosenFilter[] = Object.entries(view.filters)
    .filter(([group]) => visible.has(group))
    .flatMap(([group, terms]) =>
      (terms ?? []).map((term) => ({
        group: group as FilterGroup,
        term,
        label: filterLabel(group as FilterGroup, term, directory, strings),
      })),
    );
  if (view.openNow && visible.has('when')) chosen.push({ group: 'openNow', label: strings.openNow });
  if (view.age !== undefined && visible.has('age')) chosen.push({ group: 'age', label: `${strings.ageLabel}: ${view.age}` });
  if (view.near && visible.has('near')) {
    const where = view.near.place ? format(strings.nearPlace, { place: view.near.place }) : strings.nearPosition;
    const within = view.near.radiusKm !== undefined ? ` ${format(strings.nearWithin, { km: view.near.radiusKm })}` : '';
    chosen.push({ group: 'near', label: `${where.replace(/\.$/, '')}${within}` });
  }
  return chosen;
}

/** The presets in groups the person cannot see: the page's own scope, which "clear" keeps. */
export function scopeFilters(view: ViewState, groupNames: readonly string[]): ViewState['filters'] {
  const visible = visibleGroups(groupNames);
  return Object.fromEntries(Object.entries(view.filters).filter(([group]) => !visible.has(group)));
}

/** The names of that scope (an area the page presets, say), for "No services … in West Sussex". */
export function scopeNames(view: ViewState, groupNames: readonly string[], directory: Directory, strings: DirectoryStrings): string[] {
  return Object.entries(scopeFilters(view, groupNames)).flatMap(([group, terms]) =>
    (terms ?? []).map((term) => filterLabel(group as FilterGroup, term, directory, strings)),
  );
}
