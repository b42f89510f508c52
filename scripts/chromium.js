import { existsSync } from 'node:fs';

/**
 * Where the browser tests find Chromium: $CHROME_PATH, else Debian's /usr/bin/chromium.
 * Test tools cannot download browsers on this project's machines, so none is bundled.
 */
export function findChromium() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((path) => path && existsSync(path));
}

/** Flags for a headless Chromium on a machine with no network beyond localhost. */
export const chromiumArgs = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

export const missingChromiumMessage = `The browser tests need Chromium, and none was found.
Install Debian's Chromium (as root): apt-get install -y chromium
or point CHROME_PATH at a Chromium or Chrome binary, then run the tests again.`;
