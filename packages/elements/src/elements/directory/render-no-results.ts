import { html, nothing, type TemplateResult } from 'lit';
import type { SearchHit, SearchResult } from '@peer-support-kit/core';
import { format } from '../../shared/fill.js';
import { plural } from '../../shared/i18n.js';
import type { DirectoryStrings } from './directory.strings.js';

/** A way to widen a search that found nothing: a button's label and what it does. */
export interface Widening {
  readonly label: string;
  readonly run: () => void;
}

export interface NoResults {
  readonly text: string;
  readonly result: SearchResult;
  /** Names of what the page itself preset and the person cannot change (an area, say). */
  readonly scope: readonly string[];
  /** Names of the filters the person chose. */
  readonly filters: readonly string[];
  /** One-press ways to widen, most useful first. */
  readonly widen: readonly Widening[];
  readonly strings: DirectoryStrings;
  readonly locale: string;
  /** Crisis help, shown here too: on a phone the block at the top has long scrolled away. */
  readonly crisis: TemplateResult | typeof nothing;
  readonly renderCard: (hit: SearchHit, note: string) => TemplateResult;
}

const quoted = (word: string) => `“${word}”`;

/** "A, B and C" in the reader's language. */
function list(items: readonly string[], locale: string): string {
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);
}

/**
 * The result area when nothing matches: what was searched for and with which filters, by name;
 * which words match nothing at all; one-press ways to widen (a spelling the directory has, each
 * filter removed, each word dropped); the services that have some of the words, labelled apart;
 * and crisis help. Never a bare "no results".
 */
export function renderNoResults(view: NoResults): TemplateResult {
  const { strings, locale, result } = view;
  const title = [
    view.text.trim() ? format(strings.noResultsFor, { text: view.text.trim() }) : strings.noResults,
    view.scope.length ? format(strings.inScope, { scope: list(view.scope, locale) }) : '',
    view.filters.length ? format(strings.withFilters, { filters: list(view.filters, locale) }) : '',
  ]
    .filter(Boolean)
    .join(' ');
  const partial = result.partial;
  return html`<div class="no-results">
    <p class="no-results-title"><strong>${title}</strong></p>
    ${
      result.unmatched.length
        ? html`<p>${format(plural(strings.unmatchedWords, result.unmatched.length, locale), { words: list(result.unmatched.map(quoted), locale) })}</p>`
        : nothing
    }
    ${
      view.widen.length
        ? html`<span class="widen-heading" id="widen-heading">${strings.widenHeading}</span>
          <ul class="badges" role="list" aria-labelledby="widen-heading">
            ${view.widen.map(({ label, run }) => html`<li><button type="button" class="secondary" @click=${run}>${label}</button></li>`)}
          </ul>`
        : nothing
    }
    ${view.crisis}
    ${
      partial?.results.length
        ? html`<section class="partial" aria-labelledby="partial-heading">
          <span class="widen-heading" id="partial-heading">${strings.partialHeading}</span>
          <ul class="cards" role="list">
            ${partial.results.map((hit) => {
              const found = hit.words ?? [];
              const lacks = partial.words.filter((word) => !found.includes(word));
              return view.renderCard(
                hit,
                format(strings.partialWords, { found: list(found.map(quoted), locale), missing: list(lacks.map(quoted), locale) }),
              );
            })}
          </ul>
        </section>`
        : nothing
    }
  </div>`;
}
