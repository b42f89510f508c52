import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Directory, Problem } from '@peer-support-kit/core';
import { PeerSupportErrorEvent } from '../shared/events.js';
import { LoadError } from '../shared/fetch-file.js';
import { describeProblems, loadDirectory, type LookAhead, type Wanted } from '../shared/load-directory.js';
import { renderPasted } from '../shared/fallback.js';
import { renderLoadMessage, type LoadStrings } from '../parts/load-message/load-message.js';

export type DirectoryLoad =
  | { readonly kind: 'loading' }
  /** Part of a large file has arrived (only with `showsPartial`). */
  | { readonly kind: 'partial'; readonly directory: Directory }
  | { readonly kind: 'error'; readonly message: string; readonly canRetry: boolean }
  /**
   * The directory is in, or (`incomplete`) the part of it that came before loading failed: it
   * stays on screen, with a notice and "Try again" (only with `showsPartial`).
   */
  | { readonly kind: 'ready'; readonly directory: Directory; readonly excluded: number; readonly incomplete?: boolean };

export type ReadyLoad = Extract<DirectoryLoad, { kind: 'ready' }>;

/** Problems that mean the file is not a directory at all (a web page, say), not a broken one. */
const NOT_A_DIRECTORY = new Set(['not_json', 'not_object', 'bad_version', 'no_services']);

/** An element that shows a published directory: its `src` is the file's address. */
export interface DirectoryHost extends ReactiveControllerHost, HTMLElement {
  readonly src: string | undefined;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export interface DirectoryControllerOptions {
  /** The strings in effect (defaults merged with the host's overrides). */
  readonly strings: () => LoadStrings;
  /**
   * Whether the element shows part of a large directory while the rest arrives: if so, the state
   * goes through `partial` (the services read so far) on its way to `ready`.
   */
  readonly showsPartial?: boolean;
  /** The names the person typed in the element's search box: a large directory reads those services first. */
  readonly wanted?: Wanted;
  /** A first look at a large browse index before the whole has come (shared/early-look.ts). */
  readonly lookAhead?: LookAhead;
  /** The services read so far, before a `partial` state renders. */
  readonly loadedSoFar?: (directory: Directory) => void;
  /** The whole directory, before the `ready` state renders. */
  readonly loaded?: (directory: Directory) => void;
  /** The element could not show the directory: `shown` is the message on screen. */
  readonly failed?: (shown: string) => void;
  /** Where focus goes once a retried load has finished: the first heading, unless given. */
  readonly focusAfterRetry?: () => void;
  /**
   * Crisis help to show under an error, for an element that does not show it already: a person
   * who came for help and finds a broken box still finds a way to it. Such an element also shows
   * the page's fallback content (see shared/fallback.ts) while loading, and in place of this on error.
   */
  readonly crisisOnError?: () => unknown;
}

/**
 * Loads the directory an element's `src` names, for the elements that show one: one request per
 * file per page, the loading and error states with "Try again", and problems reported to the
 * console and as a `peer-support-error` event rather than thrown into the partner's page.
 */
export class DirectoryController implements ReactiveController {
  /** Where loading has got to; the host redraws whenever it changes. */
  state: DirectoryLoad = { kind: 'loading' };

  #started = false;
  #src: string | undefined;
  #request?: AbortController;
  /** Set by "Try again": the button goes when loading starts, so focus needs a new place. */
  #retried = false;

