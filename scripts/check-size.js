// Size budgets, printed every run and failing when exceeded (inside `pnpm test`, after the build).
//  - the directory validation the elements import: parseDirectory's cost on top of what it
//    shares with the rest of the browser bundle (the JSON Schema checker parseCharter also uses,
//    the vocabularies the filters show), minified and gzipped; budget 6.8 KB (6 KB until a service's problems were bounded,
//    so that one huge list cannot refuse a whole directory: about 0.15 KB; 6.25 KB until a directory's featured filters
//    were checked against its vocabularies and areas: about 0.5 KB);
//  - every CDN file in dist/cdn/ (one per element and one with all of them), gzipped, against
//    its budget in packages/elements/scripts/cdn-files.js. A file whose budget is a goal not yet
//    reached has an allowance there, with the reason: the check fails past the allowance and
//    prints the goal beside it, so the figure can only go down.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { CDN_FILES } from '../packages/elements/scripts/cdn-files.js';

const KB = 1024;
const work = path.resolve('node_modules/.cache/size-check');
const core = path.resolve('packages/core/dist/index.js');

/** Minified, gzipped size of a module that imports `source` (tree-shaken, all dependencies inlined). */
async function bundledSize(name, source) {
  mkdirSync(work, { recursive: true });
  const entry = path.join(work, `${name}.js`);
  writeFileSync(entry, source);
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      lib: { entry, formats: ['es'], fileName: name },
    },
  });
  const code = [output].flat()[0].output[0].code;
  return gzipSync(code, { level: 9 }).length;
}

const shared = `export { parseCharter } from ${JSON.stringify(core)}; export { vocabularies } from ${JSON.stringify(core)};`;
const withValidation = `${shared} export { parseDirectory } from ${JSON.stringify(core)};`;

const rows = [];
const base = await bundledSize('shared', shared);
const validation = await bundledSize('validation', withValidation);
rows.push({ what: 'directory validation on top of what it shares', size: validation - base, budget: 6.8 * KB });
rows.push({
  what: '  (parseDirectory with everything it needs)',
  size: await bundledSize('alone', `export { parseDirectory } from ${JSON.stringify(core)};`),
});

const manifest = JSON.parse(readFileSync('packages/elements/dist/cdn/manifest.json', 'utf8'));
for (const { file, budget, allowance } of CDN_FILES) {
  const built = manifest.files.find((entry) => entry.file === file);
  if (!built) throw new Error(`dist/cdn/manifest.json has no ${file}: run pnpm build`);
  const bytes = readFileSync(`packages/elements/dist/cdn/${file}`);
  const size = gzipSync(bytes, { level: 9 }).length;
  const integrity = `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
  if (size !== built.gzipBytes || integrity !== built.integrity)
    throw new Error(`dist/cdn/${file} is not the file its manifest describes: run pnpm build`);
  rows.push({ what: `CDN dist/cdn/${file}`, size, budget: allowance ?? budget, goal: allowance ? budget : undefined });
}
rmSync(work, { recursive: true, force: true });

const kb = (bytes) => `${(bytes / KB).toFixed(2)} KB`;
let failed = 0;
console.log('size check (minified, gzip -9):');
for (const row of rows) {
  const over = row.budget !== undefined && row.size > row.budget;
  if (over) failed += 1;
  const goal = row.goal === undefined ? '' : ` (goal ${kb(row.goal)}, ${kb(row.size - row.goal)} to go)`;
  const budget = row.budget === undefined ? '' : ` / ${kb(row.budget)} ${over ? 'OVER BUDGET' : 'ok'}${goal}`;
  console.log(`  ${row.what.padEnd(48)} ${kb(row.size).padStart(9)}${budget}`);
}
console.log(`size: ${rows.filter((r) => r.budget).length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
