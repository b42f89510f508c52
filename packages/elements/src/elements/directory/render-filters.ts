import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { headingTag } from '../../shared/heading.js';
import type { FilterGroup, SearchResult } from '@peer-support-kit/core';
import type { ShownGroup } from './filter-groups.js';
import type { DirectoryStrings } from './directory.strings.js';
import { plural } from '../../shared/i18n.js';
import { format } from '../../shared/fill.js';
import type { ViewState } from '../../controllers/view-state.js';
import { isolate } from '../../shared/bidi.js';

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
  /** Something drawn among the groups, before group `at` ("Near you"). */
  insert: { readonly at: number; readonly content: TemplateResult } | undefined,
  showAge: boolean,
  view: ViewState,
  facets: SearchResult['facets'],
  strings: DirectoryStrings,
  on: FilterHandlers,
  chosen: number,
): TemplateResult {
  return html`
    ${groups.map((shown, i) => html`${insert?.at === i ? insert.content : nothing}${renderGroup(shown, view, facets, strings, on)}`)}
    ${insert && insert.at >= groups.length ? insert.content : nothing}
    ${
      showAge
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
        : nothing
    }
    ${chosen ? html`<button type="button" class="secondary" @click=${on.clear}>${strings.clearFilters}</button>` : nothing}
  `;
}

/** One filter group: its terms that would show something (or are chosen), with their counts. */
function renderGroup(
  shown: ShownGroup,
  view: ViewState,
  facets: SearchResult['facets'],
  strings: DirectoryStrings,
  on: FilterHandlers,
): TemplateResult | typeof nothing {
  const selected = new Set(view.filters[shown.group] ?? []);
  const counts = facets[shown.group] ?? {};
  const offered = (term: { id: string }) => selected.has(term.id) || (counts[term.id] ?? 0) > 0;
  const isWhen = shown.group === 'when';
  const offers = shown.terms.filter(offered);
  if (!isWhen && offers.length === 0) return nothing;
  // "What it is" matters only where some entries are not services: "A service (11)" alone is noise.
  if (shown.group === 'kind' && !selected.size && offers.every((term) => term.id === 'service')) return nothing;
  const open = on.isOpen(shown.group);
  return html`<details class="group" .open=${open} @toggle=${(e: Event) => on.opened(shown.group, (e.target as HTMLDetailsElement).open)}>
    <summary>${selected.size ? format(strings.groupChosen, { label: shown.label, count: selected.size }) : shown.label}</summary>
    ${
      open
        ? html`<fieldset>
      <legend class="visually-hidden">${shown.label}</legend>
      ${
        isWhen
          ? html`<label class="check"><input type="checkbox" .checked=${view.openNow} @change=${(e: Event) => on.openNow((e.target as HTMLInputElement).checked)} /> ${strings.openNow}</label>`
          : nothing
      }
      ${offers.map(
        (term) => html`<label class="check">
          <input
            type="checkbox"
            .checked=${selected.has(term.id)}
            @change=${(e: Event) => on.toggle(shown.group, term.id, (e.target as HTMLInputElement).checked)}
          />
          ${isolate(term.label)} <span class="count">(${counts[term.id] ?? 0})</span>
        </label>`,
      )}
    </fieldset>`
        : nothing
    }
  </details>`;
}

export interface FilterPanel {
  readonly open: boolean;
  /** How many filters the person chose (and can undo). */
  readonly chosen: number;
  /** How many services the filters now show. */
  readonly total: number;
  readonly level: number;
  readonly strings: DirectoryStrings;
  readonly locale: string;
  readonly toggle: () => void;
  /** Closes the panel and takes the person to the results. */
  readonly showResults: () => void;
  readonly body: TemplateResult;
}

/**
 * The filter panel. On a narrow screen it is closed behind a toggle, and open it ends with a
 * "Show N services" button that closes it and goes to the results, so a person on a phone never
 * has to scroll past the panel to find what their choices did. On a wide screen it sits beside
 * the results, always open.
 */
export function renderFilterPanel(panel: FilterPanel): TemplateResult {
  const { strings, locale } = panel;
  return html`<button
      type="button"
      class="secondary filters-toggle"
      aria-expanded=${panel.open ? 'true' : 'false'}
      aria-controls="filters"
      @click=${panel.toggle}
    >${plural(strings.filtersToggle, panel.chosen, locale)}</button>
    <section id="filters" part="filters" class="filters" ?hidden=${!panel.open} aria-labelledby="filters-heading">
      ${staticHtml`<${headingTag(panel.level)} id="filters-heading" class="panel-heading">${strings.filtersHeading}</${headingTag(panel.level)}>`}
      <!-- Firefox makes a scrolling box a tab stop of its own, with no name; the filters in it
           are tab stops already, and scroll it into view as they take focus. -->
      <div class="filter-groups" tabindex="-1">${panel.body}</div>
      <button type="button" class="show-results" @click=${panel.showResults}>${plural(strings.showResults, panel.total, locale)}</button>
    </section>`;
}
