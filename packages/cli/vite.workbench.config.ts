import { defineConfig } from 'vite';

// The workbench bundle for the docs: the CLI's checking and building, self-contained, for a
// browser, in dist-workbench/: the docs load it, and npm users of the CLI need not download it.
// csv-parse's Node build reads Buffers; its browser build carries what it needs.
export default defineConfig({
  resolve: {
    alias: [{ find: /^csv-parse\/sync$/, replacement: 'csv-parse/browser/esm/sync' }],
    conditions: ['browser', 'import', 'default'],
  },
  build: {
    target: 'es2022',
    outDir: 'dist-workbench',
    emptyOutDir: true,
    minify: true,
    sourcemap: true,
    lib: { entry: { workbench: 'src/workbench/index.ts' }, formats: ['es'] },
    rolldownOptions: { output: { entryFileNames: '[name].js', codeSplitting: false } },
  },
});
