import { existsSync } from 'node:fs';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { chromiumArgs, findChromium, missingChromiumMessage } from './chromium.js';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** Debian's multiarch folder for this machine: x86_64-linux-gnu, aarch64-linux-gnu. */
const multiarch = `${{ x64: 'x86_64', arm64: 'aarch64' }[process.arch] ?? process.arch}-linux-gnu`;
export const MINIBROWSER_PATH = process.env.MINIBROWSER_PATH ?? `/usr/lib/${multiarch}/webkit2gtk-4.1/MiniBrowser`;
export const WEBKIT_DRIVER_PORT = Number(process.env.WEBKIT_DRIVER_PORT ?? 4444);

/** The launcher web-test-runner drives for one browser: 'chromium', 'firefox' or 'webkit'. */
export function launcherFor(name) {
  if (name === 'chromium') {
    const executablePath = findChromium();
    if (!executablePath) throw new Error(missingChromiumMessage);
    return chromeLauncher({ launchOptions: { executablePath, headless: true, args: chromiumArgs } });
  }
  if (name === 'firefox') {
    if (!existsSync(FIREFOX_PATH)) throw new Error(`No Firefox at ${FIREFOX_PATH}: apt-get install -y firefox-esr`);
    // Puppeteer drives Firefox through WebDriver BiDi, the protocol Firefox itself ships.
    return puppeteerLauncher({ launchOptions: { browser: 'firefox', executablePath: FIREFOX_PATH, headless: true } });
  }
  if (name === 'webkit') {
    // WebKitGTK's MiniBrowser, the engine Safari is built on, through WebKitWebDriver, which
    // scripts/run-browser-tests.js starts (with a virtual display) before the runner.
    return webdriverLauncher({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port: WEBKIT_DRIVER_PORT,
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        // WebKitWebDriver speaks classic WebDriver only; webdriverio asks for BiDi unless told.
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: MINIBROWSER_PATH, args: ['--automation'] },
      },
    });
  }
  throw new Error(`Unknown browser "${name}": use chromium, firefox or webkit`);
}
