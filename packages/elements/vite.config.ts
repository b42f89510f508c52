import { defineConfig } from 'vite';

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
        'define/peer-support-charter': 'src/define/peer-support-charter.ts',
      },
      formats: ['es'],
    },
    rolldownOptions: {
      external: [/^lit(\/.*)?$/, /^@lit\//, /^@peer-support-kit\//],
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
  },
});
