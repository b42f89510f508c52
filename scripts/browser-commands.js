// Test commands that work in every browser the tests run in. web-test-runner's own
// `setViewport` sizes the page through Puppeteer or Playwright only, and its `sendKeys` cannot hold
// a modifier down through WebDriver; WebKit runs through classic WebDriver. Browser side: the
// helpers in packages/elements/test/helpers/browser.ts.

/** Sizes the page's viewport. WebDriver sizes the window, so this measures its frame and adds it. */
async function setViewport({ width, height }, session) {
  if (!Number.isInteger(width) || !Number.isInteger(height)) {
    throw new Error(`psk-set-viewport needs whole numbers for width and height, not ${width}×${height}`);
  }
  const browser = session.browser;
  if (browser.type === 'puppeteer') return browser.getPage(session.id).setViewport({ width, height });
  if (browser.type === 'webdriver') {
    const driver = browser.driver;
    const viewport = () => driver.execute(() => [innerWidth, innerHeight, outerWidth - innerWidth, outerHeight - innerHeight]);
    // The window manager may take a moment, or a second asking: try a few times before failing.
    let [gotWidth, gotHeight, frameWidth, frameHeight] = await viewport();
    for (let attempt = 0; attempt < 20 && (gotWidth !== width || gotHeight !== height); attempt++) {
      if (attempt % 5 === 0) await driver.setWindowSize(width + frameWidth, height + frameHeight);
      else await new Promise((resolve) => setTimeout(resolve, 50));
      [gotWidth, gotHeight, frameWidth, frameHeight] = await viewport();
    }
    if (gotWidth !== width || gotHeight !== height) {
      throw new Error(`asked the window for a ${width}×${height} viewport and got ${gotWidth}×${gotHeight}`);
    }
    return undefined;
  }
  throw new Error(`psk-set-viewport does not know browsers of type ${browser.type}`);
}

/** Presses keys together, as "Shift+Tab": each held down in turn, then all let go. */
async function pressChord({ keys }, session) {
  if (!Array.isArray(keys) || keys.length === 0) throw new Error('psk-press-chord needs a list of keys');
  const browser = session.browser;
  if (browser.type === 'puppeteer') {
    const keyboard = browser.getPage(session.id).keyboard;
    for (const key of keys) await keyboard.down(key);
    for (const key of keys.toReversed()) await keyboard.up(key);
    return undefined;
  }
  // webdriverio's `keys` holds each key of the list down, then lets them all go.
  if (browser.type === 'webdriver') return browser.driver.keys(keys);
  throw new Error(`psk-press-chord does not know browsers of type ${browser.type}`);
}

const COMMANDS = { 'psk-set-viewport': setViewport, 'psk-press-chord': pressChord };

/** The web-test-runner plugin that serves the commands above. */
export function browserCommands() {
  return {
    name: 'psk-browser-commands',
    async executeCommand({ command, payload, session }) {
      const commandFn = COMMANDS[command];
      if (!commandFn) return undefined;
      await commandFn(payload ?? {}, session);
      return true;
    },
  };
}
