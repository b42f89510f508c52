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
 *   /test-routes/cut/<key>?after=N&how=reset|end&once=1
 *                                   sends the first N bytes of that body, and then drops the
 *                                   connection (reset) or ends the response there (end); with
 *                                   `once`, only the first request: later ones get it whole
 *   /test-routes/strict-page?scripts=a.js,b.js
 *                                   a page under a strict Content-Security-Policy that requires
 *                                   Trusted Types (the line the docs give), loading those built
 *                                   CDN files (an `other-version/` prefix: the file as another
 *                                   version of the package would be) and one of every element
 *   /test-routes/other-version/<file>
 *                                   a built CDN file with its version changed to 9.9.9
 *   /test-routes/trickled/<key>     how that went: "sending", "sent" or "stopped" (the page
 *                                   closed the connection before the end)
 *   /test-routes/stored/<key>?ms=N  answers with that body (a published file as it is now: store
 *                                   it again to publish a new one), after N milliseconds if set
 *   /test-routes/asked/<key>        how many times /stored/<key> has been asked for
 *   POST /test-routes/site/<key>?fail=<prefix>&change=<prefix>&stall=1
 *                                   keeps a directory (the body) to publish in the browse form;
 *                                   the first request for each file whose name starts with `fail`
 *                                   answers 503, and files starting with `change` are served
 *                                   changed (so they no longer match their integrity); with
 *                                   `stall`, browse.json comes slowly after its names and stops
 *                                   (a large index on a slow connection, frozen in time)
 *   /test-routes/site/<key>/<file>  its browse.json and browse/… as `peer-support build` writes
 *                                   them (waiting a moment for the POST, which may still be on
 *                                   its way)
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';

const asked = new Set();
const stored = new Map();
const trickles = new Map();
const storedAsked = new Map();
/** Directories published in the browse form, by key: their files, and which to fail or change. */
const sites = new Map();
const waitingForSite = new Map();

/** The browse form of a directory, as the CLI writes it (core's built code: `pnpm build` runs first). */
async function browseFiles(text) {
  const { parseDirectory, writeBrowseForm } = await import('../packages/core/dist/index.js');
  const { directory, problems } = parseDirectory(text);
  const excluded = problems.some((problem) => problem.severity === 'error');
  if (!directory) return new Map([['browse.json', text]]);
  const integrity = (body) => `sha384-${createHash('sha384').update(body, 'utf8').digest('base64')}`;
  return writeBrowseForm(directory, integrity, excluded ? parseDirectory(text).excluded : 0);
}

function siteFiles(key) {
  if (sites.has(key)) return sites.get(key);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(undefined), 5000);
    waitingForSite.set(key, (files) => {
      clearTimeout(timer);
      resolve(files);
    });
  });
}

/**
 * The index up to its names, then a little more every 100 ms for 5 seconds (the rest still
 * coming, as early-look.ts waits to see), and then nothing more, ever.
 */
async function* stalled(text) {
  const namesEnd = text.indexOf('],"id":[') + 1;
  yield text.slice(0, namesEnd);
  for (let at = namesEnd; at < namesEnd + 500; at += 10) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    yield text.slice(at, at + 10);
  }
  await new Promise(() => {});
}

async function* pieces(key, bytes, ms) {
  const body = Buffer.from(stored.get(key));
  for (let at = 0; at < body.length; at += bytes) {
    if (at > 0) await new Promise((resolve) => setTimeout(resolve, ms));
    yield body.subarray(at, at + bytes);
  }
  trickles.set(key, 'sent');
}

/** One of every element, with the scripts named (from the built CDN folder, or another version of one). */
function strictPage(scripts) {
  const src = (name) => (name.startsWith('other-version/') ? `/test-routes/${name}` : `/packages/elements/dist/cdn/${name}`);
  const directory = '/packages/directory-sussex/directory.json';
  return `<!doctype html><html lang="en-GB"><head><title>Strict page</title>
<script src="/packages/elements/test/fixtures/watch-violations.js"></script>
${scripts.map((name) => `<script type="module" src="${src(name)}"></script>`).join('\n')}
</head><body>
<peer-support-directory src="${directory}"></peer-support-directory>
<peer-support-service src="${directory}" service-id="capital-inpatient-peer-support"></peer-support-service>
<peer-support-charter charter="sussex-pwow"></peer-support-charter>
<peer-support-signatories src="${directory}" charter="sussex-pwow"></peer-support-signatories>
<peer-support-coverage src="${directory}"></peer-support-coverage>
<peer-support-crisis-help></peer-support-crisis-help>
</body></html>`;
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
    if (route === 'site' && ctx.method === 'POST') {
      const chunks = [];
      for await (const chunk of ctx.req) chunks.push(chunk);
      const site = {
        files: await browseFiles(Buffer.concat(chunks).toString('utf8')),
        fail: url.searchParams.get('fail'),
        change: url.searchParams.get('change'),
        stall: url.searchParams.has('stall'),
        failed: new Set(),
      };
      sites.set(key, site);
      waitingForSite.get(key)?.(site);
      ctx.status = 204;
      return;
    }
    if (route === 'site') {
      const file = url.pathname.split('/').slice(4).join('/');
      const site = await siteFiles(key);
      if (!site?.files.has(file)) {
        ctx.status = 404;
        return;
      }
      if (site.fail && file.startsWith(site.fail) && !site.failed.has(file)) {
        site.failed.add(file);
        ctx.status = 503;
        return;
      }
      ctx.type = 'application/json';
      ctx.body = site.files.get(file) + (site.change && file.startsWith(site.change) ? ' ' : '');
      if (site.stall && file === 'browse.json') ctx.body = Readable.from(stalled(ctx.body));
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
    if (route === 'strict-page') {
      const scripts = (url.searchParams.get('scripts') ?? '').split(',').filter(Boolean);
      ctx.set(
        'Content-Security-Policy',
        "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'; " +
          "require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'",
      );
      ctx.type = 'text/html';
      ctx.body = strictPage(scripts);
      return;
    }
    if (route === 'other-version') {
      const file = path.join(process.cwd(), 'packages/elements/dist/cdn', path.basename(url.pathname));
      const text = await readFile(file, 'utf8');
      const { version } = JSON.parse(await readFile(path.join(process.cwd(), 'packages/elements/package.json'), 'utf8'));
      ctx.type = 'text/javascript';
      ctx.body = text.replaceAll(`"${version}"`, '"9.9.9"');
      return;
    }
    if (route === 'cut') {
      if (!stored.has(key)) {
        ctx.status = 404;
        return;
      }
      const body = Buffer.from(stored.get(key));
      const once = url.searchParams.has('once');
      if (once && asked.has(`cut:${key}`)) {
        ctx.type = 'application/json';
        ctx.body = body;
        return;
      }
      asked.add(`cut:${key}`);
      // Written by hand, to end it in ways a well-behaved server never would.
      ctx.respond = false;
      ctx.res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
      ctx.res.write(body.subarray(0, Number(url.searchParams.get('after') ?? body.length / 2)));
      const how = url.searchParams.get('how');
      setTimeout(() => (how === 'reset' ? ctx.res.destroy() : ctx.res.end()), 300);
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
