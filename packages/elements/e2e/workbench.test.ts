import { it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { axeViolations } from './helpers/axe.js';
import { listen } from './helpers/browser.js';
import { usePages } from './helpers/setup.js';
import { repoRoot } from './helpers/server.js';

// The directory workbench in the docs: a maintainer chooses files, sees every problem by file and
// place, the directory as partner sites show it, and downloads exactly what `peer-support build`
// publishes. Real files: the Sussex sources, and broken ones written as a volunteer would.
const pages = usePages();
const sussex = path.join(repoRoot, 'packages/directory-sussex');
const sussexSources = [
  path.join(sussex, 'directory.yaml'),
  path.join(sussex, 'package.json'),
  ...readdirSync(path.join(sussex, 'services')).map((name) => path.join(sussex, 'services', name)),
];

async function openWorkbench(width = 1280): Promise<{ page: Page; errors: string[] }> {
  const page = await pages.browser.newPage({ viewport: { width, height: 900 } });
  const seen = listen(page);
  await page.goto(`${pages.origin}/docs/workbench.html`);
  return { page, errors: seen.errors };
}

async function choose(page: Page, files: string[]): Promise<string> {
  await page.setInputFiles('#files', files);
  await page.waitForFunction(() => !document.getElementById('results')!.hidden && document.getElementById('summary')!.textContent);
  return (await page.locator('#summary').textContent())!;
}

it('docs/workbench.html: publishes the same bytes as peer-support build, and shows the real element', async () => {
  const { page, errors } = await openWorkbench();
  const summary = await choose(page, sussexSources);
  const services = readdirSync(path.join(sussex, 'services')).length;
  assert.match(summary, new RegExp(`^${services} services in ${services + 1} files: no errors, 1 warning\\.`));
  assert.match(
    (await page.locator('#problems').textContent())!,
    /recovery-partners\.yaml.*Warning \(line 4, column 1\) contact: has no website/,
  );
  await page.waitForSelector('#downloads a[data-file="manifest.json"]');
  for (const name of ['directory.json', 'directory.schema.json', 'openreferral.json', 'coverage.json', 'manifest.json']) {
    const downloaded = await page.evaluate(async (file) => {
      const link = document.querySelector<HTMLAnchorElement>(`#downloads a[data-file="${file}"]`)!;
      return (await fetch(link.href)).text();
    }, name);
    assert.equal(downloaded, readFileSync(path.join(sussex, name), 'utf8'), `${name} is byte for byte what build wrote`);
  }
  const cards = page.locator('#preview peer-support-directory').locator('.card');
  await cards.first().waitFor();
  assert.equal(await cards.count(), 10, 'the real element, a page of cards');
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(errors, []);
  await page.close();
});

it('docs/workbench.html: lists every problem of broken files by file and place, and publishes nothing', async () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'workbench-'));
  const write = (name: string, text: string) => {
    writeFileSync(path.join(folder, name), text);
    return path.join(folder, name);
  };
  const tabbed = write(
    'tabbed.yaml',
    'id: test-tabbed\nname: Test tabbed\nsummary: A made-up service.\norganisation:\n\tname: Test Organisation\n\tkind: user-led\n',
  );
  const far = write(
    'far.yaml',
    'id: test-far\nname: Test far\nsummary: A made-up service.\norganisation:\n  name: Test Organisation\n  kind: user-led\nareas: [brighton]\nlastReviewed: 2026-10-01\n',
  );
  const { page, errors } = await openWorkbench(320);
  const summary = await choose(page, [path.join(sussex, 'directory.yaml'), tabbed, far]);
  assert.match(summary, /^1 service in 3 files: 2 errors, 1 warning\./);
  const problems = (await page.locator('#problems').textContent())!;
  assert.match(problems, /tabbed\.yaml.*Error \(line 5, column 1\) syntax: this line and line 6 start with a tab/);
  assert.match(
    problems,
    /far\.yaml.*Error \(line 7, column 9\) areas\[0\]: "brighton" is not one of the directory's areas.*did you mean "brighton-and-hove" \(Brighton and Hove\)\?/,
  );
  assert.equal(await page.locator('#downloads a').count(), 0, 'nothing to download while there are errors');
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), true, 'no sideways scroll at 320 px');
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(errors, []);
  await page.close();
});

