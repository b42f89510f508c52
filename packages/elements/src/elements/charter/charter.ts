import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { html as staticHtml, type StaticValue } from 'lit/static-html.js';
import { parseCharter, formatProblem, type Charter, type Principle, type Problem } from '@peer-support-kit/core';
import { PeerSupportErrorEvent } from '../../shared/events.js';
import { fetchJson, LoadError } from '../../shared/fetch-file.js';
import { format } from '../../shared/fill.js';
import { headingLevel, headingTag } from '../../shared/heading.js';
import { renderPasted } from '../../shared/fallback.js';
import { renderLoadMessage } from '../../parts/load-message/load-message.js';
import { mergeStrings } from '../../shared/merge-strings.js';
import { VERSION } from '../../version.js';
import { builtInCharter } from './built-in-charters.js';
import { charterStyles } from './charter.styles.js';
import { defaultCharterStrings, type CharterStrings } from './charter.strings.js';
import { listOf } from '../../shared/bidi.js';
import { keepMediaFresh } from '../../controllers/fresh-media.js';

export type CharterLayout = 'grid' | 'list' | 'compact';

type View =
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly charter: Charter }
  | { readonly kind: 'error'; readonly message: string; readonly canRetry: boolean };

const LAYOUTS: readonly CharterLayout[] = ['grid', 'list', 'compact'];

/**
 * Shows a peer support charter: its title and publisher, its definition of peer support, its
 * principles in the charter's own words, and where they come from.
 *
 * @summary A peer support charter, quoted word for word with attribution.
 *
 * @attr charter - Id of a built-in charter: `sussex-pwow` or `together`.
 * @attr src - Address of a published charter JSON file; used instead of `charter` when set.
 * @attr layout - `grid` (cards, the default), `list` or `compact`.
 * @attr heading-level - Level of the charter's title, 2 to 5 (default 2); principles are one below.
 * @attr hide-source - Leaves out the source line.
 *
 * @fires peer-support-error - The charter could not be shown; `detail` says why.
 *
 * @slot - What to show when the element cannot show its own content: before the script runs, if
 *   it never does, while loading and if loading fails (the docs' snippet puts crisis help and a
 *   link to the static listing here).
 * @csspart fallback - The box around that content, while the element shows it.
 * @csspart base - The wrapper of everything the element shows.
 * @csspart title - The charter's title.
 * @csspart publisher - Who published it, and when.
 * @csspart definition - The charter's definition of peer support.
 * @csspart principles - The list of principles.
 * @csspart principle - One principle.
 * @csspart principle-name - A principle's name.
 * @csspart principle-text - A principle's definition or full text.
 * @csspart source - The source line.
 * @csspart message - A loading or error message.
 * @csspart retry - The button that tries loading again.
 */
export class PeerSupportCharter extends LitElement {
  static readonly version = VERSION;
  static override styles = charterStyles;
  static override properties = {
    charter: { type: String, reflect: true },
    src: { type: String },
    layout: { type: String, reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    hideSource: { type: Boolean, attribute: 'hide-source' },
    strings: { attribute: false },
    view: { state: true },
  };

  declare charter: string | undefined;
  declare src: string | undefined;
  declare layout: CharterLayout;
  declare headingLevel: number;
  declare hideSource: boolean;
  /** Overrides for any visible string; see `CharterStrings`. */
  declare strings: Partial<CharterStrings>;
  declare protected view: View;

  #load?: AbortController;
  /** Set by "Try again": the button goes when loading starts, so focus needs a new place. */
  #retried = false;

  constructor() {
    super();
    keepMediaFresh(this);
    this.layout = 'grid';
    this.headingLevel = 2;
    this.hideSource = false;
    this.strings = {};
    this.view = { kind: 'loading' };
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#load?.abort();
    this.#load = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Reconnected after a move in the page: a load cut off by disconnecting starts again.
    if (this.hasUpdated && this.view.kind === 'loading') this.#resolve();
  }

  protected override updated(): void {
    if (!this.#retried || this.view.kind === 'loading') return;
    this.#retried = false;
    // At the charter's title once it is in, or at the message if it failed again.
    const target = this.renderRoot.querySelector<HTMLElement>('.title, [part="message"]');
    target?.setAttribute('tabindex', '-1');
    target?.focus();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('charter') || changed.has('src')) this.#resolve();
  }

  /** Shows the charter again from its source: after a failed load, or when the file changed. */
  reload(): void {
    this.#resolve(true);
  }

  #resolve(retry = false): void {
    this.#load?.abort();
    this.#load = undefined;
    if (this.src) {
      void this.#fetch(this.src, retry);
      return;
    }
    if (!this.charter) {
      this.#fail(this.#strings.noCharter, 'Set charter="sussex-pwow" (or "together"), or src="…" to a charter JSON file.', false);
      return;
    }
    const charter = builtInCharter(this.charter);
    if (!charter)
      this.#fail(format(this.#strings.unknownCharter, { id: this.charter }), `No built-in charter has the id "${this.charter}".`, false);
    else if ('href' in charter) void this.#fetch(charter.href, retry, charter.integrity);
    else this.view = { kind: 'ready', charter };
  }

