import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { createSearch, typedNames, type Directory, type DirectorySearch, type Service } from '@peer-support-kit/core';
import { Announcer } from '../../controllers/announcer.js';
import { DirectoryController, type ReadyLoad } from '../../controllers/directory-controller.js';
import { FocusKeeper } from '../../controllers/focus-keeper.js';
import { FullServiceController } from '../../controllers/full-service.js';
import { emptyView, type ViewState } from '../../controllers/view-state.js';
import { renderCrisisHelp } from '../../parts/crisis-block/crisis-block.js';
import { NOTHING_PASTED, pastedContent, pastedSlot } from '../../shared/fallback.js';
import type { ServiceContext } from '../../parts/service-view/service-context.js';
import { headingLevel } from '../../shared/heading.js';
import { nearestLang } from '../../shared/i18n.js';
import { lookAhead } from '../../shared/early-look.js';
import { mergeStrings } from '../../shared/merge-strings.js';
import { ContactEvent, ServiceOpenEvent } from '../../shared/service-events.js';
import { VERSION } from '../../version.js';
import { scopeFilters } from './chosen-filters.js';
import { defaultDirectoryStrings, type DirectoryStrings } from './directory.strings.js';
import { directoryStyles } from './directory.styles.js';
import { DirectorySearchState } from './directory-search.js';
import { DirectoryView } from './directory-view.js';
import { groupNamesOf } from './filter-groups.js';
import { directoryQuery } from './directory-query.js';
import { noteText } from './render-near.js';
import { checkPresets, describeUnknownPreset, knownPresets, PRESET_GROUPS, presetsOf, type UnknownPreset } from './presets.js';
import { renderSkeleton } from './render-results.js';
import { renderReady } from './render-ready.js';
import { announceResults } from './render-preferences.js';
import { searchHint } from './search-hint.js';
import { renderSearch } from './render-search.js';
import { keepMediaFresh } from '../../controllers/fresh-media.js';

/**
 * The directory of peer support: search, filters with counts, result cards and each service's
 * details, with crisis help in every state. Loads a published directory from `src`.
 *
 * @summary A searchable directory of peer support services for any partner's page.
 *
 * @attr src - Address of the published directory: its directory.json, or (for a large directory) the browse.json `peer-support build` writes beside it, which loads each service's details when opened.
 * @attr groups - Which filter groups show, in order (space separated): kind provision format attendance near ("Near you") area experience community when cost referral age setting transition accessibility preferences ("What matters to you").
 * @attr area - Preset filter: area ids (comma separated), a page's scope or a starting choice. An id the directory does not have is left out and reported on screen and in the console, with the nearest known id.
 * @attr provision - Preset filter: kinds of peer support (`informal`, `organised-volunteer`, `paid-peer-workers`), comma separated.
 * @attr format - Preset filter: ways of meeting (`group`, `drop-in`, `one-to-one`, `online`…), comma separated.
 * @attr setting - Preset filter: settings (`community`, `inpatient`, `crisis`…), comma separated.
 * @attr experience - Preset filter: shared experiences (`hearing-voices`, `self-harm`…), comma separated.
 * @attr community - Preset filter: communities (`young-people`, `lgbtq`…), comma separated.
 * @attr transition - Preset filter: times of change (`leaving-hospital`…), comma separated.
 * @attr referral - Preset filter: how to get support (`self`, `mental-health-team`…), comma separated.
 * @attr cost - Preset filter: cost (`free`…), comma separated.
 * @attr attendance - Preset filter: `in-person` or `online`.
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
 * @slot - What to show when the element cannot show its own content: before the script runs, if
 *   it never does, while loading and if loading fails (the docs' snippet puts crisis help and a
 *   link to the static listing here).
 * @csspart fallback - The box around that content, while the element shows it.
 * @csspart base - Everything the element shows.
 * @csspart crisis - The "If you need help now" block.
 * @csspart search - The search form.
 * @csspart filters - The filter panel.
 * @csspart card - A result card.
 * @csspart details - A service's details.
 * @csspart notice - A notice (stale data, a closed service, a preset the directory does not know).
 * @csspart message - A loading or error message.
 */
