import type { Directory, DirectorySearch, SearchQuery, SearchResult } from '@peer-support-kit/core';
import type { DirectoryLoad } from '../../controllers/directory-controller.js';
import { lacksPlaces, lacksSearchWords, loadPlaces, loadSearchWords } from '../../shared/browse-files.js';
import { timeSlice, whenIdle, yieldToPage } from '../../shared/idle.js';

/**
 * The search over the directory as it loads, and the result on screen: searched again only when
 * the directory, the view or the clock changed, so a redraw for anything else costs nothing.
 */
export class DirectorySearchState {
  search?: DirectorySearch;
  result?: SearchResult;
  #prepared?: DirectorySearch;
  /** A search being indexed on idle, to take over from `search` once ready. */
  #indexing?: DirectorySearch;
  #searched: { load?: DirectoryLoad; query?: unknown } = {};
  /** The description words of a browse-form directory, once asked for. */
  #words?: Promise<unknown>;
  #wordsFailed = false;
  /** Its places (coordinates and postcodes), once asked for: the directory with them, searchable. */
  #places?: Promise<Directory>;
  #placesFailed = false;
  /** The directory with whatever of the words and places has come; each next file goes onto it. */
  #latest?: Directory;
  /** The files fetched after the index, one after another, so each is added to what came before. */
  #more: Promise<unknown> = Promise.resolve();
  /** Counts the loads of the directory: a file asked for by an earlier one is dropped. */
  #generation = 0;

  /**
   * `host.searchFactory` builds each search; `host.requestUpdate` redraws when results change
   * without the view changing (the description words came in).
   */
  constructor(private readonly host: { readonly searchFactory: (directory: Directory) => DirectorySearch; requestUpdate(): void }) {}

  /** Part of a large file is in: search what there is, to show the first results now. */
  partial(directory: Directory): void {
    this.#indexing = undefined;
    this.search = this.host.searchFactory(directory);
  }

  /** The whole file is in. */
  loaded(directory: Directory): void {
    this.#generation++;
    this.#latest = directory;
    this.#more = Promise.resolve();
    this.#places = undefined;
    this.#words = undefined;
    this.#prepared = undefined;
    this.#indexing = undefined;
    this.#index(directory);
  }

  /**
   * Builds the search over `directory`, and indexes its words before any keystroke needs them: on
   * idle, while the person reads the first results. Then redraws, for what waits for it (the
   * search hint's examples, each tried by a search).
   */
  #index(directory: Directory): void {
    const search = (this.search = this.host.searchFactory(directory));
    performance.mark('peer-support:indexed');
    const step = (more: () => boolean) => {
      if (this.search !== search) return;
      if (search.prepare?.(more) === false) return whenIdle(step);
      this.#ready(search);
    };
    whenIdle(step);
  }

  /**
   * Builds the search over the directory with its description words while the person may be
   * typing: the search in use answers until the new one is indexed, a few milliseconds at a time
   * between other work (not waiting for idle time, which a busy page may never have), rather
   * than the next keystroke stopping the page for a few hundred milliseconds to index it.
   */
  async #indexBeside(directory: Directory): Promise<void> {
    const search = (this.#indexing = this.host.searchFactory(directory));
    while (search.prepare?.(timeSlice()) === false) {
      await yieldToPage();
      if (this.#indexing !== search) throw new Error('The directory changed while it was indexed.');
    }
    this.#indexing = undefined;
    this.search = search;
    this.#searched = {};
    this.#ready(search);
  }

  #ready(search: DirectorySearch): void {
    this.#prepared = search;
    this.host.requestUpdate();
  }

  /**
   * The latest search of this directory whose long texts are indexed, when searching it for text
   * costs only the matching: what the search hint waits for, as it tries each of its examples by
   * a search. Kept while a search with the description words gets ready, so the hint stays put.
   */
  get prepared(): DirectorySearch | undefined {
    return this.#prepared;
  }

  /** Whether `load` is not the state the result on screen was worked out for. */
  isNew(load: DirectoryLoad): boolean {
    return load !== this.#searched.load;
  }

  /** Searches again if the load state or the query (a new object when the view changed) did. */
  update(load: DirectoryLoad, key: unknown, query: () => SearchQuery, force: boolean, nearAsked: boolean): void {
    const shown = load.kind === 'ready' || load.kind === 'partial';
    if (!this.search || !shown || (!force && !this.isNew(load) && key === this.#searched.query)) return;
    this.#searched = { load, query: key };
    const asked = query();
    if (asked.text?.trim() && load.kind === 'ready') this.#fetchWords();
    // A place from a link: its places file is needed to know where the place is.
    if (nearAsked && load.kind === 'ready') void this.places().catch(() => {});
    this.result = this.search.search(asked);
  }

  /**
   * The directory with its places, searchable: at once for a whole directory; for the browse
   * form once its places file has come and been indexed (a place typed, or "Use my location",
   * waits for this). Rejects when the file cannot be fetched or read; a later call asks again.
   */
  places(): Promise<Directory> {
    const latest = this.#latest;
    if (!latest || !lacksPlaces(latest)) return Promise.resolve(this.search?.directory ?? latest!);
    this.#places ??= this.#fetchMore(loadPlaces, this.#placesFailed).catch((error: Error) => {
      this.#placesFailed = true;
      this.#places = undefined;
      throw error;
    });
    return this.#places;
  }

  /**
   * Fetches one more file of a browse-form directory after those already asked for, adds it to
   * the directory with what came before, and indexes the result beside the search in use, which
   * then takes over. Resolves with that directory.
   */
  #fetchMore(load: (directory: Directory, retry: boolean) => Promise<Directory>, retry: boolean): Promise<Directory> {
    const generation = this.#generation;
    const next = this.#more.then(async () => {
      const more = await load(this.#latest!, retry);
      if (generation !== this.#generation) throw new Error('The directory was loaded again.');
      this.#latest = more;
      await this.#indexBeside(more);
      return more;
    });
    this.#more = next.catch(() => {});
    return next;
  }

  /**
   * A directory published in the browse form leaves descriptions out of its index: the first
   * search with text fetches their words, and searches again with them when they come. Until
   * then (or if they cannot be fetched) names, summaries, places and terms are searched.
   */
  #fetchWords(): void {
    if (this.#words || !this.#latest || !lacksSearchWords(this.#latest)) return;
    const words = (this.#words = this.#fetchMore(loadSearchWords, this.#wordsFailed).catch((error: Error) => {
      console.warn(`Descriptions could not be searched: ${error.message}`);
      // A later search asks again, of the network rather than a cache.
      this.#wordsFailed = true;
      if (this.#words === words) this.#words = undefined;
    }));
  }
}
