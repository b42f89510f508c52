import { fixture, html } from '@open-wc/testing';
import '../../src/define/peer-support-directory.js';
import type { PeerSupportDirectory } from '../../src/index.js';
import { jsonUrl, lgbtqChat, noContact, testDirectory, voicesGroup, wardPeers } from './directory-fixture.js';
import { textOf, waitFor } from './wait.js';

/** Tuesday 24 November 2026, 18:30 in London: the voices group is on. */
export const TUESDAY_EVENING = new Date('2026-11-24T18:30:00Z');
export const standard = () => testDirectory([voicesGroup, lgbtqChat, wardPeers, noContact]);

/** A directory element on the test page, loaded (or failed), with the clock at TUESDAY_EVENING. */
export async function directory(data: unknown = standard(), attrs = ''): Promise<PeerSupportDirectory> {
  const container = await fixture<HTMLElement>(html`<div></div>`);
  container.innerHTML = `<peer-support-directory src="${jsonUrl(data)}" ${attrs}></peer-support-directory>`;
  const el = container.querySelector('peer-support-directory')!;
  el.now = TUESDAY_EVENING;
  await waitFor(
    () =>
      el.shadowRoot?.querySelector('.results:not(.first), .details') ||
      (!textOf(el.shadowRoot?.querySelector('[part="message"]')).startsWith('Loading') && el.shadowRoot?.querySelector('[part="message"]')),
    'the directory to load',
  );
  return el;
}

/** Every test starts on a fresh history entry: the directory restores the view kept there. */
export function freshHistory(): void {
  history.replaceState(null, '', `${location.pathname}${location.search}`);
}

export const $ = <T extends Element = HTMLElement>(el: PeerSupportDirectory, selector: string) => el.shadowRoot!.querySelector<T>(selector);
export const $$ = (el: PeerSupportDirectory, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
export const cardNames = (el: PeerSupportDirectory) => $$(el, '.results > .cards .card-open').map((b) => textOf(b));
export const status = (el: PeerSupportDirectory) => textOf($(el, '[role="status"]'));
export const focused = (el: PeerSupportDirectory) => el.shadowRoot!.activeElement as HTMLElement | null;

/** Sets the search box's text as if typed, and waits for the redraw. */
export async function type(el: PeerSupportDirectory, text: string): Promise<void> {
  const input = $<HTMLInputElement>(el, '#q')!;
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** The checkbox of a filter term, opening the filter groups first (closed ones draw no checkboxes). */
export async function checkbox(el: PeerSupportDirectory, label: string): Promise<HTMLInputElement> {
  const groups = $$(el, 'details.group:not(.near)') as HTMLDetailsElement[];
  for (const details of groups) if (!details.open) details.querySelector('summary')!.click();
  // The toggle events come in a task of their own, then the element draws the checkboxes.
  await waitFor(() => groups.every((details) => details.querySelector('fieldset')), 'the filter groups to open');
  const found = $$(el, '.check').find((l) => textOf(l).startsWith(label));
  if (!found)
    throw new Error(
      `No filter "${label}" among: ${$$(el, '.check')
        .map((l) => textOf(l))
        .join(' | ')}`,
    );
  return found.querySelector('input')!;
}

/** The browser's own Back (or Forward), as a phone's button does it: waits for the element to redraw. */
export async function historyStep(el: PeerSupportDirectory, step: -1 | 1): Promise<void> {
  const popped = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
  history.go(step);
  await popped;
  await el.updateComplete;
}

/**
 * Waits for an opened service's details to be drawn in full: at once from directory.json, once
 * its fragment has come from the browse form.
 */
export async function detailsShown(el: PeerSupportDirectory): Promise<void> {
  await el.updateComplete;
  await waitFor(() => $(el, '.details') && !$(el, '.details .message.loading'), 'the details');
  await el.updateComplete;
}
