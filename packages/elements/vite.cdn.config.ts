import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';
import { defineConfig } from 'vite';

// The CDN build: one self-contained, minified ESM file (Lit, core and every element) that a
// partner loads with a single <script type="module">. Written beside the npm build in dist/.
export default defineConfig({
  // Lit's css`` and html`` templates are strings to a minifier; this minifies their contents too.
  plugins: [{ ...minifyTemplateLiterals({ failOnError: true }), enforce: 'pre' }],
  build: {
    target: 'es2022',
    emptyOutDir: false,
    sourcemap: true,
    // Vite keeps white space in ES library builds (for bundlers' pure annotations). This file is
    // what partners' visitors download, not a bundler's input: minify it fully.
    minify: true,
    lib: {
      entry: { 'peer-support': 'src/peer-support.ts' },
      formats: ['es'],
    },
    rolldownOptions: {
      output: { entryFileNames: '[name].js', codeSplitting: false, minify: true },
    },
  },
});
