// After `changeset version` bumps package.json files, copies the elements package's version
// into src/version.ts, which registration uses to tell two copies on one page apart.
import { readFileSync, writeFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('packages/elements/package.json', 'utf8'));
const file = 'packages/elements/src/version.ts';
const source = readFileSync(file, 'utf8');
const updated = source.replace(/export const VERSION = '[^']*';/, `export const VERSION = '${pkg.version}';`);
if (updated !== source) {
  writeFileSync(file, updated);
  console.log(`${file}: VERSION = '${pkg.version}'`);
}
