import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launch, listen, whenSettled } from './helpers/browser.js';
import { repoRoot, startServer } from './helpers/server.js';

// Until the packages are on the public registry, the docs' "host it yourself" path is the way in:
// copy the built CDN files and the directory's files to your own site, and point the snippet at
// them. Followed here step by step, on a site of its own served from localhost.
const site = mkdtempSync(path.join(tmpdir(), 'psk-own-site-'));
let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;

before(async () => {
  // The two copies the docs name: the elements' dist/cdn folder, and the directory's published files.
  cpSync(path.join(repoRoot, 'packages/elements/dist/cdn'), path.join(site, 'peer-support'), { recursive: true });
  mkdirSync(path.join(site, 'peer-support/data'));
  for (const file of ['directory.json', 'directory.html']) {
    cpSync(path.join(repoRoot, 'packages/directory-sussex', file), path.join(site, 'peer-support/data', file));
  }
  const docs = readFileSync(path.join(repoRoot, 'docs/index.html'), 'utf8');
  const snippet = /<pre><code id="self-hosted-snippet">([\s\S]*?)<\/code><\/pre>/.exec(docs)?.[1];
  assert.ok(snippet, 'the docs give the snippet for a site that hosts the files itself');
  const html = snippet
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
  writeFileSync(path.join(site, 'index.html'), `<!doctype html><html lang="en-GB"><title>Our page</title><body>${html}</body></html>`);
  server = await startServer({
    routes: [
      async (_request, response, url) => {
        const file = path.join(site, decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname));
        if (!file.startsWith(site)) return false;
        try {
          const body = await readFile(file);
          const type = file.endsWith('.html') ? 'text/html' : file.endsWith('.js') ? 'text/javascript' : 'application/json';
          response.writeHead(200, { 'Content-Type': type });
          response.end(body);
          return true;
        } catch {
          return false;
        }
      },
    ],
  });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(site, { recursive: true, force: true });
});

it("shows the directory from the site's own copies, asking nothing of any other address", async () => {
  const page = await browser.newPage();
  const seen = listen(page);
  const elsewhere: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(server.origin)) elsewhere.push(request.url());
  });
  await page.goto(`${server.origin}/`);
  await whenSettled(page);
  const cards = await page.evaluate(
    () => document.querySelector('peer-support-directory')?.shadowRoot?.querySelectorAll('.card').length ?? 0,
  );
  const { services } = JSON.parse(readFileSync(path.join(repoRoot, 'packages/directory-sussex/directory.json'), 'utf8')) as {
    services: unknown[];
  };
  assert.equal(cards, Math.min(10, services.length), 'a first page of the Sussex services');
  assert.deepEqual(elsewhere, []);
  assert.deepEqual(seen.errors, []);
  await page.close();
});
