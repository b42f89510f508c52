import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/**
 * A polite live region, and what goes in it: a count said once the person pauses, not on every
 * key press. The text is worked out when it is said, so it is current then.
 */
export class Announcer implements ReactiveController {
  #text = '';
  #timer?: ReturnType<typeof setTimeout>;
  /** A trailing non-breaking space that alternates makes the same words heard again. */
  #toggle = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }

  /** Says `message()` after `delay` ms, unless something else is said first. */
  later(delay: number, message: () => string): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.now(message()), delay);
  }

  /** Says `text` at once. */
  now(text: string): void {
    clearTimeout(this.#timer);
    this.#toggle = !this.#toggle;
    this.#text = text + (this.#toggle ? '\u00a0' : '');
    this.host.requestUpdate();
  }

  /** The live region: it must be in the page before anything is said in it. */
  render(): TemplateResult {
    return html`<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.#text}</div>`;
  }
}
