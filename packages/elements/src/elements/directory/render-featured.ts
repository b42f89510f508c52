import { html, nothing, type TemplateResult } from 'lit';
import type { Directory, SearchResult } from '@peer-support-kit/core';
import type { ViewState } from '../../controllers/view-state.js';
import { isolate } from '../../shared/bidi.js';
import type { DirectoryStrings } from './directory.strings.js';
import { filterLabel, visibleGroups } from './filter-groups.js';
import type { FilterHandlers } from './render-filters.js';

/**
 * The filters the directory's keepers feature (its `featured.filters`), as one-press choices
 * above the results, where a person on a phone sees them without opening the filters. Each is
 * a toggle (pressed while chosen) with how many services it would show. Only those a person
 * could also see and undo in the filters are offered, and none that would show nothing.
 */
export function renderFeatured(
  directory: Directory,
  view: ViewState,
  groupNames: readonly string[],
  facets: SearchResult['facets'],
  strings: DirectoryStrings,
  on: FilterHandlers,
): TemplateResult | typeof nothing {
  const visible = visibleGroups(groupNames);
  const offered = (directory.featured?.filters ?? []).filter(({ group, term }) => {
    const chosen = view.filters[group]?.includes(term) ?? false;
    return visible.has(group) && (chosen || (facets[group]?.[term] ?? 0) > 0);
  });
  if (!offered.length) return nothing;
  return html`<div class="featured" role="group" aria-labelledby="featured-label">
    <span id="featured-label" class="featured-label">${strings.featuredLabel}</span>
    ${offered.map(({ group, term }) => {
      const chosen = view.filters[group]?.includes(term) ?? false;
      return html`<button type="button" class="secondary chip" aria-pressed=${chosen ? 'true' : 'false'} @click=${() => on.toggle(group, term, !chosen)}>
        ${isolate(filterLabel(group, term, directory, strings))} <span class="count">(${facets[group]?.[term] ?? 0})</span>
      </button>`;
    })}
  </div>`;
}
