import { expect, fixture, html } from '@open-wc/testing';
import '../src/define/peer-support-charter.js';
import '../src/define/peer-support-directory.js';
import '../src/define/peer-support-service.js';
import '../src/define/peer-support-signatories.js';
import '../src/define/peer-support-coverage.js';
import { expectNoAxeViolations } from './helpers/axe.js';
import { jsonUrl, testDirectory, voicesGroup } from './helpers/directory-fixture.js';
import { freshHistory } from './helpers/directory-page.js';
import { textOf, waitFor } from './helpers/wait.js';

// Progressive enhancement: what the page put inside an element (crisis help and a link to the
// static listing, in the docs' snippet) shows until the element has something better, and again
// when loading fails, in place of the element's own crisis help, never beside it.

const FALLBACK = `
  <aside aria-label="If you need help now"><h2>If you need help now</h2>
    <ul><li>Samaritans, free, any time, day or night: <a href="tel:116123">call 116 123</a></li></ul></aside>
  <p><a href="/packages/directory-sussex/directory.html">See every peer support service in a simple list</a></p>`;

const directory = jsonUrl(testDirectory([voicesGroup]));
const elements = [
  { tag: 'peer-support-directory', attrs: '', ready: '.card-open' },
  { tag: 'peer-support-service', attrs: 'service-id="voices-group"', ready: '[part="name"], h2, h3' },
  { tag: 'peer-support-signatories', attrs: 'charter="sussex-pwow"', ready: '.heading' },
  { tag: 'peer-support-coverage', attrs: '', ready: 'table' },
];

/** Puts the element, with the fallback inside, on the page; console errors are expected. */
async function place(tag: string, attrs: string, src: string, fallback = FALLBACK): Promise<HTMLElement> {
  const holder = await fixture<HTMLElement>(html`<div></div>`);
  holder.innerHTML = `<${tag} src="${src}" ${attrs}>${fallback}</${tag}>`;
  return holder.firstElementChild as HTMLElement;
}

/** Whether the pasted link is on screen: slotted, with a box. */
const linkShown = (el: HTMLElement) => (el.querySelector('a[href$="directory.html"]')?.getBoundingClientRect().height ?? 0) > 0;
const ownCrisis = (el: HTMLElement) => el.shadowRoot!.querySelector('.crisis');
const message = (el: HTMLElement) => textOf(el.shadowRoot!.querySelector('[part="message"]'));