it('docs/workbench.html: reads a spreadsheet as Excel saves it, and points at its rows and columns', async () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'workbench-'));
  // Excel's plain "CSV" on Windows: Windows-1252 (0xA3 is £), CRLF.
  const rows = [
    'id,name,summary,organisation_name,organisation_kind,areas,contact_website,cost_note,last_reviewed',
    'test-tea,Tea and talk,A made-up group.,Test Organisation,charity,brighton-and-hove,https://tea.example.org,\xa32 for tea,03/11/2026',
    'test-late,Late group,A made-up group.,Test Organisation,charity,brighton-and-hove,https://late.example.org,,12/13/2026',
  ];
  const sheet = path.join(folder, 'services.csv');
  writeFileSync(sheet, Buffer.from(rows.join('\r\n') + '\r\n', 'latin1'));
  const { page, errors } = await openWorkbench(320);
  const summary = await choose(page, [path.join(sussex, 'directory.yaml'), sheet]);
  assert.match(summary, /^2 services in 2 files: 1 error, 1 warning\./);
  const problems = (await page.locator('#problems').textContent())!;
  assert.match(problems, /services\.csv.*Warning file: is not saved as UTF-8, so it was read as Windows-1252/);
  assert.match(
    problems,
    /Error \(row 3, column I\) last_reviewed: "12\/13\/2026" has no month 13: UK dates put the day first\. If you mean 13 December 2026, write 2026-12-13\./,
  );
  assert.equal(await page.locator('#downloads a').count(), 0);
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(errors, []);
  await page.close();
});

it('docs/workbench.html: takes an area centre and coordinates, and says where a centre is wrong', async () => {
  // The CLI's made-up test directory, with a centre for one area, and a spreadsheet with coordinates.
  // Given as bytes: nothing is written to disk.
  const envelope = readFileSync(path.join(repoRoot, 'packages/cli/test/fixtures/good/directory.yaml'), 'utf8');
  const withCentre = (centre: string) => envelope.replace('    name: North Town\n', `    name: North Town\n${centre}`);
  const header =
    'id,name,summary,organisation_name,organisation_kind,organisation_website,areas,location_name,location_lat,location_lng,last_reviewed';
  const sheet = (lat: string) =>
    `${header}\r\ntest-point,Test point,A made-up service.,Test Organisation,user-led,https://test.example.org,north-town,Test Hall,${lat},-0.3729,2026-10-01\r\n`;
  const file = (name: string, text: string) => ({ name, mimeType: 'text/plain', buffer: Buffer.from(text) });
  const { page, errors } = await openWorkbench(320);

  const good = withCentre(
    '    centre:\n      lat: 50.9\n      lng: -0.1\n      source: { title: A made-up gazetteer, date: read 2026-11-22 }\n',
  );
  await page.setInputFiles('#files', [file('directory.yaml', good), file('services.csv', sheet('50.8179'))]);
  await page.waitForFunction(() =>
    /^1 service in 2 files: no errors, no warnings\./.test(document.getElementById('summary')!.textContent!),
  );
  await page.waitForSelector('#downloads a[data-file="directory.json"]');

  await page.setInputFiles('#files', [
    file('directory.yaml', withCentre('    centre: { lat: 95, lng: -0.1 }\n')),
    file('services.csv', sheet('95')),
  ]);
  await page.waitForFunction(() => /^1 service in 2 files: 3 errors/.test(document.getElementById('summary')!.textContent!));
  const problems = (await page.locator('#problems').textContent())!;
  assert.match(problems, /directory\.yaml.*Error \(line 13, column 13\) areas\[1\]\.centre\.source: is missing/);
  assert.match(problems, /Error \(line 13, column 20\) areas\[1\]\.centre\.lat: should be at most 90 \(it is 95\)\./);
  assert.match(problems, /services\.csv.*Error \(row 2, column I\) location_lat: should be at most 90 \(it is 95\)\./);
  assert.equal(await page.locator('#downloads a').count(), 0);
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(errors, []);
  await page.close();
});
