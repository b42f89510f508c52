import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Directory, FilterGroup, Service } from '@peer-support-kit/core';
import type { FocusKeeper } from '../../controllers/focus-keeper.js';
import { ViewHistory } from '../../controllers/view-history.js';
import { emptyView, toggleFilter, togglePreference, type ViewState } from '../../controllers/view-state.js';
import type { FilterHandlers } from './render-filters.js';
import type { PreferenceHandlers } from './render-preferences.js';
import { NearHandlers, type NearNote } from './near-choice.js';
import type { ChosenFilter } from './chosen-filters.js';

/** Announce the number of results once the person pauses typing, not on every key. */
export const ANNOUNCE_AFTER_TYPING_MS = 800;
const ANNOUNCE_AFTER_CHOICE_MS = 300;

export interface DirectoryViewOptions {
  readonly pageSize: () => number;
  readonly syncUrl: () => boolean;
  /** The view the page starts with (its presets). */
  readonly initial: () => ViewState;
  /** The presets in groups the person cannot see: the page's own scope, which "clear" keeps. */
  readonly scope: (view: ViewState) => ViewState['filters'];
  readonly focus: FocusKeeper;
  /** Say the number of results after `delay` ms. */
  readonly announce: (delay: number) => void;
  /** Say what "Near you" now tells the person beside its box. */
  readonly sayNear: (note: NearNote, directory: Directory | undefined) => void;
}

/**
 * What the person has chosen in the directory (the search, filters, the open service, how many
 * cards) and every step that changes it. Each step a person takes is an entry of the page's
 * history, so the browser's Back undoes it; focus goes where the person expects it after each.
 */
