// A static site on 127.0.0.1 for the page benchmark: files under `root`, brotli-compressed as a
// CDN would send them, so the bytes over the emulated slow connection are the bytes a person pays.
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** The file a URL path names under `root`, or undefined for anything outside it or missing. */
async function fileFor(root: string, urlPath: string): Promise<string | undefined> {
  let file = path.join(root, decodeURIComponent(urlPath));
  if (file !== root && !file.startsWith(root + path.sep)) return undefined;
  if ((await stat(file).catch(() => undefined))?.isDirectory()) file = path.join(file, 'index.html');
  return (await stat(file).catch(() => undefined))?.isFile() ? file : undefined;
}

export interface Site {
  readonly origin: string;
  close(): Promise<void>;
}

export async function serveStatic(root: string): Promise<Site> {
  // Quality 11 is slow (a second for a large bundle): compress each file once, not per request.
  const compressed = new Map<string, Buffer>();
  const server: Server = createServer((request, response) => {
    void (async () => {
      const file = await fileFor(root, new URL(request.url ?? '/', 'http://127.0.0.1').pathname).catch(() => undefined);
      if (!file) return response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      const headers = { 'Content-Type': types[path.extname(file)] ?? 'application/octet-stream', Vary: 'Accept-Encoding' };
      const body = await readFile(file);
      if (!/\bbr\b/.test(String(request.headers['accept-encoding'] ?? ''))) return response.writeHead(200, headers).end(body);
      let br = compressed.get(file);
      if (!br) {
        br = brotliCompressSync(body, {
          params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
        });
        compressed.set(file, br);
      }
      response.writeHead(200, { ...headers, 'Content-Encoding': 'br' }).end(br);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
