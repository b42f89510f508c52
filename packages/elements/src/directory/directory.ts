import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import {
  ATTENDANCE_TERMS,
  createSearch,
  FILTER_GROUPS,
  vocabularies,
  type Directory,
  type DirectorySearch,
  type FilterGroup,
  type Filters,
  type SearchResult,
  type Service,
} from '@peer-support-kit/core';
import { baseStyles } from '../shared/base-styles.js';
import { crisisStyles, renderCrisisHelp } from '../shared/crisis-help.js';
import { DirectoryElement, type DirectoryLoad, type LoadStrings } from '../shared/directory-element.js';
import { format } from '../shared/format.js';
import { headingLevel } from '../shared/heading-level.js';
import { whenIdle } from '../shared/idle.js';
import { mergeStrings } from '../shared/strings.js';
import { nearestLang, plural } from '../shared/i18n.js';
import { ContactEvent, ServiceOpenEvent, type ContactChannel } from '../shared/service-events.js';
import { renderCard } from '../service/render-card.js';
import { renderDetails } from '../service/render-details.js';
import type { ServiceContext } from '../service/context.js';
import { VERSION } from '../version.js';
import { DEFAULT_GROUPS, shownGroups } from './filter-groups.js';
import { formatDate } from './format.js';
import { renderFilters } from './render-filters.js';
import { defaultDirectoryStrings, type DirectoryStrings } from './strings.js';
import { directoryStyles } from './styles.js';
import { countFilters, emptyView, toggleFilter, viewFromHash, viewToHash, type ViewState } from './view-state.js';

/** Groups a host can preset with an attribute of the same name. */
const PRESET_GROUPS = ['area', 'provision', 'format', 'setting', 'experience', 'community', 'transition', 'referral', 'cost', 'attendance'] as const;

const DAY_MS = 24 * 60 * 60 * 1000;
/** Announce the number of results once the person pauses typing, not on every key. */
const ANNOUNCE_AFTER_TYPING_MS = 800;
const ANNOUNCE_AFTER_CHOICE_MS = 300;

/**
 * The directory of peer support: search, filters with counts, result cards and each service's
 * details, with crisis help in every state. Loads a published directory JSON from `src`.
 *
 * @summary A searchable directory of peer support services for any partner's page.
 *
 * @attr src - Address of the published directory JSON.
 * @attr groups - Which filter groups show, in order (space separated): provision format attendance area experience community when cost referral age setting transition accessibility.
 * @attr area - Preset filter: area ids (comma separated). So are `provision`, `format`, `setting`, `experience`, `community`, `transition`, `referral`, `cost` and `attendance`.
 * @attr page-size - Cards drawn at a time: 10 unless set, at most 20.
 * @attr theme - `contrast` or `calm`; tokens set on the page win over a theme.
 * @attr sync-url - Keeps the search, filters and open service in the page address, to share or bookmark.
 * @attr crisis - Where crisis help goes: `top` (default), `bottom` or `none`.
 * @attr heading-level - Level of the element's headings, 2 to 5 (default 2).
 * @attr stale-after-days - After how many days since publication the data is called out of date (default 180).
 *
 * @fires peer-support-service-open - A service's details were opened; `detail.serviceId`.
 * @fires peer-support-contact - A contact link was used; `detail.serviceId`, `detail.channel`.
 * @fires peer-support-error - The directory could not be loaded or read; `detail` says why.
 *
 * @csspart base - Everything the element shows.
 * @csspart crisis - The "If you need help now" block.
 * @csspart search - The search form.
 * @csspart filters - The filter panel.
 * @csspart card - A result card.
 * @csspart details - A service's details.
 * @csspart notice - A notice (stale data, a closed service).
 * @csspart message - A loading or error message.
 *
 * @cssproperty --peer-support-color-accent - Accent colour (buttons, borders).
 * @cssproperty --peer-support-color-crisis - Border colour of the crisis block.
 * @cssproperty --peer-support-color-surface - Background of panels and notices.
 * @cssproperty --peer-support-color-card - Background of result cards.
 * @cssproperty --peer-support-font-family - Font of all text.
 * @cssproperty --peer-support-font-size - Base size everything scales from.
 */
