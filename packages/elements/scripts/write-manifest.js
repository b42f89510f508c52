// After the CDN build: prints and writes dist/peer-support.manifest.json with the bundle's
// sha384 (for a partner's integrity= attribute), its size and its gzipped size.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const file = 'dist/peer-support.js';
const bundle = readFileSync(file);
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const manifest = {
  file: 'peer-support.js',
  version,
  integrity: `sha384-${createHash('sha384').update(bundle).digest('base64')}`,
  bytes: bundle.length,
  gzipBytes: gzipSync(bundle, { level: 9 }).length,
};
writeFileSync('dist/peer-support.manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
console.log(
  `${file}: ${(manifest.bytes / 1024).toFixed(1)} KB, ${(manifest.gzipBytes / 1024).toFixed(2)} KB gzipped\n` +
    `integrity="${manifest.integrity}"`,
);
