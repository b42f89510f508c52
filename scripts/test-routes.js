/**
 * Routes the browser tests' server adds, for states a static file cannot produce:
 *   /test-routes/slow?ms=N          answers `{}` after N milliseconds
 *   /test-routes/flaky/<key>        fails with 503 the first time a key is asked for, then
 *                                   answers with the file named by ?file= (relative to the root)
 *   /test-routes/status/<code>      answers with that HTTP status
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';

const asked = new Set();

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
    if (route === 'status') {
      ctx.status = Number(key);
      ctx.body = `status ${key}`;
      return;
    }
    if (route === "flaky") {
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
