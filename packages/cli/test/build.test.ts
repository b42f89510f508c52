import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { computeCoverage, hasContact, parseDirectory } from '@peer-support-kit/core';
import { counted, readLive } from './helpers/live.js';
import { fixture, run, scratch, serviceYaml, snapshot, sussexDir } from './helpers/run.js';

const good = fixture('good');
const FILES = ['coverage.json', 'directory.html', 'directory.json', 'directory.schema.json', 'manifest.json', 'openreferral.json'];
/** The browse form of a directory of up to 32 services: its index, the places, one fragment, the words. */
const BROWSE = [
  /^browse\.json$/,
  /^browse\/places\.[\w-]{12}\.json$/,
  /^browse\/services-0\.[\w-]{12}\.json$/,
  /^browse\/words\.[\w-]{12}\.json$/,
];
/** The files written: FILES and the browse form's, whose names carry their content's hash. */
function expectWritten(names: string[], others: string[] = []): void {
  assert.deepEqual(
    names.filter((name) => !name.startsWith('browse')),
    [...others, ...FILES].sort(),
  );
  const browse = names.filter((name) => name.startsWith('browse')).sort();
  assert.equal(browse.length, BROWSE.length, browse.join());
  BROWSE.forEach((pattern, i) => assert.match(browse[i]!, pattern));
}
const read = (dir: string, name: string) => readFileSync(path.join(dir, name), 'utf8');

