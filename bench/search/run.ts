// `pnpm bench`: the search benchmark (issue 5). Generates directories of 1k, 10k and 50k services,
// runs the typing script and the labelled queries through our search and the other libraries,
// in Node (a process per size) and in headless Chromium (a page per size), prints the figures
// and writes them to bench-results/search.json. Each size is made twice: with varied names and
// with names as a national directory shares them (generate-directory.ts). Options:
// --sizes=1000,10000 --engines=ours --names=national --node-only --chromium-only.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { line, runInChromium } from './browser.js';
import type { Figures } from './measure.js';
import { ENGINES, SIZES } from './suite.js';
import { keystrokes, labelledQueries } from './script.js';
import { generateDirectory, NAME_STYLES, type NameStyle } from '../generate-directory.js';

const args = new Map(process.argv.slice(2).map((arg) => arg.replace(/^--/, '').split('=') as [string, string | undefined]));
const sizes = args.get('sizes')?.split(',').map(Number) ?? SIZES;
const engineNames = args.get('engines')?.split(',') ?? ENGINES;
const nameStyles = (args.get('names')?.split(',') ?? NAME_STYLES) as NameStyle[];
const unknownStyle = nameStyles.find((style) => !NAME_STYLES.includes(style));
if (unknownStyle) throw new Error(`--names: "${unknownStyle}" is not one of ${NAME_STYLES.join(', ')}.`);
const root = fileURLToPath(new URL('../../', import.meta.url));
const started = performance.now();

function runNode(size: number, names: NameStyle): Promise<{ figures: Figures[]; problems: number; generateMs: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        '--expose-gc',
        fileURLToPath(new URL('./node-worker.ts', import.meta.url)),
        String(size),
        engineNames.join(','),
        names,
      ],
      { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const figures: Figures[] = [];
    let problems = NaN;
    let generateMs = NaN;
    let buffered = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      let newline: number;
      while ((newline = buffered.indexOf('\n')) >= 0) {
        const message = JSON.parse(buffered.slice(0, newline));
        buffered = buffered.slice(newline + 1);
        if (message.kind === 'directory') {
          ({ problems, generateMs } = message);
          console.log(
            `  node     ${String(size).padStart(6)} ${names.padEnd(8)} generated in ${generateMs.toFixed(0)} ms; parseDirectory: ${problems} problems`,
          );
        } else {
          figures.push(message.figures);
          console.log(line('node', message.figures));
        }
      }
    });
    child.on('exit', (code) =>
      code === 0 ? resolve({ figures, problems, generateMs }) : reject(new Error(`node worker for ${size} exited with ${code}`)),
    );
  });
}

console.log(
  `Search benchmark: ${keystrokes().length} keystrokes over the typing script, ${labelledQueries(generateDirectory(1000, 1)).length} labelled queries.`,
);
const results: Array<Figures & { env: string }> = [];
const directories: Array<{ env: string; size: number; names: NameStyle; generateMs: number; problems?: number }> = [];
if (!args.has('chromium-only')) {
  for (const size of sizes) {
    for (const names of nameStyles) {
      const { figures, problems, generateMs } = await runNode(size, names);
      directories.push({ env: 'node', size, names, generateMs, problems });
      results.push(...figures.map((f) => ({ env: 'node', ...f })));
      if (problems !== 0) process.exitCode = 1;
    }
  }
}
let chromium: { version: string; isolated: boolean } | undefined;
if (!args.has('node-only')) {
  const run = await runInChromium(sizes, nameStyles, engineNames, console.log);
  chromium = { version: run.version, isolated: run.isolated };
  directories.push(...run.directories.map((d) => ({ env: 'chromium', ...d })));
  results.push(...run.figures.map((f) => ({ env: 'chromium', ...f })));
}

// Recall is the same wherever an engine runs: the browser rows show the Node run's.
const recallOf = (r: Figures) =>
  r.queries
    ? r
    : results.find((n) => n.env === 'node' && n.engine === r.engine && n.services === r.services && n.names === r.names && n.queries);
console.log('\nengine          services  names     env       build ms  ready ms   p50 ms   p95 ms  keys     recall@5 (queries)');
for (const r of [...results].sort(
  (a, b) =>
    a.services - b.services ||
    NAME_STYLES.indexOf(a.names ?? 'varied') - NAME_STYLES.indexOf(b.names ?? 'varied') ||
    ENGINES.indexOf(a.engine) - ENGINES.indexOf(b.engine) ||
    a.env.localeCompare(b.env),
)) {
  const recall = recallOf(r);
  console.log(
    `${r.engine.padEnd(15)} ${String(r.services).padStart(8)}  ${(r.names ?? 'varied').padEnd(8)}  ${r.env.padEnd(8)} ${r.buildMs.toFixed(1).padStart(9)} ${r.readyMs.toFixed(1).padStart(9)} ${r.p50Ms.toFixed(2).padStart(8)} ${r.p95Ms.toFixed(2).padStart(8)}  ${`${r.keystrokes}/${r.ofKeystrokes}`.padEnd(8)} ${recall ? `${(recall.recallAt5 * 100).toFixed(0).padStart(5)}% (${recall.queries}/${recall.ofQueries})` : '    —'}`,
  );
}

mkdirSync(new URL('../../bench-results/', import.meta.url), { recursive: true });
const file = new URL('../../bench-results/search.json', import.meta.url);
writeFileSync(
  file,
  `${JSON.stringify(
    {
      date: new Date().toISOString(),
      machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, node: process.version, chromium },
      keystrokes: keystrokes().length,
      directories,
      results,
    },
    null,
    2,
  )}\n`,
);
console.log(`\nWrote ${fileURLToPath(file)} in ${((performance.now() - started) / 1000).toFixed(0)} s.`);
