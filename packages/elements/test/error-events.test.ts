import { expect, fixture, html } from '@open-wc/testing';
import '../src/define/peer-support-directory.js';
import '../src/define/peer-support-service.js';
import '../src/define/peer-support-signatories.js';
import '../src/define/peer-support-coverage.js';
import { PeerSupportErrorEvent } from '../src/index.js';
import { expectNoAxeViolations } from './helpers/axe.js';
import { jsonUrl, testDirectory, voicesGroup } from './helpers/directory-fixture.js';
import { freshHistory } from './helpers/directory-page.js';
import { textOf, waitFor } from './helpers/wait.js';
import { setViewport } from './helpers/browser.js';

// Every element that shows a published directory (it takes `src`) tells the host page when it
// cannot, with the documented `peer-support-error` event, and tells the person on the page with
// a message of its own: never a blank box, never an exception thrown into the partner's page.

const elements = [
  { tag: 'peer-support-directory', attrs: '' },
  { tag: 'peer-support-service', attrs: 'service-id="voices-group"' },
  { tag: 'peer-support-signatories', attrs: 'charter="sussex-pwow"' },
  { tag: 'peer-support-coverage', attrs: '' },
];

const NOT_LOADED = 'The list of services could not be loaded. Check your connection and try again.';
const NOT_READ = 'The list of services could not be shown because its file has a problem.';
const NOT_A_DIRECTORY = 'The list of services could not be shown: its address does not lead to a list of services.';

interface Failed {
  el: HTMLElement;
  events: PeerSupportErrorEvent[];
  /** What the element says, as a reader hears it. */
  message: string;
  retry: HTMLButtonElement | undefined;
}

