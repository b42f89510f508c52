import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { axeViolations } from './helpers/axe.js';
import { launch, listen } from './helpers/browser.js';
import { repoRoot } from './helpers/server.js';

// The docs' snippet builder, as a webmaster uses it: every directory in the repository on offer,
// with its own areas and services; code that copies with one button and says so; a page that fits
// a 320 px phone. The docs import the core package by bare names (zod), so they are served by Vite
// as `pnpm start` serves them, on a port of its own and with its own cache, beside any dev server.

interface Area {
  id: string;
  name: string;
  parent?: string;
}
interface Service {
  id: string;
  name: string;
  status?: string;
}
const directories = readdirSync(path.join(repoRoot, 'packages'))
  .filter((name) => name.startsWith('directory-'))
  .map((folder) => {
    const read = (file: string) => JSON.parse(readFileSync(path.join(repoRoot, 'packages', folder, file), 'utf8'));
    const { title, areas, services } = read('directory.json') as { title: string; areas: Area[]; services: Service[] };
    return { folder, packageName: (read('package.json') as { name: string }).name, title, areas, services };
  });
const lambeth = directories.find((directory) => directory.folder === 'directory-lambeth')!;
const ELEMENTS = ['peer-support-directory', 'peer-support-charter', 'peer-support-service', 'peer-support-signatories'];
const CRISIS_HEADING = '<h2>If you need help now</h2>';

let vite: ViteDevServer;
let browser: Browser;
let origin: string;
const cacheDir = mkdtempSync(path.join(tmpdir(), 'psk-docs-vite-'));
before(async () => {
  vite = await createServer({
    configFile: path.join(repoRoot, 'vite.config.ts'),
    root: repoRoot,
    cacheDir,
    logLevel: 'error',
    server: { port: 0, strictPort: false, hmr: false, host: '127.0.0.1' },
  });
  await vite.listen();
  origin = vite.resolvedUrls!.local[0]!.replace(/\/$/, '');
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await vite?.close();
  rmSync(cacheDir, { recursive: true, force: true });
});

async function openBuilder(options: { width?: number; context?: BrowserContext } = {}): Promise<{ page: Page; errors: string[] }> {
  const page = await (options.context ?? browser).newPage({ viewport: { width: options.width ?? 1280, height: 900 } });
  const seen = listen(page);
  await page.route('**/favicon.ico', (route) => route.fulfill({ status: 204 }));
  await page.goto(`${origin}/docs/`);
  await page.waitForFunction(() => document.getElementById('snippet')?.textContent);
  return { page, errors: seen.errors };
}

const code = (page: Page) => page.locator('#snippet').textContent() as Promise<string>;
const optionsOf = (page: Page, select: string) =>
  page.$$eval(`${select} option`, (options) => options.map((option) => [(option as HTMLOptionElement).value, option.textContent]));

it('offers every directory package, labelled with its own title', async () => {
  const { page, errors } = await openBuilder();
  const offered = await optionsOf(page, '#directory-choice');
  assert.deepEqual(offered.map(([value]) => value).sort(), directories.map((directory) => directory.packageName).sort());
  for (const [value, label] of offered) assert.equal(label, directories.find((d) => d.packageName === value)!.title);
  assert.deepEqual(errors, []);
  await page.close();
});

