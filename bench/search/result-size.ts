// What one search costs as more services match, with one page of hits (the default) and with a
// hit for every match (`limit: Infinity`), over a generated directory of 10,000 services.
//   node --import tsx bench/search/result-size.ts [services]
// A benchmark, never a test: it prints medians of 15 runs per query, in Node.
import { createSearch, type Directory } from '../../packages/core/src/index.js';
import { generateDirectory } from '../generate-directory.js';

const size = Number(process.argv[2] ?? 10_000);
const directory = JSON.parse(JSON.stringify(generateDirectory(size, 1))) as Directory;
const search = createSearch(directory);
const QUERIES = ['', 'p', 'pe', 'peer', 'peer support', 'group', 'hearing voices', 'brighton', 'zzqx'];

const median = (run: () => void) => {
  const times: number[] = [];
  for (let i = 0; i < 15; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[7]!;
};

console.log(`${size} services; median ms of 15 searches`);
console.log(`${'query'.padEnd(18)} ${'matches'.padStart(8)} ${'one page'.padStart(9)} ${'every hit'.padStart(10)}`);
for (const text of QUERIES) {
  const total = search.search({ text, limit: 0 }).total;
  const page = median(() => search.search({ text }));
  const every = median(() => search.search({ text, limit: Infinity }));
  console.log(
    `${JSON.stringify(text).padEnd(18)} ${String(total).padStart(8)} ${page.toFixed(2).padStart(9)} ${every.toFixed(2).padStart(10)}`,
  );
}
