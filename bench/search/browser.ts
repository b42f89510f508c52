import { createServer, type Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { chromiumArgs, findChromium, missingChromiumMessage } from '../../scripts/chromium.js';
import type { Figures } from './measure.js';
import type { NameStyle } from '../generate-directory.js';

/** The bench, bundled for the page: core's search from source, the libraries, the generator. */
export async function bundle(): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('./browser-entry.ts', import.meta.url))],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'psBench',
    platform: 'browser',
    target: 'es2022',
    minify: false,
    logLevel: 'warning',
  });
  return result.outputFiles[0]!.text;
}

/**
 * Serves the bundle from localhost, cross-origin isolated, so `performance.now()` has 5 µs
 * resolution rather than 100 µs. Nothing is fetched from anywhere else.
 */
function serve(script: string): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const headers = {
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Embedder-Policy': 'require-corp',
      'Cache-Control': 'no-store',
    };
    if (request.url === '/bench.js') {
      response.writeHead(200, { ...headers, 'Content-Type': 'text/javascript' }).end(script);
    } else {
      response
        .writeHead(200, { ...headers, 'Content-Type': 'text/html' })
        .end('<!doctype html><meta charset="utf-8"><title>search bench</title><script src="/bench.js"></script>');
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({ server, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/` });
    }),
  );
}

export interface BrowserRun {
  readonly version: string;
  readonly isolated: boolean;
  readonly directories: Array<{ size: number; names: NameStyle; generateMs: number }>;
  readonly figures: Figures[];
}

declare const psBench: typeof import('./browser-entry.js');

/** Runs every size, way of naming and engine in headless Chromium, a fresh page per directory. */
export async function runInChromium(
  sizes: readonly number[],
  nameStyles: readonly NameStyle[],
  engineNames: readonly string[],
  log: (line: string) => void,
): Promise<BrowserRun> {
  const script = await bundle();
  const { server, url } = await serve(script);
  let browser: Browser | undefined;
  try {
    const executablePath = findChromium();
    if (!executablePath) throw new Error(missingChromiumMessage);
    browser = await chromium.launch({ executablePath, args: [...chromiumArgs, '--js-flags=--expose-gc'] });
    const figures: Figures[] = [];
    const directories: BrowserRun['directories'] = [];
    let isolated = false;
    for (const size of sizes) {
      for (const names of nameStyles) {
        const page = await browser.newPage();
        page.on('pageerror', (error) => log(`  page error: ${error.message}`));
        await page.goto(url);
        isolated = await page.evaluate(() => globalThis.crossOriginIsolated === true);
        const generateMs = await page.evaluate(([n, style]) => psBench.load(n, style), [size, names] as const);
        directories.push({ size, names, generateMs });
        for (const name of engineNames) {
          const result = await page.evaluate((engine) => psBench.run(engine, false), name);
          figures.push(result);
          log(line('chromium', result));
        }
        await page.close();
      }
    }
    return { version: browser.version(), isolated, directories, figures };
  } finally {
    await browser?.close();
    server.close();
  }
}

export const line = (env: string, f: Figures) =>
  `  ${env.padEnd(8)} ${String(f.services).padStart(6)} ${(f.names ?? 'varied').padEnd(8)} ${f.engine.padEnd(14)} build ${ms(f.buildMs)}  ready ${ms(f.readyMs)}  p50 ${ms(f.p50Ms)}  p95 ${ms(f.p95Ms)}  (${f.keystrokes}/${f.ofKeystrokes} keys)  ${f.queries ? `recall@5 ${(f.recallAt5 * 100).toFixed(0)}% (${f.queries}/${f.ofQueries})` : ''}`;

const ms = (n: number) => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2)).padStart(7);
