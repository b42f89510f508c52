// `pnpm bench:scale`: a national directory on a phone on a slow connection (issue 15). For 1k,
// 10k and 50k generated services, side by side in one run: the browse form (browse.json), the
// plain directory.json, and the same services as small HTML pages searched with Pagefind. Served
// brotli-compressed from localhost, the network and CPU slowed through the DevTools protocol
// (bench/pages/measure.ts). Two loads of each page and connection per run: one left alone (crisis
// help, first card, search works, JS heap), one where the probe types a service's name as soon
// as a search box is drawn (its card found). Prints Markdown tables of medians and writes
// bench-results/scale-<date>.json. A benchmark, not a test: nothing fails on a slow figure.
//   pnpm bench:scale [--sizes 1000,10000,50000] [--runs 3] [--names varied|national] [--forms browse,plain,pagefind]
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium, missingChromiumMessage } from '../../scripts/chromium.js';
import { NAME_STYLES, type NameStyle } from '../generate-directory.js';
import { measure, phone, probeScript, warmUp, type Connection, type PageUnderTest } from '../pages/measure.js';
import { serveStatic } from '../pages/server.js';
import { buildSite, type Form } from './site.js';
import { report, type Row } from './report.js';

const repository = path.resolve(fileURLToPath(import.meta.url), '../../..');
const option = (name: string, fallback: string) => {
  const at = process.argv.indexOf(name);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1]! : fallback;
};
const sizes = option('--sizes', '1000,10000,50000').split(',').map(Number);
const runs = Number(option('--runs', '3'));
const names = option('--names', 'varied') as NameStyle;
const forms = option('--forms', 'browse,plain,pagefind').split(',') as Form[];
if (!sizes.every((size) => Number.isInteger(size) && size >= 100))
  throw new Error('--sizes takes whole numbers of 100 or more, comma separated.');
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a whole number, 1 or more.');
if (!forms.every((form) => ['browse', 'plain', 'pagefind'].includes(form)))
  throw new Error('--forms takes browse, plain and pagefind, comma separated.');
if (!NAME_STYLES.includes(names)) throw new Error(`--names takes one of ${NAME_STYLES.join(', ')}.`);

const connections: Connection[] = [
  { name: 'Slow 4G', latencyMs: 150, bytesPerSecond: 200_000 },
  { name: '3G', latencyMs: 300, bytesPerSecond: 93_750 },
];
/** The plain file at 50k on 3G takes most of a minute to arrive, and longer to read. */
const GIVE_UP_MS = 120_000;

const executablePath = findChromium();
if (!executablePath) {
  console.error(missingChromiumMessage);
  process.exit(1);
}
const root = path.join(os.tmpdir(), 'peer-support-bench-scale');
const sites = await buildSite(root, sizes, names, console.error);
const site = await serveStatic(root);
const browser = await chromium.launch({
  executablePath,
  args: [...chromiumArgs, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
});
const probe = await probeScript();
// Brotli at quality 11 takes minutes for a 130 MB directory.json: compress the data files first
// (the server keeps them), so no page load waits for it.
for (const { size } of sites) {
  for (const file of ['directory.json', 'browse.json']) {
    await fetch(`${site.origin}/${size}/${file}`, { headers: { 'Accept-Encoding': 'br' } }).then((response) => response.arrayBuffer());
  }
}
for (const { pages } of sites) for (const form of forms) await warmUp(browser, site.origin + pages[form]);

const rows: Row[] = [];
const seconds = (ms: number | undefined) => (ms === undefined ? '–' : `${(ms / 1000).toFixed(2)} s`);
for (let run = 1; run <= runs; run++) {
  for (const { size, pages, query } of sites) {
    for (const form of forms) {
      for (const connection of connections) {
        // Pagefind's page has no crisis help, no list before a search and no "search works" sign.
        const alone: PageUnderTest = {
          name: form,
          path: pages[form],
          figures: form === 'pagefind' ? [] : ['crisisHelp', 'firstCard', 'searchWorks'],
          giveUpMs: GIVE_UP_MS,
        };
        const typing: PageUnderTest = { name: form, path: pages[form], figures: ['queryResult'], query, giveUpMs: GIVE_UP_MS };
        const left = form === 'pagefind' ? undefined : await measure(browser, probe, site.origin + alone.path, alone, connection);
        const typed = await measure(browser, probe, site.origin + typing.path, typing, connection);
        const row: Row = {
          size,
          form,
          connection: connection.name,
          run,
          crisisHelpMs: left?.seen.crisisHelp,
          firstCardMs: left?.seen.firstCard,
          searchWorksMs: left?.seen.searchWorks,
          bytesBySearchWorks: left?.seen.searchWorks === undefined ? undefined : left.bytesBy(left.seen.searchWorks),
          heapBytes: (left ?? typed).heap.usedBytes,
          foundMs: typed.seen.queryResult,
          bytesByFound: typed.seen.queryResult === undefined ? undefined : typed.bytesBy(typed.seen.queryResult),
          bytes: typed.bytes,
        };
        rows.push(row);
        console.error(
          `run ${run}/${runs}, ${size} ${form} on ${connection.name}: search works ${seconds(row.searchWorksMs)}, ` +
            `"${query.text}" found ${seconds(row.foundMs)} (${row.bytesByFound ?? '–'} B), heap ${(row.heapBytes / 1e6).toFixed(1)} MB`,
        );
      }
    }
  }
}
const chromiumVersion = browser.version();
await browser.close();
await site.close();

console.log(report(rows, sites, { runs, names, chromium: chromiumVersion }));
const file = path.join(repository, 'bench-results', `scale-${new Date().toISOString().slice(0, 19).replace(/:/g, '-')}.json`);
await mkdir(path.dirname(file), { recursive: true });
await writeFile(
  file,
  `${JSON.stringify({ date: new Date().toISOString(), chromium: chromiumVersion, phone, connections, runs, names, sites, rows }, null, 2)}\n`,
);
console.error(`written to ${path.relative(process.cwd(), file)}`);