it("choosing Lambeth gives Lambeth's areas and services, its CDN address in the code and its local one in the preview", async () => {
  const { page, errors } = await openBuilder();
  await page.selectOption('#directory-choice', lambeth.packageName);
  const root = lambeth.areas.filter((area) => !area.parent);
  const expected = [
    ['', root.length === 1 ? `All of ${root[0]!.name}` : 'All areas'],
    ...lambeth.areas.filter((area) => root.length !== 1 || area !== root[0]).map((area) => [area.id, area.name]),
  ];
  assert.deepEqual(await optionsOf(page, 'select[name="area"]'), expected);
  assert.match(await code(page), new RegExp(` src="https://cdn\\.jsdelivr\\.net/npm/${lambeth.packageName}@0/directory\\.json"`));
  assert.doesNotMatch(await code(page), /Sussex|directory-sussex/);
  assert.equal(await page.getAttribute('#preview > peer-support-directory', 'src'), `/packages/${lambeth.folder}/directory.json`);

  await page.selectOption('select[name="element"]', 'peer-support-service');
  const names = (await optionsOf(page, '#service-choice')).map(([, label]) => label!.replace(/ \((closed|temporarily closed)\)$/, ''));
  assert.deepEqual(
    names,
    lambeth.services.map((service) => service.name),
  );
  assert.equal(await page.getAttribute('#preview > peer-support-service', 'src'), `/packages/${lambeth.folder}/directory.json`);
  assert.deepEqual(errors, []);
  await page.close();
});

it('the service picker starts on a running service, in every directory', async () => {
  const { page } = await openBuilder();
  await page.selectOption('select[name="element"]', 'peer-support-service');
  for (const directory of directories) {
    await page.selectOption('#directory-choice', directory.packageName);
    const chosen = await page.inputValue('#service-choice');
    const service = directory.services.find((s) => s.id === chosen);
    assert.ok(service, `${directory.folder}: a service is chosen`);
    assert.equal(service.status ?? 'active', 'active', `${directory.folder}: ${chosen} is running`);
    assert.match(await code(page), new RegExp(` service-id="${chosen}"`));
    const closed = directory.services.filter((s) => s.status === 'closed');
    for (const s of closed)
      assert.ok((await optionsOf(page, '#service-choice')).some(([id, label]) => id === s.id && / \(closed\)$/.test(label!)));
  }
  await page.close();
});

it('Copy puts the code on the clipboard and says so in a status region; a refused clipboard selects it and says how', async () => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const { page } = await openBuilder({ context });
  assert.equal(await page.getAttribute('#copied', 'role'), 'status', 'the region is there before anything is said');
  await page.click('#copy');
  await page.waitForFunction(() => document.getElementById('copied')!.textContent === 'Copied.');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await code(page));
  // Code that changes after copying is not the code that was copied: the message goes.
  await page.selectOption('select[name="element"]', 'peer-support-charter');
  assert.equal(await page.textContent('#copied'), '');

  await page.evaluate(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('refused', 'NotAllowedError'));
  });
  await page.click('#copy');
  await page.waitForFunction(() => /did not let the page copy/.test(document.getElementById('copied')!.textContent!));
  assert.equal(await page.evaluate(() => getSelection()!.toString()), await code(page));
  await context.close();
});

it('works by keyboard alone: choose a directory and copy', async () => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const { page } = await openBuilder({ context });
  await page.focus('select[name="element"]');
  const tabTo = async (id: string) => {
    for (let i = 0; i < 30 && (await page.evaluate(() => document.activeElement?.id)) !== id; i++) await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.id), id, `Tab reaches #${id}`);
  };
  await tabTo('directory-choice');
  const before = await page.inputValue('#directory-choice');
  const last = (await optionsOf(page, '#directory-choice')).at(-1)![0];
  await page.keyboard.press(before === last ? 'ArrowUp' : 'ArrowDown');
  assert.notEqual(await page.inputValue('#directory-choice'), before, 'the arrow keys change the directory');
  assert.match(await code(page), new RegExp(`npm/${await page.inputValue('#directory-choice')}@0/`));
  await tabTo('copy');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.getElementById('copied')!.textContent === 'Copied.');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await code(page));
  await context.close();
});

