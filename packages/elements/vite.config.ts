import { defineConfig } from 'vite';
import { ELEMENTS } from './scripts/cdn-files.js';

// The npm build: ESM with bare imports (lit, core), one file per module so bundlers tree-shake,
// and one registration file per element under dist/define/ (listed in `sideEffects`).
// Type declarations come from tsc; the self-contained CDN files (dist/cdn/) from scripts/build-cdn.js.
export default defineConfig({
  build: {
    target: 'es2022',
    minify: false,
    sourcemap: true,
    emptyOutDir: true,
    lib: {
      entry: {
        index: 'src/index.ts',
        // Registers every element: what `@peer-support-kit/elements/peer-support.js` imports.
        'peer-support': 'src/peer-support.ts',
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
