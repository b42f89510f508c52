import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CDN_FILES } from '../scripts/cdn-files.js';
import { listen, whenSettled } from './helpers/browser.js';
import { repoRoot } from './helpers/server.js';
import { usePages } from './helpers/setup.js';

// The self-contained files partners load from the CDN: each registers its own elements, a page
// may load several (or one and the all-in-one) without a word on the console, and the charter
// file fetches a built-in text only when shown, refusing a copy that does not match its hash.
const CDN = '/packages/elements/dist/cdn';
const DIRECTORY = '/packages/elements/e2e/pages/directory.json';

const pages = usePages({
  routes: [
    async (_request, response, url) => {
      if (url.pathname !== '/tampered/charters/together.json') return false;
      const text = await readFile(path.join(repoRoot, 'packages/elements/dist/cdn/charters/together.json'), 'utf8');
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end(text.replace('Safety and trust', 'Something else'));
      return true;
    },
    async (_request, response, url) => {
      if (url.pathname !== '/tampered/peer-support-charter.js') return false;
      response.writeHead(200, { 'Content-Type': 'text/javascript' });
      response.end(await readFile(path.join(repoRoot, 'packages/elements/dist/cdn/peer-support-charter.js')));
      return true;
    },
    (_request, response, url) => {
      if (url.pathname !== '/page') return false;
      const scripts = url.searchParams.getAll('script').map((src) => `<script type="module" src="${src}"></script>`);
      const fallback = url.searchParams.get('fallback') ?? '';
      response.writeHead(200, { 'Content-Type': 'text/html' });
      response.end(`<!doctype html><html lang="en"><head><title>CDN files</title>${scripts.join('')}</head><body><main>
        <peer-support-charter charter="together" layout="list">${fallback}</peer-support-charter>
        <peer-support-directory src="${DIRECTORY}"></peer-support-directory>
        <peer-support-crisis-help></peer-support-crisis-help></main></body></html>`);
      return true;
    },
  ],
});

async function open(...scripts: string[]) {
  const page = await pages.browser.newPage();
  const seen = listen(page);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto(`${pages.origin}/page?${scripts.map((src) => `script=${encodeURIComponent(src)}`).join('&')}`);
  return { page, seen, requests };
}

/** Waits until the charter shows its principles or a message other than "Loading…". */
const charterSettled = (page: Awaited<ReturnType<typeof open>>['page']) =>
  page.waitForFunction(() => {
    const root = document.querySelector('peer-support-charter')?.shadowRoot;
    const message = root?.querySelector('[part="message"]')?.textContent ?? '';
    return root?.querySelector('[part="principle"]') || (message && !/^\s*Loading/.test(message));
  });

const registered = (page: Awaited<ReturnType<typeof open>>['page']) =>
  page.evaluate(() =>
    ['charter', 'directory', 'service', 'signatories', 'crisis-help', 'coverage'].filter((name) =>
      customElements.get(`peer-support-${name}`),
    ),
  );

describe('the CDN files', () => {
  for (const { file, elements } of CDN_FILES) {
    it(`${file} registers ${elements.length === 1 ? elements[0] : 'every element'} and nothing else`, async () => {
      const { page, seen } = await open(`${CDN}/${file}`);
      await page.waitForFunction((tag) => customElements.get(tag), elements[0]!);
      assert.deepEqual((await registered(page)).map((name) => `peer-support-${name}`).sort(), [...elements].sort());
      await page.close();
      assert.deepEqual(seen.errors, []);
    });
  }

  it('two element files together, and one with the all-in-one, work and say nothing on the console', async () => {
    for (const scripts of [
      [`${CDN}/peer-support-charter.js`, `${CDN}/peer-support-directory.js`, `${CDN}/peer-support-crisis-help.js`],
      [`${CDN}/peer-support-directory.js`, `${CDN}/peer-support.js`],
    ]) {
      const { page, seen } = await open(...scripts);
      await whenSettled(page);
      assert.equal(await page.locator('peer-support-charter [part="principle"]').count(), 13, scripts.join(' + '));
      assert.equal(await page.locator('peer-support-directory .card').count(), 2);
      assert.equal(await page.locator('peer-support-crisis-help a[href="tel:116123"]').count(), 1);
      await page.close();
      assert.deepEqual([...seen.errors, ...seen.warnings], [], scripts.join(' + '));
    }
  });

  it('the charter file fetches the text of the charter it shows, beside itself, and only that one', async () => {
    const { page, requests } = await open(`${CDN}/peer-support-charter.js`);
    await charterSettled(page);
    assert.deepEqual(
      requests.filter((request) => request.includes('/charters/')),
      [`${CDN}/charters/together.json`],
    );
    await page.close();
  });

  it("the charter file shows the page's fallback until the fetched text is in, then hides it", async () => {
    const page = await pages.browser.newPage();
    const fallback = encodeURIComponent('<p><a href="/charter.html">Read the charter</a></p>');
    // The text is held back until the test has looked: no race with a busy machine.
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/charters/together.json', async (route) => {
      await released;
      await route.continue();
    });
    await page.goto(`${pages.origin}/page?script=${encodeURIComponent(`${CDN}/peer-support-charter.js`)}&fallback=${fallback}`);
    await page.waitForFunction(() => document.querySelector('peer-support-charter')?.shadowRoot?.querySelector('[part="message"]'));
    const link = page.locator('peer-support-charter a[href="/charter.html"]');
    assert.equal(await link.isVisible(), true, 'shown while the text loads');
    release();
    await charterSettled(page);
    assert.equal(await page.locator('peer-support-charter [part="principle"]').count(), 13);
    assert.equal(await link.isVisible(), false, 'hidden once the charter is in');
    await page.close();
  });

  it('a built-in text that does not match its hash is refused, with a message and Try again', async () => {
    const { page, seen } = await open('/tampered/peer-support-charter.js');
    await charterSettled(page);
    assert.equal(await page.locator('peer-support-charter [part="principle"]').count(), 0, 'the changed text is not shown');
    assert.match((await page.locator('peer-support-charter [part="message"]').textContent()) ?? '', /could not be loaded/);
    assert.equal(await page.locator('peer-support-charter [part="retry"]').count(), 1);
    assert.ok(
      seen.errors.some((error) => /integrity|charters\/together\.json/i.test(error)),
      seen.errors.join('\n'),
    );
    await page.close();
  });
});
