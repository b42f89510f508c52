import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { charters } from '@peer-support-kit/core';
import '../src/define/peer-support-charter.js';
import type { PeerSupportCharter } from '../src/index.js';
import type { PeerSupportErrorEvent } from '../src/shared/events.js';
import { expectNoAxeViolations } from './helpers/axe.js';
import { textOf, waitFor } from './helpers/wait.js';

const fixtures = new URL('./fixtures/', import.meta.url).href;

async function charter(template: ReturnType<typeof html>): Promise<PeerSupportCharter> {
  const el = await fixture<PeerSupportCharter>(template);
  await el.updateComplete;
  return el;
}

const shadow = (el: PeerSupportCharter) => el.shadowRoot!;
const names = (el: PeerSupportCharter) => [...shadow(el).querySelectorAll('[part="principle-name"]')].map((n) => textOf(n));

/** Keeps console.error quiet while an error state is expected, and returns what was logged. */
function captureErrors(): { messages: string[]; restore(): void } {
  const original = console.error;
  const messages: string[] = [];
  console.error = (...args: unknown[]) => messages.push(args.join(' '));
  return { messages, restore: () => (console.error = original) };
}

describe('<peer-support-charter>', () => {
  it('shows the Sussex charter: title, publisher and year, nine principles with their definitions', async () => {
    const el = await charter(html`<peer-support-charter charter="sussex-pwow"></peer-support-charter>`);
    const root = shadow(el);
    const heading = root.querySelector('h2')!;
    expect(textOf(heading)).to.equal('Principled Ways of Working Peer Support Charter');
    expect(textOf(root.querySelector('[part="publisher"]'))).to.contain('2018');
    expect(names(el)).to.deep.equal([
      'Trust',
      'Diversity',
      'Equality',
      'Hope',
      'Solidarity',
      'Mutual Benefit',
      'Empathy',
      'Self-determination',
      'Commonality',
    ]);
    const list = root.querySelector('ol[part="principles"]')!;
    expect(list.querySelectorAll(':scope > li')).to.have.length(9);
    expect(textOf(list.querySelector('li'))).to.contain('Feeling safe and having confidence in relationships and outcomes.');
    const source = root.querySelector('[part="source"]')!;
    expect(textOf(source)).to.contain('Principled Ways of Working: Peer Support in Sussex');
    expect(source.querySelector('a')!.getAttribute('href')).to.equal('https://www.nsun.org.uk/peer-support-charter');
    await expectNoAxeViolations(el);
  });

  it("shows Together's definition and thirteen numbered principles with their full text", async () => {
    const el = await charter(html`<peer-support-charter charter="together"></peer-support-charter>`);
    const root = shadow(el);
    expect(textOf(root.querySelector('[part="definition"] blockquote'))).to.match(/^People with experience of mental distress/);
    expect(names(el)).to.have.length(13);
    expect(names(el)[4]).to.equal('5. Solidarity');
    expect(textOf(root.querySelectorAll('[part="principle"]')[12])).to.contain('how often they are supported by a Peer Supporter.');
    await expectNoAxeViolations(el);
  });

  for (const layout of ['grid', 'list', 'compact'] as const) {
    for (const { id } of charters) {
      it(`is accessible in the ${layout} layout (${id})`, async () => {
        const el = await charter(html`<peer-support-charter charter=${id} layout=${layout}></peer-support-charter>`);
        expect(shadow(el).querySelector('.base')!.classList.contains(`layout-${layout}`)).to.equal(true);
        await expectNoAxeViolations(el);
      });
    }
  }

  it('lays principles out as cards in a grid, one after another in a list', async () => {
    const el = await charter(html`<peer-support-charter charter="sussex-pwow" style="width: 900px"></peer-support-charter>`);
    const cards = () => [...shadow(el).querySelectorAll('[part="principle"]')].map((li) => li.getBoundingClientRect());
    const [first, second] = cards();
    expect(second!.top).to.equal(first!.top, 'grid: the first two cards share a row');
    el.layout = 'list';
    await el.updateComplete;
    const [a, b] = cards();
    expect(b!.top).to.be.greaterThan(a!.bottom - 1, 'list: one under another');
  });

  it('keeps long texts behind a disclosure in the compact layout', async () => {
    const el = await charter(html`<peer-support-charter charter="together" layout="compact"></peer-support-charter>`);
    const details = shadow(el).querySelectorAll('details');
    expect(details).to.have.length(13);
    const first = details[0]!;
    expect(textOf(first.querySelector('summary'))).to.equal('Read more: Safety and trust');
    expect(first.open).to.equal(false);
    first.querySelector('summary')!.click();
    expect(first.open).to.equal(true);
  });

  it('follows changes to its attributes after it is shown', async () => {
    const el = await charter(html`<peer-support-charter charter="sussex-pwow"></peer-support-charter>`);
    el.setAttribute('charter', 'together');
    await el.updateComplete;
    expect(names(el)).to.have.length(13);
    el.setAttribute('heading-level', '3');
    await el.updateComplete;
    expect(shadow(el).querySelector('h3[part="title"]')).to.exist;
    expect(shadow(el).querySelector('h4[part="principle-name"]')).to.exist;
    el.toggleAttribute('hide-source', true);
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="source"]')).to.equal(null);
  });

  it("loads a network's own charter from src", async () => {
    const el = await charter(html`<peer-support-charter src=${`${fixtures}network-charter.json`}></peer-support-charter>`);
    await waitFor(() => shadow(el).querySelector('h2'), 'the charter to load');
    expect(textOf(shadow(el).querySelector('h2'))).to.equal('Example Network Peer Charter');
    expect(names(el)).to.deep.equal(['Listening', 'Sharing']);
  });

  it('says it is loading while the file is on its way, in a status region', async () => {
    const el = await charter(html`<peer-support-charter src="/test-routes/slow?ms=1500"></peer-support-charter>`);
    const status = shadow(el).querySelector('[role="status"]')!;
    expect(textOf(status)).to.equal('Loading the charter…');
    await expectNoAxeViolations(el);
  });

  it('explains an unknown charter id instead of showing an empty box', async () => {
    const errors = captureErrors();
    try {
      const el = await fixture<PeerSupportCharter>(html`<peer-support-charter charter="sussex"></peer-support-charter>`);
      await el.updateComplete;
      expect(textOf(shadow(el).querySelector('[part="message"]'))).to.equal(
        'This charter cannot be shown: there is no charter called “sussex”.',
      );
      expect(errors.messages.join()).to.contain('No built-in charter has the id "sussex"');
      await expectNoAxeViolations(el);
    } finally {
      errors.restore();
    }
  });

  it('explains a charter file with mistakes, naming the field in the console and the event', async () => {
    const errors = captureErrors();
    try {
      const el = document.createElement('peer-support-charter');
      const event = oneEvent<PeerSupportErrorEvent>(el, 'peer-support-error');
      el.src = `${fixtures}broken-charter.json`;
      document.body.append(el);
      const { detail } = await event;
      await el.updateComplete;
      expect(detail.problems.map((p) => p.path)).to.deep.equal(['principles[1].name']);
      expect(textOf(shadow(el).querySelector('[part="message"]'))).to.equal(
        'This charter cannot be shown because its file has mistakes in it.',
      );
      expect(shadow(el).querySelector('[part="retry"]')).to.equal(null);
      expect(errors.messages.join()).to.contain('principles[1].name: is missing; expected text.');
      el.remove();
    } finally {
      errors.restore();
    }
  });

  it('treats a file that is not JSON as a file with mistakes', async () => {
    const errors = captureErrors();
    try {
      const el = await charter(html`<peer-support-charter src=${`${fixtures}not-json.json`}></peer-support-charter>`);
      await waitFor(() => el.shadowRoot!.querySelector('.message:not(.loading)'), 'the error');
      expect(textOf(shadow(el).querySelector('[part="message"]'))).to.contain('has mistakes in it');
    } finally {
      errors.restore();
    }
  });

  it('offers a retry when the file cannot be loaded, and shows the charter once it can', async () => {
    const errors = captureErrors();
    try {
      const key = `charter-${Math.random()}`;
      const src = `/test-routes/flaky/${key}?file=packages/elements/test/fixtures/network-charter.json`;
      const el = await charter(html`<peer-support-charter src=${src}></peer-support-charter>`);
      const retry = await waitFor(() => shadow(el).querySelector<HTMLButtonElement>('[part="retry"]'), 'the retry button');
      expect(textOf(shadow(el).querySelector('[part="message"] p'))).to.equal(
        'The charter could not be loaded. Check your connection and try again.',
      );
      expect(errors.messages.join()).to.contain('503');
      await expectNoAxeViolations(el);
      retry.focus();
      retry.click();
      await waitFor(() => shadow(el).querySelector('h2'), 'the charter after retrying');
      expect(shadow(el).activeElement?.classList.contains('title'), 'focus at the charter, not lost with the button').to.equal(true);
      expect(names(el)).to.deep.equal(['Listening', 'Sharing']);
    } finally {
      errors.restore();
    }
  });

  it('fetches without cookies or referrer', async () => {
    const original = window.fetch;
    const calls: RequestInit[] = [];
    window.fetch = (input, init) => {
      calls.push(init ?? {});
      return original(input, init);
    };
    try {
      const el = await charter(html`<peer-support-charter src=${`${fixtures}network-charter.json`}></peer-support-charter>`);
      await waitFor(() => shadow(el).querySelector('h2'), 'the charter to load');
    } finally {
      window.fetch = original;
    }
    expect(calls).to.have.length(1);
    expect(calls[0]!.credentials).to.equal('omit');
    expect(calls[0]!.referrerPolicy).to.equal('no-referrer');
  });

  it('lets a host replace any visible string', async () => {
    const el = await charter(html`<peer-support-charter
      charter="together"
      .strings=${{ definitionHeading: 'Ein Beispiel', sourceLabel: 'Quelle:' }}
    ></peer-support-charter>`);
    expect(textOf(shadow(el).querySelector('figcaption'))).to.equal('Ein Beispiel');
    expect(textOf(shadow(el).querySelector('[part="source"]'))).to.match(/^Quelle:/);
  });

  it('exposes parts and reads theme tokens from the page', async () => {
    const el = await charter(html`<peer-support-charter
      charter="sussex-pwow"
      style="--peer-support-color-accent: rgb(128, 0, 128); --peer-support-font-size: 20px"
    ></peer-support-charter>`);
    const card = shadow(el).querySelector('[part="principle"]')!;
    expect(getComputedStyle(card).borderTopColor).to.equal('rgb(128, 0, 128)');
    expect(getComputedStyle(shadow(el).querySelector('.base')!).fontSize).to.equal('20px');
  });
});
