// The scale benchmark's static site: for each size, a generated directory published as `build`
// publishes it (directory.json and the browse form), a partner page for each form with the
// directory element from its CDN bundle, and the same services as small HTML pages indexed by
// Pagefind with a page that searches them through Pagefind's JS API.
import { mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import type { Directory, Service } from '../../packages/core/src/directory/schema.js';
import { buildOutputs } from '../../packages/cli/src/build/outputs.js';
import { generateDirectory, type NameStyle } from '../generate-directory.js';
import type { TypedQuery } from '../pages/probe.js';

const repository = path.resolve(fileURLToPath(import.meta.url), '../../..');
const SEED = 20261122;
/** Where the service typed for sits in the list: near the end, where the plain file has it last. */
const QUERY_AT = 0.95;

export type Form = 'browse' | 'plain' | 'pagefind';

export interface SizeSite {
  readonly size: number;
  /** The page of each form, from the site's root. */
  readonly pages: Record<Form, string>;
  /** A service's name, typed in full; its card must show it. */
  readonly query: TypedQuery;
  /** Published bytes, uncompressed, of what each form's page starts from. */
  readonly rawBytes: { readonly directory: number; readonly browseIndex: number };
}

const crisisFallback = `<aside aria-label="If you need help now">
  <h2>If you need help now</h2>
  <ul>
    <li>For urgent mental health help, call NHS 111 and choose the mental health option: <a href="tel:111">call 111</a></li>
    <li>If a life is at risk, call 999 or go to A&amp;E: <a href="tel:999">call 999</a></li>
    <li>Samaritans, free, any time, day or night: <a href="tel:116123">call 116 123</a></li>
  </ul>
</aside>`;

/** A partner's page as examples/directory.html is: one script tag, one element, fallback content. */
const partnerPage = (src: string) => `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="icon" href="data:," />
    <title>Find peer support</title>
    <script type="module" src="/elements/peer-support-directory.js"></script>
  </head>
  <body>
    <h1>Find peer support</h1>
    <peer-support-directory src="${src}">${crisisFallback}</peer-support-directory>
  </body>
</html>
`;

/**
 * Pagefind's JS API at its best: the box is in the page from the start, the search runs as soon
 * as Pagefind has loaded (or on typing), and the first five results are drawn as cards.
 */
const pagefindPage = `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="icon" href="data:," />
    <title>Find peer support (Pagefind)</title>
  </head>
  <body>
    <h1>Find peer support</h1>
    <label>Search <input type="search" id="query" /></label>
    <ol id="results"></ol>
    <script>
      // Pagefind 1.5 and later search in a Web Worker. The DevTools protocol throttles and counts
      // the page's own thread and requests only, so the bench runs Pagefind's main-thread fallback
      // (the same files, fetched and searched the same way) by hiding Worker from it.
      window.Worker = undefined;
    </script>
    <script type="module">
      const box = document.getElementById('query');
      const list = document.getElementById('results');
      const pagefind = await import('./pagefind/pagefind.js');
      const card = (data) => {
        const item = document.createElement('li');
        item.setAttribute('part', 'card');
        const link = Object.assign(document.createElement('a'), { href: data.url, textContent: data.meta.title });
        item.append(link, Object.assign(document.createElement('p'), { textContent: data.meta.summary ?? '' }));
        return item;
      };
      const show = async () => {
        const search = await pagefind.debouncedSearch(box.value, {}, 0);
        if (!search) return; // a newer search replaced this one
        const shown = await Promise.all(search.results.slice(0, 5).map((result) => result.data()));
        list.replaceChildren(...shown.map(card));
      };
      box.addEventListener('input', show);
      if (box.value) show();
    </script>
  </body>
</html>
`;

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** One service as the small page a static site would have for it. */
function servicePage(service: Service): string {
  const places = service.locations
    .filter((location) => !location.masked)
    .map((location) => `${location.name ?? ''} ${location.town ?? ''}`);
  return `<!doctype html><html lang="en"><head><title>${escape(service.name)}</title></head><body><main data-pagefind-body>
<h1>${escape(service.name)}</h1>
<p data-pagefind-meta="summary">${escape(service.summary ?? '')}</p>
<p>${escape(service.description ?? '')}</p>
<p>Run by ${escape(service.organisation.name)}. ${escape(places.join('; '))}</p>
</main></body></html>`;
}

async function writeFiles(folder: string, files: ReadonlyMap<string, string>): Promise<void> {
  for (const [name, text] of files) {
    await mkdir(path.dirname(path.join(folder, name)), { recursive: true });
    await writeFile(path.join(folder, name), text);
  }
}

async function pagefindIndex(folder: string, directory: Directory): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  for (const service of directory.services) {
    const added = await index.addHTMLFile({ url: `/services/${service.id}/`, content: servicePage(service) });
    if (added.errors.length) throw new Error(`Pagefind, ${service.id}: ${added.errors.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath: path.join(folder, 'pagefind') });
  if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
}

/** Builds the site under `root` (emptied first) for each size; returns what to load and type. */
export async function buildSite(
  root: string,
  sizes: readonly number[],
  names: NameStyle,
  log: (line: string) => void,
): Promise<SizeSite[]> {
  await rm(root, { recursive: true, force: true });
  await mkdir(root, { recursive: true });
  await symlink(path.join(repository, 'packages/elements/dist/cdn'), path.join(root, 'elements'));
  const sites: SizeSite[] = [];
  for (const size of sizes) {
    const started = performance.now();
    const folder = path.join(root, String(size));
    const { files } = buildOutputs(generateDirectory(size, SEED, names), { warnings: 0 });
    const published = JSON.parse(files.get('directory.json')!) as Directory;
    const wanted = new Set(['directory.json', 'browse.json']);
    await writeFiles(folder, new Map([...files].filter(([name]) => wanted.has(name) || name.startsWith('browse/'))));
    await writeFile(path.join(folder, 'plain.html'), partnerPage('directory.json'));
    await writeFile(path.join(folder, 'browse.html'), partnerPage('browse.json'));
    await pagefindIndex(path.join(folder, 'pf'), published);
    await writeFile(path.join(folder, 'pf', 'index.html'), pagefindPage);
    // A running service near the end of the list whose name no other service has.
    const counts = new Map<string, number>();
    for (const service of published.services) counts.set(service.name, (counts.get(service.name) ?? 0) + 1);
    const target = published.services
      .slice(Math.floor(published.services.length * QUERY_AT))
      .find((service) => service.status === 'active' && counts.get(service.name) === 1);
    if (!target) throw new Error(`No service with a name of its own near the end of ${size}`);
    sites.push({
      size,
      pages: { browse: `/${size}/browse.html`, plain: `/${size}/plain.html`, pagefind: `/${size}/pf/` },
      query: { text: target.name.toLowerCase(), expect: target.name },
      rawBytes: { directory: Buffer.byteLength(files.get('directory.json')!), browseIndex: Buffer.byteLength(files.get('browse.json')!) },
    });
    log(`built ${size} services in ${((performance.now() - started) / 1000).toFixed(1)} s: typing "${target.name}"`);
  }
  await pagefind.close();
  return sites;
}
