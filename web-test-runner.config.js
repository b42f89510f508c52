import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumArgs, findChromium, missingChromiumMessage } from './scripts/chromium.js';
import { testRoutes } from './scripts/test-routes.js';

const executablePath = findChromium();
if (!executablePath) throw new Error(missingChromiumMessage);

// Element tests run in a real headless Chromium, against the TypeScript sources. Everything
// they fetch is served by this server on localhost (see scripts/test-routes.js).
export default {
  rootDir: '.',
  files: ['packages/*/test/**/*.test.ts', '!packages/core/test/**', '!packages/cli/test/**'],
  // Workspace packages resolve to their TypeScript sources, so tests need no build first.
  nodeResolve: { exportConditions: ['@peer-support-kit/source', 'browser', 'production'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'packages/elements/tsconfig.json' })],
  middleware: testRoutes,
  browsers: [chromeLauncher({ launchOptions: { executablePath, headless: true, args: chromiumArgs } })],
  concurrentBrowsers: 1,
  // One test file at a time: the tests change the viewport and emulated media, which a page
  // running beside them would see too.
  concurrency: 1,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 10_000 } },
};