export class DirectoryView implements ReactiveController {
  #view: ViewState = emptyView(10);
  #historyTimer?: ReturnType<typeof setTimeout>;
  /** Filter groups the person has open; those with a choice, and "When", start open. */
  #openGroups = new Set<FilterGroup>(['when']);
  /** Kinds of preference the person has open (those with a choice always are). */
  #openPreferences = new Set<string>();
  readonly #history: ViewHistory;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: DirectoryViewOptions,
  ) {
    host.addController(this);
    this.#history = new ViewHistory(host, {
      syncUrl: options.syncUrl,
      initial: options.initial,
      restore: (view) => this.#restore(view),
      pageSize: options.pageSize,
    });
  }

  hostDisconnected(): void {
    clearTimeout(this.#historyTimer);
  }

  get current(): ViewState {
    return this.#view;
  }

  /** The view the page's history or address holds, if any. */
  saved(): ViewState | undefined {
    return this.#history.saved();
  }

  /** Shows `view` without a step of history: the page's start, or its presets changing. */
  reset(view: ViewState): void {
    this.#set(view);
  }

  #set(view: ViewState): void {
    this.#view = view;
    this.host.requestUpdate();
  }

  /**
   * Changes the view and records it in the page's history: `push` for a step Back should undo,
   * `replace` to amend the current entry, `later` for typing (written once the person pauses, as
   * browsers limit how often a page may write its history).
   */
  #change(next: Partial<ViewState>, step: 'push' | 'replace' | 'later', announceAfter?: number): void {
    const before = this.#view;
    this.#set({ ...before, ...next });
    // Typing not yet written belongs to the entry the person is leaving: write it there first.
    if (this.#historyTimer !== undefined && step === 'push') this.#history.write(before, 'replace');
    clearTimeout(this.#historyTimer);
    this.#historyTimer = undefined;
    if (step === 'later') {
      this.#historyTimer = setTimeout(() => {
        this.#historyTimer = undefined;
        this.#history.write(this.#view, 'replace');
      }, ANNOUNCE_AFTER_TYPING_MS);
    } else this.#history.write(this.#view, step);
    if (announceAfter !== undefined) this.options.announce(announceAfter);
  }

  /** The person typed: a new search from the first page of results. */
  type(text: string): void {
    this.#change({ text, shown: this.options.pageSize(), service: undefined }, 'later', ANNOUNCE_AFTER_TYPING_MS);
  }

  /** A step the person takes (a filter, a wider search): Back undoes it. */
  step(next: Partial<ViewState>): void {
    this.#change({ ...next, shown: this.options.pageSize() }, 'push', ANNOUNCE_AFTER_CHOICE_MS);
  }

  /** Back or Forward: show that entry's view, with focus where the person expects it. */
  #restore(view: ViewState): void {
    const closing = this.#view.service && !view.service ? this.#view.service : undefined;
    this.#set(view);
    if (closing) this.options.focus.moveTo(cardButton(closing));
    else if (view.service) this.options.focus.moveTo('#detail-title');
    this.options.announce(ANNOUNCE_AFTER_CHOICE_MS);
  }

  open(service: Service): void {
    this.#change({ service: service.id }, 'push');
    this.options.focus.moveTo('#detail-title');
  }

  /** The on-screen "Back to results": the same step as the browser's Back, when it is one. */
  close(): void {
    const id = this.#view.service ?? '';
    if (this.#history.openedHere(id)) {
      this.#history.back();
      return;
    }
    this.#change({ service: undefined }, 'replace');
    this.options.focus.moveTo(cardButton(id));
  }

  showMore(): void {
    const first = this.#view.shown;
    this.#change({ shown: first + this.options.pageSize() }, 'replace');
    // Keyboard users carry on from the first new card.
    this.options.focus.moveTo(`.cards > li:nth-child(${first + 1}) .card-open`);
  }

  /** Everything but the page's own scope goes: the search, the filters, "open now" and age. */
  showAll(): void {
    this.step({ text: '', filters: this.options.scope(this.#view), openNow: false, age: undefined, near: undefined });
  }

  remove(filter: ChosenFilter): void {
    if (filter.group === 'near') this.near.clear();
    else if (filter.group === 'openNow') this.filters.openNow(false);
    else if (filter.group === 'age') this.filters.age(undefined);
    else this.filters.toggle(filter.group, filter.term!, false);
  }

  readonly filters: FilterHandlers = {
    isOpen: (group) => this.#openGroups.has(group) || (this.#view.filters[group]?.length ?? 0) > 0,
    opened: (group, open) => {
      if (open === this.filters.isOpen(group)) return;
      if (open) this.#openGroups.add(group);
      else this.#openGroups.delete(group);
      this.host.requestUpdate();
    },
    toggle: (group, term, on) => this.step({ filters: toggleFilter(this.#view.filters, group, term, on) }),
    openNow: (on) => this.step({ openNow: on }),
    age: (age) => this.step({ age }),
    clear: () => {
      this.near.note = undefined;
      this.step({ filters: this.options.scope(this.#view), openNow: false, age: undefined, near: undefined });
      this.options.focus.moveTo('#q');
    },
  };

  readonly near = new NearHandlers({
    current: () => this.#view,
    step: (next) => this.step(next),
    requestUpdate: () => this.host.requestUpdate(),
    say: (note, directory) => this.options.sayNear(note, directory),
  });

  readonly preferences: PreferenceHandlers = {
    isOpen: (kind) => this.#openPreferences.has(kind) || (this.#view.preferences[kind]?.length ?? 0) > 0,
    opened: (kind, open) => {
      if (open === this.preferences.isOpen(kind)) return;
      if (open) this.#openPreferences.add(kind);
      else this.#openPreferences.delete(kind);
      this.host.requestUpdate();
    },
    toggle: (kind, term, on) => {
      // The group stays open when its last box is unticked: focus is on that box.
      this.#openPreferences.add(kind);
      this.step({ preferences: togglePreference(this.#view.preferences, kind, term, on) });
    },
    clear: () => {
      this.step({ preferences: {} });
      this.options.focus.moveTo('#prefer-heading');
    },
  };
}

/** The button that opens a service's card. */
export const cardButton = (service: string) => `[data-service="${CSS.escape(service)}"] .card-open`;