export class PeerSupportDirectory extends DirectoryElement {
  static readonly version = VERSION;
  static override styles = [baseStyles, crisisStyles, directoryStyles];
  static override properties = {
    ...DirectoryElement.properties,
    groups: { type: String },
    pageSize: { type: Number, attribute: 'page-size' },
    theme: { type: String, reflect: true },
    syncUrl: { type: Boolean, attribute: 'sync-url' },
    crisis: { type: String },
    headingLevel: { type: Number, attribute: 'heading-level' },
    staleAfterDays: { type: Number, attribute: 'stale-after-days' },
    searchFactory: { attribute: false },
    view: { state: true },
    filtersOpen: { state: true },
    announcement: { state: true },
  };

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, ...PRESET_GROUPS];
  }

  declare groups: string | undefined;
  declare pageSize: number;
  declare theme: string | undefined;
  declare syncUrl: boolean;
  declare crisis: 'top' | 'bottom' | 'none';
  declare headingLevel: number;
  declare staleAfterDays: number;
  /** Overrides for any visible string; see `DirectoryStrings`. */
  declare strings: Partial<DirectoryStrings>;
  /**
   * Builds the search over a loaded directory: core's `createSearch` unless a host brings its own
   * (a benchmark compares engines in the same widget this way). Set it before `src`.
   */
  declare searchFactory: (directory: Directory) => DirectorySearch;
  declare protected view: ViewState;
  declare protected filtersOpen: boolean;
  declare protected announcement: string;

  #search?: DirectorySearch;
  #result?: SearchResult;
  #announceTimer?: ReturnType<typeof setTimeout>;
  #announceToggle = false;
  /** Where focus goes after the next render. */
  #focusAfterRender?: string;
  /** The service whose card had focus before the directory changed under it. */
  #focusedCard?: string;

  constructor() {
    super();
    // Ten cards fill a phone screen several times over, and every keystroke redraws them.
    this.pageSize = 10;
    this.syncUrl = false;
    this.crisis = 'top';
    this.headingLevel = 2;
    this.staleAfterDays = 180;
    this.strings = {};
    this.searchFactory = createSearch;
    this.view = emptyView(10);
    this.filtersOpen = false;
    this.announcement = '';
    // A large directory shows its first services while the rest of the file arrives.
    this.showsPartial = true;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.syncUrl) window.addEventListener('hashchange', this.#onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.#onHashChange);
    clearTimeout(this.#announceTimer);
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if ((PRESET_GROUPS as readonly string[]).includes(name) && old !== value && this.hasUpdated) this.#resetView();
  }

  protected override get loadStrings(): LoadStrings {
    return this.#strings;
  }

  /** After "Try again", keep the person in the directory: at the search box, which stays. */
  protected override focusAfterRetry(): void {
    this.renderRoot.querySelector<HTMLElement>('#q')?.focus();
  }

  /** Part of a large file is in: search what there is, to show the first results now. */
  protected override loadedSoFar(directory: Directory): void {
    this.#search = this.searchFactory(directory);
  }

  protected override loaded(directory: Directory): void {
    this.#warnAboutUnknownPresets(directory);
    const search = this.searchFactory(directory);
    this.#search = search;
    performance.mark('peer-support:indexed');
    // The search indexes long texts on first need; do it while the person reads the first
    // results, so no keystroke pays for it, a few milliseconds at a time so none waits for it.
    const step = (more: () => boolean) => {
      if (this.#search === search && search.prepare?.(more) === false) whenIdle(step);
    };
    whenIdle(step);
    this.#announce(0);
  }

  protected override fail(...args: Parameters<DirectoryElement['fail']>): void {
    super.fail(...args);
    this.announcement = args[0];
  }

  protected override willUpdate(changed: PropertyValues): void {
    // More of the file has come in (or all of it): the cards may move under a person's focus.
    if (changed.has('load')) this.#focusedCard = this.shadowRoot?.activeElement?.closest('[data-service]')?.getAttribute('data-service') ?? undefined;
    if (!this.hasUpdated) this.#resetView();
    else if (changed.has('pageSize') || changed.has('groups')) this.#resetView();
    super.willUpdate(changed);
    const shown = this.load.kind === 'ready' || this.load.kind === 'partial';
    if (this.#search && shown && (changed.has('view') || changed.has('load') || changed.has('now'))) {
      const view = this.view;
      this.#result = this.#search.search({
        text: view.text,
        filters: view.filters,
        ...(view.age !== undefined ? { age: view.age } : {}),
        ...(view.openNow ? { openAt: this.clock() } : {}),
        limit: view.shown,
      });
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const target = this.#focusAfterRender;
    const card = this.#focusedCard;
    this.#focusAfterRender = this.#focusedCard = undefined;
    if (target) this.renderRoot.querySelector<HTMLElement>(target)?.focus();
    else if (card !== undefined) {
      // Keep focus on the same service (not whichever one its card now shows), or at the results.
      const same = this.renderRoot.querySelector<HTMLElement>(`[data-service="${CSS.escape(card)}"] .card-open`);
      if (same !== this.shadowRoot?.activeElement) (same ?? this.renderRoot.querySelector<HTMLElement>('#results-heading'))?.focus();
    }
  }

  // ── the view ───────────────────────────────────────────────────────────────

  get #strings(): DirectoryStrings {
    return mergeStrings(defaultDirectoryStrings, this.strings);
  }

  get #pageSize(): number {
    return Math.min(Math.max(Math.trunc(this.pageSize) || 10, 1), 20);
  }

  get #groupNames(): string[] {
    const named = (this.groups ?? '').split(/[\s,]+/).filter(Boolean);
    return named.length ? named : [...DEFAULT_GROUPS];
  }

  /** A preset that names no known term filters everything out: say so to the webmaster. */
  #warnAboutUnknownPresets(directory: Directory): void {
    const known = (group: string): readonly string[] =>
      group === 'area'
        ? directory.areas.map((area) => area.id)
        : group === 'attendance'
          ? ATTENDANCE_TERMS
          : (vocabularies as Record<string, { ids: readonly string[] } | undefined>)[group]?.ids ?? [];
    for (const [group, terms] of Object.entries(this.#presets())) {
      for (const term of terms ?? []) {
        if (!known(group).includes(term)) {
          console.warn(`<peer-support-directory>: ${group}="${term}" is not one of this directory's ${group} ids (${known(group).join(', ')}).`);
        }
      }
    }
  }

  /** The preset filters from attributes, such as `area="west-sussex"`. */
  #presets(): Filters {
    const filters: Record<string, string[]> = {};
    for (const group of PRESET_GROUPS) {
      const value = this.getAttribute(group);
      if (value) filters[group] = value.split(/[\s,]+/).filter(Boolean);
    }
    return filters as Filters;
  }

  #resetView(): void {
    const fromHash = this.syncUrl ? viewFromHash(location.hash, FILTER_GROUPS, this.#pageSize) : undefined;
    this.view = fromHash ?? emptyView(this.#pageSize, this.#presets());
  }

  #setView(next: Partial<ViewState>, { announceAfter, history }: { announceAfter?: number; history?: 'push' } = {}): void {
    this.view = { ...this.view, ...next };
    if (this.syncUrl) {
      const url = `${location.pathname}${location.search}${viewToHash(this.view)}`;
      if (history === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(window.history.state, '', url);
    }
    if (announceAfter !== undefined) this.#announce(announceAfter);
  }

  /** Puts the number of results in the status region, after a pause, so it is heard once. */
  #announce(delay: number): void {
    clearTimeout(this.#announceTimer);
    this.#announceTimer = setTimeout(() => {
      const total = this.#result?.total ?? 0;
      // A trailing non-breaking space that alternates makes the same count heard again.
      this.#announceToggle = !this.#announceToggle;
      // Counts of a directory still arriving would be wrong: say it is still loading.
      const said = this.load.kind === 'partial' ? this.#strings.loadingMore : plural(this.#strings.resultsAnnouncement, total, nearestLang(this));
      this.announcement = said + (this.#announceToggle ? '\u00a0' : '');
    }, delay);
  }

  #onHashChange = (): void => {
    const view = viewFromHash(location.hash, FILTER_GROUPS, this.#pageSize);
    if (view) this.view = view;
    // Back to the page's own address: the view it started with. Another page anchor (a skip
    // link, say) is the page's business, not a change of search.
    else if (location.hash === '') this.view = emptyView(this.#pageSize, this.#presets());
  };

  #open(service: Service): void {
    this.#setView({ service: service.id }, { history: 'push' });
    this.#focusAfterRender = '#detail-title';
    this.dispatchEvent(new ServiceOpenEvent({ serviceId: service.id }));
  }

  #close(): void {
    const id = this.view.service;
    // Replace, not push: Back after closing a service goes to where the person was before it.
    this.#setView({ service: undefined });
    this.#focusAfterRender = `[data-service="${CSS.escape(id ?? '')}"] .card-open`;
  }

  #contact = (service: Service, channel: ContactChannel): void => {
    this.dispatchEvent(new ContactEvent({ serviceId: service.id, channel }));
  };

  #showMore(): void {
    const first = this.view.shown;
    this.#setView({ shown: first + this.#pageSize });
    // Keyboard users carry on from the first new card.
    this.#focusAfterRender = `.cards > li:nth-child(${first + 1}) .card-open`;
  }

  /** Filter groups the person has open; those with a preset choice, and "When", start open. */
  #openGroups = new Set<FilterGroup>(['when']);

  /** After a choice that redraws the list, keep the person's place: at the results heading. */
  #keepPlaceAtResults(): void {
    this.#focusAfterRender = '#results-heading';
  }

  #filterHandlers = {
    isOpen: (group: FilterGroup) => this.#openGroups.has(group) || (this.view.filters[group]?.length ?? 0) > 0,
    opened: (group: FilterGroup, open: boolean) => {
      if (open === this.#filterHandlers.isOpen(group)) return;
      if (open) this.#openGroups.add(group);
      else this.#openGroups.delete(group);
      this.requestUpdate();
    },
    toggle: (group: FilterGroup, term: string, on: boolean) =>
      this.#setView({ filters: toggleFilter(this.view.filters, group, term, on), shown: this.#pageSize }, { announceAfter: ANNOUNCE_AFTER_CHOICE_MS }),
    openNow: (on: boolean) => this.#setView({ openNow: on, shown: this.#pageSize }, { announceAfter: ANNOUNCE_AFTER_CHOICE_MS }),
    age: (age: number | undefined) => this.#setView({ age, shown: this.#pageSize }, { announceAfter: ANNOUNCE_AFTER_CHOICE_MS }),
    clear: () => {
      this.#setView({ filters: {}, openNow: false, age: undefined, shown: this.#pageSize }, { announceAfter: ANNOUNCE_AFTER_CHOICE_MS });
      this.#focusAfterRender = '#q';
    },
  };

  // ── rendering ──────────────────────────────────────────────────────────────

  protected override render(): TemplateResult {
    const strings = this.#strings;
    const level = headingLevel(this.headingLevel, 5);
    const crisis = renderCrisisHelp(strings, level);
    return html`<div part="base" class="base">
      ${this.crisis === 'top' || !['bottom', 'none'].includes(this.crisis) ? crisis : nothing}
      <form part="search" class="search" role="search" @submit=${(e: Event) => {
        e.preventDefault();
        this.#announce(0);
      }}>
        <label for="q">${strings.searchLabel}</label>
        <span class="hint" id="q-hint">${strings.searchHint}</span>
        <div class="search-row">
          <input
            id="q"
            type="search"
            autocomplete="off"
            spellcheck="false"
            enterkeyhint="search"
            aria-describedby="q-hint"
            .value=${this.view.text}
            @input=${(e: Event) =>
              this.#setView({ text: (e.target as HTMLInputElement).value, shown: this.#pageSize, service: undefined }, { announceAfter: ANNOUNCE_AFTER_TYPING_MS })}
          />
          <button type="submit">${strings.searchButton}</button>
        </div>
      </form>
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
      ${this.#renderBody(strings, level)}
      ${this.crisis === 'bottom' ? crisis : nothing}
    </div>`;
  }

  protected override renderMessage(load: Exclude<DirectoryLoad, { kind: 'ready' }>): TemplateResult {
    const message = super.renderMessage(load);
    if (load.kind !== 'loading') return message;
    return html`${message}${this.#renderSkeleton()}`;
  }

  #renderBody(strings: DirectoryStrings, level: number): unknown {
    const load = this.load;
    if (load.kind === 'partial' && this.#result) return this.#renderReady({ ...load, excluded: 0 }, strings, level, true);
    return this.renderLoad((ready) => this.#renderReady(ready, strings, level, false));
  }

  /** The results, or one service's details. `partial`: the file is still arriving. */
  #renderReady(load: { readonly directory: Directory; readonly excluded: number }, strings: DirectoryStrings, level: number, partial: boolean): TemplateResult {
    const locale = nearestLang(this);
    const context: ServiceContext = {
      strings,
      locale,
      now: this.clock(),
      directory: load.directory,
      headingLevel: level + 1,
      onContact: this.#contact,
    };
    const open = this.view.service ? load.directory.services.find((s) => s.id === this.view.service) : undefined;
    if (open) {
      return html`<article part="details" class="details" aria-labelledby="detail-title">
        <button type="button" class="secondary back" @click=${() => this.#close()}>${strings.back}</button>
        <span id="detail-title" class="detail-title" role="heading" aria-level=${level} tabindex="-1">${open.name}</span>
        ${renderDetails(open, { ...context, headingLevel: level })}
      </article>`;
    }
    return this.#renderResults(load, context, level, partial);
  }

  #renderSkeleton(): TemplateResult {
    return html`<ul class="cards skeleton" aria-hidden="true">${[1, 2, 3].map(() => html`<li class="card"></li>`)}</ul>`;
  }

  /**
   * The filters and the results. While a large file is still arriving (`partial`): the best of
   * the services read so far, without filters or counts (they would be wrong), or placeholders
   * until some match. One template for both, so the cards (and focus on one) stay when it is in.
   */
  #renderResults(load: { readonly directory: Directory; readonly excluded: number }, context: ServiceContext, level: number, partial: boolean): TemplateResult {
    const { strings, locale } = context;
    const result = this.#result!;
    const view = this.view;
    const chosen = countFilters(view);
    const groups = shownGroups(this.#groupNames, load.directory, strings);
    const published = new Date(load.directory.publishedAt);
    const stale = this.clock().getTime() - published.getTime() > this.staleAfterDays * DAY_MS;
    const remaining = result.total - result.results.length;
    return html`<div class="layout">
      <div class="filters-area">
        ${partial ? html`<p part="notice" class="notice">${strings.filtersLoading}</p>` : this.#renderFilters(groups, chosen, level, context)}
      </div>
      <section class="results ${partial ? 'first' : ''}" aria-labelledby="results-heading">
        ${stale && !partial ? html`<p part="notice" class="notice">${format(strings.staleData, { date: formatDate(load.directory.publishedAt, locale) })}</p>` : nothing}
        ${load.excluded ? html`<p part="notice" class="notice">${plural(strings.someLeftOut, load.excluded, locale)}</p>` : nothing}
        <span id="results-heading" class="results-heading" role="heading" aria-level=${level} tabindex="-1">${partial ? strings.loadingMore : plural(strings.results, result.total, locale)}</span>
        ${result.total === 0
          ? partial ? this.#renderSkeleton() : this.#renderNoResults(strings, groups)
          : html`<ul class="cards" role="list">${result.results.map((hit) => renderCard(hit, context, (service) => this.#open(service)))}</ul>`}
        ${remaining > 0 && !partial
          ? html`<button type="button" class="secondary more" @click=${() => this.#showMore()}>
              ${plural(strings.showMore, Math.min(remaining, this.#pageSize), locale)}
            </button>`
          : nothing}
        <p class="updated">${format(strings.updated, { date: formatDate(load.directory.publishedAt, locale) })}</p>
      </section>
    </div>`;
  }

  /** The toggle (on narrow screens) and the filter groups with their counts. */
  #renderFilters(groups: ReturnType<typeof shownGroups>, chosen: number, level: number, { strings, locale }: ServiceContext): TemplateResult {
    return html`<button
        type="button"
        class="secondary filters-toggle"
        aria-expanded=${this.filtersOpen ? 'true' : 'false'}
        aria-controls="filters"
        @click=${() => (this.filtersOpen = !this.filtersOpen)}
      >${plural(strings.filtersToggle, chosen, locale)}</button>
      <section id="filters" part="filters" class="filters" ?hidden=${!this.filtersOpen} aria-labelledby="filters-heading">
        <span id="filters-heading" class="panel-heading" role="heading" aria-level=${level}>${strings.filtersHeading}</span>
        ${renderFilters(groups, this.#groupNames.includes('age'), this.view, this.#result!.facets, strings, this.#filterHandlers)}
      </section>`;
  }

  /** Nothing matches: say so, and offer ways out (drop a filter, clear all, show everything). */
  #renderNoResults(strings: DirectoryStrings, groups: ReturnType<typeof shownGroups>): TemplateResult {
    const active = Object.entries(this.view.filters).flatMap(([group, terms]) =>
      (terms ?? []).map((term) => ({
        group: group as FilterGroup,
        term,
        label: groups.find((g) => g.group === group)?.terms.find((t) => t.id === term)?.label ?? term,
      })),
    );
    return html`<div class="no-results">
      <p><strong>${strings.noResults}</strong></p>
      <p>${strings.noResultsHint}</p>
      <ul class="chips" role="list">
        ${active.map(
          ({ group, term, label }) => html`<li>
            <button type="button" class="secondary" @click=${() => {
              this.#filterHandlers.toggle(group, term, false);
              this.#keepPlaceAtResults();
            }}>
              ${format(strings.removeFilter, { label })}
            </button>
          </li>`,
        )}
        ${this.view.openNow
          ? html`<li><button type="button" class="secondary" @click=${() => {
              this.#filterHandlers.openNow(false);
              this.#keepPlaceAtResults();
            }}>${format(strings.removeFilter, { label: strings.openNow })}</button></li>`
          : nothing}
        ${countFilters(this.view) > 0
          ? html`<li><button type="button" class="secondary" @click=${this.#filterHandlers.clear}>${strings.clearFilters}</button></li>`
          : nothing}
        ${this.view.text
          ? html`<li><button type="button" class="secondary" @click=${() => {
              this.#setView({ text: '', shown: this.#pageSize }, { announceAfter: ANNOUNCE_AFTER_CHOICE_MS });
              this.#focusAfterRender = '#q';
            }}>${strings.showAll}</button></li>`
          : nothing}
      </ul>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'peer-support-directory': PeerSupportDirectory;
  }
}
