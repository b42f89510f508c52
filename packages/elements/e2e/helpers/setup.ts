import { after, before } from 'node:test';
import type { Browser } from 'playwright-core';
import { launch } from './browser.js';
import { startServer } from './server.js';

/** A test file's Chromium and local server, started before its tests and stopped after them. */
export function usePages(options: Parameters<typeof startServer>[0] = {}) {
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  before(async () => {
    server = await startServer(options);
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser(): Browser {
      return browser!;
    },
    get origin(): string {
      return server!.origin;
    },
  };
}
