import { it } from 'node:test';
import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { listen, whenSettled } from './helpers/browser.js';
import { usePages } from './helpers/setup.js';
import { repoRoot } from './helpers/server.js';

// The example pages embed the built bundle and the built Sussex directory exactly as the docs say.
// Each must load in Chromium with no console error, every element showing something.
const examples = (await readdir(path.join(repoRoot, 'examples'))).filter((name) => name.endsWith('.html'));

const pages = usePages();

for (const name of examples) {
  it(`examples/${name} loads with no console error and every element shows something`, async () => {
    const page = await pages.browser.newPage();
    const seen = listen(page);
    await page.goto(`${pages.origin}/examples/${name}`);
    await whenSettled(page);
    const elements = await page.evaluate(() =>
      [...document.querySelectorAll('*')]
        .filter((el) => el.localName.startsWith('peer-support-'))
        .map((el) => ({
          name: el.localName,
          text: (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim(),
          // The content each element exists to show: cards, principles, a service, rows, organisations.
          content: el.shadowRoot?.querySelectorAll('.card, [part="principle"], .details, tbody tr, .list li, .crisis a').length ?? 0,
        })),
    );
    await page.close();
    assert.deepEqual(seen.errors, []);
    for (const element of elements) {
      assert.ok(element.content > 0, `${element.name} shows none of its content: ${element.text.slice(0, 120)}`);
      assert.doesNotMatch(element.text, /could not be (loaded|shown|found)/, `${element.name}: ${element.text.slice(0, 120)}`);
    }
    if (name === 'every-element.html') {
      assert.deepEqual([...new Set(elements.map((e) => e.name))].sort(), [
        'peer-support-charter',
        'peer-support-coverage',
        'peer-support-crisis-help',
        'peer-support-directory',
        'peer-support-service',
        'peer-support-signatories',
      ]);
    }
  });
}
