// `pnpm test:browser [chromium] [firefox] [webkit]`: the element tests in each browser named (all
// three when none is), in the groups GROUPS gives each. WebKit needs a display and its WebDriver server:
// this starts a virtual display (Xvfb) and WebKitWebDriver for the run, and stops them after.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIREFOX_PATH, MINIBROWSER_PATH } from './browsers.js';
import { findChromium, missingChromiumMessage } from './chromium.js';

/**
 * The test groups each browser runs. Every element test runs in all three; the browse-form group
 * runs the directory's tests again on the other published form of the data, which is about the
 * data, not the browser, so Chromium alone runs it (and `pnpm test` stays within 15 minutes).
 */
const GROUPS = { chromium: ['default', 'browse-form'], firefox: ['default'], webkit: ['default'] };

const missing = {
  chromium: () => (findChromium() ? undefined : missingChromiumMessage),
  firefox: () =>
    existsSync(FIREFOX_PATH)
      ? undefined
      : `The browser tests in Firefox need Firefox ESR at ${FIREFOX_PATH}, and it is not there.\n` +
        'Install it (as root): apt-get install -y firefox-esr, or point FIREFOX_PATH at a Firefox.',
  webkit: () =>
    existsSync(MINIBROWSER_PATH) && onPath('WebKitWebDriver') && onPath('Xvfb')
      ? undefined
      : "The browser tests in WebKit need WebKitGTK's MiniBrowser, WebKitWebDriver and a virtual display.\n" +
        'Install them (as root): apt-get install -y webkit2gtk-driver xvfb',
};

function onPath(command) {
  return (process.env.PATH ?? '').split(':').some((dir) => dir && existsSync(join(dir, command)));
}

/** Runs a command to its end, with its output passed through; resolves to its exit code. */
function run(command, args, env) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('close', (code) => resolve(code ?? 1));
  });
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

async function waitForPort(port, what, timeoutMs = 20_000) {
  const start = Date.now();
  for (;;) {
    const open = await new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.end();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    if (Date.now() - start > timeoutMs) throw new Error(`${what} did not start listening on port ${port}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A virtual display, numbered by Xvfb itself (so two runs never collide); resolves to ":N". */
function startDisplay(children) {
  return new Promise((resolve, reject) => {
    const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '2560x1600x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
      detached: true,
    });
    children.push(xvfb);
    const timer = setTimeout(() => reject(new Error('Xvfb gave no display within 20 seconds')), 20_000);
    xvfb.on('error', reject);
    xvfb.on('exit', (code) => reject(new Error(`Xvfb stopped (exit ${code}) before it gave a display`)));
    xvfb.stdio[3].once('data', (data) => {
      clearTimeout(timer);
      resolve(`:${String(data).trim()}`);
    });
  });
}

/**
 * MiniBrowser's toolbar keeps its window at least 447 px wide, and the tests need 320 px. A GTK
 * style sheet, in a config folder of this run's own, shrinks the toolbar; pages are not touched.
 */
function narrowToolbarConfig() {
  const home = mkdtempSync(join(tmpdir(), 'psk-webkit-'));
  mkdirSync(join(home, 'gtk-3.0'));
  writeFileSync(
    join(home, 'gtk-3.0', 'gtk.css'),
    'toolbar, toolbar *, headerbar, headerbar *, entry, button { min-width: 0; min-height: 0; padding: 0; margin: 0; font-size: 1px; }\n',
  );
  return home;
}

/** Starts what WebKit's tests need; resolves to the environment web-test-runner runs in. */
async function startWebKit(children, cleanups) {
  const display = await startDisplay(children);
  const port = await freePort();
  const config = narrowToolbarConfig();
  cleanups.push(() => rmSync(config, { recursive: true, force: true }));
  // In a process group of its own, so stopping it stops the MiniBrowser it starts too.
  const driver = spawn('WebKitWebDriver', [`--port=${port}`], {
    stdio: 'ignore',
    detached: true,
    env: { ...process.env, DISPLAY: display, XDG_CONFIG_HOME: config },
  });
  children.push(driver);
  const failed = new Promise((_, reject) => driver.on('error', reject));
  await Promise.race([waitForPort(port, 'WebKitWebDriver'), failed]);
  return { DISPLAY: display, WEBKIT_DRIVER_PORT: String(port) };
}

async function testIn(browser) {
  const problem = missing[browser]();
  if (problem) {
    console.error(problem);
    return 1;
  }
  const { children, cleanups } = running;
  try {
    const env = { PSK_BROWSER: browser, ...(browser === 'webkit' ? await startWebKit(children, cleanups) : {}) };
    let code = 0;
    for (const group of GROUPS[browser]) {
      console.log(`\n── ${browser}, ${group} group ──`);
      code = (await run('wtr', ['--group', group], env)) || code;
    }
    return code;
  } finally {
    stop(children, cleanups);
  }
}

/** Stops what a run started (each child's whole process group), and removes its files. */
function stop(children, cleanups) {
  for (const child of children.splice(0).reverse()) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
  for (const cleanup of cleanups.splice(0)) cleanup();
}

/** What is running now, for an interrupted run (Ctrl-C, CI cancelling) to stop on its way out. */
const running = { children: [], cleanups: [] };
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stop(running.children, running.cleanups);
    process.exit(130);
  });
}

const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !(name in missing));
if (unknown.length > 0) {
  console.error(`Unknown browser ${unknown.join(', ')}: name chromium, firefox or webkit.`);
  process.exit(2);
}
let failed = false;
for (const browser of asked.length > 0 ? asked : Object.keys(missing)) {
  if ((await testIn(browser)) !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