export class PeerSupportDirectory extends LitElement {
  static readonly version = VERSION;
  static override styles = directoryStyles;
  static override properties = {
    src: { type: String },
    ...Object.fromEntries(PRESET_GROUPS.map((group) => [group, { type: String }])),
    groups: { type: String },
    pageSize: { type: Number, attribute: 'page-size' },
    theme: { type: String, reflect: true },
    syncUrl: { type: Boolean, attribute: 'sync-url' },
    crisis: { type: String },
    headingLevel: { type: Number, attribute: 'heading-level' },
    staleAfterDays: { type: Number, attribute: 'stale-after-days' },
    strings: { attribute: false },
    now: { attribute: false },
    searchFactory: { attribute: false },
    filtersOpen: { state: true },
  };

  declare src: string | undefined;
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
  /** The clock for "open now", next sessions and freshness; the real time when unset. */
  declare now: Date | undefined;
  /**
   * Builds the search over a loaded directory: core's `createSearch` unless a host brings its own
   * (a benchmark compares engines in the same widget this way). Set it before `src`.
   */
  declare searchFactory: (directory: Directory) => DirectorySearch;
  declare protected filtersOpen: boolean;

  readonly #search = new DirectorySearchState(this);
  #unknownPresets: UnknownPreset[] = []; // presets the loaded directory does not know: left out, and reported
  readonly #announcer = new Announcer(this);
  readonly #details = new FullServiceController(this); // a service's details, from the browse form
  readonly #focus = new FocusKeeper(this);
  readonly #directory = new DirectoryController(this, {
    strings: () => this.#strings,
    // A large directory shows its first services, or those named in the box, while the rest arrives.
    showsPartial: true,
    wanted: () => typedNames([this.#view.current.text]),
    lookAhead,
    loadedSoFar: (directory) => this.#search.partial(directory),
    loaded: (directory) => this.#loaded(directory),
    failed: (shown) => this.#announcer.now(shown),
    // After "Try again", keep the person in the directory: at the search box, which stays.
    focusAfterRetry: () => this.renderRoot.querySelector<HTMLElement>('#q')?.focus(),
  });
  readonly #view = new DirectoryView(this, {
    pageSize: () => this.#pageSize,
    syncUrl: () => this.syncUrl,
    initial: () => this.#initialView(),
    scope: (view) => scopeFilters(view, this.#groupNames),
    focus: this.#focus,
    announce: (delay) => this.#announce(delay),
    sayNear: (note, directory) => this.#announcer.now(noteText(note, directory, this.#strings)),
  });

  constructor() {
    super();
    keepMediaFresh(this);
    // Ten cards fill a phone screen several times over, and every keystroke redraws them.
    this.pageSize = 10;
    this.syncUrl = false;
    this.crisis = 'top';
    this.headingLevel = 2;
    this.staleAfterDays = 180;
    this.strings = {};
    this.searchFactory = createSearch;
    this.filtersOpen = false;
  }

  /** Loads the directory again: after a failed load, or to pick up a newly published file. */
  reload(): void {
    this.#directory.reload();
  }

  #loaded(directory: Directory): void {
    this.#checkPresets(directory);
    this.#search.loaded(directory);
    this.#announce(0);
  }

  protected override willUpdate(changed: PropertyValues): void {
    const load = this.#directory.state;
    // More of the file has come in (or all of it): the cards may move under a person's focus.
    if (this.#search.isNew(load)) this.#focus.keep('data-service', '.card-open', '#results-heading');
    const presetsChanged = PRESET_GROUPS.some((group) => changed.has(group));
    if (!this.hasUpdated) this.#view.reset(this.#view.saved() ?? this.#initialView());
    else if (changed.has('pageSize') || changed.has('groups') || presetsChanged) {
      if (presetsChanged && load.kind === 'ready') this.#checkPresets(load.directory);
      this.#view.reset(this.#initialView());
    }
    const view = this.#view.current;
    this.#search.update(load, view, () => this.#query(view), changed.has('now'), !!view.near);
  }

  get #strings(): DirectoryStrings {
    return mergeStrings(defaultDirectoryStrings, this.strings);
  }

  get #pageSize(): number {
    return Math.min(Math.max(Math.trunc(this.pageSize) || 10, 1), 20);
  }

  get #groupNames(): string[] {
    return groupNamesOf(this.groups, this.#search.search?.directory.featured);
  }

  #query(view: ViewState) {
    return directoryQuery(view, this.now ?? new Date(), this.#groupNames, this.#search.search?.directory);
  }

  /** The view the page starts with: its presets, less any the directory does not know. */
  #initialView(): ViewState {
    return emptyView(this.#pageSize, knownPresets(presetsOf(this), this.#unknownPresets));
  }

  /** A preset that names no known term would filter everything out: leave it out, and say so. */
  #checkPresets(directory: Directory): void {
    const before = this.#unknownPresets.length;
    this.#unknownPresets = checkPresets(presetsOf(this), directory).unknown;
    for (const unknown of this.#unknownPresets) console.warn(describeUnknownPreset(unknown, directory));
    if (this.#unknownPresets.length !== before && !this.#view.saved()) this.#view.reset(this.#initialView());
  }

  /** The number of results, said once the person pauses; a directory still arriving says so. */
  #announce(delay: number): void {
    this.#announcer.later(delay, () =>
      this.#directory.state.kind === 'partial'
        ? this.#strings.loadingMore
        : announceResults(this.#strings, this.#search.result?.total ?? 0, this.#query(this.#view.current), nearestLang(this)),
    );
  }

  #open(service: Service): void {
    this.#view.open(service);
    this.dispatchEvent(new ServiceOpenEvent({ serviceId: service.id }));
  }

  protected override render(): TemplateResult {
    const strings = this.#strings;
    const level = headingLevel(this.headingLevel, 5);
    const load = this.#directory.state;
    const ready = load.kind === 'ready' ? load : undefined;
    // Until the services can be searched, and if they cannot be loaded, what the page put inside (crisis help and
    // a link to the static listing) shows at the top, whatever `crisis` says; ours steps aside if that has its own.
    const waiting = load.kind === 'error' || (!ready && !this.#search.result);
    const pasted = waiting ? pastedContent(this) : NOTHING_PASTED;
    const atBottom = this.crisis === 'bottom';
    const crisis = this.crisis === 'none' || pasted.hasCrisisHelp ? nothing : renderCrisisHelp(strings, level);
    const hint = searchHint(strings, ready?.directory, this.#search.prepared, this.#initialView().filters);
    const toResults = (e: Event) => {
      e.preventDefault();
      if (e.type === 'submit') this.#announce(0);
      this.renderRoot.querySelector<HTMLElement>('#results-heading')?.focus();
    };
    return html`<div part="base" class="base">
      ${atBottom ? nothing : crisis}${pasted.shown ? pastedSlot : nothing}
      ${renderSearch({ strings, hint, text: this.#view.current.text, ready: !!ready, type: (text) => this.#view.type(text), toResults })}
      ${this.#announcer.render()}
      ${this.#renderBody(strings, level)}
      ${atBottom ? crisis : nothing}
    </div>`;
  }

  #renderBody(strings: DirectoryStrings, level: number): unknown {
    const load = this.#directory.state;
    if (load.kind === 'partial' && this.#search.result) return this.#renderReady({ ...load, excluded: 0 }, strings, level, true);
    const body = this.#directory.render((ready) => this.#renderReady(ready, strings, level, false));
    return load.kind === 'loading' ? html`${body}${renderSkeleton()}` : body;
  }

  /** The results, or one service's details. `partial`: the file is still arriving. */
  #renderReady(load: Omit<ReadyLoad, 'kind'>, strings: DirectoryStrings, level: number, partial: boolean): TemplateResult {
    const { directory, excluded, incomplete } = load;
    const context: ServiceContext = {
      strings,
      locale: nearestLang(this),
      now: this.now ?? new Date(),
      directory,
      headingLevel: level + 1,
      onContact: (service, channel) => this.dispatchEvent(new ContactEvent({ serviceId: service.id, channel })),
    };
    return renderReady({
      directory,
      excluded,
      partial,
      retry: incomplete ? this.#directory.retry : undefined,
      strings,
      level,
      context,
      view: this.#view,
      search: this.#search,
      groupNames: this.#groupNames,
      unknownPresets: this.#unknownPresets,
      crisis: this.crisis,
      // A value that is no number of days ("ninety") falls back to the default, not to never.
      staleAfterDays: this.staleAfterDays > 0 ? this.staleAfterDays : 180,
      pageSize: this.#pageSize,
      filtersOpen: this.filtersOpen,
      setFiltersOpen: (open) => (this.filtersOpen = open),
      toResults: () => this.#focus.moveTo('#results-heading'),
      open: (service) => this.#open(service),
      details: (directory, service) => this.#details.of(directory, service),
    });
  }
}
