import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { createSearch, type Directory, type DirectorySearch, type FilterGroup, type SearchHit, type SearchResult, type Service } from '@peer-support-kit/core';
import { baseStyles } from '../../shared/base-styles.js';
import { crisisStyles, renderCrisisHelp } from '../../parts/crisis-block/crisis-block.js';
import { DirectoryElement, type DirectoryLoad, type LoadStrings } from '../../controllers/directory-controller.js';
import { format } from '../../shared/fill.js';
import { headingLevel } from '../../shared/heading.js';
import { whenIdle } from '../../shared/idle.js';
import { mergeStrings } from '../../shared/merge-strings.js';
import { nearestLang, plural } from '../../shared/i18n.js';
import { ContactEvent, ServiceOpenEvent, type ContactChannel } from '../../shared/service-events.js';
import { renderCard } from '../../parts/service-view/service-card.js';
import { renderDetails } from '../../parts/service-view/service-details.js';
import type { ServiceContext } from '../../parts/service-view/service-context.js';
import { VERSION } from '../../version.js';
import { DEFAULT_GROUPS, filterLabel, shownGroups, visibleGroups } from './filter-groups.js';
import { checkPresets, describeUnknownPreset, PRESET_GROUPS, presetsOf, type UnknownPreset } from './presets.js';
import { renderFilterPanel, renderFilters } from './render-filters.js';
import { renderNoResults, type Widening } from './render-no-results.js';
import { renderResults, renderSkeleton } from './render-results.js';
import { hintExamples } from './search-hint.js';
import { defaultDirectoryStrings, type DirectoryStrings } from './directory.strings.js';
import { directoryStyles } from './directory.styles.js';
import { emptyView, toggleFilter, type ViewState } from '../../controllers/view-state.js';
import { ViewHistory } from '../../controllers/view-history.js';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Announce the number of results once the person pauses typing, not on every key. */
const ANNOUNCE_AFTER_TYPING_MS = 800;
const ANNOUNCE_AFTER_CHOICE_MS = 300;
/** Terms whose naming in a search means a person may be in crisis: crisis help goes beside the results. */
const CRISIS_TERMS = ['setting:crisis', 'transition:crisis', 'experience:suicidal-feelings', 'experience:self-harm'];