it('at 320 px nothing scrolls sideways: not the page, not the code; a region that scrolls is a named tab stop', async () => {
  const { page, errors } = await openBuilder({ width: 320 });
  for (const directory of directories) {
    await page.selectOption('#directory-choice', directory.packageName);
    for (const element of ELEMENTS) {
      await page.selectOption('select[name="element"]', element);
      const sizes = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      assert.ok(sizes[0]! <= sizes[1]!, `${directory.folder}, ${element}: page ${sizes[0]} px wide in ${sizes[1]} px`);
    }
  }
  const wide = await page.$$eval('pre', (pres) =>
    pres.filter((pre) => pre.scrollWidth > pre.clientWidth).map((pre) => pre.textContent!.slice(0, 40)),
  );
  assert.deepEqual(wide, [], 'every code block wraps');
  const unreachable = await page.$$eval('main *', (all) =>
    all
      .filter((el) => el.scrollWidth > el.clientWidth && ['auto', 'scroll'].includes(getComputedStyle(el).overflowX))
      .filter((el) => el.getAttribute('tabindex') !== '0' || !(el.getAttribute('aria-labelledby') || el.getAttribute('aria-label')))
      .map((el) => el.outerHTML.slice(0, 60)),
  );
  assert.deepEqual(unreachable, []);
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(errors, []);
  await page.close();
});

it('says why the code has no integrity hash; a released build pins its version and carries each file’s hash', async () => {
  const { page } = await openBuilder();
  assert.doesNotMatch(await code(page), /integrity=/);
  assert.match((await page.textContent('#snippet-integrity'))!, /No integrity attribute: .*unreleased build .*manifest: https:\/\/cdn/);
  await page.close();

  const released = await browser.newPage();
  const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'packages/elements/dist/cdn/manifest.json'), 'utf8'));
  await released.route('**/packages/elements/dist/cdn/manifest.json', (route) =>
    route.fulfill({ json: { ...manifest, version: '1.2.3' } }),
  );
  await released.goto(`${origin}/docs/`);
  await released.waitForFunction(() => document.getElementById('snippet')?.textContent);
  const file = manifest.files.find((f: { file: string }) => f.file === 'peer-support-directory.js');
  assert.ok(
    (await code(released)).includes(
      `src="https://cdn.jsdelivr.net/npm/@peer-support-kit/elements@1.2.3/dist/cdn/peer-support-directory.js" integrity="${file.integrity}" crossorigin="anonymous"`,
    ),
  );
  assert.match((await released.textContent('#snippet-integrity'))!, /release 1\.2\.3/);
  await released.close();
});

it('puts crisis help inside only the elements that show it, and never twice on a page', async () => {
  const { page } = await openBuilder();
  const crisisCount = async () => (await code(page)).split(CRISIS_HEADING).length - 1;
  for (const element of [...ELEMENTS, 'peer-support-crisis-help', 'peer-support-coverage']) {
    await page.selectOption('select[name="element"]', element);
    assert.equal(await crisisCount(), element === 'peer-support-charter' ? 0 : 1, element);
  }
  // The directory told to leave crisis help to the page: the page has its own, so none inside.
  await page.selectOption('select[name="element"]', 'peer-support-directory');
  await page.selectOption('select[name="crisis"]', 'none');
  assert.equal(await crisisCount(), 0);
  assert.match((await page.textContent('#snippet-inside'))!, /your page shows its own crisis help/);
  await page.fill('#listing', 'https://www.example.org/peer-support/directory.html');
  assert.match(await code(page), /See every peer support service in Sussex, in a simple list/);
  await page.selectOption('select[name="crisis"]', '');
  // The crisis help element on the same page already carries it (in its own code).
  await page.check('input[name="also"][value="peer-support-crisis-help"]');
  assert.equal(await crisisCount(), 0);
  assert.match((await page.textContent('#snippet-inside'))!, /Choose Crisis help: “Not shown”/);
  await page.close();
});

