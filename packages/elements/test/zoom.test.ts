import { expect, fixture, html } from '@open-wc/testing';
import '../src/define/peer-support-directory.js';
import '../src/define/peer-support-charter.js';
import '../src/define/peer-support-crisis-help.js';
import { $, $$, directory, freshHistory } from './helpers/directory-page.js';
import { textOf, waitFor } from './helpers/wait.js';
import { setViewport } from './helpers/browser.js';

// A person who zooms to 400% on a 1280 × 1024 screen sees a page 320 × 256 CSS pixels: the
// content must reflow to that width with no sideways scrolling (WCAG 1.4.10), and every control
// must still be reachable, in view and not covered by something else.

const ZOOMED = { width: 320, height: 256 };

/** No sideways scroll: not the page, not the element, and nothing inside it sticking out. */
function expectNoSidewaysScroll(el: HTMLElement): void {
  expect(document.documentElement.scrollWidth, 'the page scrolls sideways').to.be.at.most(window.innerWidth);
  expect(el.scrollWidth, `<${el.localName}> scrolls sideways`).to.be.at.most(el.clientWidth);
  const edge = el.getBoundingClientRect().right + 1;
  const outside = [...el.shadowRoot!.querySelectorAll<HTMLElement>('*')]
    .filter((node) => !node.closest('.visually-hidden') && node.getClientRects().length > 0)
    .filter((node) => node.getBoundingClientRect().right > edge)
    .map(
      (node) =>
        `${node.localName}.${node.className} "${textOf(node).slice(0, 30)}" ends at ${Math.round(node.getBoundingClientRect().right)} px`,
    );
  expect(outside, `wider than the ${Math.round(edge - 1)} px the page gives <${el.localName}>`).to.deep.equal([]);
}

/** Scrolls `target` into view as a browser does on Tab, and checks a person can see and press it there. */
async function expectReachable(found: Element | null | undefined, what: string): Promise<void> {
  expect(found, what).to.exist;
  const target = found as HTMLElement;
  target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  await new Promise((resolve) => requestAnimationFrame(resolve));
  const box = target.getBoundingClientRect();
  expect(box.width, `${what} has a size`).to.be.greaterThan(0);
  expect([box.left, box.right], `${what} is across the screen, not off it`).to.satisfy(
    ([left, right]: number[]) => left! >= -0.5 && right! <= window.innerWidth + 0.5,
  );
  expect([box.top, box.bottom], `${what} is in view`).to.satisfy(
    ([top, bottom]: number[]) => top! >= -0.5 && bottom! <= window.innerHeight + 0.5,
  );
  const root = target.getRootNode() as Document | ShadowRoot;
  const hit = root.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
  expect(
    hit && (hit === target || target.contains(hit)),
    `${what} is not covered by something else (found ${hit?.localName}.${hit?.className})`,
  ).to.equal(true);
}

describe('at 400% zoom (a 320 × 256 px page)', () => {
  beforeEach(async () => {
    freshHistory();
    await setViewport(ZOOMED);
  });
  after(async () => {
    await setViewport({ width: 1280, height: 900 });
  });

  it('the directory reflows with no sideways scroll, and its search box, first result and crisis links are reachable', async () => {
    const el = await directory();
    expectNoSidewaysScroll(el);
    await expectReachable($(el, '#q'), 'the search box');
    await expectReachable($(el, '.search button[type="submit"]'), 'the Search button');
    await expectReachable($(el, '.filters-toggle'), 'the Filters button');
    await expectReachable($$(el, '.card-open')[0], 'the first result');
    const links = $$(el, '.crisis a');
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['tel:111', 'tel:999', 'tel:116123', 'sms:85258?body=SHOUT']);
    for (const link of links) await expectReachable(link, `the crisis link "${textOf(link)}"`);
  });

  it("the directory's filters and a service's details reflow too, with Back to results and the contact links reachable", async () => {
    const el = await directory();
    $(el, '.filters-toggle')!.click();
    await el.updateComplete;
    expectNoSidewaysScroll(el);
    await expectReachable($(el, '.filters summary'), 'the first filter group');
    $(el, '.filters-toggle')!.click();
    await el.updateComplete;
    const ward = $$(el, '.card').find((card) => card.dataset.service === 'ward-peers')!;
    ward.querySelector<HTMLElement>('.card-open')!.click();
    await el.updateComplete;
    expectNoSidewaysScroll(el);
    await expectReachable(
      $$(el, '.details button').find((b) => textOf(b) === 'Back to results'),
      'Back to results',
    );
    await expectReachable($(el, '.contact-links a'), 'the email link');
  });

  for (const layout of ['grid', 'list', 'compact']) {
    it(`the charter (${layout} layout) reflows with no sideways scroll, its title and last principle reachable`, async () => {
      const el = await fixture<HTMLElement>(html`<peer-support-charter charter="together" layout=${layout}></peer-support-charter>`);
      await waitFor(() => el.shadowRoot!.querySelector('.principle'), 'the charter');
      expectNoSidewaysScroll(el);
      await expectReachable(el.shadowRoot!.querySelector('.title'), 'the title');
      const principles = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.principle')];
      expect(principles).to.have.length(13);
      const last = principles.at(-1)!;
      await expectReachable(
        last.querySelector<HTMLElement>('summary') ?? last.querySelector<HTMLElement>('.principle-name'),
        'the last principle',
      );
    });
  }

  it('crisis help on its own reflows with no sideways scroll, every link reachable', async () => {
    const el = await fixture<HTMLElement>(html`<peer-support-crisis-help></peer-support-crisis-help>`);
    expectNoSidewaysScroll(el);
    const links = [...el.shadowRoot!.querySelectorAll<HTMLElement>('a')];
    expect(links).to.have.length(4);
    for (const link of links) await expectReachable(link, `the crisis link "${textOf(link)}"`);
  });
});