/**
 * The directory of peer support: search, filters with counts, result cards and each service's
 * details, with crisis help in every state. Loads a published directory JSON from `src`.
 *
 * @summary A searchable directory of peer support services for any partner's page.
 *
 * @attr src - Address of the published directory JSON.
 * @attr groups - Which filter groups show, in order (space separated): kind provision format attendance area experience community when cost referral age setting transition accessibility.
 * @attr area - Preset filter: area ids (comma separated). So are `provision`, `format`, `setting`, `experience`, `community`, `transition`, `referral`, `cost` and `attendance`. An id the directory does not have is left out and reported on screen and in the console, with the nearest known id.
 * @attr page-size - Cards drawn at a time: 10 unless set, at most 20.
 * @attr theme - `contrast` or `calm`; tokens set on the page win over a theme.
 * @attr sync-url - Keeps the search, filters and open service in the page address, to share or bookmark. Back and Forward step through the directory with or without it.
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
 * @csspart notice - A notice (stale data, a closed service, a preset the directory does not know).
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
    ...Object.fromEntries(PRESET_GROUPS.map((group) => [group, { type: String }])),
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

  declare area: string | undefined;
  declare provision: string | undefined;
  declare format: string | undefined;
  declare setting: string | undefined;
  declare experience: string | undefined;
  declare community: string | undefined;
  declare transition: string | undefined;
  declare referral: string | undefined;
  declare cost: string | undefined;
  declare attendance: string | undefined;
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
  #historyTimer?: ReturnType<typeof setTimeout>;
  /** Where focus goes after the next render. */
  #focusAfterRender?: string;
  /** The service whose card had focus before the directory changed under it. */
  #focusedCard?: string;
  /** Presets the loaded directory does not know: left out, and reported. */
  #unknownPresets: UnknownPreset[] = [];
  readonly #history = new ViewHistory(this, {
    syncUrl: () => this.syncUrl,
    initial: () => this.#initialView(),
    restore: (view) => this.#restore(view),
    pageSize: () => this.#pageSize,
  });

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

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#announceTimer);
    clearTimeout(this.#historyTimer);
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
    this.#checkPresets(directory);
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
    const presetsChanged = PRESET_GROUPS.some((group) => changed.has(group));
    if (!this.hasUpdated) this.view = this.#history.saved() ?? this.#initialView();
    else if (changed.has('pageSize') || changed.has('groups') || presetsChanged) {
      if (presetsChanged && this.load.kind === 'ready') this.#checkPresets(this.load.directory);
      this.view = this.#initialView();
    }
    super.willUpdate(changed);
    const shown = this.load.kind === 'ready' || this.load.kind === 'partial';
    if (this.#search && shown && (changed.has('view') || changed.has('load') || changed.has('now'))) this.#result = this.#search.search(this.#query(this.view));
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

  #query(view: ViewState) {
    return {
      text: view.text,
      filters: view.filters,
      ...(view.age !== undefined ? { age: view.age } : {}),
      ...(view.openNow ? { openAt: this.clock() } : {}),
      limit: view.shown,
    };
  }

  /** The view the page starts with: its presets, less any the directory does not know. */
  #initialView(): ViewState {
    const presets = presetsOf(this);
    const unknown = new Set(this.#unknownPresets.map(({ group, term }) => `${group}:${term}`));
    const filters = Object.fromEntries(
      Object.entries(presets)
        .map(([group, terms]) => [group, terms.filter((term) => !unknown.has(`${group}:${term}`))] as const)
        .filter(([, terms]) => terms.length),
    );
    return emptyView(this.#pageSize, filters);
  }

  /** A preset that names no known term would filter everything out: leave it out, and say so. */
  #checkPresets(directory: Directory): void {
    const before = this.#unknownPresets.length;
    this.#unknownPresets = checkPresets(presetsOf(this), directory).unknown;
    for (const unknown of this.#unknownPresets) console.warn(describeUnknownPreset(unknown, directory));
    if (this.#unknownPresets.length !== before && !this.#history.saved()) this.view = this.#initialView();
  }

  /**
   * Changes the view and records it in the page's history: `push` for a step Back should undo,
   * `replace` to amend the current entry, `later` for typing (written once the person pauses, as
   * browsers limit how often a page may write its history).
   */
  #setView(next: Partial<ViewState>, { announceAfter, step = 'replace' }: { announceAfter?: number; step?: 'push' | 'replace' | 'later' } = {}): void {
    const before = this.view;
    this.view = { ...this.view, ...next };
    // Typing not yet written belongs to the entry the person is leaving: write it there first.
    if (this.#historyTimer !== undefined && step === 'push') this.#history.write(before, 'replace');
    clearTimeout(this.#historyTimer);
    this.#historyTimer = undefined;
    if (step === 'later') {
      this.#historyTimer = setTimeout(() => {
        this.#historyTimer = undefined;
        this.#history.write(this.view, 'replace');
      }, ANNOUNCE_AFTER_TYPING_MS);
    } else this.#history.write(this.view, step);
    if (announceAfter !== undefined) this.#announce(announceAfter);
  }

  /** Back or Forward: show that entry's view, with focus where the person expects it. */
  #restore(view: ViewState): void {
    const closing = this.view.service && !view.service ? this.view.service : undefined;
    this.view = view;
    if (closing) this.#focusAfterRender = `[data-service="${CSS.escape(closing)}"] .card-open`;
    else if (view.service) this.#focusAfterRender = '#detail-title';
    this.#announce(ANNOUNCE_AFTER_CHOICE_MS);
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

  #open(service: Service): void {
    this.#setView({ service: service.id }, { step: 'push' });
    this.#focusAfterRender = '#detail-title';
    this.dispatchEvent(new ServiceOpenEvent({ serviceId: service.id }));
  }

  /** The on-screen "Back to results": the same step as the browser's Back, when it is one. */
  #close(): void {
    const id = this.view.service ?? '';
    if (this.#history.openedHere(id)) {
      this.#history.back();
      return;
    }
    this.#setView({ service: undefined });
    this.#focusAfterRender = `[data-service="${CSS.escape(id)}"] .card-open`;
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
  #toResults = (): void => {
    this.#focusAfterRender = '#results-heading';
  };

  /** A step the person takes (a filter, a wider search): Back undoes it. */
  #step(next: Partial<ViewState>): void {
    this.#setView({ ...next, shown: this.#pageSize }, { announceAfter: ANNOUNCE_AFTER_CHOICE_MS, step: 'push' });
  }

  #filterHandlers = {
    isOpen: (group: FilterGroup) => this.#openGroups.has(group) || (this.view.filters[group]?.length ?? 0) > 0,
    opened: (group: FilterGroup, open: boolean) => {
      if (open === this.#filterHandlers.isOpen(group)) return;
      if (open) this.#openGroups.add(group);
      else this.#openGroups.delete(group);
      this.requestUpdate();
    },
    toggle: (group: FilterGroup, term: string, on: boolean) => this.#step({ filters: toggleFilter(this.view.filters, group, term, on) }),
    openNow: (on: boolean) => this.#step({ openNow: on }),
    age: (age: number | undefined) => this.#step({ age }),
    clear: () => {
      this.#step({ filters: this.#scopeFilters(), openNow: false, age: undefined });
      this.#focusAfterRender = '#q';
    },
  };

  /** The presets in groups the person cannot see: the page's own scope, which "clear" keeps. */
  #scopeFilters(): ViewState['filters'] {
    const visible = visibleGroups(this.#groupNames);
    return Object.fromEntries(Object.entries(this.view.filters).filter(([group]) => !visible.has(group)));
  }

  /** The filters the person chose and can undo, by name: those in groups they can see. */
  #chosenFilters(directory: Directory): Array<{ label: string; remove: () => void }> {
    const strings = this.#strings;
    const visible = visibleGroups(this.#groupNames);
    const chosen = Object.entries(this.view.filters)
      .filter(([group]) => visible.has(group))
      .flatMap(([group, terms]) =>
        (terms ?? []).map((term) => ({
          label: filterLabel(group as FilterGroup, term, directory, strings),
          remove: () => this.#filterHandlers.toggle(group as FilterGroup, term, false),
        })),
      );
    if (this.view.openNow && visible.has('when')) chosen.push({ label: strings.openNow, remove: () => this.#filterHandlers.openNow(false) });
    if (this.view.age !== undefined && visible.has('age')) chosen.push({ label: `${strings.ageLabel}: ${this.view.age}`, remove: () => this.#filterHandlers.age(undefined) });
    return chosen;
  }

  // ── rendering ──────────────────────────────────────────────────────────────

  protected override render(): TemplateResult {
    const strings = this.#strings;
    const level = headingLevel(this.headingLevel, 5);
    const crisis = renderCrisisHelp(strings, level);
    const ready = this.load.kind === 'ready' ? this.load : undefined;
    const examples = ready && this.#search ? hintExamples(ready.directory, this.#search, this.#initialView().filters) : [];
    const hint = examples.length ? format(strings.searchHint, { examples: examples.join(', ') }) : strings.searchHintLoading;
    return html`<div part="base" class="base">
      ${this.crisis === 'top' || !['bottom', 'none'].includes(this.crisis) ? crisis : nothing}
      <form part="search" class="search" role="search" @submit=${(e: Event) => {
        e.preventDefault();
        this.#announce(0);
        // On a phone the results are below the keyboard: take the person to them.
        this.renderRoot.querySelector<HTMLElement>('#results-heading')?.focus();
      }}>
        <label for="q">${strings.searchLabel}</label>
        <span class="hint" id="q-hint">${hint}</span>
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
              this.#setView({ text: (e.target as HTMLInputElement).value, shown: this.#pageSize, service: undefined }, { announceAfter: ANNOUNCE_AFTER_TYPING_MS, step: 'later' })}
          />
          <button type="submit">${strings.searchButton}</button>
        </div>
        ${ready ? html`<a class="skip-link" href="#results-heading" @click=${(e: Event) => {
          e.preventDefault();
          this.renderRoot.querySelector<HTMLElement>('#results-heading')?.focus();
        }}>${strings.skipToResults}</a>` : nothing}
      </form>
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
      ${this.#renderBody(strings, level)}
      ${this.crisis === 'bottom' ? crisis : nothing}
    </div>`;
  }

  protected override renderMessage(load: Exclude<DirectoryLoad, { kind: 'ready' }>): TemplateResult {
    const message = super.renderMessage(load);
    if (load.kind !== 'loading') return message;
    return html`${message}${renderSkeleton()}`;
  }

  #renderBody(strings: DirectoryStrings, level: number): unknown {
    const load = this.load;
    if (load.kind === 'partial' && this.#result) return this.#renderReady({ ...load, excluded: 0 }, strings, level, true);
    return this.renderLoad((ready) => this.#renderReady(ready, strings, level, false));
  }

  /** The results, or one service's details. `partial`: the file is still arriving. */
  #renderReady(load: { readonly directory: Directory; readonly excluded: number }, strings: DirectoryStrings, level: number, partial: boolean): TemplateResult {
    const context: ServiceContext = {
      strings,
      locale: nearestLang(this),
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
    const result = this.#result!;
    const card = (hit: SearchHit, note?: string) => renderCard(hit, context, (service) => this.#open(service), note);
    const crisisNamed = result.named.some(({ group, term }) => CRISIS_TERMS.includes(`${group}:${term}`));
    return renderResults({
      directory: load.directory,
      result,
      strings,
      locale: context.locale,
      level,
      partial,
      stale: this.clock().getTime() - new Date(load.directory.publishedAt).getTime() > this.staleAfterDays * DAY_MS,
      excluded: load.excluded,
      presetNotices: this.#presetNotices(strings),
      crisis: crisisNamed && result.total > 0 && this.crisis !== 'none' ? renderCrisisHelp(strings, level + 1) : nothing,
      filters: this.#renderFilterPanel(load.directory, level, context),
      noResults: () => this.#renderNoResults(load.directory, context, level, card),
      card: (hit) => card(hit),
      moreCount: Math.min(result.total - result.results.length, this.#pageSize),
      showMore: () => this.#showMore(),
    });
  }

  #presetNotices(strings: DirectoryStrings): string[] {
    return this.#unknownPresets.map(({ group, term, nearest }) =>
      [
        format(strings.unknownPreset, { group, term }),
        nearest ? format(strings.unknownPresetNearest, { nearest: nearest.id, label: nearest.label }) : '',
        strings.unknownPresetShowing,
      ]
        .filter(Boolean)
        .join(' '),
    );
  }

  #renderFilterPanel(directory: Directory, level: number, { strings, locale }: ServiceContext): TemplateResult {
    const result = this.#result!;
    const chosen = this.#chosenFilters(directory).length;
    const groups = shownGroups(this.#groupNames, directory, strings);
    return renderFilterPanel({
      open: this.filtersOpen,
      chosen,
      total: result.total,
      level,
      strings,
      locale,
      toggle: () => (this.filtersOpen = !this.filtersOpen),
      showResults: () => {
        this.filtersOpen = false;
        this.#toResults();
      },
      body: renderFilters(groups, this.#groupNames.includes('age'), this.view, result.facets, strings, this.#filterHandlers, chosen),
    });
  }

  /** Nothing matches: say what was searched for, offer one-press ways wider, and crisis help. */
  #renderNoResults(directory: Directory, context: ServiceContext, level: number, card: (hit: SearchHit, note: string) => TemplateResult): TemplateResult {
    const { strings, locale } = context;
    const result = this.#result!;
    const view = this.view;
    const chosen = this.#chosenFilters(directory);
    const widen: Widening[] = [];
    const go = (run: () => void) => () => {
      run();
      this.#toResults();
    };
    if (result.suggestion) widen.push({ label: format(strings.didYouMean, { text: result.suggestion }), run: go(() => this.#step({ text: result.suggestion! })) });
    for (const { label, remove } of chosen) widen.push({ label: format(strings.removeFilter, { label }), run: go(remove) });
    // Each word dropped in turn, where that finds something: "young people" → without "young".
    const everything = this.#search!.search({ ...this.#query(view), text: '', limit: 0 }).total;
    for (const word of result.partial?.words ?? result.unmatched) {
      const text = view.text.replace(word, ' ').replace(/\s+/g, ' ').trim();
      const count = text ? this.#search!.search({ ...this.#query(view), text, limit: 0 }).total : 0;
      // Dropping the only word that mattered shows everything: "Show all services" says that.
      if (count > 0 && count < everything) widen.push({ label: format(plural(strings.searchWithout, count, locale), { word }), run: go(() => this.#step({ text })) });
    }
    if (chosen.length > 1) widen.push({ label: strings.clearFilters, run: this.#filterHandlers.clear });
    if (view.text) widen.push({ label: strings.showAll, run: go(() => this.#step({ text: '', filters: this.#scopeFilters(), openNow: false, age: undefined })) });
    const visible = visibleGroups(this.#groupNames);
    const scope = Object.entries(view.filters)
      .filter(([group]) => !visible.has(group))
      .flatMap(([group, terms]) => (terms ?? []).map((term) => filterLabel(group as FilterGroup, term, directory, strings)));
    return renderNoResults({
      text: view.text,
      result,
      scope,
      filters: chosen.map(({ label }) => label),
      widen,
      strings,
      locale,
      crisis: this.crisis === 'none' ? nothing : renderCrisisHelp(strings, level + 1),
      renderCard: card,
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'peer-support-directory': PeerSupportDirectory;
  }
}
