import type { ReactiveController, ReactiveControllerHost } from 'lit';

interface FocusHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly shadowRoot: ShadowRoot | null;
}

/**
 * Keeps keyboard and screen reader users where they were when the element redraws: focus moves
 * to a chosen place after the next render, or stays on the same item (say, a service's card)
 * when the list under it changes, falling back to a place that stays (the results heading).
 */
export class FocusKeeper implements ReactiveController {
  #target?: string;
  #kept?: { readonly selector: string; readonly fallback: string };

  constructor(private readonly host: FocusHost) {
    host.addController(this);
  }

  /** Focus the element `selector` finds once the next render is done. */
  moveTo(selector: string): void {
    this.#target = selector;
  }

  /**
   * Before the content changes: if focus is inside an element with `attribute`, focus the same
   * one (its `inner` element) after the render, or `fallback` when it has gone.
   */
  keep(attribute: string, inner: string, fallback: string): void {
    const value = this.host.shadowRoot?.activeElement?.closest(`[${attribute}]`)?.getAttribute(attribute);
    if (value == null) return;
    this.#kept = { selector: `[${attribute}="${CSS.escape(value)}"] ${inner}`, fallback };
  }

  hostUpdated(): void {
    const target = this.#target;
    const kept = this.#kept;
    this.#target = this.#kept = undefined;
    const root = this.host.renderRoot;
    if (target) root.querySelector<HTMLElement>(target)?.focus();
    else if (kept) {
      const same = root.querySelector<HTMLElement>(kept.selector);
      if (same !== this.host.shadowRoot?.activeElement) (same ?? root.querySelector<HTMLElement>(kept.fallback))?.focus();
    }
  }
}
