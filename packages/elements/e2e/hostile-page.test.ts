import { it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { whenSettled } from './helpers/browser.js';
import { usePages } from './helpers/setup.js';
import { compareImages } from './helpers/compare.js';
import { repoRoot } from './helpers/server.js';

// A partner page with global resets and its own button, input, list and link styles, a 10px root
// font size and right-to-left text around the elements: they must look exactly as on a clean page.
const ELEMENTS = [
  'peer-support-crisis-help',
  'peer-support-charter',
  'peer-support-directory',
  'peer-support-service',
  'peer-support-signatories',
  'peer-support-coverage',
];
const shots = path.join(repoRoot, 'shots/hostile-page');

const pages = usePages();

async function screenshots(file: string): Promise<Map<string, Buffer>> {
  const page: Page = await pages.browser.newPage({ viewport: { width: 700, height: 900 } });
  await page.clock.setFixedTime(new Date('2026-11-24T10:00:00Z'));
  await page.goto(`${pages.origin}/packages/elements/e2e/pages/${file}`);
  await whenSettled(page);
  const images = new Map<string, Buffer>();
  for (const name of ELEMENTS) images.set(name, await page.locator(name).screenshot({ animations: 'disabled' }));
  await page.close();
  return images;
}

it('every element looks the same on a hostile page as on a clean one', async () => {
  const clean = await screenshots('every-element.html');
  const hostile = await screenshots('hostile.html');
  await mkdir(shots, { recursive: true });
  const different: string[] = [];
  for (const name of ELEMENTS) {
    const result = compareImages(clean.get(name)!, hostile.get(name)!);
    // Identical layout and text; a few anti-aliased pixels may differ where the page places the
    // element at another sub-pixel offset.
    if (!result.sameSize || result.share > 0.001) {
      different.push(`${name}: ${result.sameSize ? `${result.differing} pixels differ` : 'a different size'}`);
      await writeFile(path.join(shots, `${name}-clean.png`), clean.get(name)!);
      await writeFile(path.join(shots, `${name}-hostile.png`), hostile.get(name)!);
      if (result.diff) await writeFile(path.join(shots, `${name}-diff.png`), result.diff);
    }
  }
  assert.deepEqual(different, [], `screenshots written to ${shots}`);
});
