import { expect, fixture, html } from '@open-wc/testing';
import '../src/define/peer-support-service.js';
import '../src/define/peer-support-signatories.js';
import '../src/define/peer-support-crisis-help.js';
import '../src/define/peer-support-coverage.js';
import { expectNoAxeViolations } from './helpers/axe.js';
import { jsonUrl, lgbtqChat, noContact, testDirectory, voicesGroup, wardPeers } from './helpers/directory-fixture.js';
import { textOf, waitFor } from './helpers/wait.js';
import { emulateMedia, itNeeds, setViewport } from './helpers/browser.js';

const signed = testDirectory([
  { ...voicesGroup, charters: ['sussex-pwow'], activePartner: false },
  { ...wardPeers, charters: ['sussex-pwow'], activePartner: true },
  { ...lgbtqChat, charters: ['together'] },
  noContact,
]);

async function ready<T extends HTMLElement>(markup: string): Promise<T> {
  const holder = await fixture<HTMLElement>(html`<div></div>`);
  holder.innerHTML = markup;
  const el = holder.firstElementChild as T;
  await waitFor(() => {
    const message = el.shadowRoot?.querySelector('[part="message"]');
    return el.shadowRoot?.querySelector('.base') && !(message && textOf(message).startsWith('Loading'));
  }, `${el.localName} to load`);
  return el;
}

function quietly<T>(run: () => Promise<T>): Promise<T> {
  const [error, warn] = [console.error, console.warn];
  console.error = console.warn = () => {};
  return run().finally(() => {
    console.error = error;
    console.warn = warn;
  });
}

describe('<peer-support-service>', () => {
  it("shows one service's details for its own page", async () => {
    const el = await ready(`<peer-support-service src="${jsonUrl(signed)}" service-id="voices-group"></peer-support-service>`);
    const root = el.shadowRoot!;
    expect(textOf(root.querySelector('h2'))).to.equal('Test hearing voices group');
    expect(textOf(root.querySelector('.details')))
      .to.contain('Every Tuesday')
      .and.contain('Principled Ways of Working Peer Support Charter');
    await expectNoAxeViolations(el);
  });

  it('says so when the directory has no such service', () =>
    quietly(async () => {
      const el = await ready(`<peer-support-service src="${jsonUrl(signed)}" service-id="nope"></peer-support-service>`);
      expect(textOf(el.shadowRoot!.querySelector('[part="message"]'))).to.equal('This service could not be found in the directory.');
      // An old link to a service that has gone is an error page: it keeps a way to urgent help.
      expect(textOf(el.shadowRoot!.querySelector('.crisis'))).to.contain('call 111');
      await expectNoAxeViolations(el);
    }));
});

describe('<peer-support-signatories>', () => {
  it('lists the organisations that signed a charter, active partners first', async () => {
    const el = await ready(`<peer-support-signatories src="${jsonUrl(signed)}" charter="sussex-pwow"></peer-support-signatories>`);
    const root = el.shadowRoot!;
    expect(textOf(root.querySelector('h2'))).to.equal('Organisations that have signed the Principled Ways of Working Peer Support Charter');
    expect(textOf(root.querySelector('.counted')), "how many signed in all, as the charter's source counts them").to.equal(
      '13 organisations signed the charter; 6 of them were active partners in its working group in January 2021.',
    );
    expect(textOf(root.querySelector('.counted + p'))).to.equal('This directory lists 2 of them:');
    const items = [...root.querySelectorAll('.list li')].map((li) => textOf(li));
    expect(items).to.have.length(2);
    expect(items[0]).to.match(/^Test Trust Active partner/);
    expect(items[1]).to.match(/^Test Organisation 1/);
    await expectNoAxeViolations(el);
  });

  it('says when nobody has signed yet', async () => {
    const el = await ready(`<peer-support-signatories src="${jsonUrl(signed)}" charter="another-charter"></peer-support-signatories>`);
    expect(textOf(el.shadowRoot!)).to.contain('No organisation in this directory has signed this charter yet.');
  });

  it('explains a failed load instead of an empty box', () =>
    quietly(async () => {
      const el = await ready(`<peer-support-signatories src="/test-routes/status/404" charter="sussex-pwow"></peer-support-signatories>`);
      expect(textOf(el.shadowRoot!.querySelector('[part="message"]'))).to.contain('could not be loaded');
      expect(el.shadowRoot!.querySelector('[part="message"] button')).to.exist;
      await expectNoAxeViolations(el);
    }));
});

describe('<peer-support-crisis-help>', () => {
  it('shows the same urgent routes as the directory, as links that call or text', async () => {
    const el = await fixture(html`<peer-support-crisis-help></peer-support-crisis-help>`);
    const links = [...el.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).to.deep.equal(['tel:111', 'tel:999', 'tel:116123', 'sms:85258?body=SHOUT']);
    expect(textOf(el.shadowRoot!)).to.contain('If you need help now').and.contain('mental health option');
    await expectNoAxeViolations(el);
  });

  it('lets a host outside England replace the routes', async () => {
    const el = await fixture<HTMLElement & { strings: unknown }>(html`<peer-support-crisis-help
      .strings=${{ crisisRoutes: [{ text: 'A test route:', link: 'call 000', href: 'tel:000' }] }}
    ></peer-support-crisis-help>`);
    expect([...el.shadowRoot!.querySelectorAll('a')].map((a) => a.textContent)).to.deep.equal(['call 000']);
  });
});

