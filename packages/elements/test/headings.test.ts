import { expect, fixture, html } from '@open-wc/testing';
import '../src/define/peer-support-charter.js';
import '../src/define/peer-support-coverage.js';
import '../src/define/peer-support-crisis-help.js';
import '../src/define/peer-support-directory.js';
import '../src/define/peer-support-service.js';
import '../src/define/peer-support-signatories.js';
import { jsonUrl, testDirectory, voicesGroup, wardPeers } from './helpers/directory-fixture.js';
import { textOf, waitFor } from './helpers/wait.js';

// Screen reader users move through a page by its headings: every element's headings are real
// h2–h6 elements at the level the host asks for with `heading-level`, the next level down inside.
const data = jsonUrl(testDirectory([{ ...voicesGroup, charters: ['sussex-pwow'] }, wardPeers]));

const elements: Array<[name: string, markup: (level: number) => string, ready: string]> = [
  ['charter', (level) => `<peer-support-charter charter="sussex-pwow" heading-level="${level}"></peer-support-charter>`, '.principle'],
  ['crisis help', (level) => `<peer-support-crisis-help heading-level="${level}"></peer-support-crisis-help>`, '.crisis'],
  ['directory', (level) => `<peer-support-directory src="${data}" heading-level="${level}"></peer-support-directory>`, '.card'],
  [
    'service',
    (level) => `<peer-support-service src="${data}" service-id="voices-group" heading-level="${level}"></peer-support-service>`,
    '.detail-section',
  ],
  [
    'signatories',
    (level) => `<peer-support-signatories src="${data}" charter="sussex-pwow" heading-level="${level}"></peer-support-signatories>`,
    '.list',
  ],
  ['coverage', (level) => `<peer-support-coverage src="${data}" heading-level="${level}"></peer-support-coverage>`, 'table'],
];

async function show(markup: string, ready: string): Promise<ShadowRoot> {
  const holder = await fixture<HTMLElement>(html`<div></div>`);
  holder.innerHTML = markup;
  const root = holder.firstElementChild!.shadowRoot!;
  await waitFor(() => root.querySelector(ready), `${markup.slice(1, markup.indexOf(' '))} to show ${ready}`);
  return root;
}

const levels = (root: ShadowRoot) => [...root.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.localName[1]));

describe('headings', () => {
  for (const [name, markup, ready] of elements) {
    it(`${name}: real headings at the level asked for, and one below inside`, async () => {
      for (const level of [2, 4]) {
        const root = await show(markup(level), ready);
        const found = levels(root);
        expect(found.length, 'has headings').to.be.greaterThan(0);
        expect(found[0], `heading-level="${level}"`).to.equal(level);
        expect(Math.min(...found), 'none above the level asked for').to.equal(level);
        expect(Math.max(...found), 'none more than one below').to.be.at.most(level + 1);
        expect(root.querySelector('[role="heading"]'), 'no styled spans standing in for headings').to.equal(null);
      }
    });
  }

  it('a level out of range is read as the nearest one allowed', async () => {
    const root = await show(`<peer-support-crisis-help heading-level="9"></peer-support-crisis-help>`, '.crisis');
    expect(textOf(root.querySelector('h6'))).to.equal('If you need help now');
    const low = await show(`<peer-support-crisis-help heading-level="1"></peer-support-crisis-help>`, '.crisis');
    expect(levels(low)).to.deep.equal([2], 'the page keeps its own h1');
  });
});
