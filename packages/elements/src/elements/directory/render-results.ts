import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import type { Directory, SearchHit, SearchResult } from '@peer-support-kit/core';
import type { ServiceContext } from '../../parts/service-view/service-context.js';
import type { FullService } from '../../controllers/full-service.js';
import { renderFullService } from '../../parts/service-view/service-pending.js';
import { headingTag } from '../../shared/heading.js';
import { format } from '../../shared/fill.js';
import { plural } from '../../shared/i18n.js';
import { formatDate } from '../../shared/dates.js';
import type { DirectoryStrings } from './directory.strings.js';

/** What the results area shows, worked out by the element. */
export interface ResultsView {
  readonly directory: Directory;
  readonly result: SearchResult;
  readonly strings: DirectoryStrings;
  readonly locale: string;
  readonly level: number;
  /** The file is still arriving: the best services so far, no filters or counts. */
  readonly partial: boolean;
  readonly stale: boolean;
  readonly excluded: number;
  /** Loading failed after these services came: "Try again" runs it (and the list is incomplete). */
  readonly retry?: () => void;
  /** Notices for the webmaster (presets the directory does not know). */
  readonly presetNotices: readonly string[];
  /** Crisis help in the results, when the search named a crisis (or nothing). */
  readonly crisis: TemplateResult | typeof nothing;
  readonly filters: TemplateResult;
  /** The keepers' featured filters, above the results (or nothing). */
  readonly featured: TemplateResult | typeof nothing;
  readonly noResults: () => TemplateResult;
  readonly card: (hit: SearchHit) => TemplateResult;
  readonly moreCount: number;
  readonly showMore: () => void;
}

const skeleton = () => html`<ul class="cards skeleton" aria-hidden="true">${[1, 2, 3].map(() => html`<li class="card"></li>`)}</ul>`;

/** The loading placeholders: three empty cards, hidden from screen readers (the message says it). */
export const renderSkeleton = skeleton;

/**
 * The filters and the results. While a large file is still arriving (`partial`): the best of
 * the services read so far, without filters or counts (they would be wrong), or placeholders
 * until some match. One template for both, so the cards (and focus on one) stay when it is in.
 */
export function renderResults(view: ResultsView): TemplateResult {
  const { strings, locale, result, partial } = view;
  const updated = format(strings.updated, { date: formatDate(view.directory.publishedAt, locale) });
  return html`${partial ? nothing : view.featured}<div class="layout">
    <div class="filters-area">${partial ? html`<p part="notice" class="notice">${strings.filtersLoading}</p>` : view.filters}</div>
    <section class="results ${partial ? 'first' : ''}" aria-labelledby="results-heading">
      ${view.presetNotices.length ? html`<div part="notice" class="notice">${view.presetNotices.map((text) => html`<p>${text}</p>`)}</div>` : nothing}
      ${view.stale && !partial ? html`<p part="notice" class="notice">${format(strings.staleData, { date: formatDate(view.directory.publishedAt, locale) })}</p>` : nothing}
      ${view.excluded ? html`<p part="notice" class="notice">${plural(strings.someLeftOut, view.excluded, locale)}</p>` : nothing}
      ${
        view.retry
          ? html`<div part="notice" class="notice incomplete">
              <p>${strings.incomplete}</p>
              <p><button part="retry" type="button" class="secondary" @click=${view.retry}>${strings.retry}</button></p>
            </div>`
          : nothing
      }
      ${heading(view.level, partial ? strings.loadingMore : plural(strings.results, result.total, locale))}
      ${view.crisis}
      ${
        result.total === 0
          ? partial
            ? skeleton()
            : view.noResults()
          : html`<ul class="cards" role="list">${result.results.map(view.card)}</ul>`
      }
      ${
        view.moreCount > 0 && !partial
          ? html`<button type="button" class="secondary more" @click=${view.showMore}>${plural(strings.showMore, view.moreCount, locale)}</button>`
          : nothing
      }
      <p class="updated">${updated}</p>
    </section>
  </div>`;
}

/** The results heading: focus goes to it after a choice, so it keeps the person's place. */
function heading(level: number, text: string): TemplateResult {
  const tag = headingTag(level);
  return staticHtml`<${tag} id="results-heading" class="results-heading" tabindex="-1">${text}</${tag}>`;
}

/** One service's details in place of the results, with "Back to results" (`back`) first. */
export function renderOpenService(
  full: FullService,
  context: ServiceContext,
  labels: { back: string; retry: string },
  back: () => void,
): TemplateResult {
  const { service } = full;
  const tag = headingTag(context.headingLevel);
  return html`<article part="details" class="details" aria-labelledby="detail-title">
    <button type="button" class="secondary back" @click=${back}>${labels.back}</button>
    ${staticHtml`<${tag} id="detail-title" class="detail-title" tabindex="-1">${service.name}</${tag}>`}
    ${renderFullService(full, context, labels.retry)}
  </article>`;
}
