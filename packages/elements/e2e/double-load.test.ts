import { it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { listen, whenSettled } from './helpers/browser.js';
import { usePages } from './helpers/setup.js';
import { repoRoot } from './helpers/server.js';

// A partner's CMS may add the script twice, or two partners' blocks may bring two versions.
// Loading twice never throws: the same version is silent, another warns once naming both.
const bundle = path.join(repoRoot, 'packages/elements/dist/cdn/peer-support.js');
const pkg = JSON.parse(await readFile(path.join(repoRoot, 'packages/elements/package.json'), 'utf8')) as { version: string };

const pages = usePages({
  routes: [
    async (_request, response, url) => {
      if (url.pathname !== '/other-version/peer-support.js') return false;
      // The same bundle as another version would be: its version string changed.
      const quoted = new RegExp(`(["'\`])${pkg.version.replaceAll('.', '\\.')}\\1`, 'g');
      const source = (await readFile(bundle, 'utf8')).replace(quoted, '"98.7.6"');
      if (source.includes('98.7.6') === false) throw new Error('the bundle has no version string to change');
      response.writeHead(200, { 'Content-Type': 'text/javascript' });
      response.end(source);
      return true;
    },
    (_request, response, url) => {
      if (!url.pathname.startsWith('/twice/')) return false;
      const second =
        url.pathname === '/twice/same' ? '/packages/elements/dist/cdn/peer-support.js?copy=2' : '/other-version/peer-support.js';
      response.writeHead(200, { 'Content-Type': 'text/html' });
      response.end(`<!doctype html><html lang="en"><head><title>twice</title>
          <script type="module" src="/packages/elements/dist/cdn/peer-support.js"></script>
          <script type="module" src="${second}"></script></head>
          <body><main><peer-support-charter charter="together" layout="list"></peer-support-charter>
          <peer-support-directory src="/packages/elements/e2e/pages/directory.json"></peer-support-directory></main></body></html>`);
      return true;
    },
  ],
});

async function visit(which: 'same' | 'other') {
  const page = await pages.browser.newPage();
  const seen = listen(page);
  await page.goto(`${pages.origin}/twice/${which}`);
  await whenSettled(page);
  const copies = await page.evaluate(
    () => performance.getEntriesByType('resource').filter((r) => r.name.includes('peer-support.js')).length,
  );
  const principles = await page.locator('peer-support-charter [part="principle"]').count();
  const cards = await page.locator('peer-support-directory .card').count();
  await page.close();
  return { seen, copies, principles, cards };
}

it('loading the same version twice is silent and the page keeps working', async () => {
  const { seen, copies, principles, cards } = await visit('same');
  assert.equal(copies, 2, 'both copies were loaded');
  assert.deepEqual(seen.errors, []);
  assert.deepEqual(seen.warnings, []);
  assert.equal(principles, 13);
  assert.equal(cards, 2);
});

it('loading another version warns once, naming both, and the page keeps working', async () => {
  const { seen, principles, cards } = await visit('other');
  assert.deepEqual(seen.errors, []);
  assert.equal(seen.warnings.length, 1, seen.warnings.join('\n'));
  assert.match(seen.warnings[0]!, new RegExp(`version ${pkg.version.replaceAll('.', '\\.')} .* version 98\\.7\\.6`));
  assert.equal(principles, 13);
  assert.equal(cards, 2);
});
