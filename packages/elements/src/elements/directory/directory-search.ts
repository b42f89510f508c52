import type { Directory, DirectorySearch, SearchQuery, SearchResult } from '@peer-support-kit/core';
import type { DirectoryLoad } from '../../controllers/directory-controller.js';
import { whenIdle } from '../../shared/idle.js';

/**
 * The search over the directory as it loads, and the result on screen: searched again only when
 * the directory, the view or the clock changed, so a redraw for anything else costs nothing.
 */
export class DirectorySearchState {
  search?: DirectorySearch;
  result?: SearchResult;
  #searched: { load?: DirectoryLoad; query?: unknown } = {};

  constructor(private readonly factory: () => (directory: Directory) => DirectorySearch) {}

  /** Part of a large file is in: search what there is, to show the first results now. */
  partial(directory: Directory): void {
    this.search = this.factory()(directory);
  }

  /** The whole file is in. */
  loaded(directory: Directory): void {
    const search = this.factory()(directory);
    this.search = search;
    performance.mark('peer-support:indexed');
    // The search indexes long texts on first need; do it while the person reads the first
    // results, so no keystroke pays for it, a few milliseconds at a time so none waits for it.
    const step = (more: () => boolean) => {
      if (this.search === search && search.prepare?.(more) === false) whenIdle(step);
    };
    whenIdle(step);
  }

  /** Whether `load` is not the state the result on screen was worked out for. */
  isNew(load: DirectoryLoad): boolean {
    return load !== this.#searched.load;
  }

  /** Searches again if the load state or the query (a new object when the view changed) did. */
  update(load: DirectoryLoad, key: unknown, query: () => SearchQuery, force: boolean): void {
    const shown = load.kind === 'ready' || load.kind === 'partial';
    if (!this.search || !shown || (!force && !this.isNew(load) && key === this.#searched.query)) return;
    this.#searched = { load, query: key };
    this.result = this.search.search(query());
  }
}
