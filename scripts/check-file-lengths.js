// House rule: no source file over 300 lines (generated code excepted). A long file holds more
// than one job; split it by job. Prints the longest files each run, and fails on any over.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const LIMIT = 300;
const roots = readdirSync('packages').map((name) => path.join('packages', name, 'src'));

function* sources(dir) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return; // a package without src/ (the directories)
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'generated') yield* sources(full);
    } else if (/\.(ts|js)$/.test(entry.name)) yield full;
  }
}

const files = roots
  .flatMap((root) => [...sources(root)])
  .map((file) => ({ file, lines: readFileSync(file, 'utf8').split('\n').length - 1 }));
files.sort((a, b) => b.lines - a.lines);
const over = files.filter(({ lines }) => lines > LIMIT);
console.log(`file lengths: ${files.length} source files, the longest:`);
for (const { file, lines } of files.slice(0, 5))
  console.log(`  ${String(lines).padStart(4)}  ${file}${lines > LIMIT ? `  OVER ${LIMIT}` : ''}`);
if (over.length) {
  console.error(`${over.length} file(s) over ${LIMIT} lines: split each by job.`);
  process.exit(1);
}
