import { defineConfig } from 'vite';

// Library build: ESM only, one file per source module so partners' bundlers can tree-shake,
// dependencies left as bare imports. Two entries: the package root and Open Referral
// (`@peer-support-kit/core/openreferral`). Type declarations come from tsc (see package.json).
export default defineConfig({
  build: {
    target: 'es2022',
    minify: false,
    sourcemap: true,
    emptyOutDir: true,
    lib: {
      entry: { index: 'src/index.ts', 'openreferral/index': 'src/openreferral/index.ts' },
      formats: ['es'],
    },
    rolldownOptions: {
      external: [/^zod(\/.*)?$/, /^fuse\.js(\/.*)?$/, /^uuid(\/.*)?$/, /^node:/],
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
  },
});
