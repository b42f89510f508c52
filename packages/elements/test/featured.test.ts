import { expect, waitUntil } from '@open-wc/testing';
import { testDirectory, testService, voicesGroup, lgbtqChat, wardPeers, noContact } from './helpers/directory-fixture.js';
import { $, $$, cardNames, directory, freshHistory, status } from './helpers/directory-page.js';
import { expectNoAxeViolations } from './helpers/axe.js';
import { setViewport } from './helpers/browser.js';
import { textOf, waitFor } from './helpers/wait.js';

// A directory's keepers feature a few filters (one-press choices above the results) and the
// searches its hint offers: each directory its own, from its data file.

const afterHospital = testService(5, { id: 'after-hospital', name: 'Test after hospital peers', transitions: ['leaving-hospital'] });
const data = (featured: unknown) => testDirectory([voicesGroup, lgbtqChat, wardPeers, noContact, afterHospital], { featured });
const featured = {
  filters: [
    { group: 'transition', term: 'leaving-hospital' },
    { group: 'community', term: 'lgbtq' },
    // No service here is for young people: a choice that would show nothing is not offered.
    { group: 'community', term: 'young-people' },
  ],
  searches: ['walking', 'no such thing here', 'voices'],
};
const chips = (el: Parameters<typeof $>[0]) => $$(el, '.featured .chip');

describe("<peer-support-directory>: the directory's featured filters and searches", () => {
  beforeEach(freshHistory);
  after(() => setViewport({ width: 1280, height: 900 }));

  it('offers the featured filters that would show something, each a toggle with its count', async () => {
    await setViewport({ width: 1280, height: 900 });
    const el = await directory(data(featured));
    expect(chips(el).map((chip) => textOf(chip))).to.deep.equal(['Leaving hospital (1)', 'LGBTQ+ (1)']);
    expect(chips(el).map((chip) => chip.getAttribute('aria-pressed'))).to.deep.equal(['false', 'false']);
    chips(el)[0]!.click();
    await el.updateComplete;
    expect(cardNames(el)).to.deep.equal(['Test after hospital peers']);
    expect(chips(el)[0]!.getAttribute('aria-pressed')).to.equal('true');
    await waitFor(() => status(el) === '1 service found', 'the count to be said');
    // The group is not a default one, so it is added to the filters, where the choice shows and can be undone too.
    expect(textOf($(el, '.filters'))).to.contain('At a time of change (1 chosen)');
    chips(el)[0]!.click();
    await el.updateComplete;
    expect(cardNames(el)).to.have.length(5);
  });

  it('offers its own searches in the hint, leaving out any that finds nothing here', async () => {
    const el = await directory(data(featured));
    await waitUntil(() => /^For example: /.test(textOf($(el, '#q-hint'))), 'the hint offers examples');
    expect(textOf($(el, '#q-hint'))).to.equal('For example: walking, voices');
  });

  it('shows no featured row for a directory that features nothing, nor a filter in a group the page hides', async () => {
    expect($(await directory(data(undefined)), '.featured')).to.equal(null);
    const el = await directory(data(featured), 'groups="format area"');
    expect($(el, '.featured')).to.equal(null, 'the page shows neither transitions nor communities');
  });

  it('wraps at 320 px and stays accessible', async () => {
    await setViewport({ width: 320, height: 800 });
    const el = await directory(data(featured));
    expect(chips(el)).to.have.length(2);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    await expectNoAxeViolations(el);
  });
});
