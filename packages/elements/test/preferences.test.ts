import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { testDirectory, testService, voicesGroup, lgbtqChat, wardPeers, noContact } from './helpers/directory-fixture.js';
import { $, $$, cardNames, directory, focused, freshHistory, status } from './helpers/directory-page.js';
import { expectNoAxeViolations } from './helpers/axe.js';
import { setViewport } from './helpers/browser.js';
import { textOf, waitFor } from './helpers/wait.js';
import type { PeerSupportDirectory } from '../src/index.js';

// "What matters to you" (the Sussex charter's Solidarity, Together's Choice): a person says what
// they would like to share, apart from the filters (what a service must have). Services that share
// more come first and say what they share; none is hidden.

const leavingHospital = testService(5, {
  id: 'after-hospital',
  name: 'Test after hospital peers',
  summary: 'A made-up group for people who have just left hospital.',
  experiences: ['hearing-voices'],
  communities: ['lgbtq'],
  transitions: ['leaving-hospital'],
});
const data = () => testDirectory([voicesGroup, lgbtqChat, wardPeers, noContact, leavingHospital]);

/** The preference checkbox with this label, its group opened first (closed groups draw none). */
async function preference(el: PeerSupportDirectory, label: string): Promise<HTMLInputElement> {
  for (const details of $$(el, '.preferences details') as HTMLDetailsElement[]) {
    if (!details.open) details.querySelector('summary')!.click();
  }
  await waitFor(() => $$(el, '.preferences .check').find((check) => textOf(check) === label), `the preference "${label}"`);
  return $$(el, '.preferences .check')
    .find((check) => textOf(check) === label)!
    .querySelector('input')!;
}

async function choose(el: PeerSupportDirectory, label: string, on = true): Promise<void> {
  const box = await preference(el, label);
  if (box.checked !== on) box.click();
  await el.updateComplete;
}

const shares = (el: PeerSupportDirectory, name: string) =>
  textOf(
    $$(el, '.results > .cards .card')
      .find((card) => textOf(card.querySelector('.card-open')) === name)
      ?.querySelector('.card-shared'),
  );

describe('<peer-support-directory>: what matters to you', () => {
  beforeEach(freshHistory);
  after(() => setViewport({ width: 1280, height: 900 }));

  it('puts services that share more first, says what each shares, and hides none', async () => {
    await setViewport({ width: 1280, height: 900 });
    const el = await directory(data());
    const before = cardNames(el);
    expect(before[0]).to.equal('Test after hospital peers', 'by name at first');
    await choose(el, 'LGBTQ+');
    await choose(el, 'Hearing voices');
    const after = cardNames(el);
    expect(after.slice(0, 3)).to.deep.equal(['Test after hospital peers', 'Test hearing voices group', 'Test LGBTQ+ online peer chat']);
    expect([...after].sort()).to.deep.equal([...before].sort(), 'nothing hidden');
    expect(shares(el, 'Test after hospital peers')).to.equal('Shares: Hearing voices, LGBTQ+');
    expect(shares(el, 'Test hearing voices group')).to.equal('Shares: Hearing voices');
    expect(shares(el, 'Test ward peer workers')).to.equal('', 'a service that shares nothing says nothing');
    await choose(el, 'Leaving hospital');
    expect(shares(el, 'Test after hospital peers')).to.equal('Shares: Hearing voices, LGBTQ+, Leaving hospital');
  });

  it('says so politely with the count, keeps the choice through paging and details, and undoes it in one press', async () => {
    const el = await directory(data(), 'page-size="2"');
    await choose(el, 'LGBTQ+');
    await waitFor(() => status(el).includes('first'), 'the announcement');
    expect(status(el)).to.equal('5 services found, those that share what matters to you first');
    expect($(el, '[role="status"]')!.getAttribute('aria-live') ?? 'polite').to.equal('polite');
    // By name, the LGBTQ+ chat would be fourth: what matters puts it second.
    expect(cardNames(el)).to.deep.equal(['Test after hospital peers', 'Test LGBTQ+ online peer chat']);
    $$(el, '.more')[0]!.click();
    await el.updateComplete;
    expect(cardNames(el).slice(0, 2)).to.deep.equal(['Test after hospital peers', 'Test LGBTQ+ online peer chat']);
    $$(el, '.card-open')[1]!.click();
    await waitFor(() => $(el, '#detail-title'), 'the details');
    $<HTMLButtonElement>(el, '.back')!.click();
    await waitFor(() => $(el, '.results'), 'the results again');
    expect(cardNames(el).slice(0, 2)).to.deep.equal(['Test after hospital peers', 'Test LGBTQ+ online peer chat']);
    expect((await preference(el, 'LGBTQ+')).checked).to.equal(true);
    const clear = $$(el, '.preferences button').find((button) => textOf(button) === 'Clear what matters to you')!;
    clear.click();
    await el.updateComplete;
    expect(cardNames(el)[1]).to.equal('Test hearing voices group', 'by name again');
    expect($$(el, '.card-shared')).to.have.length(0);
    await waitFor(() => focused(el)?.id === 'prefer-heading', 'focus on the heading of what matters, where the button was');
  });

  it('goes into the address only with sync-url', async () => {
    const quiet = await directory(data());
    await choose(quiet, 'LGBTQ+');
    expect(location.hash).to.equal('');
    quiet.remove();
    freshHistory();
    const synced = await directory(data(), 'sync-url');
    await choose(synced, 'LGBTQ+');
    await choose(synced, 'Leaving hospital');
    expect(location.hash).to.equal('#psk:prefer-community=lgbtq&prefer-transition=leaving-hospital');
    history.replaceState(null, '', `${location.pathname}${location.search}`);
    synced.remove();
    location.hash = '#psk:prefer-community=lgbtq,not-a-community,lgbtq';
    const linked = await directory(data(), 'sync-url');
    expect(cardNames(linked)[1]).to.equal('Test LGBTQ+ online peer chat');
    expect(shares(linked, 'Test LGBTQ+ online peer chat')).to.equal('Shares: LGBTQ+');
    expect(textOf($$(linked, '.preferences summary')[1])).to.equal('People like you (1 chosen)', 'an unknown id and a repeat are left out');
    linked.remove();
    expect(location.hash).to.contain('prefer-community=lgbtq');
    // A page that does not show "What matters to you" cannot be ranked by it from a link: its
    // visitors could not see it, or undo it.
    const without = await directory(data(), 'sync-url groups="format cost"');
    expect($(without, '.preferences')).to.equal(null);
    expect($$(without, '.card-shared')).to.have.length(0);
    expect(cardNames(without)[1]).to.equal('Test hearing voices group', 'by name');
    history.replaceState(null, '', `${location.pathname}${location.search}`);
  });

  it('can be used with the keyboard alone on a phone, and stays accessible', async () => {
    await setViewport({ width: 320, height: 800 });
    const el = await directory(data());
    $<HTMLButtonElement>(el, '.filters-toggle')!.click();
    await el.updateComplete;
    const summary = $$(el, '.preferences summary')[0]!;
    summary.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => $$(el, '.preferences .check input')[0], 'the group to open');
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.tagName).to.equal('INPUT');
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect((focused(el) as HTMLInputElement).checked).to.equal(true);
    expect($$(el, '.card-shared').length).to.be.greaterThan(0);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    await expectNoAxeViolations(el);
  });
});
