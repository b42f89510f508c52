import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { Directory, Problem } from '@peer-support-kit/core';
import { describeProblems, loadDirectory } from '../shared/load-directory.js';
import { PeerSupportErrorEvent } from '../shared/events.js';
import { LoadError } from '../shared/fetch-file.js';

/** The strings every element that shows a directory needs for loading and failing. */
export interface LoadStrings {
  loading: string;
  loadFailed: string;
  invalidFile: string;
  retry: string;
}

export type DirectoryLoad =
  | { readonly kind: 'loading' }
  /** Part of a large file has arrived (only for elements with `showsPartial`). */
  | { readonly kind: 'partial'; readonly directory: Directory }
  | { readonly kind: 'error'; readonly message: string; readonly canRetry: boolean }
  | { readonly kind: 'ready'; readonly directory: Directory; readonly excluded: number };

/**
 * What the elements that show a published directory share: the `src` attribute, loading it (one
 * request per file per page), the loading and error states with a retry, and reporting problems
 * to the console and as a `peer-support-error` event rather than throwing into the page.
 */
export abstract class DirectoryElement extends LitElement {
  static override properties = {
    src: { type: String },
    strings: { attribute: false },
    now: { attribute: false },
    load: { state: true },
  };

  declare src: string | undefined;
  /** The clock for "open now", next sessions and freshness; the real time when unset. */
  declare now: Date | undefined;
  declare protected load: DirectoryLoad;

  #request?: AbortController;
  /** Set by "Try again": the button goes when loading starts, so focus needs a new place. */
  #retried = false;

  constructor() {
    super();
    this.load = { kind: 'loading' };
  }

  /** The strings in effect (defaults merged with the host's overrides). */
  protected abstract get loadStrings(): LoadStrings;

  /** Called once a directory is ready, before it renders. */
  protected loaded(_directory: Directory): void {}

  /**
   * Whether the element shows part of a large directory while the rest arrives: if so, `load`
   * goes through `partial` states (the services read so far) on its way to `ready`.
   */
  protected showsPartial = false;

  /** Called with the services read so far, before a `partial` state renders. */
  protected loadedSoFar(_directory: Directory): void {}

  /** Loads the directory again: after a failed load, or to pick up a newly published file. */
  reload(): void {
    void this.#fetch(true);
  }

  /** Where focus goes once a retried load has finished: the first heading, unless overridden. */
  protected focusAfterRetry(): void {
    const heading = this.renderRoot.querySelector<HTMLElement>('[role="heading"], h2, h3, h4, h5, h6, [part="message"]');
    if (!heading) return;
    if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
    heading.focus();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.#retried && this.load.kind !== 'loading') {
      this.#retried = false;
      this.focusAfterRetry();
    }
  }

  protected clock(): Date {
    return this.now ?? new Date();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated && (this.load.kind === 'loading' || this.load.kind === 'partial')) void this.#fetch(false);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#request?.abort();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (!this.hasUpdated || changed.has('src')) void this.#fetch(false);
  }

  async #fetch(retry: boolean): Promise<void> {
    this.#request?.abort();
    const strings = this.loadStrings;
    if (!this.src) {
      this.fail(strings.loadFailed, 'No src attribute: set src to the address of a published directory JSON file.', false);
      return;
    }
    const request = new AbortController();
    this.#request = request;
    this.load = { kind: 'loading' };
    try {
      const partial = (directory: Directory) => {
        if (this.#request !== request) return;
        this.loadedSoFar(directory);
        this.load = { kind: 'partial', directory };
      };
      const result = await loadDirectory(this.src, request.signal, retry, this.showsPartial ? ({ directory }) => partial(directory) : undefined);
      if (!result.directory) {
        this.fail(strings.invalidFile, `The directory at ${this.src} cannot be read.`, false, result.problems);
        return;
      }
      if (result.problems.length > 0) {
        // Services left out are worth a warning; warnings alone (a service with no contact
        // details, say) are for the directory's maintainers, not every partner's console.
        const log = result.excluded > 0 ? console.warn : console.info;
        log(
          `<${this.localName}>: ${result.directory.title} (${this.src}): ${result.excluded} service(s) left out, ` +
            `${result.problems.length} problem(s):${describeProblems(result)}`,
        );
      }
      this.loaded(result.directory);
      this.load = { kind: 'ready', directory: result.directory, excluded: result.excluded };
    } catch (error) {
      if (request.signal.aborted) return;
      const invalid = error instanceof LoadError && error.kind === 'json';
      this.fail(invalid ? strings.invalidFile : strings.loadFailed, (error as Error).message, !invalid);
    }
  }

  /** Shows a short message in the element, logs the details and fires `peer-support-error`. */
  protected fail(shown: string, detail: string, canRetry: boolean, problems: readonly Problem[] = []): void {
    this.load = { kind: 'error', message: shown, canRetry };
    console.error(`<${this.localName}>: ${detail}${describeProblems({ problems })}`);
    this.dispatchEvent(new PeerSupportErrorEvent({ message: detail, problems }));
  }

  /** The loading or error state; the element's own content when ready. */
  protected renderLoad(ready: (load: Extract<DirectoryLoad, { kind: 'ready' }>) => unknown): unknown {
    const load = this.load;
    if (load.kind === 'ready') return ready(load);
    return this.renderMessage(load);
  }

  protected renderMessage(load: Exclude<DirectoryLoad, { kind: 'ready' }>): TemplateResult {
    const strings = this.loadStrings;
    if (load.kind === 'loading' || load.kind === 'partial') return html`<p part="message" class="message">${strings.loading}</p>`;
    return html`<div part="message" class="message">
      <p>${load.message}</p>
      ${load.canRetry
        ? html`<p><button type="button" @click=${() => {
            this.#retried = true;
            this.reload();
          }}>${strings.retry}</button></p>`
        : nothing}
    </div>`;
  }
}
