import { it } from 'node:test';
import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { crisisHelp } from '@peer-support-kit/core';
import type { Page } from 'playwright-core';
import { axeViolations } from './helpers/axe.js';
import { usePages } from './helpers/setup.js';
import { repoRoot } from './helpers/server.js';

// Never a blank box, even without the script: each example page with JavaScript turned off, and
// with the elements' script failing to load (a blocked CDN, a proxy), still shows crisis help in
// the same words and numbers as the elements', and a plain link to the static listing of services.
const examples = (await readdir(path.join(repoRoot, 'examples'))).filter((name) => name.endsWith('.html') && name !== 'index.html');
// Pages whose only element is the charter link to the charter instead: crisis help is for the
// directory's pages (the docs' snippets for the directory, service and signatories carry it).
const charterOnly = new Set(['partner-page.html']);

const pages = usePages();

/** What a person can see and follow on the page: visible text, and the links with a box on screen. */
async function whatShows(page: Page) {
  return page.evaluate(() => ({
    text: document.body.innerText.replace(/\s+/g, ' '),
    links: [...document.querySelectorAll('a')].filter((a) => a.getBoundingClientRect().height > 0).map((a) => a.getAttribute('href') ?? ''),
  }));
}

function expectFallback(name: string, shown: { text: string; links: string[] }, how: string) {
  if (charterOnly.has(name)) {
    assert.ok(
      shown.links.some((href) => href.startsWith('https://')),
      `${name} (${how}) links to the charter`,
    );
    return;
  }
  for (const route of crisisHelp.routes) {
    assert.ok(shown.text.includes(`${route.text} ${route.link}`), `${name} (${how}) says "${route.text} ${route.link}"`);
    assert.ok(shown.links.includes(route.href), `${name} (${how}) links ${route.href}`);
  }
  assert.ok(
    shown.links.some((href) => /\/directory-[a-z]+\/directory\.html(#.*)?$/.test(href)),
    `${name} (${how}) links to the static listing: ${shown.links.join(' ')}`,
  );
}

for (const name of examples) {
  it(`examples/${name} with JavaScript turned off shows crisis help and the way to the listing`, async () => {
    const context = await pages.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${pages.origin}/examples/${name}`);
    expectFallback(name, await whatShows(page), 'no JavaScript');
    await context.close();
    // axe needs script to run, so it checks the same page with its script tags taken out: the
    // document a browser without JavaScript shows.
    const stripped = await pages.browser.newPage();
    await stripped.route(`**/examples/${name}`, async (route) => {
      const response = await route.fetch();
      route.fulfill({ response, body: (await response.text()).replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '') });
    });
    await stripped.goto(`${pages.origin}/examples/${name}`);
    assert.equal(await stripped.locator('script').count(), 0);
    assert.deepEqual(await axeViolations(stripped), []);
    await stripped.close();
  });

  it(`examples/${name} with the elements' script failing shows the same, and axe finds nothing`, async () => {
    const page = await pages.browser.newPage();
    await page.route('**/packages/elements/dist/**', (route) => route.abort('blockedbyclient'));
    await page.goto(`${pages.origin}/examples/${name}`);
    await page.waitForLoadState('load');
    assert.equal(
      await page.evaluate(() => customElements.get('peer-support-directory') ?? customElements.get('peer-support-charter')),
      undefined,
    );
    expectFallback(name, await whatShows(page), 'script blocked');
    assert.deepEqual(await axeViolations(page), []);
    await page.close();
  });
}

it('the static listing the fallback links to is there, with every route of crisis help', async () => {
  const context = await pages.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const response = await page.goto(`${pages.origin}/packages/directory-sussex/directory.html`);
  assert.equal(response?.status(), 200);
  const shown = await whatShows(page);
  for (const route of crisisHelp.routes) assert.ok(shown.links.includes(route.href), route.href);
  await context.close();
});
