import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { AxeResults } from 'axe-core';
import { chromiumArgs, findChromium, missingChromiumMessage } from '../../../../scripts/chromium.js';

// Headless Chromium for the CLI's few browser checks, as the elements' e2e tests launch it
// (packages/elements/e2e/helpers): Debian's Chromium or $CHROME_PATH, never a downloaded one.

const requireAll = ['1', 'true', 'yes'].includes((process.env.PSK_REQUIRE_ALL_TESTS ?? '').toLowerCase());

/**
 * For `{ skip }`: why a browser test cannot run here, or false. With PSK_REQUIRE_ALL_TESTS=1 (as
 * CI sets it) a missing Chromium is not a reason to skip: the test runs, and fails saying why.
 */
export const noChromium: string | false = findChromium() || requireAll ? false : 'no Chromium here (set CHROME_PATH, or install chromium)';

export async function launch(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(missingChromiumMessage);
  return chromium.launch({ executablePath, args: chromiumArgs, headless: true });
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Every violation axe finds on the page (all its rules but the experimental ones), one line each. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  // A string, not a function: the CLI's types know no DOM.
  const results = await page.evaluate<AxeResults>("axe.run(document, { resultTypes: ['violations'] })");
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
}
