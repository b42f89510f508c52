import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FILTER_GROUPS } from '@peer-support-kit/core';
import { nearFrom, viewFromHash, viewToHash, type ViewState } from './view-state.js';

export interface ViewHistoryOptions {
  /** Whether the view also goes into the page's address (`sync-url`). */
  readonly syncUrl: () => boolean;
  /** The view to show when history holds none of ours (the page as it first loaded). */
  readonly initial: () => ViewState;
  /** Back or Forward reached an entry: show its view. */
  readonly restore: (view: ViewState) => void;
  readonly pageSize: () => number;
}

/**
 * Makes the browser's Back and Forward buttons step through the directory, on every page: each
 * step a person takes (opening a service, choosing a filter) is an entry of the page's session
 * history, and Back undoes it. The view is kept in `history.state`, under a key of this element's
 * own beside whatever the host page keeps there, so the page's address changes only with
 * `sync-url` (which also writes the view into the hash, to share or bookmark). Nothing is stored
 * anywhere else, and nothing leaves the browser.
 */
export class ViewHistory implements ReactiveController {
  #key = '';

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: ViewHistoryOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Two directories on one page keep their views apart: by id, else by their order.
    const all = [...document.querySelectorAll(this.host.localName)];
    this.#key = `${this.host.localName}:${this.host.id || all.indexOf(this.host)}`;
    window.addEventListener('popstate', this.#onPopState);
    window.addEventListener('hashchange', this.#onHashChange);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.#onPopState);
    window.removeEventListener('hashchange', this.#onHashChange);
  }

  /** The view the page's history or address holds for this element, if any. */
  saved(): ViewState | undefined {
    const fromHash = this.options.syncUrl() ? viewFromHash(location.hash, FILTER_GROUPS, this.options.pageSize()) : undefined;
    return fromHash ?? this.#fromState(history.state);
  }

  /** Whether the entry on screen was made by opening this service (so Back would close it). */
  openedHere(service: string): boolean {
    return this.#fromState(history.state)?.service === service && this.#pushed > 0;
  }

  #pushed = 0;

  /** Records the view: as a new entry (a step Back undoes) or in place of the current one. */
  write(view: ViewState, step: 'push' | 'replace'): void {
    const state: unknown = history.state;
    // A host page that keeps something other than an object in history.state keeps it untouched.
    if (state !== null && (typeof state !== 'object' || Array.isArray(state))) return;
    // Where the person is stays in memory: the browser may keep its history on disk.
    const near = view.near?.place ? { ...view.near, position: undefined } : undefined;
    const next = { ...(state as Record<string, unknown> | null), [this.#key]: { ...view, near, shown: undefined } };
    const url = this.options.syncUrl() ? `${location.pathname}${location.search}${viewToHash(view)}` : location.href;
    try {
      if (step === 'push') {
        history.pushState(next, '', url);
        this.#pushed++;
      } else history.replaceState(next, '', url);
    } catch {
      // Browsers limit how often a page may write its history (Safari throws past 100 writes in
      // 30 seconds): the view on screen is still right, only Back would miss this change.
    }
  }

  /** Goes Back one entry (the on-screen "Back to results" after the details were opened here). */
  back(): void {
    this.#pushed--;
    history.back();
  }

  #fromState(state: unknown): ViewState | undefined {
    const saved = state && typeof state === 'object' ? (state as Record<string, unknown>)[this.#key] : undefined;
    if (!saved || typeof saved !== 'object') return undefined;
    const view = saved as Partial<ViewState>;
    return {
      text: typeof view.text === 'string' ? view.text : '',
      filters: view.filters && typeof view.filters === 'object' ? view.filters : {},
      preferences: view.preferences && typeof view.preferences === 'object' ? view.preferences : {},
      openNow: view.openNow === true,
      age: typeof view.age === 'number' ? view.age : undefined,
      near:
        view.near && typeof view.near === 'object'
          ? nearFrom(view.near.place, view.near.radiusKm, view.near.nearestFirst !== false)
          : undefined,
      service: typeof view.service === 'string' ? view.service : undefined,
      shown: this.options.pageSize(),
    };
  }

  #onPopState = (event: PopStateEvent): void => {
    const view =
      this.#fromState(event.state) ??
      (this.options.syncUrl() ? viewFromHash(location.hash, FILTER_GROUPS, this.options.pageSize()) : undefined);
    this.options.restore(view ?? this.options.initial());
  };

  /** With `sync-url`, an address typed or linked to (no state of ours) describes the view. */
  #onHashChange = (): void => {
    if (!this.options.syncUrl() || this.#fromState(history.state)) return;
    const view = viewFromHash(location.hash, FILTER_GROUPS, this.options.pageSize());
    // Back to the page's own address: the view it started with. Another page anchor (a skip
    // link, say) is the page's business, not a change of search.
    if (view) this.options.restore(view);
    else if (location.hash === '') this.options.restore(this.options.initial());
  };
}
