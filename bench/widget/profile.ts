// Profiles the widget while typing (CPU, by function), to see where a keystroke's time goes.
//   node --import tsx bench/widget/profile.ts [services]
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from '../../scripts/chromium.js';
import { generateDirectory } from '../generate-directory.js';

const root = path.resolve(fileURLToPath(import.meta.url), '../../..');
const size = Number(process.argv[2] ?? 10000);
const code = (
  await build({
    entryPoints: [path.join(root, 'packages/elements/src/peer-support.ts')],
    bundle: true,
    format: 'esm',
    write: false,
    conditions: ['@peer-support-kit/source'],
    logLevel: 'error',
  })
).outputFiles[0]!.text;
const json = JSON.stringify(generateDirectory(size, 1));
const server = createServer((req, res) => {
  if (req.url === '/b.js') return res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(code);
  if (req.url === '/d.json') return res.writeHead(200, { 'Content-Type': 'application/json' }).end(json);
  res
    .writeHead(200, { 'Content-Type': 'text/html' })
    .end(
      '<!doctype html><html lang="en"><script type="module" src="/b.js"></script><peer-support-directory src="/d.json"></peer-support-directory>',
    );
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const browser = await chromium.launch({ executablePath: findChromium()!, args: chromiumArgs });
const page = await browser.newPage();
await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
await page.locator('peer-support-directory .card').first().waitFor({ timeout: 60000 });
const input = page.locator('peer-support-directory #q');
await input.click();
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
for (const query of ['herring voices hastings', 'lgbt youth bristol', 'crisis cafe open late']) {
  for (const key of query) {
    await page.keyboard.press(key === ' ' ? 'Space' : key);
    await page.waitForTimeout(20);
  }
  await input.fill('');
}
const { profile } = await cdp.send('Profiler.stop');
const self = new Map<string, number>();
const dt = new Map<number, number>();
profile.samples!.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas![i] ?? 0)));
for (const node of profile.nodes) {
  const key = `${node.callFrame.functionName || '(anon)'} :${node.callFrame.lineNumber}`;
  self.set(key, (self.get(key) ?? 0) + (dt.get(node.id) ?? 0));
}
for (const [key, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${(us / 1000).toFixed(1).padStart(7)} ms  ${key}`);
await browser.close();
server.close();