/** Puts the element on the page with this src (or none), and waits for it to give up; console errors are expected. */
async function failing(tag: string, attrs: string, src: string | undefined): Promise<Failed> {
  const holder = await fixture<HTMLElement>(html`<div></div>`);
  const events: PeerSupportErrorEvent[] = [];
  // Listening on the page around it, before it is there: the event bubbles out of the element.
  holder.addEventListener('peer-support-error', (event) => events.push(event as PeerSupportErrorEvent));
  const error = console.error;
  console.error = () => {};
  try {
    holder.innerHTML = `<${tag} ${src === undefined ? '' : `src="${src}"`} ${attrs}></${tag}>`;
    const el = holder.firstElementChild as HTMLElement;
    const message = await waitFor(() => {
      const shown = el.shadowRoot?.querySelector('[part="message"]');
      return shown && !textOf(shown).startsWith('Loading') && shown;
    }, `${tag} to give up`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    return { el, events, message: textOf(message), retry: message.querySelector('button') ?? undefined };
  } finally {
    console.error = error;
  }
}

/** The element's visible box: something a person sees, not a blank space. */
function expectVisible(el: HTMLElement): void {
  const message = el.shadowRoot!.querySelector<HTMLElement>('[part="message"]')!;
  const box = message.getBoundingClientRect();
  expect(box.height, 'the message takes up space').to.be.greaterThan(20);
  expect(box.width).to.be.greaterThan(100);
  expect(getComputedStyle(message).visibility).to.equal('visible');
}

describe('the error event and message of every element that takes src', () => {
  beforeEach(async () => {
    freshHistory();
    await setViewport({ width: 1280, height: 900 });
  });

  for (const { tag, attrs } of elements) {
    describe(`<${tag}>`, () => {
      it('fires one peer-support-error naming the address and its answer when the file is not there, and offers a retry', async () => {
        const { el, events, message, retry } = await failing(tag, attrs, '/test-routes/status/404');
        expect(events).to.have.length(1);
        const [event] = events;
        expect(event).to.be.instanceOf(PeerSupportErrorEvent);
        expect(event!.target).to.equal(el);
        expect([event!.bubbles, event!.composed]).to.deep.equal([true, true], 'it reaches the host page through the shadow root');
        expect(event!.detail.message).to.contain('/test-routes/status/404').and.contain('404');
        expect(message).to.equal(`${NOT_LOADED} Try again`);
        expect(textOf(retry)).to.equal('Try again');
        expectVisible(el);
        await expectNoAxeViolations(el);
      });

      it('fires peer-support-error with the problem when the address gives a web page, says it is no list of services, and offers a retry', async () => {
        // A network's sign-in page, or a site's own page for a missing file: after signing in,
        // the same address may give the file.
        const { el, events, message, retry } = await failing(tag, attrs, '/packages/elements/test/fixtures/web-page.html');
        expect(events).to.have.length(1);
        const { detail } = events[0]!;
        expect(detail.message).to.contain('web-page.html');
        expect(detail.problems.map((problem) => problem.message).join(' ')).to.contain('not valid JSON');
        expect(message).to.equal(`${NOT_A_DIRECTORY} Try again`);
        expect(textOf(retry)).to.equal('Try again');
        expectVisible(el);
      });

      it('says the file is no list of services, with no retry, when it is JSON of another kind', async () => {
        for (const data of [[{ name: 'A list, not a directory' }], { title: 'No services list', schemaVersion: '1.0' }]) {
          const { events, message, retry } = await failing(tag, attrs, jsonUrl(data));
          expect(events, JSON.stringify(data)).to.have.length(1);
          expect(message).to.equal(NOT_A_DIRECTORY);
          expect(retry, 'the same file again would not help').to.equal(undefined);
        }
      });

      it('calls a file that stops part way a failed load, with a retry, not a broken file', async () => {
        const { events, message, retry } = await failing(tag, attrs, '/packages/elements/test/fixtures/not-json.json');
        expect(events).to.have.length(1);
        expect(events[0]!.detail.message).to.contain('not-json.json').and.contain('stopped part way');
        expect(message).to.equal(`${NOT_LOADED} Try again`);
        expect(textOf(retry)).to.equal('Try again');
      });

      it('fires peer-support-error with the fields at fault when the file is not a directory it can read', async () => {
        const { events, message } = await failing(tag, attrs, jsonUrl({ schemaVersion: '9.0', services: [] }));
        expect(events).to.have.length(1);
        expect(events[0]!.detail.problems.length).to.be.greaterThan(0);
        expect(
          events[0]!.detail.problems.some((problem) => problem.path === 'schemaVersion'),
          JSON.stringify(events[0]!.detail.problems),
        ).to.equal(true);
        expect(message).to.equal(NOT_READ);
      });

      it('fires peer-support-error saying what to set when it has no src', async () => {
        const { el, events, message } = await failing(tag, attrs, undefined);
        expect(events).to.have.length(1);
        expect(events[0]!.detail.message).to.contain('src');
        expect(message).to.equal(NOT_LOADED);
        expectVisible(el);
      });
    });
  }

  it('<peer-support-directory> keeps crisis help beside every error', async () => {
    for (const src of ['/test-routes/status/404', '/packages/elements/test/fixtures/web-page.html', undefined]) {
      const { el } = await failing('peer-support-directory', '', src);
      const crisis = el.shadowRoot!.querySelector('.crisis');
      expect(textOf(crisis), String(src)).to.contain('call 111').and.contain('call 999').and.contain('116 123');
    }
  });

  it('<peer-support-service> fires peer-support-error when the directory has no service with its id', async () => {
    const holder = await fixture<HTMLElement>(html`<div></div>`);
    const events: PeerSupportErrorEvent[] = [];
    holder.addEventListener('peer-support-error', (event) => events.push(event as PeerSupportErrorEvent));
    const error = console.error;
    console.error = () => {};
    try {
      holder.innerHTML = `<peer-support-service src="${jsonUrl(testDirectory([voicesGroup]))}" service-id="no-such-service"></peer-support-service>`;
      await waitFor(() => events.length > 0, 'the error event');
    } finally {
      console.error = error;
    }
    expect(events[0]!.detail.message).to.contain('"no-such-service"');
    expect(textOf(holder.firstElementChild!.shadowRoot!.querySelector('[part="message"]'))).to.equal(
      'This service could not be found in the directory.',
    );
  });

  // DESIGN.md: "network failure gives a retry and crisis help, never a blank box". The person on
  // an organisation's page may be in distress too: every element that loads a file keeps a route
  // to urgent help when it cannot.
  for (const { tag, attrs } of elements.slice(1)) {
    it(`<${tag}> shows crisis help when it cannot load its file`, async () => {
      const { el } = await failing(tag, attrs, '/test-routes/status/404');
      expect(textOf(el.shadowRoot!.querySelector('.crisis')))
        .to.contain('call 111')
        .and.contain('116 123');
    });
  }
});