  async #fetch(src: string, retry: boolean, integrity?: string): Promise<void> {
    const load = new AbortController();
    this.#load = load;
    this.view = { kind: 'loading' };
    try {
      const data = await fetchJson(src, load.signal, { retry, ...(integrity ? { integrity } : {}) });
      if (load.signal.aborted) return;
      const result = parseCharter(data);
      if (result.ok) this.view = { kind: 'ready', charter: result.charter };
      else this.#fail(this.#strings.invalidCharter, `The charter at ${src} is not valid.`, false, result.problems);
    } catch (error) {
      if (load.signal.aborted) return;
      const invalid = error instanceof LoadError && error.kind === 'json';
      this.#fail(invalid ? this.#strings.invalidCharter : this.#strings.loadFailed, (error as Error).message, !invalid);
    }
  }

  #fail(shown: string, detail: string, canRetry: boolean, problems: readonly Problem[] = []): void {
    this.view = { kind: 'error', message: shown, canRetry };
    console.error(`<peer-support-charter>: ${detail}${problems.map((p) => `\n  ${formatProblem(p)}`).join('')}`);
    this.dispatchEvent(new PeerSupportErrorEvent({ message: detail, problems }));
  }

  get #strings(): CharterStrings {
    return mergeStrings(defaultCharterStrings, this.strings);
  }

  get #layout(): CharterLayout {
    return LAYOUTS.includes(this.layout) ? this.layout : 'grid';
  }

  protected override render(): TemplateResult {
    const view = this.view;
    return html`<div part="base" class="base layout-${this.#layout}">
      ${view.kind === 'ready' ? this.#renderCharter(view.charter) : this.#renderMessage(view)}
    </div>`;
  }

  #renderMessage(view: Exclude<View, { kind: 'ready' }>): TemplateResult {
    // The charter has no other status region: its message is one.
    const retry = () => {
      this.#retried = true;
      this.reload();
    };
    return html`${renderLoadMessage(view, this.#strings, retry, true)}${renderPasted(this, nothing)}`;
  }

  #renderCharter(charter: Charter): TemplateResult {
    const level = headingLevel(this.headingLevel, 5);
    const title = headingTag(level);
    const principleHeading = headingTag(level + 1);
    const strings = this.#strings;
    return staticHtml`
      <header class="header">
        <${title} part="title" class="title">${charter.title}</${title}>
        <p part="publisher" class="publisher">${listOf([charter.publisher, charter.year].filter((part) => !!part).map(String))}</p>
      </header>
      ${
        charter.definition
          ? html`<figure part="definition" class="definition">
            <figcaption class="definition-heading">${strings.definitionHeading}</figcaption>
            <blockquote><p>${charter.definition}</p></blockquote>
          </figure>`
          : nothing
      }
      <ol part="principles" class="principles" role="list" aria-label=${strings.principlesLabel}>
        ${charter.principles.map((principle) => this.#renderPrinciple(principle, principleHeading))}
      </ol>
      ${this.hideSource ? nothing : this.#renderSource(charter)}
    `;
  }

  #renderPrinciple(principle: Principle, heading: StaticValue): TemplateResult {
    const compact = this.#layout === 'compact';
    const text = principle.text
      ? compact
        ? html`<details><summary>${this.#strings.readPrinciple}<span class="visually-hidden">: ${principle.name}</span></summary>
            <p part="principle-text">${principle.text}</p></details>`
        : html`<p part="principle-text">${principle.text}</p>`
      : nothing;
    return staticHtml`<li part="principle" class="principle">
      <${heading} part="principle-name" class="principle-name">${
        principle.number !== undefined ? html`<span class="number">${principle.number}.</span> ` : nothing
      }${principle.name}</${heading}>
      ${principle.definition ? html`<p part="principle-text" class="principle-definition">${principle.definition}</p>` : nothing}
      ${text}
    </li>`;
  }

  #renderSource(charter: Charter): TemplateResult {
    const { source } = charter;
    const details = listOf([source.author, source.date].filter((part) => !!part).map(String));
    return html`<p part="source" class="source">
      ${this.#strings.sourceLabel} <cite>${source.title}</cite>${details ? `, ${details}` : ''}.
      ${charter.url ? html`<a href=${charter.url} rel="noopener">${this.#strings.readCharter}</a>` : nothing}
    </p>`;
  }
}
