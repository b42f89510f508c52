import { it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { listen, whenSettled } from './helpers/browser.js';
import { usePages } from './helpers/setup.js';
import { repoRoot } from './helpers/server.js';

// The examples that are programs rather than pages: the Vite + React app (the element with typed
// props and events, and a list of its own on core's createSearch) and the Node script that
// queries a directory. Both use the built packages, as a partner's app would use them from npm.
const run = promisify(execFile);
const REACT_APP = '@peer-support-kit/example-react-app';
const script = path.join(repoRoot, 'examples/query-directory.mjs');

const pages = usePages();

it('the React app type-checks and builds', { timeout: 120_000 }, async () => {
  await run('pnpm', ['--filter', REACT_APP, 'build'], { cwd: repoRoot });
});

it('the React app shows the directory element and searches with a list of its own, with no console error', async () => {
  const page = await pages.browser.newPage();
  const seen = listen(page);
  // dist/ has relative asset addresses, so it runs from wherever it is served.
  await page.goto(`${pages.origin}/examples/react-app/dist/index.html`);
  await whenSettled(page);
  const directory = page.locator('peer-support-directory');
  assert.ok((await directory.locator('.card').count()) > 0, 'the element shows cards');

  // The app's own list: every West Sussex service at first, then what the search box finds.
  const ownList = page.locator('.own-list li');
  await ownList.first().waitFor();
  const everyService = await ownList.count();
  await page.locator('.own-search input').fill('staying well');
  await page.waitForFunction((before) => document.querySelectorAll('.own-list li').length < before, everyService);
  assert.match((await ownList.first().textContent()) ?? '', /Staying Well/);

  // The typed event prop: opening a service in the element reaches the app's handler.
  await directory.locator('.card-open').first().click();
  await page.waitForFunction(() => /Opened on this visit: \S/.test(document.querySelector('.opened')?.textContent ?? ''));
  await page.close();
  assert.deepEqual(seen.errors, []);
});

it('the Node script prints the services a search finds, and exits 0', async () => {
  const { stdout } = await run('node', [script, 'psychosis', '--area', 'west-sussex'], { cwd: repoRoot });
  assert.match(stdout, /Peer support in Worthing Early Intervention in Psychosis/);
  assert.match(stdout, /run by Sussex Partnership NHS Foundation Trust/);
});

it('the Node script says clearly when it cannot read the directory, and exits non-zero', async () => {
  const missing = path.join(repoRoot, 'examples/no-such-directory.json');
  const failure = await run('node', [script, 'psychosis', '--directory', missing], { cwd: repoRoot }).then(
    () => assert.fail('the script succeeded with a directory that does not exist'),
    (error: { code: number; stderr: string }) => error,
  );
  assert.equal(failure.code, 1);
  assert.equal(failure.stderr.trim(), `Could not read the directory ${missing}: there is no such file.`);
});
