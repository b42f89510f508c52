// One directory size in its own Node process (clean heap and JIT per size): prints one JSON
// line per engine. Started by run.ts as
// `node --import tsx --expose-gc node-worker.ts <size> <engines> <varied|national>`.
import { parseDirectory } from '../../packages/core/src/directory/parse.js';
import { current, ENGINES, load, run } from './suite.js';
import type { NameStyle } from '../generate-directory.js';

const size = Number(process.argv[2]);
const names = (process.argv[4] ?? 'varied') as NameStyle;
const generateMs = load(size, names);
const parsed = parseDirectory(current());
const problems = parsed.problems.length + parsed.excluded;
process.stdout.write(`${JSON.stringify({ kind: 'directory', size, names, generateMs, problems })}\n`);
for (const engine of process.argv[3] ? process.argv[3].split(',') : ENGINES) {
  process.stdout.write(`${JSON.stringify({ kind: 'figures', figures: run(engine, true) })}\n`);
}
