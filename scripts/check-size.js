// Size budgets, printed every run and failing when exceeded (inside `pnpm test`, after the build).
//  - the directory validation the elements import: parseDirectory's cost on top of what it
//    shares with the rest of the browser bundle (the JSON Schema checker parseCharter also uses,
//    the vocabularies the filters show), minified and gzipped; budget 6 KB;
//  - the CDN bundle, dist/peer-support.js, gzipped. The goal is 30 KB; with every element, the
//    search, the validation, reading a directory as it arrives, the no-dead-ends search (why
//    nothing matched, ways wider, Back and Forward), the evidence lines (who runs it, when it was
//    last heard of), crisis help under every error, and the elements drawn as controllers and
//    parts (about 0.8 KB of the total) it is about 55.3 KB, so the check guards that figure (it
//    fails past 55.5 KB) and prints the goal beside it. Per-element files are the way down from
//    here: a page that shows only the charter should not pay for the directory. What alone costs
//    16 KB of the 30 (Lit, fuse.js, the vocabularies and the charters' texts) is printed too: the
//    rest of the bundle has to fit in what is left.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

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
rows.push({ what: 'directory validation on top of what it shares', size: validation - base, budget: 6 * KB });
rows.push({
  what: '  (parseDirectory with everything it needs)',
  size: await bundledSize('alone', `export { parseDirectory } from ${JSON.stringify(core)};`),
});

const cdn = readFileSync('packages/elements/dist/peer-support.js');
rows.push({ what: 'CDN bundle dist/peer-support.js (goal 30 KB)', size: gzipSync(cdn, { level: 9 }).length, budget: 55.5 * KB });
const elements = path.resolve('packages/elements/node_modules');
const fixed = `export { LitElement, html, css, nothing } from ${JSON.stringify(path.join(elements, 'lit/index.js'))};
export { default as Fuse } from ${JSON.stringify(path.resolve('packages/core/node_modules/fuse.js/dist/fuse.basic.mjs'))};
export { vocabularies, charters } from ${JSON.stringify(core)};`;
rows.push({ what: '  (fixed part: Lit, fuse.js, terms, charters)', size: await bundledSize('fixed', fixed) });
rmSync(work, { recursive: true, force: true });

const kb = (bytes) => `${(bytes / KB).toFixed(2)} KB`;
let failed = 0;
console.log('size check (minified, gzip -9):');
for (const row of rows) {
  const over = row.budget !== undefined && row.size > row.budget;
  if (over) failed += 1;
  const budget = row.budget === undefined ? '' : ` / ${kb(row.budget)} ${over ? 'OVER BUDGET' : 'ok'}`;
  console.log(`  ${row.what.padEnd(48)} ${kb(row.size).padStart(9)}${budget}`);
}
console.log(`size: ${rows.filter((r) => r.budget).length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
