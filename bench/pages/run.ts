// The pages benchmark: what a person on a phone on a slow connection sees of two example pages,
// the Sussex charter (examples/partner-page.html) and the Sussex directory (examples/directory.html),
// served brotli-compressed from `--root` as a static site. For each page and connection, the median
// over the runs of when (from navigation start) each figure is first on screen, and of the bytes
// over the wire. Prints a Markdown table and writes bench-results/pages-<date>.json.
// A benchmark, not a test: pages only load, and nothing fails on a slow figure.
//   pnpm bench:pages [--root <dir>] [--runs 5]
//   node --import tsx bench/pages/run.ts --root /tmp/before   (an older build, to compare)
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium, missingChromiumMessage } from '../../scripts/chromium.js';
import { cpuSlowdown, measure, phone, probeScript, warmUp, type Connection, type Measurement, type PageUnderTest } from './measure.js';
import type { Figure } from './probe.js';
import { serveStatic } from './server.js';
import { median } from './median.js';

const repository = path.resolve(fileURLToPath(import.meta.url), '../../..');
const option = (name: string, fallback: string) => {
  const at = process.argv.indexOf(name);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1]! : fallback;
};
const root = path.resolve(option('--root', repository));
const runs = Number(option('--runs', '5'));
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a whole number, 1 or more.');

const figureNames: Record<Figure, string> = {
  crisisHelp: 'crisis help',
  firstContent: 'first content of ours',
  charterText: 'charter text',
  firstCard: 'first card',
  searchWorks: 'search works',
  queryResult: 'typed query found',
};
const pages: PageUnderTest[] = [
  // The charter page has no crisis help (its fallback is a link to the charter).
  { name: 'charter', path: '/examples/partner-page.html', figures: ['firstContent', 'charterText'] },
  { name: 'directory', path: '/examples/directory.html', figures: ['crisisHelp', 'firstContent', 'firstCard', 'searchWorks'] },
];
// Latency is added to every request; the throughput holds both ways. Slow 4G is close to
// Lighthouse's mobile default (150 ms, 1.6 Mbit/s); 3G is 750 kbit/s.
const connections: Connection[] = [
  { name: '3G', latencyMs: 300, bytesPerSecond: 93_750 },
  { name: 'Slow 4G', latencyMs: 150, bytesPerSecond: 200_000 },
];

const executablePath = findChromium();
if (!executablePath) {
  console.error(missingChromiumMessage);
  process.exit(1);
}
for (const page of pages) {
  if (!existsSync(path.join(root, page.path))) throw new Error(`No ${page.path} under ${root}: is --root a built copy of the repository?`);
}

const site = await serveStatic(root);
// Nothing but localhost: any other host fails to resolve, and would show as a failed request.
const browser = await chromium.launch({
  executablePath,
  args: [...chromiumArgs, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
});
const probe = await probeScript();
for (const page of pages) await warmUp(browser, site.origin + page.path);

type Row = Measurement & { readonly page: string; readonly connection: string; readonly run: number };
const measurements: Row[] = [];
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
// Run 1 of everything, then run 2, …: a slow moment of a shared machine spreads over all of them.
for (let run = 1; run <= runs; run++) {
  for (const page of pages) {
    for (const connection of connections) {
      const measured = await measure(browser, probe, site.origin + page.path, page, connection);
      measurements.push({ page: page.name, connection: connection.name, run, ...measured });
      const figures = page.figures.map(
        (figure) => `${figureNames[figure]} ${measured.seen[figure] === undefined ? '–' : seconds(measured.seen[figure])}`,
      );
      console.error(`run ${run}/${runs}, ${page.name} on ${connection.name}: ${figures.join(', ')}, ${measured.bytes} B`);
    }
  }
}
const chromiumVersion = browser.version();
await browser.close();
await site.close();

const summary = pages.flatMap((page) =>
  connections.map((connection) => {
    const rows = measurements.filter((row) => row.page === page.name && row.connection === connection.name);
    const figures = Object.fromEntries(
      page.figures.map((figure) => {
        const times = rows.map((row) => row.seen[figure]);
        return [figure, { medianMs: median(times), seenIn: times.filter((time) => time !== undefined).length }];
      }),
    ) as Partial<Record<Figure, { medianMs: number | undefined; seenIn: number }>>;
    return {
      page: page.name,
      connection: connection.name,
      figures,
      medianBytes: median(rows.map((row) => row.bytes))!,
      requests: median(rows.map((row) => row.requests.length))!,
    };
  }),
);

/** Each page's requests over all its runs: status and median bytes. */
const requests = pages.flatMap((page) => {
  const all = measurements.filter((row) => row.page === page.name).flatMap((row) => row.requests);
  const urls = [...new Set(all.map((request) => request.url))];
  return urls.map((url) => {
    const same = all.filter((request) => request.url === url);
    const status = same.at(-1)?.failed ?? String(same.at(-1)?.status ?? '');
    return { page: page.name, path: new URL(url).pathname, status, medianBytes: median(same.map((request) => request.bytes))! };
  });
});

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const table = (header: string[], body: string[][]) =>
  [header, header.map((_, i) => (i < 2 ? '---' : '---:')), ...body].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
const cell = (row: (typeof summary)[number], figure: Figure) => {
  const value = row.figures[figure];
  if (!value) return ''; // not a figure of this page
  const partly = value.seenIn > 0 && value.seenIn < runs ? ` (seen in ${value.seenIn}/${runs})` : '';
  return `${value.medianMs === undefined ? '–' : seconds(value.medianMs)}${partly}`;
};
const allFigures = (Object.keys(figureNames) as Figure[]).filter((figure) => pages.some((page) => page.figures.includes(figure)));

console.log(`## Example pages on a phone (${phone.viewport.width}×${phone.viewport.height}, CPU ÷${cpuSlowdown}), median of ${runs} run${runs === 1 ? '' : 's'}

Root: ${root}. Chromium ${chromiumVersion}, ${new Date().toISOString()}. Times from navigation start; – not on screen within 20 s.

${table(
  ['page', 'connection', ...allFigures.map((figure) => figureNames[figure]), 'bytes', 'requests'],
  summary.map((row) => [
    row.page,
    row.connection,
    ...allFigures.map((figure) => cell(row, figure)),
    kB(row.medianBytes),
    String(row.requests),
  ]),
)}

${table(
  ['page', 'request', 'status', 'bytes'],
  requests.map((request) => [request.page, request.path, request.status, kB(request.medianBytes)]),
)}`);

const file = path.join(repository, 'bench-results', `pages-${new Date().toISOString().slice(0, 19).replace(/:/g, '-')}.json`);
await mkdir(path.dirname(file), { recursive: true });
const results = {
  date: new Date().toISOString(),
  root,
  runs,
  chromium: chromiumVersion,
  phone,
  cpuSlowdown,
  connections,
  summary,
  requests,
  measurements,
};
await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
console.error(`written to ${path.relative(process.cwd(), file)}`);
