import { expect, fixture, html } from '@open-wc/testing';
import '../src/define/peer-support-directory.js';
import '../src/define/peer-support-service.js';
import '../src/define/peer-support-signatories.js';
import '../src/define/peer-support-coverage.js';
import type { PeerSupportDirectory } from '../src/index.js';
import { jsonUrl, testDirectory, testService, voicesGroup, type TestService } from './helpers/directory-fixture.js';
import { $, $$, detailsShown, freshHistory, type, TUESDAY_EVENING } from './helpers/directory-page.js';
import { waitFor } from './helpers/wait.js';
import { setViewport } from './helpers/browser.js';

// Text from the data may be Arabic or Hebrew (read right to left), and may hold a right-to-left
// override left open by a copy and paste, or put there to confuse. Wherever it is shown, it must
// keep to itself: the words of the element's own text around it are drawn in their own order.
// Checked as drawn: for every piece of the element's own text, its first character must be left
// of its last, and each piece left of the next on the same line.

/** Hebrew, Arabic, and an override that is never closed. */
const rtl = (what: string) => `${what} שלום مرحبا \u202eleft open`;

const bidiService = testService(7, {
  id: 'bidi-service',
  name: rtl('Name'),
  summary: rtl('Summary'),
  description: rtl('Description'),
  tags: [rtl('Tag')],
  eligibility: rtl('Eligibility'),
  costNote: rtl('Cost note'),
  notice: rtl('Notice'),
  charters: ['sussex-pwow'],
  organisation: { name: rtl('Organisation'), kind: 'voluntary-sector', charityNumber: '123456' } as TestService['organisation'],
  operatorConfirmed: true,
  formats: ['group', 'drop-in'],
  areas: ['bidi-area', 'test-town'],
  locations: [{ id: 'hall', name: rtl('Place'), address: [rtl('Street')], town: rtl('Town'), directions: rtl('Directions') }],
  schedule: { sessions: [{ days: ['tuesday'], opens: '18:00', closes: '20:00', note: rtl('Session note') }], note: rtl('Schedule note') },
  contact: { phone: '01234 567890', links: [{ label: rtl('Link'), url: 'https://link.example.org' }] },
  sources: [{ title: rtl('Source'), date: '2026-10' }],
});

const directoryData = () =>
  testDirectory([bidiService, voicesGroup], {
    title: rtl('Directory title'),
    publisher: { name: rtl('Publisher'), url: 'https://network.example.org' },
    areas: [
      { id: 'test-county', name: 'Test County' },
      { id: 'test-town', name: 'Test Town', parent: 'test-county' },
      { id: 'bidi-area', name: rtl('Area'), parent: 'test-county' },
    ],
  });

/** Every text value above with right-to-left text in it, as the data holds it. */
const DATA: string[] = [];
JSON.stringify(directoryData(), (_, value: unknown) => (typeof value === 'string' && value.includes('\u202e') && DATA.push(value), value));

const MARKS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069\s]/;

/** The left edge of the character at `at` of a text node, and its line. */
function charBox(node: Text, at: number): DOMRect | undefined {
  const range = document.createRange();
  range.setStart(node, at);
  range.setEnd(node, at + 1);
  return range.getClientRects()[0];
}

/** The element's own text drawn out of order (reversed, or a piece before the one it follows), described. */
function outOfOrder(root: ShadowRoot, typed: readonly string[] = []): string[] {
  const faults: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const text = node.data;
    const isData = new Uint8Array(text.length);
    for (const value of [...DATA, ...typed]) {
      for (let at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1)) isData.fill(1, at, at + value.length);
    }
    // The element's own pieces of text: runs outside the data, less spaces and marks at their ends.
    const pieces: Array<[number, number]> = [];
    for (let at = 0; at < text.length;) {
      if (isData[at] || MARKS.test(text[at]!)) {
        at++;
        continue;
      }
      let end = at;
      while (end < text.length && !isData[end] && !/[\u202a-\u202e\u2066-\u2069]/.test(text[end]!)) end++;
      let last = end - 1;
      while (last > at && MARKS.test(text[last]!)) last--;
      pieces.push([at, last]);
      at = end;
    }
    let before: DOMRect | undefined;
    for (const [first, last] of pieces) {
      const [a, b] = [charBox(node, first), charBox(node, last)];
      if (!a || !b || a.width === 0) continue; // not drawn
      const piece = text.slice(first, last + 1);
      if (last > first && Math.abs(a.top - b.top) < 2 && b.left < a.left) faults.push(`"${piece}" is drawn reversed`);
      if (before && Math.abs(before.top - a.top) < 2 && a.left < before.left) faults.push(`"${piece}" is drawn before the text it follows`);
      before = b;
    }
  }
  return faults;
}

describe('text from the data, in any direction', () => {
  beforeEach(async () => {
    freshHistory();
    await setViewport({ width: 1280, height: 900 });
  });

  it('is in the data of every kind the test means to try', () => {
    expect(DATA.length).to.be.greaterThan(18);
  });

  it('keeps to itself on the cards, in the filters and in the details', async () => {
    const el = await fixture<PeerSupportDirectory>(html`<peer-support-directory src=${jsonUrl(directoryData())}></peer-support-directory>`);
    el.now = TUESDAY_EVENING;
    await waitFor(() => $$(el, '.card').length === 2, 'the cards');
    for (const summary of $$(el, 'details.group > summary')) summary.click();
    await el.updateComplete;
    expect(outOfOrder(el.shadowRoot!), 'the list').to.deep.equal([]);

    $$(el, '.card-open')
      .find((button) => button.closest('[data-service="bidi-service"]'))!
      .click();
    await detailsShown(el);
    expect(outOfOrder(el.shadowRoot!), 'the details').to.deep.equal([]);
  });

  it('keeps to itself when a person types it, in the message that nothing was found', async () => {
    const el = await fixture<PeerSupportDirectory>(html`<peer-support-directory src=${jsonUrl(directoryData())}></peer-support-directory>`);
    await waitFor(() => $$(el, '.card').length === 2, 'the cards');
    const typed = 'שלוםזה \u202ezz qqq';
    await type(el, typed);
    await waitFor(() => $(el, '.no-results'), 'no results');
    expect(outOfOrder(el.shadowRoot!, [typed])).to.deep.equal([]);
  });

  for (const [tag, attrs] of [
    ['peer-support-service', 'service-id="bidi-service"'],
    ['peer-support-signatories', 'charter="sussex-pwow"'],
    ['peer-support-coverage', ''],
  ] as const) {
    it(`keeps to itself in <${tag}>`, async () => {
      const holder = await fixture<HTMLElement>(html`<div></div>`);
      holder.innerHTML = `<${tag} src="${jsonUrl(directoryData())}" ${attrs}></${tag}>`;
      const el = holder.firstElementChild as HTMLElement;
      await waitFor(
        () => el.shadowRoot && !el.shadowRoot.querySelector('[part="message"]') && el.shadowRoot.textContent!.includes('שלום'),
        `${tag} to show the data`,
      );
      expect(outOfOrder(el.shadowRoot!)).to.deep.equal([]);
    });
  }
});
