import { expect, fixture, html } from '@open-wc/testing';
import '../src/define/peer-support-directory.js';
import type { PeerSupportDirectory } from '../src/index.js';
import { loadLimits } from '../src/shared/fetch-file.js';
import { expectNoAxeViolations } from './helpers/axe.js';
import { browseUrl, testDirectory, testService } from './helpers/directory-fixture.js';
import { $, $$, cardNames, focused, freshHistory, status, TUESDAY_EVENING } from './helpers/directory-page.js';
import { publish, uniqueKey } from './helpers/published.js';
import { textOf, waitFor } from './helpers/wait.js';
import { setViewport } from './helpers/browser.js';

// Networks fail in many ways, and a person in distress must never be left with a spinner, a
// blank box, or a list taken away. Each fault ends, within the documented limits (shortened
// here: see loadLimits), in a plain message with "Try again" and crisis help; what was shown
// before a failure stays, marked as incomplete.

const NOT_LOADED = 'The list of services could not be loaded. Check your connection and try again.';
const INCOMPLETE = 'This list is incomplete: the rest of the services could not be loaded. Check your connection and try again.';

/** 60 services, published in name order as `peer-support build` writes them. */
const sixty = () =>
  testDirectory(Array.from({ length: 60 }, (_, i) => testService(100 + i, { name: `Test service ${String(i).padStart(3, '0')}` })));

/** Publishes 60 services and gives the address that cuts them off after `after` bytes, `how`, the first time only. */
async function cutOff(how: 'reset' | 'end'): Promise<string> {
  const key = uniqueKey(`cut-${how}`);
  const data = sixty();
  await publish(key, data);
  const after = Math.floor(JSON.stringify(data).length * 0.6);
  return `/test-routes/cut/${key}?after=${after}&how=${how}&once=1`;
}

async function place(src: string): Promise<PeerSupportDirectory> {
  const el = await fixture<PeerSupportDirectory>(html`<peer-support-directory src=${src}></peer-support-directory>`);
  el.now = TUESDAY_EVENING;
  return el;
}

/** Waits for the element's error message, and how long it took to come. */
async function givesUp(el: PeerSupportDirectory, timeout = 4000): Promise<{ message: string; ms: number }> {
  const started = performance.now();
  const shown = await waitFor(
    () => {
      const message = $(el, '[part="message"]');
      return message && !textOf(message).startsWith('Loading') && message;
    },
    'an error message',
    timeout,
  );
  return { message: textOf(shown), ms: performance.now() - started };
}

function expectCrisisHelp(el: PeerSupportDirectory): void {
  expect(textOf($(el, '.crisis')))
    .to.contain('call 111')
    .and.contain('116 123');
}

describe('when loading a directory fails', () => {
  const saved = { ...loadLimits };
  const error = console.error;
  beforeEach(async () => {
    freshHistory();
    await setViewport({ width: 1280, height: 900 });
    // Errors go to the console too: expected here.
    console.error = () => {};
  });
  afterEach(() => {
    Object.assign(loadLimits, saved);
    console.error = error;
  });

  for (const how of ['reset', 'end'] as const) {
    const what = how === 'reset' ? 'the connection drops' : 'the server ends the file early';
    it(`keeps the services read when ${what} part way, says the list is incomplete, and "Try again" brings the rest`, async () => {
      const el = await place(await cutOff(how));
      const notice = await waitFor(() => $(el, '.notice.incomplete'), 'the incomplete notice');
      expect(textOf(notice)).to.equal(`${INCOMPLETE} Try again`);
      const count = Number(/^(\d+) services$/.exec(textOf($(el, '#results-heading')))?.[1]);
      expect(count, 'some services, not all').to.be.greaterThan(10).and.lessThan(60);
      expect(cardNames(el).slice(0, 2)).to.deep.equal(['Test service 000', 'Test service 001']);
      expect($(el, '#filters'), 'search and filters work on what came').to.exist;
      expectCrisisHelp(el);
      await waitFor(() => status(el) === INCOMPLETE, 'the notice said to screen readers');
      await expectNoAxeViolations(el);

      notice.querySelector('button')!.click();
      await waitFor(() => textOf($(el, '#results-heading')) === '60 services', 'the whole list');
      expect($(el, '.notice.incomplete')).to.equal(null);
      expect(focused(el)?.id, 'focus stays in the directory, at the search box').to.equal('q');
    });
  }

  it('keeps the services a first look showed when a large index stops coming', async () => {
    loadLimits.windowMs = 1500;
    loadLimits.floorBytes = 1000;
    const many = testDirectory(
      Array.from({ length: 80 }, (_, i) => testService(i + 10, { name: `Group ${String(i + 10).padStart(3, '0')}` })),
    );
    const el = await place(browseUrl(JSON.stringify(many), { stall: true }));
    await waitFor(() => cardNames(el).length > 0, 'a first look');
    const notice = await waitFor(() => $(el, '.notice.incomplete'), 'the incomplete notice', 6000);
    expect(textOf(notice)).to.contain(INCOMPLETE);
    expect(cardNames(el).slice(0, 2)).to.deep.equal(['Group 010', 'Group 011']);
    expectCrisisHelp(el);
  });

  // Each ends in the same plain message with "Try again" and crisis help, within the limits.
  const faults: Array<{ name: string; src: () => Promise<string>; limits?: Partial<typeof loadLimits>; within: number }> = [
    { name: 'a refused connection', src: async () => 'http://127.0.0.1:9/directory.json', within: 3000 },
    { name: 'a server error (503)', src: async () => '/test-routes/status/503', within: 3000 },
    { name: 'no answer (a stall before the file)', src: async () => '/test-routes/slow?ms=8000', limits: { waitMs: 1000 }, within: 3000 },
    {
      name: 'a stall part way',
      src: async () => {
        const key = uniqueKey('stall');
        await publish(key, sixty());
        return `/test-routes/trickle/${key}?bytes=300&ms=8000`;
      },
      limits: { waitMs: 1000 },
      within: 3000,
    },
    {
      name: 'a drip slower than the floor',
      src: async () => {
        const key = uniqueKey('drip');
        await publish(key, sixty());
        return `/test-routes/trickle/${key}?bytes=1&ms=100`;
      },
      limits: { windowMs: 1000, floorBytes: 1000 },
      within: 3000,
    },
  ];
  for (const { name, src, limits, within } of faults) {
    it(`ends ${name} in a message with "Try again" and crisis help`, async () => {
      Object.assign(loadLimits, limits);
      const el = await place(await src());
      const { message, ms } = await givesUp(el, within + 2000);
      expect(message).to.equal(`${NOT_LOADED} Try again`);
      expect(ms, 'within the limit').to.be.lessThan(within);
      expect($$(el, '.card')).to.have.length(0);
      expectCrisisHelp(el);
    });
  }
});
