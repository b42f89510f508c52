import { html } from 'lit';

/** Whether the page put content inside the element (more than white space) for when it cannot run. */
export function hasFallback(host: HTMLElement): boolean {
  for (const node of host.childNodes) {
    if (node.nodeType === Node.ELEMENT_NODE || (node.nodeType === Node.TEXT_NODE && node.textContent?.trim())) return true;
  }
  return false;
}

/**
 * Progressive enhancement, as GOV.UK Frontend builds it: the content the page put inside the
 * element (crisis help and a link to the static listing, in the docs' snippet) is what a person
 * sees before the script runs and if it never does. The element keeps showing it until it has
 * something better, its own content, and again if that fails: in those states this slot takes
 * the place of `own` (the element's own crisis help, or nothing), so the two are never both shown.
 */
export function renderFallback(host: HTMLElement, own: unknown): unknown {
  return hasFallback(host) ? html`<div part="fallback" class="fallback"><slot></slot></div>` : own;
}
