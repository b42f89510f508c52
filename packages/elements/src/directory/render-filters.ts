import { html, nothing, type TemplateResult } from 'lit';
import type { FilterGroup, SearchResult } from '@peer-support-kit/core';
import type { ShownGroup } from './filter-groups.js';
import type { DirectoryStrings } from './strings.js';
import { countFilters, type ViewState } from './view-state.js';

export interface FilterHandlers {
  /** Whether a group is open; closed groups draw no checkboxes (a directory may have hundreds of areas). */
  isOpen(group: FilterGroup): boolean;
  opened(group: FilterGroup, open: boolean): void;
  toggle(group: FilterGroup, term: string, on: boolean): void;
  openNow(on: boolean): void;
  age(value: number | undefined): void;
  clear(): void;
}

/**
 * The filters: one collapsible group per facet with a checkbox per term and how many services it
 * would show. Terms that would show nothing are left out unless chosen, so the list stays short.
 */
export function renderFilters(
  groups: readonly ShownGroup[],
  showAge: boolean,
  view: ViewState,
  facets: SearchResult['facets'],
  strings: DirectoryStrings,
  on: FilterHandlers,
): TemplateResult {
  const chosen = countFilters(view);
  return html`
    ${groups.map((shown) => {
      const selected = new Set(view.filters[shown.group] ?? []);
      const counts = facets[shown.group] ?? {};
      const offered = (term: { id: string }) => selected.has(term.id) || (counts[term.id] ?? 0) > 0;
      const isWhen = shown.group === 'when';
      if (!isWhen && !shown.terms.some(offered)) return nothing;
      const open = on.isOpen(shown.group);
      return html`<details class="group" .open=${open} @toggle=${(e: Event) => on.opened(shown.group, (e.target as HTMLDetailsElement).open)}>
        <summary>${shown.label}${selected.size ? html` <span class="chosen">(${selected.size})</span>` : nothing}</summary>
        ${open ? html`<fieldset>
          <legend class="visually-hidden">${shown.label}</legend>
          ${isWhen
            ? html`<label class="check"><input type="checkbox" .checked=${view.openNow} @change=${(e: Event) => on.openNow((e.target as HTMLInputElement).checked)} /> ${strings.openNow}</label>`
            : nothing}
          ${shown.terms.filter(offered).map(
            (term) => html`<label class="check">
              <input
                type="checkbox"
                .checked=${selected.has(term.id)}
                @change=${(e: Event) => on.toggle(shown.group, term.id, (e.target as HTMLInputElement).checked)}
              />
              ${term.label} <span class="count">(${counts[term.id] ?? 0})</span>
            </label>`,
          )}
        </fieldset>` : nothing}
      </details>`;
    })}
    ${showAge
      ? html`<div class="age">
          <label for="age">${strings.ageLabel}</label>
          <span class="hint" id="age-hint">${strings.ageHint}</span>
          <input
            id="age"
            type="number"
            inputmode="numeric"
            min="0"
            max="120"
            aria-describedby="age-hint"
            .value=${view.age === undefined ? '' : String(view.age)}
            @change=${(e: Event) => {
              const value = (e.target as HTMLInputElement).valueAsNumber;
              on.age(Number.isInteger(value) && value >= 0 && value <= 120 ? value : undefined);
            }}
          />
        </div>`
      : nothing}
    ${chosen ? html`<button type="button" class="secondary" @click=${on.clear}>${strings.clearFilters}</button>` : nothing}
  `;
}
