// One lint for the workspace, run by `pnpm lint` inside `pnpm test`. Formatting is Prettier's
// job (.prettierrc.json); this checks what a formatter cannot: mistakes, and the rules of Lit and
// of custom elements (eslint-plugin-lit, eslint-plugin-wc) in the elements package.
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/dist-workbench/**',
      '**/node_modules/**',
      'packages/core/src/generated/**',
      'bench-results/**',
      'shots/**',
      'docs/api/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // `_name` says a parameter or binding is unused on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // `interface Service extends z.infer<…> {}` gives a schema's type a name of its own, which
      // editors and the API reference show, where a type alias is written out in full.
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
    },
  },
  {
    // Chai's assertions are expressions: `expect(x).to.exist`.
    files: ['packages/*/test/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: ['packages/elements/src/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['packages/elements/src/**/*.ts'],
    ...wc.configs['flat/recommended'],
    settings: { wc: { elementBaseClasses: ['LitElement'] } },
  },
);
