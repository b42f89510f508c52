// The CDN build: each of CDN_FILES as one self-contained, minified ESM file in dist/cdn/, the
// built-in charters' texts beside them (dist/cdn/charters/<id>.json, fetched by the charter
// element with their sha384), and dist/cdn/manifest.json with every file's integrity and size.
// The npm build (vite.config.ts) is separate: bare imports, for bundlers.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { charters } from '@peer-support-kit/core';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';
import { build } from 'vite';
import { CDN_FILES } from './cdn-files.js';

const OUT = 'dist/cdn';
const integrity = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
const gzipBytes = (bytes) => gzipSync(bytes, { level: 9 }).length;

rmSync(OUT, { recursive: true, force: true });
mkdirSync(`${OUT}/charters`, { recursive: true });

const charterFiles = charters.map((charter) => {
  const bytes = Buffer.from(`${JSON.stringify(charter)}\n`);
  const file = `charters/${charter.id}.json`;
  writeFileSync(path.join(OUT, file), bytes);
  return { id: charter.id, file, integrity: integrity(bytes), bytes: bytes.length, gzipBytes: gzipBytes(bytes) };
});

// In the CDN files the charter element fetches built-in texts instead of carrying them.
const cdnVariants = {
  name: 'peer-support-cdn-variants',
  enforce: 'pre',
  async resolveId(source, importer, options) {
    if (!source.endsWith('/built-in-charters.js')) return null;
    return this.resolve(source.replace(/\.js$/, '.cdn.ts'), importer, options);
  },
};

// Only our own sources: Lit ships minified, and its unsafeCSS() makes the plugin warn on every file.
const ownSource = (id) => !id.includes('/node_modules/') && /\.ts$/.test(id);

for (const { file, entry } of CDN_FILES) {
  await build({
    configFile: false,
    logLevel: 'warn',
    // Lit's css`` and html`` templates are strings to a minifier; this minifies their contents too.
    plugins: [cdnVariants, { ...minifyTemplateLiterals({ failOnError: true, filter: ownSource }), enforce: 'pre' }],
    define: {
      PEER_SUPPORT_CHARTER_FILES: JSON.stringify(Object.fromEntries(charterFiles.map((c) => [c.id, c.integrity]))),
    },
    build: {
      outDir: OUT,
      emptyOutDir: false,
      target: 'es2022',
      sourcemap: true,
      // Vite keeps white space in ES library builds (for bundlers' pure annotations). These files
      // are what partners' visitors download, not a bundler's input: minify them fully.
      minify: true,
      lib: { entry: { [file.replace(/\.js$/, '')]: entry }, formats: ['es'] },
      rolldownOptions: { output: { entryFileNames: '[name].js', codeSplitting: false, minify: true, comments: { annotation: false } } },
    },
  });
}

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const files = CDN_FILES.map(({ file, elements }) => {
  const bytes = readFileSync(path.join(OUT, file));
  return { file, elements, integrity: integrity(bytes), bytes: bytes.length, gzipBytes: gzipBytes(bytes) };
});
writeFileSync(path.join(OUT, 'manifest.json'), `${JSON.stringify({ version, files, charters: charterFiles }, null, 2)}\n`);
for (const f of files) console.log(`${OUT}/${f.file}: ${(f.gzipBytes / 1024).toFixed(2)} KB gzipped`);
