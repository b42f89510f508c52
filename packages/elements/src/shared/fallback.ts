import { html, nothing } from 'lit';

/** What the page put inside an element, for when the element cannot show its own content. */
export interface Pasted {
  /** It has something to show: text, not only the empty paragraphs and line breaks a CMS adds. */
  readonly shown: boolean;
  /** It includes crisis help (a phone or text link), so the element's own need not be shown too. */
  readonly hasCrisisHelp: boolean;
}

export const NOTHING_PASTED: Pasted = { shown: false, hasCrisisHelp: false };

export function pastedContent(host: HTMLElement): Pasted {
  const shown = (host.textContent ?? '').trim() !== '';
  return { shown, hasCrisisHelp: shown && host.querySelector('a[href^="tel:"], a[href^="sms:"]') !== null };
}

/** Where the pasted content shows, inside the element's own box. */
export const pastedSlot = html`<div part="fallback" class="fallback"><slot></slot></div>`;

/**
 * Progressive enhancement, as GOV.UK Frontend builds it: what the page put inside the element
 * (crisis help and a link to the static listing, in the docs' snippet) is what a person sees
 * before the script runs, and if it never does. While the element waits for its content, and if
 * that fails, it still shows: with `own` (the element's own crisis help, or nothing) before it,
 * unless it has crisis help of its own, so a person never meets none and never meets two.
 */
export function renderPasted(host: HTMLElement, own: unknown): unknown {
  const pasted = pastedContent(host);
  return html`${pasted.hasCrisisHelp ? nothing : own}${pasted.shown ? pastedSlot : nothing}`;
}
