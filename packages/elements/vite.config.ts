import { defineConfig } from 'vite';

/** Every element has a registration file, an entry of the npm build and an export of its own. */
export const ELEMENTS = [
  'peer-support-charter',
  'peer-support-directory',
  'peer-support-service',
  'peer-support-signatories',
  'peer-support-crisis-help',
  'peer-support-coverage',
];

// The npm build: ESM with bare imports (lit, core), one file per module so bundlers tree-shake,
// and one registration file per element under dist/define/ (listed in `sideEffects`).
// Type declarations come from tsc; the CDN bundle from vite.cdn.config.ts.
export default defineConfig({
  build: {
    target: 'es2022',
    minify: false,
    sourcemap: true,
    emptyOutDir: true,
    lib: {
      entry: {
        index: 'src/index.ts',
        ...Object.fromEntries(ELEMENTS.map((name) => [`define/${name}`, `src/define/${name}.ts`])),
      },
      formats: ['es'],
    },
    rolldownOptions: {
      external: [/^lit(\/.*)?$/, /^@lit\//, /^@peer-support-kit\//],
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
  },
});
