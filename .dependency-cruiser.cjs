// Which way imports may run, checked by `pnpm lint:imports` inside `pnpm test`. A type-only
// import describes a shape and runs no code, so it does not count towards a circle.
const ELEMENTS = '^packages/elements/src/';

/** `from` may not import anything in `to`: a floor of the elements package may not look up. */
const below = (name, from, to) => ({
  name,
  severity: 'error',
  from: { path: `${ELEMENTS}${from}/` },
  to: { path: `${ELEMENTS}(${to.join('|')})/` },
});

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'Files that import each other, directly or round a circle, cannot be understood one at a time.',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    below('shared-is-the-ground-floor', 'shared', ['parts', 'controllers', 'elements', 'define']),
    below('parts-sit-on-shared', 'parts', ['controllers', 'elements', 'define']),
    below('controllers-sit-on-parts', 'controllers', ['elements', 'define']),
    below('elements-do-not-register', 'elements', ['define']),
    {
      name: 'one-element-a-folder',
      comment: 'An element never imports another: what two share belongs in parts/ or shared/.',
      severity: 'error',
      from: { path: `${ELEMENTS}elements/([^/]+)/` },
      to: { path: `${ELEMENTS}elements/`, pathNot: `${ELEMENTS}elements/$1/` },
    },
    {
      name: 'packages-by-their-names',
      comment: 'A package reaches another through its published entry points, never its files.',
      severity: 'error',
      from: { path: '^packages/([^/]+)/' },
      to: { path: '^packages/', pathNot: ['^packages/$1/', 'node_modules'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['/dist/', '/generated/'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: { conditionNames: ['@peer-support-kit/source', 'import', 'types', 'default'], extensions: ['.ts', '.js'] },
  },
};
