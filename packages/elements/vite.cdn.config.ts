import { defineConfig } from 'vite';

// The CDN build: one self-contained, minified ESM file (Lit, core and every element) that a
// partner loads with a single <script type="module">. Written beside the npm build in dist/.
export default defineConfig({
  build: {
    target: 'es2022',
    emptyOutDir: false,
    sourcemap: true,
    lib: {
      entry: { 'peer-support': 'src/peer-support.ts' },
      formats: ['es'],
    },
    rolldownOptions: {
      output: { entryFileNames: '[name].js', codeSplitting: false },
    },
  },
});