describe('build', () => {
  it('writes the six files, with a manifest of counts and integrity hashes', async () => {
    const out = path.join(scratch(), 'dist');
    const result = await run(['build', good, '--out', out]);
    assert.equal(result.code, 0, result.stdout);
    assert.match(result.lines.at(-1)!, /^build: wrote 10 files to .*dist \(2 services, no warnings\)\.$/);
    expectWritten(Object.keys(snapshot(out)));

    const manifest = JSON.parse(read(out, 'manifest.json'));
    assert.equal(manifest.id, 'test-directory');
    assert.equal(manifest.publishedAt, '2026-11-22T09:00:00Z');
    assert.equal(manifest.version, undefined, 'no package.json beside the sources');
    assert.deepEqual(manifest.counts, { services: 2, active: 2, temporarilyClosed: 0, closed: 0, organisations: 2, areas: 3, warnings: 0 });
    for (const name of Object.keys(snapshot(out)).filter((file) => file !== 'manifest.json')) {
      const bytes = readFileSync(path.join(out, name));
      assert.equal(manifest.files[name].integrity, `sha384-${createHash('sha384').update(bytes).digest('base64')}`, name);
      assert.equal(manifest.files[name].bytes, bytes.length, name);
    }
  });

  it('publishes a directory that core reads back, services in list order (by name), with its coverage', async () => {
    const sources = path.join(scratch(), 'sources');
    cpSync(good, sources, { recursive: true });
    // A name that comes first though its id comes last.
    const ward = path.join(sources, 'services/test-ward-peers.yaml');
    writeFileSync(
      ward,
      read(path.dirname(ward), 'test-ward-peers.yaml').replace('name: Test ward peer workers', 'name: test Advocates on the ward'),
    );
    const out = path.join(scratch(), 'dist');
    await run(['build', sources, '--out', out]);
    const { directory, problems } = parseDirectory(read(out, 'directory.json'), { unknownTerms: 'error' });
    assert.deepEqual(problems, []);
    assert.deepEqual(
      directory!.services.map((s) => s.id),
      ['test-ward-peers', 'test-voices-group'],
    );
    assert.deepEqual(JSON.parse(read(out, 'coverage.json')), JSON.parse(JSON.stringify(computeCoverage(directory!))));
    assert.equal(JSON.parse(read(out, 'directory.schema.json')).$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.equal(JSON.parse(read(out, 'openreferral.json')).about?.hsds_version, '3.0');
  });

  it('gives the same bytes for the same sources, however the files are written', async () => {
    const first = path.join(scratch(), 'a');
    const second = path.join(scratch(), 'b');
    await run(['build', good, '--out', first]);
    const again = path.join(scratch(), 'again');
    await run(['build', good, '--out', again]);
    assert.deepEqual(snapshot(again), snapshot(first));
    // The same data with its fields in another order, written as JSON instead of YAML.
    const reordered = scratch({}, good);
    const { directory } = parseDirectory({ ...JSON.parse(read(first, 'directory.json')) });
    const ward = directory!.services.find((s) => s.id === 'test-ward-peers')!;
    rmSync(path.join(reordered, 'services/test-ward-peers.yaml'));
    writeFileSync(
      path.join(reordered, 'services/test-ward-peers.json'),
      JSON.stringify(Object.fromEntries(Object.entries(ward).reverse())),
    );
    await run(['build', reordered, '--out', second]);
    assert.deepEqual(snapshot(second), snapshot(first));
  });

  it('publishes only the town and approximate place of a masked location, in the data and on the page', async () => {
    const sources = scratch({}, good);
    writeFileSync(
      path.join(sources, 'services/test-safe-space.json'),
      JSON.stringify({
        id: 'test-safe-space',
        name: 'Test safe space',
        summary: 'A made-up safe space whose place is shared only on contact.',
        organisation: { name: 'Test Organisation', kind: 'user-led', website: 'https://safe.example.org' },
        areas: ['north-town'],
        locations: [
          {
            id: 'house',
            name: 'Test House',
            address: ['1 Test Street'],
            town: 'Test Town',
            postcode: 'BN1 1AA',
            directions: 'Round the back',
            coordinates: { lat: 50.8, lng: -0.1 },
            masked: true,
          },
        ],
        lastReviewed: '2026-11-01',
      }),
    );
    const out = path.join(scratch(), 'dist');
    const result = await run(['build', sources, '--out', out]);
    assert.equal(result.code, 0, result.stdout + result.stderr);
    // Every file written: the data, the page, and the browse form's index, fragments, words and places.
    const published = Object.values(snapshot(out)).join('\n');
    for (const secret of ['Test House', '1 Test Street', 'BN1 1AA', 'Round the back']) assert.ok(!published.includes(secret), secret);
    assert.match(read(out, 'directory.html'), /<dd>Test Town<\/dd>/, 'the page names the town, and only the town');
    const service = JSON.parse(read(out, 'directory.json')).services.find((s: { id: string }) => s.id === 'test-safe-space');
    assert.deepEqual(service.locations, [
      { id: 'house', town: 'Test Town', coordinates: { lat: 50.8, lng: -0.1 }, masked: true, accessibility: [] },
    ]);
    // The browse form's places file has its approximate place for "near", as directory.json does.
    const index = JSON.parse(read(out, 'browse.json'));
    const position = index.services.name.indexOf('Test safe space');
    assert.deepEqual(JSON.parse(read(out, index.places.file)).places[position], [[50.8, -0.1]]);
  });

  it('takes publishedAt from --published-at, and the version from package.json beside the sources', async () => {
    const dir = scratch({ 'package.json': '{ "name": "test-directory", "version": "1.2.3" }' }, good);
    const out = path.join(dir, 'out');
    const result = await run(['build', dir, '--out', out, '--published-at', '2027-01-01T00:00:00Z']);
    assert.equal(result.code, 0, result.stdout);
    const manifest = JSON.parse(read(out, 'manifest.json'));
    assert.equal(manifest.version, '1.2.3');
    assert.equal(manifest.publishedAt, '2027-01-01T00:00:00Z');
    assert.equal(JSON.parse(read(out, 'directory.json')).publishedAt, '2027-01-01T00:00:00Z');
  });

  it('writes nothing at all when the sources have an error, and leaves the folder as it was', async () => {
    const dir = scratch({ 'services/typo.yaml': serviceYaml('test-typo', 'formats: [grup]') }, good);
    const out = scratch({ 'directory.json': '{"old": true}\n', 'README.md': 'keep me\n' });
    const before = snapshot(out);
    const result = await run(['build', dir, '--out', out], { cwd: dir });
    assert.equal(result.code, 1);
    assert.deepEqual(result.lines, [
      'services/typo.yaml:10:11: error formats[0]: is the text "grup", which is not allowed; expected one of "one-to-one", "group", "drop-in", "online", "phone", "text", "creative"; did you mean "group"?',
      'build: nothing written: 1 error, no warnings. Fix the errors above.',
    ]);
    assert.deepEqual(snapshot(out), before);

    const fresh = path.join(scratch(), 'never-made');
    assert.equal((await run(['build', dir, '--out', fresh])).code, 1);
    assert.equal(existsSync(fresh), false);
  });

  it('replaces only its own files in an existing folder', async () => {
    const out = scratch({ 'README.md': 'keep me\n', 'directory.json': '{"old": true}\n' });
    assert.equal((await run(['build', good, '--out', out])).code, 0);
    const after = snapshot(out);
    assert.equal(after['README.md'], 'keep me\n');
    assert.notEqual(after['directory.json'], '{"old": true}\n');
    expectWritten(Object.keys(after), ['README.md']);
  });

  it('needs a directory file, and one directory', async () => {
    const loose = scratch({ 'one.yaml': serviceYaml('test-loose') });
    const out = path.join(loose, 'out');
    const alone = await run(['build', 'one.yaml', '--out', out], { cwd: loose });
    assert.equal(alone.code, 1);
    assert.deepEqual(alone.lines, [
      'warning sources: no directory file (directory.yaml) was given, so the services were checked on their own: their areas were not checked against a directory.',
      'error sources: no directory file was given: give a directory folder (with directory.yaml and services/) or a file holding a whole directory.',
      'build: nothing written: 1 error, 1 warning. Fix the errors above.',
    ]);
    const two = await run(['build', good, scratch({}, good), '--out', out]);
    assert.equal(two.code, 1);
    assert.match(two.stdout, /error sources: these sources make 2 directories/);
    assert.equal(existsSync(out), false);
  });

  it('builds the Sussex directory: every service in its sources, counted as its manifest says', async () => {
    const out = path.join(scratch(), 'sussex');
    const result = await run(['build', sussexDir, '--out', out]);
    assert.equal(result.code, 0, result.stdout);
    const manifest = JSON.parse(read(out, 'manifest.json'));
    assert.equal(manifest.id, 'sussex');
    assert.equal(manifest.publishedAt, '2026-11-22T00:00:00Z');
    // Expected figures from the sources themselves: adding a real service must not break this.
    const { directory: sources, fileOf } = readLive(sussexDir);
    const published = JSON.parse(read(out, 'directory.json')) as { services: Array<{ id: string; name: string }> };
    assert.deepEqual(
      published.services.map((service) => service.id).sort(),
      [...fileOf.keys()].sort(),
      'one published service for each file in services/',
    );
    const status = (wanted: string) => sources.services.filter((service) => service.status === wanted).length;
    const { services, active, temporarilyClosed, closed, organisations, areas, warnings } = manifest.counts;
    assert.deepEqual(
      { services, active, temporarilyClosed, closed, organisations, areas, warnings },
      {
        services: fileOf.size,
        active: status('active'),
        temporarilyClosed: status('temporarily-closed'),
        closed: status('closed'),
        organisations: new Set(sources.services.map((service) => service.organisation.name)).size,
        areas: sources.areas.length,
        warnings: sources.services.filter((service) => !hasContact(service)).length,
      },
    );
    assert.ok(active > 0, 'Sussex lists running services');
    assert.match(
      result.lines.at(-1)!,
      new RegExp(
        `^build: wrote ${9 + Math.ceil(fileOf.size / 32)} files to .*sussex \\(${counted(fileOf.size, 'service')}, ${counted(warnings, 'warning')}\\)\\.$`,
      ),
    );
  });

  it('reports mistakes in calling it: a missing --out, a bad date', async () => {
    const noOut = await run(['build', good]);
    assert.equal(noOut.code, 2);
    assert.equal(
      noOut.stderr,
      'peer-support build: build needs --out <dir>, the folder to write the files to.\nRun "peer-support build --help" for usage.\n',
    );
    const badDate = await run(['build', good, '--out', 'x', '--published-at', '2026-13-01']);
    assert.equal(badDate.code, 2);
    assert.match(badDate.stderr, /--published-at "2026-13-01" has no month 13; write the date as year-month-day/);
    const ambiguous = await run(['build', good, '--out', 'x', '--published-at', '12/13/2026']);
    assert.equal(ambiguous.code, 2);
    assert.match(
      ambiguous.stderr,
      /"12\/13\/2026" has no month 13: UK dates put the day first\. If you mean 13 December 2026, write 2026-12-13\./,
    );
  });

  it('takes --published-at as a day, as a spreadsheet writes it: midnight UTC that day', async () => {
    for (const day of ['2026-12-03', '03/12/2026', '3 Dec 2026']) {
      const out = path.join(scratch(), 'dist');
      const result = await run(['build', good, '--out', out, '--published-at', day]);
      assert.equal(result.code, 0, result.stderr);
      assert.equal(JSON.parse(read(out, 'manifest.json')).publishedAt, '2026-12-03T00:00:00Z', day);
    }
  });
});
