import { esbuildPlugin } from '@web/dev-server-esbuild';
import { launcherFor } from './scripts/browsers.js';
import { testRoutes } from './scripts/test-routes.js';
import { browserCommands } from './scripts/browser-commands.js';

/** The element tests that run on both published forms of a directory. */
const BROWSE_FORM_TESTS = [
  'directory',
  'directory-journey',
  'directory-truth',
  'sync-url-history',
  'more-elements',
  'error-events',
  'headings',
  'preferences',
  'near-me',
  'featured',
];

/** Which browser this run uses: PSK_BROWSER=chromium (the default), firefox or webkit. */
const browser = process.env.PSK_BROWSER ?? 'chromium';

// Element tests run in a real headless Chromium, against the TypeScript sources. Everything
// they fetch is served by this server on localhost (see scripts/test-routes.js).
export default {
  rootDir: '.',
  files: ['packages/*/test/**/*.test.ts', '!packages/core/test/**', '!packages/cli/test/**'],
  // Workspace packages resolve to their TypeScript sources, so tests need no build first.
  nodeResolve: { exportConditions: ['@peer-support-kit/source', 'browser', 'production'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'packages/elements/tsconfig.json' }), browserCommands()],
  middleware: testRoutes,
  browsers: [launcherFor(browser)],
  concurrentBrowsers: 1,
  // One test file at a time: the tests change the viewport and emulated media, which a page
  // running beside them would see too.
  concurrency: 1,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 10_000 } },
  groups: [
    {
      // The tests of what a person does with a directory, again on the browse form that
      // `peer-support build` publishes for large directories (see helpers/directory-fixture.ts).
      name: 'browse-form',
      files: BROWSE_FORM_TESTS.map((name) => `packages/elements/test/${name}.test.ts`),
      testRunnerHtml: (framework) =>
        `<!doctype html><html lang="en-GB"><body><script>window.PSK_FORM = 'browse';</script><script type="module" src="${framework}"></script></body></html>`,
    },
  ],
};
