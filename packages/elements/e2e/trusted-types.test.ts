import { it } from 'node:test';
import assert from 'node:assert/strict';
import { listen } from './helpers/browser.js';
import { usePages } from './helpers/setup.js';

// A partner that requires Trusted Types: the elements (Lit) ask for one policy, named lit-html.
// Every CDN file carries its own Lit, so a page with two of them (or one and the all-in-one) asks
// for that policy twice, which the page's CSP must allow with 'allow-duplicates', as the docs say.
const STRICT = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; require-trusted-types-for 'script'";
const DOCUMENTED = `${STRICT}; trusted-types lit-html 'allow-duplicates'`;
const WITHOUT_DUPLICATES = `${STRICT}; trusted-types lit-html`;

const CDN = '/packages/elements/dist/cdn';
const pages = usePages({
  routes: [
    (_request, response, url) => {
      if (url.pathname !== '/page') return false;
      response.writeHead(200, {
        'Content-Type': 'text/html',
        'Content-Security-Policy': url.searchParams.get('duplicates') ? DOCUMENTED : WITHOUT_DUPLICATES,
      });
      response.end(`<!doctype html><html lang="en"><head><title>Trusted Types</title>
        <script type="module" src="${CDN}/peer-support-directory.js"></script>
        <script type="module" src="${CDN}/peer-support-charter.js"></script></head>
        <body><main><peer-support-charter charter="together"></peer-support-charter>
        <peer-support-directory src="/packages/elements/e2e/pages/directory.json"></peer-support-directory></main></body></html>`);
      return true;
    },
  ],
});

async function visit(duplicates: boolean) {
  const page = await pages.browser.newPage();
  const seen = listen(page);
  await page.goto(`${pages.origin}/page${duplicates ? '?duplicates=1' : ''}`);
  // Module scripts run before the load event: by then a refused policy has been reported.
  await page.waitForLoadState('load');
  if (duplicates) {
    await page.waitForFunction(
      () =>
        document.querySelector('peer-support-charter')?.shadowRoot?.querySelector('[part="principle"]') &&
        document.querySelector('peer-support-directory')?.shadowRoot?.querySelector('.card-open'),
      undefined,
      { timeout: 15_000 },
    );
  }
  const shown = {
    principles: await page.locator('peer-support-charter [part="principle"]').count(),
    cards: await page.locator('peer-support-directory .card-open').count(),
  };
  await page.close();
  return { seen, shown };
}

it("two CDN files work under required Trusted Types with the documented trusted-types lit-html 'allow-duplicates'", async () => {
  const { seen, shown } = await visit(true);
  assert.deepEqual(seen.errors, []);
  assert.deepEqual(shown, { principles: 13, cards: 2 });
});

it("without 'allow-duplicates' the second copy is refused its policy: why the docs ask for it", async () => {
  const { seen } = await visit(false);
  assert.ok(
    seen.errors.some((error) => /lit-html/.test(error) && /already exists|allow-duplicates|Trusted Type/i.test(error)),
    seen.errors.join('\n'),
  );
});
