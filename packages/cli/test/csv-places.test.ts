import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { templateColumnsTable, templateCsv } from '../src/csv/template.js';
import { checkFiles, formatLocated } from '../src/workbench/index.js';
import { cliDir, fixture, run, scratch } from './helpers/run.js';

// Where a place is, on each route a maintainer takes: a location's coordinates in the spreadsheet's
// location_lat and location_lng, and an area's centre (with its source) in directory.yaml, which
// the spreadsheet route keeps for the directory's own fields. Every place here is made up.

const HEADER =
  'id,name,summary,organisation_name,organisation_kind,organisation_website,areas,location_name,location_lat,location_lng,last_reviewed';
const row = (id: string, lat: string, lng: string) =>
  `${id},Test ${id},A made-up service.,Test Organisation,user-led,https://test.example.org,north-town,Test Hall,${lat},${lng},2026-10-01`;
const sheet = (...rows: string[]) => [HEADER, ...rows].join('\r\n') + '\r\n';

const envelope = readFileSync(fixture('good', 'directory.yaml'), 'utf8');
/** The fixture's directory.yaml with a centre given to North Town (its second area). */
const withCentre = (centre: string) =>
  envelope.replace('  - id: north-town\n    name: North Town\n', `  - id: north-town\n    name: North Town\n${centre}`);
const GOOD_CENTRE =
  '    centre:\n      lat: 50.9\n      lng: -0.1\n      source:\n        title: A made-up gazetteer\n        date: read 2026-11-22\n';

describe('the template: location_lat and location_lng', () => {
  it('has both columns, described with their form and range', () => {
    const header = templateCsv().trimEnd().split(',');
    assert.equal(header.indexOf('location_lng'), header.indexOf('location_lat') + 1);
    const table = templateColumnsTable();
    assert.match(
      table,
      /\| `location_lat` \| .*latitude in decimal degrees, such as 50\.8179 \(from -90 to 90.*leave both empty rather than guess/,
    );
    assert.match(table, /\| `location_lng` \| .*longitude in decimal degrees, such as -0\.3729 \(from -180 to 180/);
  });

  it("documents an area's centre in directory.yaml, with an example that validates", async () => {
    const readme = readFileSync(path.join(cliDir, 'templates/README.md'), 'utf8');
    const example = /```yaml\n(areas:\n[\s\S]*?)```/.exec(readme)![1]!;
    const areas = (parse(example) as { areas: unknown[] }).areas;
    const dir = scratch({
      'directory.yaml': envelope.replace(
        /areas:\n[\s\S]*$/,
        `areas: ${JSON.stringify([{ id: 'test-county', name: 'Test County' }, ...areas])}\n`,
      ),
    });
    const result = await run(['validate', dir]);
    assert.deepEqual(result.lines, ['validate: no errors, no warnings in no services from 1 file.']);
  });
});

describe('a spreadsheet row with coordinates', () => {
  it('makes a location with coordinates (a decimal comma too), checked against the directory.yaml beside it', async () => {
    const dir = scratch({ 'directory.yaml': withCentre(GOOD_CENTRE), 'services.csv': sheet(row('test-point', '50.8179', '-0.3729')) });
    const checked = await run(['validate', 'directory.yaml', 'services.csv'], { cwd: dir });
    assert.deepEqual(checked.lines, ['validate: no errors, no warnings in 1 service from 2 files.']);
    const imported = await run(['import-csv', 'services.csv', '--out', 'out'], { cwd: dir });
    assert.equal(imported.code, 0, imported.stdout);
    const service = parse(readFileSync(path.join(dir, 'out/test-point.yaml'), 'utf8')) as { locations: unknown[] };
    assert.deepEqual(service.locations, [{ id: 'test-hall', name: 'Test Hall', coordinates: { lat: 50.8179, lng: -0.3729 } }]);

    const europe = scratch({ 'services.csv': sheet(row('test-comma', '"50,8179"', '"-0,3729"')) });
    await run(['import-csv', 'services.csv', '--out', 'out'], { cwd: europe });
    const comma = parse(readFileSync(path.join(europe, 'out/test-comma.yaml'), 'utf8')) as { locations: { coordinates: unknown }[] };
    assert.deepEqual(comma.locations[0]!.coordinates, { lat: 50.8179, lng: -0.3729 });
  });

  it('refuses a latitude off the globe, a word for a number, and half a place, naming row, column and fault', async () => {
    const dir = scratch({
      'services.csv': sheet(row('test-north', '95', '-0.3729'), row('test-words', '50.8179', 'fifty'), row('test-half', '50.8179', '')),
    });
    const result = await run(['import-csv', 'services.csv', '--out', 'out'], { cwd: dir });
    assert.equal(result.code, 1);
    assert.deepEqual(result.lines, [
      'services.csv row 2, column I: error location_lat: should be at most 90 (it is 95).',
      'services.csv row 3, column J: error location_lng: should be a number, but it is the text "fifty".',
      'services.csv row 4, column J: error location_lng: is missing; expected a number.',
      'import-csv: nothing written: 3 errors, no warnings in 3 rows. Fix the errors above.',
    ]);
  });
});

describe("an area's centre in directory.yaml", () => {
  it('names a centre with no source, or off the globe, by line and column; the CSV beside it is still checked', async () => {
    const dir = scratch({
      'directory.yaml': withCentre('    centre:\n      lat: 95\n      lng: -0.1\n'),
      'services.csv': sheet(row('test-point', '50.8179', '-0.3729')),
    });
    const result = await run(['validate', 'directory.yaml', 'services.csv'], { cwd: dir });
    assert.equal(result.code, 1);
    assert.deepEqual(result.lines.slice(0, 2), [
      'directory.yaml:14:7: error areas[1].centre.source: is missing; expected an object.',
      'directory.yaml:14:12: error areas[1].centre.lat: should be at most 90 (it is 95).',
    ]);
  });
});

describe('the workbench: centres and coordinates', () => {
  const files = (yaml: string, csv: string) => [
    { name: 'directory.yaml', bytes: new TextEncoder().encode(yaml) },
    { name: 'services/services.csv', bytes: new TextEncoder().encode(csv) },
  ];

  it('accepts an area centre and a location with coordinates, and keeps both', () => {
    const checked = checkFiles(files(withCentre(GOOD_CENTRE), sheet(row('test-point', '50.8179', '-0.3729'))));
    assert.deepEqual(checked.problems.map(formatLocated), []);
    const north = checked.directory!.areas.find((area) => area.id === 'north-town')!;
    assert.deepEqual(north.centre, { lat: 50.9, lng: -0.1, source: { title: 'A made-up gazetteer', date: 'read 2026-11-22' } });
    assert.deepEqual(checked.directory!.services[0]!.locations[0]!.coordinates, { lat: 50.8179, lng: -0.3729 });
  });

  it('reports a bad centre and bad coordinates where they are written', () => {
    const checked = checkFiles(
      files(
        withCentre('    centre: { lat: -91, lng: -0.1 }\n'),
        sheet(row('test-north', '95', '-0.3729'), row('test-words', '50.8', 'fifty')),
      ),
    );
    assert.deepEqual(checked.problems.filter((problem) => problem.severity === 'error').map(formatLocated), [
      'directory.yaml:13:13: error areas[1].centre.source: is missing; expected an object.',
      'directory.yaml:13:20: error areas[1].centre.lat: should be at least -90 (it is -91).',
      'services/services.csv row 2, column I: error location_lat: should be at most 90 (it is 95).',
      'services/services.csv row 3, column J: error location_lng: should be a number, but it is the text "fifty".',
    ]);
  });
});