describe('fallback content inside an element', () => {
  let error: typeof console.error;
  beforeEach(() => {
    freshHistory();
    error = console.error;
    console.error = () => {};
  });
  afterEach(() => {
    console.error = error;
  });

  for (const { tag, attrs, ready } of elements) {
    describe(`<${tag}>`, () => {
      it('shows it while the directory loads, with no second crisis block', async () => {
        const el = await place(tag, attrs, '/test-routes/slow?ms=2000');
        await waitFor(() => el.shadowRoot?.querySelector('[part="message"]'), 'the loading message');
        expect(message(el)).to.match(/^Loading/);
        expect(linkShown(el), 'the pasted link is on screen').to.equal(true);
        expect(ownCrisis(el), 'the pasted crisis help stands in for its own').to.equal(null);
      });

      it('shows it again, beside the message and Try again, when the directory cannot be loaded', async () => {
        const el = await place(tag, attrs, '/test-routes/status/404');
        await waitFor(() => el.shadowRoot?.querySelector('[part="retry"]'), 'Try again');
        expect(linkShown(el)).to.equal(true);
        expect(ownCrisis(el)).to.equal(null);
        await expectNoAxeViolations(el);
      });

      it('hides it once its own content is in', async () => {
        const el = await place(tag, attrs, directory);
        await waitFor(() => el.shadowRoot?.querySelector(ready), 'the content');

        expect(linkShown(el), 'the pasted link has gone').to.equal(false);
      });
    });
  }

  for (const inside of ['\n  ', '<p></p><br>']) {
    it(`an element with ${inside.trim() ? 'only empty paragraphs' : 'only white space'} inside shows its own crisis help on error`, async () => {
      for (const { tag, attrs } of elements) {
        const el = await place(tag, attrs, '/test-routes/status/404', inside);
        await waitFor(() => el.shadowRoot?.querySelector('[part="retry"]'), `${tag}: Try again`);
        expect(textOf(ownCrisis(el)), tag).to.contain('116 123');
        expect(el.shadowRoot!.querySelector('slot'), tag).to.equal(null);
      }
    });
  }

  it("a pasted link without crisis help shows beside the element's own crisis help, not instead of it", async () => {
    for (const { tag, attrs } of elements) {
      const el = await place(
        tag,
        attrs,
        '/test-routes/status/404',
        '<p><a href="/packages/directory-sussex/directory.html">The list</a></p>',
      );
      await waitFor(() => el.shadowRoot?.querySelector('[part="retry"]'), `${tag}: Try again`);
      expect(textOf(ownCrisis(el)), tag).to.contain('116 123');
      expect(linkShown(el), tag).to.equal(true);
    }
  });

  it('with crisis="top" or "bottom", the page\'s crisis help stands for the element\'s own while it waits and on failing: one block, never two', async () => {
    for (const tag of ['peer-support-directory', 'peer-support-service']) {
      for (const crisis of ['top', 'bottom']) {
        const attrs = `crisis="${crisis}" ${tag === 'peer-support-service' ? 'service-id="voices-group"' : ''}`;
        for (const src of ['/test-routes/slow?ms=2000', '/test-routes/status/404']) {
          const el = await place(tag, attrs, src);
          await waitFor(() => el.shadowRoot?.querySelector('[part="message"]'), 'a message');
          if (src.includes('404')) await waitFor(() => el.shadowRoot?.querySelector('[part="retry"]'), 'Try again');
          const blocks = [...el.querySelectorAll('aside'), ...el.shadowRoot!.querySelectorAll('aside')].filter(
            (aside) => aside.getBoundingClientRect().height > 0,
          );
          expect(blocks.length, `${tag} crisis=${crisis} ${src}`).to.equal(1);
        }
      }
    }
  });

  it('with crisis="bottom", the page\'s content stays at the top while the directory loads, where the page put it', async () => {
    const el = await place('peer-support-directory', 'crisis="bottom"', '/test-routes/slow?ms=2000');
    await waitFor(() => el.shadowRoot?.querySelector('[part="message"]'), 'the loading message');
    const pasted = el.querySelector('aside')!.getBoundingClientRect();
    const search = el.shadowRoot!.querySelector('input')!.getBoundingClientRect();
    expect(pasted.top).to.be.lessThan(search.top);
  });

  it('<peer-support-charter> shows it while its file loads and when it fails, and hides it once the charter is in', async () => {
    const slow = await place(
      'peer-support-charter',
      '',
      '/test-routes/slow?ms=2000',
      '<p><a href="/charter.html">Read the charter</a></p>',
    );
    await waitFor(() => slow.shadowRoot?.querySelector('[part="message"]'), 'the loading message');
    expect(slow.querySelector('a')!.getBoundingClientRect().height).to.be.greaterThan(0);
    const failed = await place(
      'peer-support-charter',
      '',
      '/test-routes/status/404',
      '<p><a href="/charter.html">Read the charter</a></p>',
    );
    await waitFor(() => failed.shadowRoot?.querySelector('[part="retry"]'), 'Try again');
    expect(failed.querySelector('a')!.getBoundingClientRect().height).to.be.greaterThan(0);
    const shown = await place('peer-support-charter', 'charter="together"', '', '<p><a href="/charter.html">Read the charter</a></p>');
    shown.removeAttribute('src');
    await waitFor(() => shown.shadowRoot?.querySelector('[part="principle"]'), 'the principles');
    expect(shown.querySelector('a')!.getBoundingClientRect().height).to.equal(0);
  });
});
