import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';

/** The repository root, which the server serves (built packages, examples, fixtures). */
export const repoRoot = path.resolve(fileURLToPath(import.meta.url), '../../../../..');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css',
  '.png': 'image/png',
};

export type Route = (request: IncomingMessage, response: ServerResponse, url: URL) => boolean | Promise<boolean>;

/**
 * A static file server on 127.0.0.1 for the page tests: nothing leaves the machine. `headers`
 * adds headers to every page (a Content-Security-Policy, say); `routes` answer special paths first.
 */
export async function startServer(options: { headers?: (url: URL) => Record<string, string>; routes?: Route[] } = {}) {
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    try {
      if (url.pathname === '/favicon.ico') {
        response.writeHead(204);
        response.end();
        return;
      }
      for (const route of options.routes ?? []) if (await route(request, response, url)) return;
      const file = path.join(repoRoot, decodeURIComponent(url.pathname));
      if (!file.startsWith(repoRoot)) throw new Error('outside the root');
      const body = await readFile(file);
      response.writeHead(200, {
        'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-store',
        ...options.headers?.(url),
      });
      response.end(body);
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain' });
      response.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
