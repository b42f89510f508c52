import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { headingTag } from '../../shared/heading.js';
import { PREFERENCE_GROUPS, type Directory, type SearchQuery, type SearchResult } from '@peer-support-kit/core';
import { PREFERENCE_KINDS, countPreferences, type PreferenceGroup, type ViewState } from '../../controllers/view-state.js';
import { isolate } from '../../shared/bidi.js';
import { format } from '../../shared/fill.js';
import { plural } from '../../shared/i18n.js';
import type { DirectoryStrings } from './directory.strings.js';
import { shownGroups } from './filter-groups.js';

export interface PreferenceHandlers {
  isOpen(kind: PreferenceGroup): boolean;
  opened(kind: PreferenceGroup, open: boolean): void;
  toggle(kind: PreferenceGroup, term: string, on: boolean): void;
  clear(): void;
}

/**
 * "What matters to you", apart from the filters (what a service must have): experiences,
 * communities, ways of meeting and times of change a person would like to share. Services that
 * share more of them come first, and their cards say what they share; nothing is hidden. A term
 * is offered when some service in the results has it, or when it is chosen.
 */
export function renderPreferences(
  directory: Directory,
  view: ViewState,
  facets: SearchResult['facets'],
  strings: DirectoryStrings,
  on: PreferenceHandlers,
  level: number,
): TemplateResult {
  const vocabularies = shownGroups(Object.values(PREFERENCE_GROUPS), directory, strings);
  const chosen = countPreferences(view.preferences);
  return html`<div class="preferences" role="group" aria-labelledby="prefer-heading" aria-describedby="prefer-hint">
    ${staticHtml`<${headingTag(level)} id="prefer-heading" class="panel-heading" tabindex="-1">${strings.preferencesHeading}</${headingTag(level)}>`}
    <p id="prefer-hint" class="hint">${strings.preferencesHint}</p>
    ${PREFERENCE_KINDS.map((kind) => {
      const vocabulary = vocabularies.find((shown) => shown.group === PREFERENCE_GROUPS[kind])!;
      const selected = new Set(view.preferences[kind] ?? []);
      const counts = facets[vocabulary.group] ?? {};
      const offers = vocabulary.terms.filter((term) => selected.has(term.id) || (counts[term.id] ?? 0) > 0);
      if (offers.length === 0) return nothing;
      const label = strings.preferenceLabels[kind];
      const open = on.isOpen(kind);
      return html`<details class="group" .open=${open} @toggle=${(e: Event) => on.opened(kind, (e.target as HTMLDetailsElement).open)}>
        <summary>${selected.size ? format(strings.groupChosen, { label, count: selected.size }) : label}</summary>
        ${
          open
            ? html`<fieldset>
              <legend class="visually-hidden">${label}</legend>
              ${offers.map(
                (term) =>
                  html`<label class="check"
                    ><input
                      type="checkbox"
                      .checked=${selected.has(term.id)}
                      @change=${(e: Event) => on.toggle(kind, term.id, (e.target as HTMLInputElement).checked)}
                    />
                    ${isolate(term.label)}</label
                  >`,
              )}
            </fieldset>`
            : nothing
        }
      </details>`;
    })}
    ${chosen ? html`<button type="button" class="secondary" @click=${on.clear}>${strings.clearPreferences}</button>` : nothing}
  </div>`;
}

/** What a screen reader hears after a change: the count, and what orders it (nearness, what matters to the person). */
export function announceResults(strings: DirectoryStrings, total: number, query: SearchQuery, locale: string): string {
  const count = plural(strings.resultsAnnouncement, total, locale);
  if (total < 2) return count;
  const orders = [query.sort === 'distance' ? strings.sortedByDistance : '', query.preferences ? strings.sortedByPreferences : ''];
  return [count, ...orders.filter(Boolean)].join(', ');
}