it("draws the elements' reference from custom-elements.json: every element, attribute and custom property", async () => {
  const { page, errors } = await openBuilder();
  const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'packages/elements/custom-elements.json'), 'utf8')) as {
    modules: Array<{
      declarations?: Array<{ tagName?: string; attributes?: Array<{ name: string }>; cssProperties?: Array<{ name: string }> }>;
    }>;
  };
  const declarations = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName);
  await page.waitForSelector('#element-reference section');
  const headings = await page.$$eval('#element-reference h3', (nodes) => nodes.map((node) => node.textContent));
  assert.deepEqual(
    headings,
    declarations.map((declaration) => `<${declaration.tagName}>`),
  );
  const directory = declarations.find((declaration) => declaration.tagName === 'peer-support-directory')!;
  const attributes = await page.$$eval('#ref-peer-support-directory ~ div table caption', (captions) =>
    captions
      .filter((caption) => caption.textContent === 'peer-support-directory: attributes')
      .map((caption) => [...caption.closest('table')!.querySelectorAll('tbody td:first-child')].map((cell) => cell.textContent)),
  );
  assert.deepEqual(
    attributes[0],
    directory.attributes!.map((attribute) => attribute.name),
  );
  const tokens = await page.$$eval('#token-reference tbody td:first-child', (cells) => cells.map((cell) => cell.textContent));
  const read = new Set(declarations.flatMap((declaration) => (declaration.cssProperties ?? []).map((property) => property.name)));
  assert.deepEqual(tokens, [...read].sort());
  assert.deepEqual(errors, []);
  await page.close();
});

it('lists every id a preset or data file can use, every string, and every service field, from the packages', async () => {
  const { page, errors } = await openBuilder();
  await page.waitForSelector('#lists-reference details');
  const { vocabularies } = await import('@peer-support-kit/core');
  for (const vocabulary of Object.values(vocabularies)) {
    const listed = await page.$$eval(
      '#lists-reference caption',
      (captions, caption) =>
        captions
          .filter((node) => node.textContent === caption)
          .flatMap((node) => [...node.closest('table')!.querySelectorAll('tbody td:first-child')].map((cell) => cell.textContent)),
      `${vocabulary.label}: ids and labels`,
    );
    assert.deepEqual(
      listed,
      vocabulary.terms.map((term) => term.id),
    );
  }
  const { defaultDirectoryStrings } = await import('@peer-support-kit/elements');
  const keys = await page.$$eval('#lists-reference caption', (captions) =>
    captions
      .filter((node) => node.textContent === 'Directory: strings and their English defaults')
      .flatMap((node) =>
        [...node.closest('table')!.querySelectorAll('tbody td:first-child')].map((cell) => cell.textContent!.split('.')[0]),
      ),
  );
  assert.deepEqual([...new Set(keys)].sort(), Object.keys(defaultDirectoryStrings).sort());
  const schema = JSON.parse(readFileSync(path.join(repoRoot, 'packages/core/dist/directory.schema.json'), 'utf8'));
  const fields = await page.$$eval('#lists-reference caption', (captions) =>
    captions
      .filter((node) => node.textContent === 'Service fields')
      .flatMap((node) => [...node.closest('table')!.querySelectorAll('tbody td:first-child')].map((cell) => cell.textContent)),
  );
  assert.deepEqual(fields, Object.keys(schema.properties.services.items.properties));
  // Area fields with the fields of each group after it (centre, centre.lat … centre.source.title …).
  type Fields = { properties?: Record<string, Fields> };
  const paths = (object: Fields, prefix = ''): string[] =>
    Object.entries(object.properties ?? {}).flatMap(([name, field]) => [prefix + name, ...paths(field, `${prefix}${name}.`)]);
  const areaFields = await page.$$eval('#lists-reference caption', (captions) =>
    captions
      .filter((node) => node.textContent === 'Area fields')
      .flatMap((node) => [...node.closest('table')!.querySelectorAll('tbody td:first-child')].map((cell) => cell.textContent)),
  );
  assert.deepEqual(areaFields, paths(schema.properties.areas.items));
  assert.ok(areaFields.includes('centre.source.title'));
  assert.deepEqual(errors, []);
  await page.close();
});