describe('<peer-support-coverage>', () => {
  const mapped = testDirectory([voicesGroup, wardPeers, { ...lgbtqChat, transitions: ['crisis'] }]);

  it('tables areas by kind of peer support, names the gaps, and switches to communities', async () => {
    const el = await ready(`<peer-support-coverage src="${jsonUrl(mapped)}"></peer-support-coverage>`);
    const root = el.shadowRoot!;
    const headers = [...root.querySelectorAll('thead th')].map((th) => textOf(th));
    expect(headers).to.deep.equal(['Area', 'Informal peer support', 'Volunteer peer mentors or buddies', 'Paid peer support workers']);
    const rows = [...root.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => textOf(c)));
    expect(rows.map((r) => r[0])).to.deep.equal(['Test County', 'Test Town']);
    expect(rows[1]![2]).to.equal('None');
    expect(textOf(root.querySelector('.gaps'))).to.contain('Test County');
    await expectNoAxeViolations(el);
    const community = [...root.querySelectorAll<HTMLInputElement>('input[type="radio"]')][1]!;
    community.click();
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect([...root.querySelectorAll('thead th')].map((th) => textOf(th))).to.include('LGBTQ+');
    await expectNoAxeViolations(el);
  });

  it('counts only services heard of within a year, and lists the others apart with when they were last heard of', async () => {
    const old = testDirectory([voicesGroup, { ...wardPeers, lastHeardOf: '2013' }]);
    const el = await ready(`<peer-support-coverage src="${jsonUrl(old)}"></peer-support-coverage>`);
    const root = el.shadowRoot!;
    expect(textOf(root.querySelector('[part="uncounted"]'))).to.equal('Test ward peer workers: last heard of in 2013, not confirmed since');
    expect(textOf(root.querySelector('tbody tr:last-child td:nth-child(4)')), 'no paid peer workers counted').to.equal('None');
    await expectNoAxeViolations(el);
  });

  it('fits a phone screen by scrolling the table, not the page', async () => {
    await setViewport({ width: 320, height: 700 });
    const el = await ready(`<peer-support-coverage src="${jsonUrl(mapped)}"></peer-support-coverage>`);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    const scroller = el.shadowRoot!.querySelector<HTMLElement>('.scroll')!;
    expect(scroller.tabIndex).to.equal(0, 'keyboard users can scroll it');
    await expectNoAxeViolations(el);
    await setViewport({ width: 1280, height: 900 });
  });
});

describe("every element, on a phone and in the reader's modes", () => {
  const data = jsonUrl(signed);
  const markup = [
    '<peer-support-crisis-help></peer-support-crisis-help>',
    '<peer-support-charter charter="together"></peer-support-charter>',
    `<peer-support-directory src="${data}"></peer-support-directory>`,
    `<peer-support-service src="${data}" service-id="voices-group"></peer-support-service>`,
    `<peer-support-signatories src="${data}" charter="sussex-pwow"></peer-support-signatories>`,
    `<peer-support-coverage src="${data}"></peer-support-coverage>`,
  ];
  before(async () => {
    await import('../src/define/peer-support-charter.js');
    await import('../src/define/peer-support-directory.js');
  });
  after(async () => {
    await emulateMedia({ forcedColors: 'none', reducedMotion: 'no-preference' });
    await setViewport({ width: 1280, height: 900 });
  });

  for (const element of markup) {
    const name = /^<([a-z-]+)/.exec(element)![1];
    it(`${name} fits 320 px with no sideways scroll and stays accessible`, async () => {
      await setViewport({ width: 320, height: 700 });
      const el = await ready(element);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      await expectNoAxeViolations(el);
    });
    itNeeds('media emulation', `${name} stays accessible in forced colours, at 320 px`, async () => {
      await setViewport({ width: 320, height: 700 });
      await emulateMedia({ forcedColors: 'active' });
      const el = await ready(element);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      await expectNoAxeViolations(el);
    });
  }

  itNeeds('media emulation', 'stops the loading skeleton pulsing for readers who ask for reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await fixture(html`<peer-support-directory src="/test-routes/slow?ms=1500"></peer-support-directory>`);
    const skeleton = el.shadowRoot!.querySelector('.skeleton .card')!;
    expect(parseFloat(getComputedStyle(skeleton).animationDuration)).to.be.below(0.001);
    await emulateMedia({ reducedMotion: 'no-preference' });
    const moving = await fixture(html`<peer-support-directory src="/test-routes/slow?ms=1500"></peer-support-directory>`);
    expect(getComputedStyle(moving.shadowRoot!.querySelector('.skeleton .card')!).animationDuration).to.equal('1.5s');
  });
});
