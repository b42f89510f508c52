import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, launch, noChromium } from './helpers/browser.js';
import { run, scratch, sussexDir } from './helpers/run.js';

// The Sussex directory.html in headless Chromium, served as a CDN would serve it: axe finds
// nothing to fix, it reads at 320 px without scrolling sideways, and under a content security
// policy that allows no script and nothing from anywhere else it fetches nothing and breaks nothing.

const ORIGIN = 'https://cdn.test';
const STRICT_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

describe('directory.html in a browser', { skip: noChromium, timeout: 60_000 }, () => {
  let browser: Browser | undefined;
  let html = '';
  before(async () => {
    const out = path.join(scratch(), 'sussex');
    assert.equal((await run(['build', sussexDir, '--out', out])).code, 0);
    html = readFileSync(path.join(out, 'directory.html'), 'utf8');
    browser = await launch();
  });
  after(async () => browser?.close());

  /** The page at https://cdn.test/directory.html, with these response headers; every request it makes. */
  async function open(width: number, headers: Record<string, string> = {}): Promise<{ page: Page; requests: string[]; errors: string[] }> {
    const page = await browser!.newPage({ viewport: { width, height: 900 } });
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.route('**/*', (route) =>
      route.request().url() === `${ORIGIN}/directory.html`
        ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers, body: html })
        : route.abort(),
    );
    await page.goto(`${ORIGIN}/directory.html`);
    return { page, requests, errors };
  }

  it('has no accessibility violations (axe)', async () => {
    const { page } = await open(1280);
    assert.deepEqual(await axeViolations(page), []);
    await page.setViewportSize({ width: 320, height: 900 });
    assert.deepEqual(await axeViolations(page), []);
    await page.close();
  });

  it('reads at 320 px wide without scrolling sideways, and shows where the focus is', async () => {
    const { page } = await open(320);
    // Strings, not functions: the CLI's types know no DOM.
    const widths = await page.evaluate<{ page: number; window: number }>(
      '({ page: document.documentElement.scrollWidth, window: window.innerWidth })',
    );
    assert.ok(widths.page <= widths.window, `the page is ${widths.page} px wide in a ${widths.window} px window`);
    await page.keyboard.press('Tab');
    const focused = await page.evaluate<{ tag: string; background: string }>(
      '({ tag: document.activeElement.localName, background: getComputedStyle(document.activeElement).backgroundColor })',
    );
    assert.deepEqual(focused, { tag: 'a', background: 'rgb(255, 221, 0)' });
    await page.close();
  });

  it('needs nothing but itself: under a strict content security policy it fetches nothing and reports nothing', async () => {
    const { page, requests, errors } = await open(1280, { 'content-security-policy': STRICT_CSP });
    assert.deepEqual(requests, [`${ORIGIN}/directory.html`]);
    assert.deepEqual(errors, []);
    assert.equal(await page.locator('article').count(), (html.match(/<article /g) ?? []).length);
    assert.equal(await page.locator('h1').textContent(), 'Peer support in Sussex');
    // The inline style applies: the crisis help has its border.
    assert.equal(await page.evaluate<string>("getComputedStyle(document.querySelector('aside')).borderTopStyle"), 'solid');
    await page.close();
  });
});
