/**
 * Routes the browser tests' server adds, for states a static file cannot produce:
 *   /test-routes/slow?ms=N          answers `{}` after N milliseconds
 *   /test-routes/flaky/<key>        fails with 503 the first time a key is asked for, then
 *                                   answers with the file named by ?file= (relative to the root)
 *   /test-routes/status/<code>      answers with that HTTP status
 *   POST /test-routes/store/<key>   keeps the request's body (a test's own data) under a key
 *   /test-routes/trickle/<key>?bytes=N&ms=M
 *                                   answers with that body N bytes at a time, one piece every
 *                                   M milliseconds: a large file on a slow connection
 *   /test-routes/trickled/<key>     how that went: "sending", "sent" or "stopped" (the page
 *                                   closed the connection before the end)
 *   /test-routes/stored/<key>?ms=N  answers with that body (a published file as it is now: store
 *                                   it again to publish a new one), after N milliseconds if set
 *   /test-routes/asked/<key>        how many times /stored/<key> has been asked for
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';

const asked = new Set();
const stored = new Map();
const trickles = new Map();
const storedAsked = new Map();

async function* pieces(key, bytes, ms) {
  const body = Buffer.from(stored.get(key));
  for (let at = 0; at < body.length; at += bytes) {
    if (at > 0) await new Promise((resolve) => setTimeout(resolve, ms));
    yield body.subarray(at, at + bytes);
  }
  trickles.set(key, 'sent');
}

export const testRoutes = [
  async function routes(ctx, next) {
    const url = new URL(ctx.url, 'http://localhost');
    const [, prefix, route, key] = url.pathname.split('/');
    if (prefix !== 'test-routes') return next();
    ctx.set('Cache-Control', 'no-store');
    if (route === 'slow') {
      await new Promise((resolve) => setTimeout(resolve, Number(url.searchParams.get('ms') ?? 1000)));
      ctx.type = 'application/json';
      ctx.body = '{}';
      return;
    }
    if (route === 'store' && ctx.method === 'POST') {
      const chunks = [];
      for await (const chunk of ctx.req) chunks.push(chunk);
      stored.set(key, Buffer.concat(chunks).toString('utf8'));
      ctx.status = 204;
      return;
    }
    if (route === 'trickle') {
      if (!stored.has(key)) {
        ctx.status = 404;
        return;
      }
      ctx.type = 'application/json';
      trickles.set(key, 'sending');
      // Closed before the last piece: the page stopped reading.
      ctx.res.once('close', () => trickles.get(key) === 'sending' && trickles.set(key, 'stopped'));
      ctx.body = Readable.from(pieces(key, Number(url.searchParams.get('bytes') ?? 1000), Number(url.searchParams.get('ms') ?? 50)));
      return;
    }
    if (route === 'stored') {
      storedAsked.set(key, (storedAsked.get(key) ?? 0) + 1);
      const ms = Number(url.searchParams.get('ms') ?? 0);
      if (ms > 0) await new Promise((resolve) => setTimeout(resolve, ms));
      if (!stored.has(key)) {
        ctx.status = 404;
        return;
      }
      ctx.type = 'application/json';
      ctx.body = stored.get(key);
      return;
    }
    if (route === 'asked') {
      ctx.type = 'text/plain';
      ctx.body = String(storedAsked.get(key) ?? 0);
      return;
    }
    if (route === 'trickled') {
      ctx.type = 'text/plain';
      ctx.body = trickles.get(key) ?? 'unknown';
      return;
    }
    if (route === 'status') {
      ctx.status = Number(key);
      ctx.body = `status ${key}`;
      return;
    }
    if (route === 'flaky') {
      if (!asked.has(key)) {
        asked.add(key);
        ctx.status = 503;
        ctx.body = 'try again';
        return;
      }
      const file = path.resolve(process.cwd(), url.searchParams.get('file') ?? '');
      if (!file.startsWith(process.cwd())) {
        ctx.status = 403;
        return;
      }
      ctx.type = 'application/json';
      ctx.body = await readFile(file, 'utf8');
      return;
    }
    ctx.status = 404;
  },
];