  constructor(
    private readonly host: DirectoryHost,
    private readonly options: DirectoryControllerOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Moved in the page: a load cut off by disconnecting starts again.
    if (this.#started && (this.state.kind === 'loading' || this.state.kind === 'partial')) void this.#fetch(false);
  }

  hostDisconnected(): void {
    this.#request?.abort();
  }

  hostUpdate(): void {
    if (!this.#started || this.host.src !== this.#src) {
      this.#started = true;
      void this.#fetch(false);
    }
  }

  hostUpdated(): void {
    if (!this.#retried || this.state.kind === 'loading') return;
    this.#retried = false;
    if (this.options.focusAfterRetry) {
      this.options.focusAfterRetry();
      return;
    }
    const heading = this.host.renderRoot.querySelector<HTMLElement>('h2, h3, h4, h5, h6, [part="message"]');
    if (!heading) return;
    if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
    heading.focus();
  }

  /**
   * Loads the directory again: after a failed load, or to pick up a newly published file. What
   * is on screen stays (and focus in it) until the new file is in; if it cannot be loaded, the
   * old one stays, and the failure is reported as any other.
   */
  reload(): void {
    void this.#fetch(true);
  }

  /** "Try again", pressed: loads again, and then puts focus where the person can go on. */
  readonly retry = (): void => {
    this.#retried = true;
    this.reload();
  };

  /** The loading or error message; `ready` draws the element's own content once it is in. */
  render(ready: (load: Extract<DirectoryLoad, { kind: 'ready' }>) => unknown): unknown {
    const state = this.state;
    if (state.kind === 'ready') return ready(state);
    const message = renderLoadMessage(state.kind === 'partial' ? { kind: 'loading' } : state, this.options.strings(), this.retry);
    const { crisisOnError } = this.options;
    if (!crisisOnError) return message;
    return html`${message}${renderPasted(this.host, state.kind === 'error' ? crisisOnError() : nothing)}`;
  }

  #set(state: DirectoryLoad): void {
    this.state = state;
    this.host.requestUpdate();
  }

  async #fetch(retry: boolean): Promise<void> {
    this.#request?.abort();
    const src = (this.#src = this.host.src);
    const strings = this.options.strings();
    if (!src) {
      this.#fail(strings.loadFailed, 'No src attribute: set src to the address of a published directory JSON file.', false);
      return;
    }
    const request = new AbortController();
    this.#request = request;
    const shown = retry && this.state.kind === 'ready' ? this.state : undefined;
    if (!shown && this.state.kind !== 'loading') this.#set({ kind: 'loading' });
    const partial = ({ directory }: { directory: Directory }) => {
      if (this.#request !== request) return;
      this.options.loadedSoFar?.(directory);
      this.#set({ kind: 'partial', directory });
    };
    try {
      const result = await loadDirectory(src, request.signal, retry, {
        onPartial: this.options.showsPartial && !shown ? partial : undefined,
        wanted: this.options.wanted,
        lookAhead: this.options.showsPartial && !shown ? this.options.lookAhead : undefined,
      });
      if (!result.directory) {
        const notDirectory = result.problems.some((problem) => NOT_A_DIRECTORY.has(problem.code));
        // A web page where the file should be may be a network's sign-in page: worth a retry.
        const retryable = result.problems.some((problem) => problem.code === 'not_json');
        const message = notDirectory ? strings.notDirectory : strings.invalidFile;
        this.#fail(message, `The directory at ${src} cannot be read.`, retryable, result.problems, shown);
        return;
      }
      if (result.problems.length > 0) {
        // Services left out are worth a warning; warnings alone (a service with no contact
        // details, say) are for the directory's maintainers, not every partner's console.
        const log = result.excluded > 0 ? console.warn : console.info;
        log(
          `<${this.host.localName}>: ${result.directory.title} (${src}): ${result.excluded} service(s) left out, ` +
            `${result.problems.length} problem(s):${describeProblems(result)}`,
        );
      }
      this.options.loaded?.(result.directory);
      this.#set({ kind: 'ready', directory: result.directory, excluded: result.excluded });
    } catch (error) {
      if (request.signal.aborted) return;
      const invalid = error instanceof LoadError && error.kind === 'json';
      this.#fail(invalid ? strings.invalidFile : strings.loadFailed, (error as Error).message, !invalid, [], shown);
    }
  }

  /**
   * Shows a short message in the element (unless a directory is shown, `kept`), logs the details
   * and fires `peer-support-error`.
   */
  #fail(shown: string, detail: string, canRetry: boolean, problems: readonly Problem[] = [], kept?: DirectoryLoad): void {
    // Services already on screen stay, with a notice that the list is incomplete.
    const part = this.state.kind === 'partial' ? this.state.directory : undefined;
    if (part && !kept) {
      this.options.loaded?.(part);
      this.#set({ kind: 'ready', directory: part, excluded: 0, incomplete: true });
    } else if (!kept) this.#set({ kind: 'error', message: shown, canRetry });
    console.error(`<${this.host.localName}>: ${detail}${describeProblems({ problems })}`);
    this.host.dispatchEvent(new PeerSupportErrorEvent({ message: detail, problems }));
    if (part || (kept?.kind === 'ready' && kept.incomplete)) this.options.failed?.(this.options.strings().incomplete);
    else if (!kept) this.options.failed?.(shown);
  }
}
