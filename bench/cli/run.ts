// How the maintainers' command line copes with a national directory: `peer-support validate`
// and `peer-support build` on generated directories of 10,000 to 100,000 services (one JSON file
// each, as an export from another system would come), each in a process of its own. Prints the
// time and the peak memory (resident set) of each, against the limit of 2 GB the issue sets.
//
//   pnpm bench:cli [--sizes 10000,50000,100000]
//
// Never a timed test: run it by hand (the largest size takes a few minutes).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateDirectory } from '../generate-directory.js';

const LIMIT_BYTES = 2 * 1024 ** 3;
const option = (name: string, fallback: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1]! : fallback);
const sizes = option('--sizes', '10000,50000,100000').split(',').map(Number);
const repository = path.resolve(fileURLToPath(import.meta.url), '../../..');
const bin = path.join(repository, 'packages/cli/dist/bin.js');
const peak = path.join(repository, 'bench/cli/report-peak.cjs');

interface Run {
  readonly code: number | null;
  readonly seconds: number;
  readonly peakBytes: number;
  readonly last: string;
}

/** Runs the CLI in a process of its own; its peak resident memory is reported by report-peak.cjs. */
function cli(args: readonly string[]): Run {
  const started = performance.now();
  const child = spawnSync(process.execPath, ['--require', peak, bin, ...args], { encoding: 'utf8', maxBuffer: 1024 ** 3 });
  const seconds = (performance.now() - started) / 1000;
  const match = /peer-support-peak-rss (\d+)/.exec(child.stderr);
  // The command's own last word (its summary) is on standard output; standard error has progress and the peak.
  const lines = (child.stdout.trim() ? child.stdout : child.stderr)
    .split('\n')
    .filter((line) => line && !line.startsWith('peer-support-peak-rss'));
  return { code: child.status, seconds, peakBytes: match ? Number(match[1]) : NaN, last: lines.at(-1) ?? '(no output)' };
}

const folder = mkdtempSync(path.join(tmpdir(), 'peer-support-bench-cli-'));
const rows: string[] = [];
try {
  for (const size of sizes) {
    const file = path.join(folder, `directory-${size}.json`);
    writeFileSync(file, JSON.stringify(generateDirectory(size, 1)));
    for (const [command, args] of [
      ['validate', ['validate', file]],
      ['build', ['build', file, '--out', path.join(folder, `out-${size}`)]],
    ] as const) {
      const run = cli(args);
      const within = run.peakBytes <= LIMIT_BYTES ? 'within 2 GB' : 'OVER 2 GB';
      const line = `| ${size.toLocaleString('en-GB')} | ${command} | ${run.code} | ${run.seconds.toFixed(1)} s | ${(run.peakBytes / 1024 ** 2).toFixed(0)} MB (${within}) | ${run.last} |`;
      console.log(line);
      rows.push(line);
    }
    rmSync(path.join(folder, `out-${size}`), { recursive: true, force: true });
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}
console.log(`\n## The command line on large directories (Node ${process.version})\n`);
console.log('| services | command | exit | time | peak memory | last line |\n| ---: | --- | ---: | ---: | ---: | --- |');
for (const row of rows) console.log(row);
