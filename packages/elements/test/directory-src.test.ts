import { expect, fixture, html } from '@open-wc/testing';
import '../src/define/peer-support-directory.js';
import '../src/define/peer-support-coverage.js';
import '../src/define/peer-support-service.js';
import '../src/define/peer-support-signatories.js';
import type { PeerSupportCoverage, PeerSupportDirectory } from '../src/index.js';
import { lgbtqChat, noContact, testDirectory, testService, voicesGroup, wardPeers } from './helpers/directory-fixture.js';
import { $, cardNames, freshHistory, TUESDAY_EVENING } from './helpers/directory-page.js';
import { publish, publishedUrl, timesAsked, uniqueKey } from './helpers/published.js';
import { textOf, waitFor } from './helpers/wait.js';
import { setViewport } from './helpers/browser.js';

// Where a directory element gets its data: one request for every element that shows the same
// file, the file it was last asked for and never an earlier one, and a fresh copy on reload().

const first = testDirectory([voicesGroup, wardPeers], { id: 'first-directory', title: 'First directory' });
const second = testDirectory(
  [
    testService(20, { id: 'second-a', name: 'Second directory service A' }),
    testService(21, { id: 'second-b', name: 'Second directory service B' }),
    testService(22, { id: 'second-c', name: 'Second directory service C' }),
  ],
  { id: 'second-directory', title: 'Second directory' },
);
const FIRST_NAMES = ['Test hearing voices group', 'Test ward peer workers'];

/** Everything the element has shown, from now on: every name of a first-directory service it ever drew. */
function watchFor(el: HTMLElement, names: readonly string[]): { seen: Set<string>; stop: () => void } {
  const seen = new Set<string>();
  const look = () => names.filter((name) => textOf(el.shadowRoot).includes(name)).forEach((name) => seen.add(name));
  const observer = new MutationObserver(look);
  observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
  look();
  return { seen, stop: () => observer.disconnect() };
}

const loaded = (el: HTMLElement) => {
  const message = el.shadowRoot?.querySelector('[part="message"]');
  return (
    el.shadowRoot?.querySelector('.base') &&
    !(message && textOf(message).startsWith('Loading')) &&
    !el.shadowRoot?.querySelector('.results.first')
  );
};

