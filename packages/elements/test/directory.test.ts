import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define/peer-support-directory.js';
import type { PeerSupportDirectory } from '../src/index.js';
import type { ContactEvent, ServiceOpenEvent } from '../src/shared/service-events.js';
import { expectNoAxeViolations } from './helpers/axe.js';
import {
  jsonUrl,
  lgbtqChat,
  noContact,
  testDirectory,
  testService,
  voicesGroup,
  wardPeers,
  PUBLISHED_FORM,
} from './helpers/directory-fixture.js';
import {
  $,
  $$,
  cardNames,
  checkbox,
  directory,
  freshHistory,
  standard,
  status,
  type,
  TUESDAY_EVENING,
  detailsShown,
} from './helpers/directory-page.js';
import { textOf, waitFor } from './helpers/wait.js';
import { pressChord, setViewport } from './helpers/browser.js';

describe('<peer-support-directory>', () => {
  beforeEach(async () => {
    freshHistory();
    await setViewport({ width: 1280, height: 900 });
  });

  it('shows every service, with counts per filter term, and crisis help', async () => {
    const el = await directory();
    expect(cardNames(el)).to.have.length(4);
    expect(textOf($(el, '.results-heading'))).to.equal('4 services');
    expect(textOf((await checkbox(el, 'Informal peer support')).parentElement)).to.equal('Informal peer support (3)');
    expect(textOf($(el, '.crisis')))
      .to.contain('call 111')
      .and.contain('116 123')
      .and.contain('SHOUT to 85258')
      .and.contain('999');
    const card = $$(el, '.card').find((c) => c.dataset.service === 'voices-group')!;
    expect(textOf(card)).to.contain('Run by Test Organisation 1').and.contain('On now, until 20:00');
    await expectNoAxeViolations(el);
  });

  it('searches as the person types, typos included, and marks what matched', async () => {
    const el = await directory();
    await type(el, 'herring voices');
    expect(cardNames(el)[0]).to.equal('Test hearing voices group');
    await type(el, 'lgbt');
    expect(cardNames(el)).to.deep.equal(['Test LGBTQ+ online peer chat']);
    expect($(el, '.card mark')).to.exist;
  });

  it('announces the number of results once the person pauses, in one polite status region', async () => {
    const el = await directory();
    const regions = $$(el, '[role="status"]');
    expect(regions).to.have.length(1);
    expect(regions[0]!.getAttribute('aria-live')).to.equal('polite');
    expect($(el, '.cards')!.hasAttribute('aria-live')).to.equal(false);
    await waitFor(() => status(el) === '4 services found', 'the first announcement');
    await type(el, 'w');
    await type(el, 'wa');
    await type(el, 'ward');
    expect(status(el)).to.equal('4 services found', 'not announced while typing');
    await waitFor(() => status(el) === '1 service found', 'the announcement after the pause', 2000);
  });

  it('filters: OR within a group, AND across groups, with counts that follow', async () => {
    const el = await directory();
    (await checkbox(el, 'Paid peer support workers')).click();
    await el.updateComplete;
    expect(cardNames(el)).to.deep.equal(['Test ward peer workers']);
    (await checkbox(el, 'Informal peer support')).click();
    await el.updateComplete;
    expect(cardNames(el)).to.have.length(4);
    (await checkbox(el, 'Online')).click();
    await el.updateComplete;
    expect(cardNames(el)).to.deep.equal(['Test LGBTQ+ online peer chat']);
    $$(el, 'button')
      .find((b) => textOf(b) === 'Clear all filters')!
      .click();
    await el.updateComplete;
    expect(cardNames(el)).to.have.length(4);
  });

  it('offers ways out when nothing matches', async () => {
    const el = await directory();
    (await checkbox(el, 'Paid peer support workers')).click();
    await el.updateComplete;
    await type(el, 'lgbtq');
    expect(textOf($(el, '.no-results-title'))).to.equal('No services for “lgbtq” with the filters Paid peer support workers');
    const remove = $$(el, '.no-results button').find((b) => textOf(b) === 'Remove filter: Paid peer support workers')!;
    remove.focus();
    remove.click();
    await el.updateComplete;
    expect(cardNames(el)).to.deep.equal(['Test LGBTQ+ online peer chat']);
    expect(el.shadowRoot!.activeElement?.id).to.equal('results-heading', 'focus moves to the results, not the page');
    await expectNoAxeViolations(el);
  });

  it("opens a service's details, fires an event with only its id, and restores focus on the way back", async () => {
    const el = await directory();
    await type(el, 'voices');
    const opened = oneEvent<ServiceOpenEvent>(el, 'peer-support-service-open');
    $$(el, '.card-open')[0]!.click();
    const event = await opened;
    expect(event.detail).to.deep.equal({ serviceId: 'voices-group' });
    await detailsShown(el);
    const details = $(el, '.details')!;
    expect(el.shadowRoot!.activeElement?.id).to.equal('detail-title');
    expect(textOf(details))
      .to.contain('Every Tuesday')
      .and.contain('Test Hall')
      .and.contain('Checked against its sources on 1 October 2026.');
    await expectNoAxeViolations(el);
    $$(el, '.details button')
      .find((b) => textOf(b) === 'Back to results')!
      .click();
    await waitFor(
      () => el.shadowRoot!.activeElement?.closest('[data-service]')?.getAttribute('data-service') === 'voices-group',
      'focus back on the card',
    );
  });

  it('fires a contact event with the service id and channel, and says how else to find a service with no contact', async () => {
    const el = await directory();
    await type(el, 'ward');
    $$(el, '.card-open')[0]!.click();
    await detailsShown(el);
    const email = $<HTMLAnchorElement>(el, '.contact-links a')!;
    expect(email.getAttribute('href')).to.equal('mailto:ward@example.org');
    const contacted = oneEvent<ContactEvent>(el, 'peer-support-contact');
    email.addEventListener('click', (e) => e.preventDefault());
    email.click();
    expect((await contacted).detail).to.deep.equal({ serviceId: 'ward-peers', channel: 'email' });
    $$(el, '.details button')[0]!.click();
    // Back to results is the browser's Back here: its step comes in a task of its own.
    await waitFor(() => !$(el, '.details'), 'the results again');
    await type(el, 'walking');
    $$(el, '.card-open')[0]!.click();
    await detailsShown(el);
    expect(textOf($(el, '.details')))
      .to.contain('We do not have contact details for this service.')
      .and.contain('Ask The test network');
    const unlisted = await directory(testDirectory([noContact], { publisher: { name: 'The test network' } }));
    $$(unlisted, '.card-open')[0]!.click();
    await detailsShown(unlisted);
    expect(textOf($(unlisted, '.details'))).to.contain(
      'Try searching for Test Walkers online',
      'no dead end when the keepers give no contact',
    );
  });

  it('can be used with the keyboard alone: search, filter, open a service and come back', async () => {
    const el = await directory();
    $<HTMLInputElement>(el, '#q')!.focus();
    await sendKeys({ type: 'group' });
    await el.updateComplete;
    // Tab from the search box: the search button, "Skip to results", then the first filter group.
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(textOf(el.shadowRoot!.activeElement)).to.equal('Skip to results');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.tagName).to.equal('SUMMARY');
    await sendKeys({ press: 'Enter' }); // open the group
    await sendKeys({ press: 'Tab' });
    expect((el.shadowRoot!.activeElement as HTMLInputElement).type).to.equal('checkbox');
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect((el.shadowRoot!.activeElement as HTMLInputElement).checked).to.equal(true);
    const first = $$(el, '.card-open')[0]!;
    first.focus(); // (the path there is many tabs long; the step that matters is Enter on a card)
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.id).to.equal('detail-title');
    // The back button sits just before the heading: one Shift+Tab away.
    await pressChord('Shift', 'Tab');
    expect(textOf(el.shadowRoot!.activeElement)).to.equal('Back to results');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => el.shadowRoot!.activeElement?.classList.contains('card-open'), 'focus back on the card');
  });

  it('draws at most a page of cards and shows more on request, moving focus to the first new card', async () => {
    const services = Array.from({ length: 45 }, (_, i) => testService(i + 10));
    const el = await directory(testDirectory(services), 'page-size="20"');
    expect($$(el, '.card')).to.have.length(20);
    const more = $$(el, 'button.more')[0]!;
    expect(textOf(more)).to.equal('Show 20 more services');
    more.click();
    await el.updateComplete;
    expect($$(el, '.card')).to.have.length(40);
    expect(el.shadowRoot!.activeElement).to.equal($$(el, '.card-open')[20]);
    $$(el, 'button.more')[0]!.click();
    await el.updateComplete;
    expect($$(el, '.card')).to.have.length(45);
    expect($$(el, 'button.more')).to.have.length(0);
  });

  it('shows the first services of a large directory while the rest arrives, then all of it', async () => {
    // 300 services, in the order peer-support build publishes them (by name), arriving 1.5 KB
    // every 60 ms: about four seconds.
    const services = Array.from({ length: 300 }, (_, i) => testService(100 + i, { name: `Test service ${String(i).padStart(3, '0')}` }));
    const key = `large-${Math.random()}`;
    await fetch(`/test-routes/store/${key}`, { method: 'POST', body: JSON.stringify(testDirectory(services)) });
    const el = await fixture<PeerSupportDirectory>(
      html`<peer-support-directory src=${`/test-routes/trickle/${key}?bytes=1500&ms=60`}></peer-support-directory>`,
    );
    el.now = TUESDAY_EVENING;

    await waitFor(() => $(el, '.results.first .card-open'), 'the first services');
    expect(textOf($(el, '#results-heading'))).to.equal('The first services found. Loading more…');
    expect(cardNames(el)).to.deep.equal(services.slice(0, cardNames(el).length).map((s) => s.name));
    await waitFor(() => $$(el, '.results.first .card-open').length === 10, 'a first page');
    expect(cardNames(el)).to.deep.equal(services.slice(0, 10).map((s) => s.name));
    expect($(el, '#filters'), 'no filters (their counts would be wrong)').to.equal(null);
    expect(textOf($(el, '.filters-area'))).to.equal('Filters appear once every service has loaded.');
    expect($(el, '.crisis'), 'crisis help').to.exist;
    for (const width of [320, 768, 1280]) {
      await setViewport({ width, height: 800 });
      await expectNoAxeViolations(el);
    }
    // Searching already works on what has arrived; a count is only announced once it is all in.
    await type(el, 'service 007');
    expect(cardNames(el)[0]).to.equal('Test service 007');
    await new Promise((resolve) => setTimeout(resolve, 900));
    expect($(el, '.results.first'), 'still arriving').to.exist;
    expect(status(el)).to.equal('The first services found. Loading more…');
    // A person on a card keeps their place when the rest arrives.
    $(el, '.card-open')!.focus();

    await waitFor(() => $(el, '.results:not(.first)'), 'the whole directory', 8000);
    expect(cardNames(el)[0]).to.equal('Test service 007');
    expect(textOf(el.shadowRoot!.activeElement as HTMLElement)).to.equal('Test service 007');
    await waitFor(() => status(el).startsWith('1 service found'), 'the count announced');
    await type(el, '');
    expect(textOf($(el, '#results-heading'))).to.equal('300 services');
    expect(cardNames(el)).to.deep.equal(
      services.slice(0, 10).map((s) => s.name),
      'the same first page',
    );
    expect($(el, '#filters')).to.exist;
  });

  it('stops downloading a large directory when it is taken off the page', async () => {
    const services = Array.from({ length: 300 }, (_, i) => testService(100 + i, { name: `Test service ${String(i).padStart(3, '0')}` }));
    const key = `leaving-${Math.random()}`;
    await fetch(`/test-routes/store/${key}`, { method: 'POST', body: JSON.stringify(testDirectory(services)) });
    const el = await fixture<PeerSupportDirectory>(
      html`<peer-support-directory src=${`/test-routes/trickle/${key}?bytes=1000&ms=100`}></peer-support-directory>`,
    );
    await waitFor(() => $(el, '.results.first .card-open'), 'the first services');
    el.remove();
    // The whole file would take 12 seconds: it should stop long before.
    let state = 'sending';
    for (let tries = 0; state === 'sending' && tries < 40; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      state = await (await fetch(`/test-routes/trickled/${key}`)).text();
    }
    expect(state).to.equal('stopped');
  });

  it('shows a skeleton and crisis help while loading, never an empty box', async () => {
    const el = await fixture<PeerSupportDirectory>(html`<peer-support-directory src="/test-routes/slow?ms=1500"></peer-support-directory>`);
    expect(textOf($(el, '[part="message"]'))).to.equal('Loading peer support services…');
    expect($$(el, '.skeleton .card')).to.have.length(3);
    expect($(el, '.crisis')).to.exist;
    await expectNoAxeViolations(el);
  });

  it('explains a failed load with a retry, keeping crisis help, and shows the directory once it loads', async () => {
    const errors = console.error;
    console.error = () => {};
    try {
      const file = `packages/elements/test/fixtures/small-directory.json`;
      const el = await fixture<PeerSupportDirectory>(
        html`<peer-support-directory src=${`/test-routes/flaky/dir-${Math.random()}?file=${file}`}></peer-support-directory>`,
      );
      const retry = await waitFor(() => $$(el, '[part="message"] button')[0], 'the retry button');
      expect(textOf($(el, '[part="message"] p'))).to.equal(
        'The list of services could not be loaded. Check your connection and try again.',
      );
      expect($(el, '.crisis')).to.exist;
      await expectNoAxeViolations(el);
      retry.focus();
      retry.click();
      await waitFor(() => $(el, '.results'), 'the directory after retrying');
      expect($$(el, '.card').length).to.be.greaterThan(0);
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement?.id).to.equal('q', 'focus stays in the directory, at the search box');
    } finally {
      console.error = errors;
    }
  });

  it('leaves out a bad service, shows the rest, says how many were left out and logs why', async () => {
    const warn = console.warn;
    const logged: string[] = [];
    console.warn = (...args: unknown[]) => logged.push(args.join(' '));
    try {
      const el = await directory(testDirectory([voicesGroup, { ...lgbtqChat, contact: { website: 'javascript:alert(1)' } }, wardPeers]));
      expect(cardNames(el)).to.have.length(2);
      expect(textOf($(el, '.notice'))).to.equal('1 service could not be shown because its details have mistakes.');
      // The browse form is made from the services that passed: its index says how many did not.
      expect(logged.join()).to.contain(PUBLISHED_FORM === 'plain' ? 'services[1].contact.website' : 'left out by the publisher');
    } finally {
      console.warn = warn;
    }
  });

  it('says when the data may be out of date', async () => {
    const el = await directory(testDirectory([voicesGroup], { publishedAt: '2025-01-15T09:00:00Z' }));
    expect(textOf($(el, '.notice'))).to.contain('last updated on 15 January 2025 and may be out of date');
    await expectNoAxeViolations(el);
  });

  it('explains a file it cannot read at all', async () => {
    const errors = console.error;
    console.error = () => {};
    try {
      const el = await directory({ schemaVersion: '9.0', services: [] });
      expect(textOf($(el, '[part="message"]'))).to.equal('The list of services could not be shown because its file has a problem.');
      expect($(el, '.crisis')).to.exist;
    } finally {
      console.error = errors;
    }
  });

  it('takes preset filters, filter groups, crisis placement and strings from the host', async () => {
    const el = await directory(standard(), 'provision="paid-peer-workers" groups="format cost" crisis="bottom"');
    expect(cardNames(el)).to.deep.equal(['Test ward peer workers']);
    expect($$(el, '.group summary').map((s) => textOf(s))).to.deep.equal(['How it works', 'Cost']);
    expect($(el, '.base')!.lastElementChild!.classList.contains('crisis')).to.equal(true);
    el.setAttribute('crisis', 'none');
    el.strings = { results: { one: '%{count} gwasanaeth', other: '%{count} o wasanaethau' }, searchLabel: 'Chwilio' };
    await el.updateComplete;
    expect($(el, '.crisis')).to.equal(null);
    expect(textOf($(el, 'label[for="q"]'))).to.equal('Chwilio');
    expect(textOf($(el, '.results-heading'))).to.equal('1 gwasanaeth');
  });

  it('copes with a host page whose lang Intl does not accept, and with partial string overrides', async () => {
    const holder = await fixture<HTMLElement>(html`<div lang="en_GB"></div>`);
    holder.innerHTML = `<peer-support-directory src="${jsonUrl(standard())}"></peer-support-directory>`;
    const el = holder.querySelector('peer-support-directory')!;
    el.now = TUESDAY_EVENING;
    el.strings = { results: { one: '%{count} gwasanaeth' }, frequency: { weekly: 'Pob %{day}' } } as never;
    await waitFor(() => el.shadowRoot?.querySelector('.results'), 'the directory to load with lang="en_GB"');
    expect(textOf($(el, '.results-heading'))).to.equal('4 services', 'the other plural forms are kept');
    await type(el, 'voices');
    $$(el, '.card-open')[0]!.click();
    await detailsShown(el);
    expect(textOf($(el, '.details'))).to.contain('Pob Tuesday');
  });

  it('shows only the town of a masked location, dials numbers written with (0), and names odd language codes', async () => {
    const safe = {
      ...voicesGroup,
      locations: [
        {
          id: 'hall',
          name: 'Test Safe House',
          address: ['1 Test Street'],
          town: 'Test Town',
          postcode: 'BN1 1AA',
          directions: 'Round the back',
          masked: true,
        },
      ],
      contact: { phone: '+44 (0)1632 960000' },
      languages: ['en', 'en-12'],
    };
    const el = await directory(testDirectory([safe]));
    $$(el, '.card-open')[0]!.click();
    await detailsShown(el);
    const details = textOf($(el, '.details'));
    for (const secret of ['Test Safe House', '1 Test Street', 'BN1 1AA', 'Round the back']) expect(details).not.to.contain(secret);
    expect(details).to.contain('Test Town').and.contain('English').and.contain('en-12');
    expect($<HTMLAnchorElement>(el, '.contact-links a[href^="tel:"]')!.getAttribute('href')).to.equal('tel:+441632960000');
  });

  it('tells the webmaster, on screen and in the console, when a preset names no known term, and leaves it out', async () => {
    const warn = console.warn;
    const logged: string[] = [];
    console.warn = (...args: unknown[]) => logged.push(args.join(' '));
    try {
      const el = await directory(standard(), 'area="test-twon" format="group"');
      expect(cardNames(el)).to.have.length(2, 'the known preset still applies; the unknown one does not empty the list');
      expect(textOf($(el, '.results [part="notice"]'))).to.equal(
        'This page asks for area “test-twon”, which this directory does not have. Did the page mean “test-town” (Test Town)? Showing services without that filter.',
      );
      expect(logged.join())
        .to.contain('area="test-twon" is not one of this directory\'s area ids')
        .and.contain('Did you mean area="test-town" (Test Town)?');
      const far = await directory(standard(), 'area="zzzzzzzz"');
      expect(textOf($(far, '.results [part="notice"]'))).not.to.contain('Did the page mean', 'nothing near: no guess');
      expect(cardNames(far)).to.have.length(4);
    } finally {
      console.warn = warn;
    }
  });

  it('keeps the view in the URL only when sync-url is on', async () => {
    const before = location.hash;
    const el = await directory();
    await type(el, 'voices');
    expect(location.hash).to.equal(before, 'search terms stay out of the URL');
    const synced = await directory(standard(), 'sync-url');
    await type(synced, 'voices');
    (await checkbox(synced, 'Drop-in')).click();
    await synced.updateComplete;
    expect(location.hash).to.equal('#psk:q=voices&format=drop-in');
    const restored = await directory(standard(), 'sync-url');
    expect($<HTMLInputElement>(restored, '#q')!.value).to.equal('voices');
    expect(cardNames(restored)).to.deep.equal(['Test hearing voices group']);
    history.replaceState(null, '', location.pathname);
  });

  it('sends nothing anywhere but the one request for its src, without cookies or referrer, and stores nothing', async () => {
    const originalFetch = window.fetch;
    const requests: Array<[string, RequestInit | undefined]> = [];
    window.fetch = (input, init) => {
      requests.push([String(input), init]);
      return originalFetch(input, init);
    };
    const cookies = document.cookie;
    const stored = [localStorage.length, sessionStorage.length];
    try {
      const el = await directory();
      await type(el, 'hearing voices');
      (await checkbox(el, 'Drop-in')).click();
      await el.updateComplete;
      $$(el, '.card-open')[0]!.click();
      await detailsShown(el);
    } finally {
      window.fetch = originalFetch;
    }
    // The browse form fetches, beside its index, the words of the descriptions (on the first
    // search with text) and the fragment of the service opened: each as its index says.
    const asked = requests.filter(([url]) => !url.startsWith('/test-routes/site/') || !url.match(/site\/[\w-]+$/));
    expect(asked.map(([url]) => url.replace(/^.*\/(browse\/)?/, '').replace(/\.[\w-]{12}\.json$/, ''))).to.deep.equal(
      PUBLISHED_FORM === 'plain' ? [asked[0]![0].replace(/^.*\//, '')] : ['browse.json', 'words', 'services-0'],
    );
    for (const [, init] of asked) expect(init).to.include({ credentials: 'omit', referrerPolicy: 'no-referrer' });
    expect(document.cookie).to.equal(cookies);
    expect([localStorage.length, sessionStorage.length]).to.deep.equal(stored);
  });

  for (const width of [320, 768, 1280]) {
    it(`is accessible and fits at ${width} px: results, filters and details`, async () => {
      await setViewport({ width, height: 800 });
      const el = await directory();
      expect(el.scrollWidth).to.be.at.most(el.clientWidth, 'no horizontal scroll');
      const toggle = $(el, '.filters-toggle')!;
      if (getComputedStyle(toggle).display !== 'none') {
        expect(toggle.getAttribute('aria-expanded')).to.equal('false');
        toggle.click();
        await el.updateComplete;
        expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      }
      expect($(el, '.filters')!.getBoundingClientRect().height).to.be.greaterThan(0);
      await expectNoAxeViolations(el);
      const targetsAtLeast24px = () => {
        for (const target of $$(el, 'button, input, summary, .contact-links a, .crisis a')) {
          const box = target.getBoundingClientRect();
          if (box.width === 0) continue; // hidden
          expect(box.width, `${target.tagName} ${textOf(target)}`).to.be.at.least(24);
          expect(box.height, `${target.tagName} ${textOf(target)}`).to.be.at.least(24);
        }
      };
      targetsAtLeast24px();
      await type(el, 'ward');
      $$(el, '.card-open')[0]!.click();
      await detailsShown(el);
      expect($$(el, '.contact-links a').length).to.be.greaterThan(0);
      targetsAtLeast24px();
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      await expectNoAxeViolations(el);
    });
  }
});
