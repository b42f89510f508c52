import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumArgs, findChromium, missingChromiumMessage } from '../../../../scripts/chromium.js';

/** Debian's headless Chromium (or $CHROME_PATH), launched for one test file. */
export async function launch(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(missingChromiumMessage);
  return chromium.launch({ executablePath, args: chromiumArgs, headless: true });
}

/** Everything a page says on its console, and every error it throws, to assert on. */
export function listen(page: Page): { errors: string[]; warnings: string[] } {
  const seen = { errors: [] as string[], warnings: [] as string[] };
  page.on('console', (message) => {
    if (message.type() === 'error') seen.errors.push(message.text());
    if (message.type() === 'warning') seen.warnings.push(message.text());
  });
  page.on('pageerror', (error) => seen.errors.push(String(error)));
  return seen;
}

/** Waits until every element on the page that loads a directory has finished loading. */
export async function whenSettled(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    [...document.querySelectorAll('*')]
      .filter((el) => el.localName.startsWith('peer-support-'))
      .every((el) => {
        const root = el.shadowRoot;
        if (!root || !root.querySelector('.base')) return false;
        const message = root.querySelector('[part="message"]');
        return !message || !/^Loading/.test(message.textContent?.trim() ?? '');
      }),
  );
}
