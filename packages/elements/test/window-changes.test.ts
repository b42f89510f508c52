import { expect } from '@open-wc/testing';
import '../src/define/peer-support-directory.js';
import { $, $$, directory } from './helpers/directory-page.js';
import { setViewport } from './helpers/browser.js';

// An element taken off the page and put back (a single-page site changing views) after the
// window changed size, a phone turned, say, is drawn for the window as it is now. WebKit, as
// Safari, kept the old answers of the elements' @media rules until the window changed again.
describe('an element put back after the window changed size', () => {
  after(() => setViewport({ width: 1280, height: 900 }));

  it('gives the filters and crisis numbers thumb-sized targets on a phone', async () => {
    await setViewport({ width: 1280, height: 800 });
    (await directory()).remove();
    await setViewport({ width: 375, height: 800 });
    const el = await directory();
    $<HTMLButtonElement>(el, '.filters-toggle')!.click();
    await el.updateComplete;
    const measured = $$(el, '.group summary, .crisis a')
      .map((target) => target.getBoundingClientRect())
      .filter((box) => box.width > 0);
    expect(measured.length).to.be.greaterThan(5, 'the filter groups and crisis links are drawn');
    expect(measured.filter((box) => box.height < 44)).to.have.length(0);
  });
});