describe('directory elements and their src', () => {
  beforeEach(async () => {
    freshHistory();
    await setViewport({ width: 1280, height: 900 });
  });

  it('fetches a file once for every element on the page that shows it, and each shows it', async () => {
    const key = uniqueKey('shared');
    await publish(key, testDirectory([{ ...voicesGroup, charters: ['sussex-pwow'] }, lgbtqChat, wardPeers, noContact]));
    const src = publishedUrl(key, 300);
    const holder = await fixture<HTMLElement>(html`<div></div>`);
    holder.innerHTML = `
      <peer-support-directory src="${src}"></peer-support-directory>
      <peer-support-coverage src="${src}"></peer-support-coverage>
      <peer-support-service src="${src}" service-id="ward-peers"></peer-support-service>
      <peer-support-signatories src="${src}" charter="sussex-pwow"></peer-support-signatories>`;
    const [directory, coverage, service, signatories] = [...holder.children] as HTMLElement[];
    await waitFor(() => [...holder.children].every((el) => loaded(el as HTMLElement)), 'every element to load');
    expect(cardNames(directory as PeerSupportDirectory)).to.have.length(4);
    expect(textOf(coverage!.shadowRoot!.querySelector('tbody'))).to.contain('Test Town');
    expect(textOf(service!.shadowRoot!.querySelector('.detail-title'))).to.equal('Test ward peer workers');
    expect(textOf(signatories!.shadowRoot!.querySelector('.list'))).to.contain('Test Organisation 1');
    expect(await timesAsked(key)).to.equal(1, 'one request for four elements');

    // One more, added once the file is in: it has the file already.
    const later = document.createElement('peer-support-coverage');
    later.setAttribute('src', src);
    holder.append(later);
    await waitFor(() => loaded(later), 'the coverage added later');
    expect(later.shadowRoot!.querySelector('table')).to.exist;
    expect(await timesAsked(key)).to.equal(1);
  });

  it('shows the directory of its new src when src changes while the first is loading, and never the first', async () => {
    const [slow, fast] = [uniqueKey('slow'), uniqueKey('fast')];
    await publish(slow, first);
    await publish(fast, second);
    const el = await fixture<PeerSupportDirectory>(html`<peer-support-directory src=${publishedUrl(slow, 600)}></peer-support-directory>`);
    el.now = TUESDAY_EVENING;
    const watch = watchFor(el, FIRST_NAMES);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(textOf($(el, '[part="message"]'))).to.equal('Loading peer support services…', 'the first is still on its way');
    el.src = publishedUrl(fast);
    await waitFor(() => loaded(el), 'the second directory');
    expect(cardNames(el)).to.deep.equal(['Second directory service A', 'Second directory service B', 'Second directory service C']);
    // Well past the time the first file arrives.
    await new Promise((resolve) => setTimeout(resolve, 900));
    await el.updateComplete;
    watch.stop();
    expect(cardNames(el)).to.have.length(3);
    expect(textOf($(el, '.results-heading'))).to.equal('3 services');
    expect([...watch.seen], 'a service of the first directory, shown at some point').to.deep.equal([]);
  });

  it('stops showing a large directory that is still arriving when src changes, and stops its download', async () => {
    const services = Array.from({ length: 300 }, (_, i) =>
      testService(100 + i, { name: `Test first-file service ${String(i).padStart(3, '0')}` }),
    );
    const key = uniqueKey('arriving');
    await fetch(`/test-routes/store/${key}`, { method: 'POST', body: JSON.stringify(testDirectory(services)) });
    const el = await fixture<PeerSupportDirectory>(
      html`<peer-support-directory src=${`/test-routes/trickle/${key}?bytes=1000&ms=100`}></peer-support-directory>`,
    );
    el.now = TUESDAY_EVENING;
    await waitFor(() => $(el, '.results.first .card-open'), 'the first services of the large file');
    const fast = uniqueKey('fast');
    await publish(fast, second);
    el.src = publishedUrl(fast);
    await waitFor(() => loaded(el) && cardNames(el)[0] === 'Second directory service A', 'the second directory');
    const watch = watchFor(el, ['Test first-file service']);
    let state = 'sending';
    for (let tries = 0; state === 'sending' && tries < 40; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      state = await (await fetch(`/test-routes/trickled/${key}`)).text();
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    watch.stop();
    expect(state).to.equal('stopped', 'the first download is dropped');
    expect(cardNames(el)).to.deep.equal(['Second directory service A', 'Second directory service B', 'Second directory service C']);
    expect([...watch.seen]).to.deep.equal([]);
  });

  it('reload() asks for the file again and shows what is published now', async () => {
    const key = uniqueKey('reload');
    await publish(key, first);
    const el = await fixture<PeerSupportDirectory>(html`<peer-support-directory src=${publishedUrl(key)}></peer-support-directory>`);
    el.now = TUESDAY_EVENING;
    await waitFor(() => loaded(el), 'the first version');
    expect(cardNames(el)).to.deep.equal(FIRST_NAMES);
    await publish(key, {
      ...first,
      services: [...(first.services as unknown[]), testService(30, { id: 'new-one', name: 'A newly listed service' })],
    });
    el.reload();
    await waitFor(() => loaded(el) && cardNames(el).length === 3, 'the new version');
    expect(cardNames(el)).to.include('A newly listed service');
    expect(textOf($(el, '.results-heading'))).to.equal('3 services');
    expect(await timesAsked(key)).to.equal(2);
  });

  it('reload() keeps the list on screen, and focus on the card it was on, until the new file is in', async () => {
    const key = uniqueKey('reload-focus');
    await publish(key, first);
    const el = await fixture<PeerSupportDirectory>(html`<peer-support-directory src=${publishedUrl(key)}></peer-support-directory>`);
    el.now = TUESDAY_EVENING;
    await waitFor(() => loaded(el), 'the first version');
    $(el, '[data-service="ward-peers"] .card-open')!.focus();
    const blanked = { seen: false };
    const observer = new MutationObserver(() => (blanked.seen ||= !el.shadowRoot!.querySelector('.cards')));
    observer.observe(el.shadowRoot!, { subtree: true, childList: true });
    await publish(key, {
      ...first,
      services: [...(first.services as unknown[]), testService(31, { id: 'another', name: 'Another new service' })],
    });
    el.reload();
    await waitFor(() => cardNames(el).length === 3, 'the new version');
    observer.disconnect();
    expect(blanked.seen, 'the cards never went while the new file loaded').to.equal(false);
    expect(el.shadowRoot!.activeElement?.closest('[data-service]')?.getAttribute('data-service')).to.equal('ward-peers');
  });

  it('reload() on coverage recounts from the new file', async () => {
    const key = uniqueKey('reload-coverage');
    await publish(key, testDirectory([voicesGroup]));
    const el = await fixture<PeerSupportCoverage>(html`<peer-support-coverage src=${publishedUrl(key)}></peer-support-coverage>`);
    await waitFor(() => loaded(el), 'the coverage');
    const paid = () => textOf(el.shadowRoot!.querySelector('tbody tr:last-child td:nth-child(4)'));
    expect(paid()).to.equal('None');
    await publish(key, testDirectory([voicesGroup, wardPeers]));
    el.reload();
    await waitFor(() => loaded(el) && paid() === '1', 'the new counts');
    expect(await timesAsked(key)).to.equal(2);
  });
});
