import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define/peer-support-directory.js';
import '../src/define/peer-support-service.js';
import '../src/define/peer-support-charter.js';
import '../src/define/peer-support-signatories.js';
import '../src/define/peer-support-coverage.js';
import '../src/define/peer-support-crisis-help.js';
import { jsonUrl, lgbtqChat, testDirectory, voicesGroup, wardPeers } from './helpers/directory-fixture.js';
import { freshHistory } from './helpers/directory-page.js';
import { textOf, waitFor } from './helpers/wait.js';
import { setViewport } from './helpers/browser.js';

// The elements go on pages whose style sheets were written for everything else: CMS themes,
// resets, and rules no one would write on purpose but many pages have. None may break an element:
// each must lay out as it does on a clean page, and stay usable.

const TAGS = [
  'peer-support-directory',
  'peer-support-service',
  'peer-support-charter',
  'peer-support-signatories',
  'peer-support-coverage',
  'peer-support-crisis-help',
];

const HOSTILE: Record<string, string> = {
  // Both keep the page's head hidden, as a page must to be usable at all.
  'everything inherits (* { all: inherit })': '* { all: inherit } head, script, style, template { display: none }',
  'everything unset (* { all: unset })': '* { all: unset } head, script, style, template { display: none }',
  'custom elements as display: contents': `${TAGS.join(', ')} { display: contents }`,
  'a reset: content-box sizing, a 62.5% root, tight lines': `
    *, *::before, *::after { box-sizing: content-box !important; margin: 0; padding: 0; }
    html { font-size: 62.5%; } body { font-size: 1.3rem; line-height: 1; }`,
  'a CMS theme: floats, borders, capitals, narrow and odd colours': `
    * { float: left; clear: both; } body { width: 100%; color: #f0f; background: #000; font: italic 30px/1 fantasy;
      text-transform: uppercase; letter-spacing: 0.3em; word-spacing: 1em; text-align: center; white-space: nowrap; }
    div { border: 5px dotted red; padding: 2em; } button, input { all: unset; }`,
  'bare elements styled with !important': `
    h2, h3, h4, p, a, button, input, li, ul, summary, table, td, th { color: red !important; font-size: 40px !important;
      margin: 3em !important; padding: 0 !important; display: inline !important; border: 4px solid lime !important; }
    :focus { outline: none !important; }`,
  'a right-to-left page (dir="rtl")': '',
};

/**
 * Cards far below the window are drawn only as they come near (`content-visibility: auto`), at an
 * estimated height until then; how far below depends on the page. Measured, they are all drawn.
 */
const drawEverything = new CSSStyleSheet();
drawEverything.replaceSync('* { content-visibility: visible !important; }');

/** The position and size of every element drawn in the shadow root, from the element's own box. */
function layout(host: Element): number[][] {
  const root = host.shadowRoot!;
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, drawEverything];
  try {
    const base = root.querySelector('.base')!.getBoundingClientRect();
    return [...root.querySelectorAll('*')]
      .map((el) => el.getBoundingClientRect())
      .filter((box) => box.width > 0 && box.height > 0)
      .map((box) => [box.left - base.left, box.top - base.top, box.width, box.height].map(Math.round));
  } finally {
    root.adoptedStyleSheets = root.adoptedStyleSheets.filter((sheet) => sheet !== drawEverything);
  }
}

/** One of every element, in a page column 700 px wide (whatever the sheet), showing the same test directory. */
async function page(): Promise<HTMLElement> {
  const src = jsonUrl(testDirectory([voicesGroup, lgbtqChat, { ...wardPeers, charters: ['sussex-pwow'] }]));
  const column = await fixture<HTMLElement>(html`<main style="display: block; width: 700px">
    <peer-support-directory src=${src}></peer-support-directory>
    <peer-support-service src=${src} service-id="voices-group"></peer-support-service>
    <peer-support-charter charter="sussex-pwow"></peer-support-charter>
    <peer-support-signatories src=${src} charter="sussex-pwow"></peer-support-signatories>
    <peer-support-coverage src=${src}></peer-support-coverage>
    <peer-support-crisis-help></peer-support-crisis-help>
  </main>`);
  for (const tag of TAGS) {
    await waitFor(() => {
      const root = column.querySelector(tag)!.shadowRoot;
      return root && !textOf(root.querySelector('[part="message"]')).startsWith('Loading') && textOf(root).length > 40;
    }, `${tag} to draw`);
  }
  // The search hint's examples come once the search is ready: wait for them, so both pages are alike.
  await waitFor(() => textOf(column.querySelector('peer-support-directory')!.shadowRoot).includes('For example'), 'the search hint');
  return column;
}

describe('on a page with hostile styles', () => {
  let clean: Map<string, number[][]>;
  before(async () => {
    await setViewport({ width: 1280, height: 900 });
    freshHistory();
    const column = await page();
    clean = new Map(TAGS.map((tag) => [tag, layout(column.querySelector(tag)!)]));
    column.remove();
  });

  for (const [name, sheet] of Object.entries(HOSTILE)) {
    it(`every element lays out as on a clean page and works, with ${name}`, async () => {
      const style = document.createElement('style');
      style.textContent = sheet;
      document.head.append(style);
      const rtl = name.includes('dir="rtl"');
      if (rtl) document.documentElement.dir = 'rtl';
      try {
        freshHistory();
        const column = await page();
        for (const tag of TAGS) {
          const host = column.querySelector(tag)!;
          expect(layout(host), `${tag} as on the clean page`).to.deep.equal(clean.get(tag));
        }
        // Usable: the search box takes what is typed, and the results follow.
        const directory = column.querySelector('peer-support-directory')!;
        const box = directory.shadowRoot!.querySelector<HTMLInputElement>('#q')!;
        box.focus();
        await sendKeys({ type: 'voices' });
        await waitFor(() => textOf(directory.shadowRoot!.querySelector('#results-heading')) === '1 service', 'the search to work');
        const { left, top, width, height } = box.getBoundingClientRect();
        expect(directory.shadowRoot!.elementFromPoint(left + width / 2, top + height / 2), 'nothing covers the search box').to.equal(box);
      } finally {
        style.remove();
        document.documentElement.removeAttribute('dir');
      }
    });
  }
});
