import { it } from 'node:test';
import assert from 'node:assert/strict';
import { listen, whenSettled } from './helpers/browser.js';
import { usePages } from './helpers/setup.js';

// Each directory's search hint offers examples worked out from its own data: every one must find
// something on the page that shows it (the Sussex pages, the West Sussex preset, Lambeth).
const pages = usePages();

for (const name of ['directory.html', 'nhs-trust.html', 'lambeth.html']) {
  it(`examples/${name}: every example in the search hint finds a service`, async () => {
    const page = await pages.browser.newPage();
    const seen = listen(page);
    await page.goto(`${pages.origin}/examples/${name}`);
    await whenSettled(page);
    const directory = page.locator('peer-support-directory');
    // The examples come once the search is ready, which is worked out when the page is idle: on a
    // busy machine that can be a while after the cards.
    await directory.locator('#q-hint', { hasText: /^\s*For example: / }).waitFor({ timeout: 20_000 });
    const hint = (await directory.locator('#q-hint').textContent())!.trim();
    assert.match(hint, /^For example: /);
    const examples = hint.replace('For example: ', '').split(', ');
    assert.ok(examples.length >= 2, `a hint with examples: ${hint}`);
    for (const example of examples) {
      await directory.locator('#q').fill(example);
      const heading = (await directory.locator('#results-heading').textContent())!.trim();
      assert.doesNotMatch(heading, /^0 services/, `"${example}" finds something on ${name}`);
      assert.ok((await directory.locator('.results > .cards .card').count()) > 0, `"${example}" shows cards`);
    }
    await page.close();
    assert.deepEqual(seen.errors, []);
  });
}
