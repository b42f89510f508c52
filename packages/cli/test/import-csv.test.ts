import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { templateColumnsTable, templateCsv } from '../src/csv/template.js';
import { cliDir, fixture, run, scratch, snapshot } from './helpers/run.js';

const sheet = fixture('csv', 'services.csv');

describe('import-csv', () => {
  it('writes one YAML file a service, with words read as vocabulary ids', async () => {
    const out = path.join(scratch(), 'services');
    const result = await run(['import-csv', sheet, '--out', out]);
    assert.equal(result.code, 0, result.stdout);
    assert.deepEqual(result.lines, [
      'test/fixtures/csv/services.csv row 4, column A: warning id: is empty, so the id "test-csv-second" was made from the name; write it in the id column to keep it if the name changes.',
      `import-csv: wrote 2 services to ${out} (2 new, 0 replaced), 1 warning.`,
    ]);
    assert.deepEqual(Object.keys(snapshot(out)), ['test-csv-group.yaml', 'test-csv-second.yaml']);
    assert.equal(
      readFileSync(path.join(out, 'test-csv-group.yaml'), 'utf8'),
      `id: test-csv-group
name: Test CSV group
summary: A made-up peer group, used by the tests.
organisation:
  name: Test Organisation CSV
  kind: voluntary-sector
  website: https://csv.example.org
provision: [paid-peer-workers]
formats: [group, one-to-one]
communities: [lgbtq, young-people]
areas: [north-town]
schedule:
  sessions:
    - days: [tuesday]
      opens: "18:00"
      closes: "20:00"
    - days: [saturday]
      opens: "10:00"
      closes: "12:00"
      frequency: fortnightly
      startsOn: "2026-01-03"
    - days: [friday]
      opens: "22:00"
      closes: "02:00"
      overnight: true
referral: [self]
ageRange:
  min: 16
cost: free
charters: [sussex-pwow]
activePartner: true
lastReviewed: "2026-10-01"
sources:
  - title: Test source
    url: https://csv.example.org/about
    date: "2026"
`,
    );
    const second = readFileSync(path.join(out, 'test-csv-second.yaml'), 'utf8');
    assert.match(second, /summary: \|-\n {2}A made-up service\n {2}over two lines\.\n/);
    assert.match(second, /days: \[monday, tuesday, wednesday, thursday, friday\]/);
  });

  it('writes sources that validate in a directory folder', async () => {
    const dir = scratch({}, fixture('good'));
    await run(['import-csv', sheet, '--out', path.join(dir, 'services')]);
    const result = await run(['validate', dir], { cwd: dir });
    assert.deepEqual(result.lines, ['validate: no errors, no warnings in 4 services from 5 files.']);
  });

  it('writes nothing when a word is unknown, and suggests the nearest', async () => {
    const csv = 'id,name,summary,organisation_name,organisation_kind,communities\ntest-x,Test X,A made-up row.,Test Org,nhs,yuong people\n';
    const dir = scratch({ 'sheet.csv': csv });
    const out = path.join(dir, 'out');
    const result = await run(['import-csv', 'sheet.csv', '--out', 'out'], { cwd: dir });
    assert.equal(result.code, 1);
    assert.deepEqual(result.lines, [
      'sheet.csv row 2, column F: error communities: is the text "yuong people", which is not allowed; expected one of "young-people", "older-people", "lgbtq", "trans-non-binary", "women", "men", "racialised-communities", "faith", "disabled-people", "carers", "parents"; did you mean "young-people"?',
      'import-csv: nothing written: 1 error, no warnings in 1 row. Fix the errors above.',
    ]);
    assert.equal(existsSync(out), false);
  });

  it('drops nothing in silence: unknown columns, extra cells and unreadable sessions are errors', async () => {
    const csv = 'id,name,Adress,sessions\ntest-y,Test Y,1 High Street,every tuesday evening,surplus\n';
    const dir = scratch({ 'sheet.csv': csv });
    const result = await run(['import-csv', 'sheet.csv', '--out', 'out'], { cwd: dir });
    assert.equal(result.code, 1);
    const errors = result.lines.filter((line) => line.includes(': error '));
    assert.deepEqual(errors, [
      'sheet.csv row 1, column C: error column "Adress": is not a column of the template, so its data would be lost; rename it or remove it. Did you mean "location_address"?',
      'sheet.csv row 2: error summary (no such column): is missing; expected text.',
      'sheet.csv row 2: error organisation_name (no such column): is missing; expected text.',
      'sheet.csv row 2: error organisation_kind (no such column): is missing; expected text.',
      'sheet.csv row 2, column D: error sessions: "every tuesday evening" is not a session; write days and times such as "tuesday 18:00-20:00", "sat, sun 10am-2pm" or "weekdays 17:00-22:30 fortnightly from 2026-01-06".',
      'sheet.csv row 2, column E: error row: has 5 cells but the header names 4 columns; the cells beyond the header would be lost.',
    ]);
    assert.equal(existsSync(path.join(dir, 'out')), false);
  });

  it('names a CSV that cannot be read', async () => {
    const dir = scratch({ 'bad.csv': 'id,name\n"test-z,Test Z\n' });
    const missing = await run(['import-csv', 'nope.csv', '--out', 'out'], { cwd: dir });
    assert.equal(missing.code, 1);
    assert.equal(missing.lines[0], 'nope.csv: error file: cannot be read: there is no such file or folder.');
    const broken = await run(['import-csv', 'bad.csv', '--out', 'out'], { cwd: dir });
    assert.equal(broken.code, 1);
    assert.equal(
      broken.lines[0],
      'bad.csv:2:1: error syntax: this is not valid CSV: the parsing is finished with an opening quote at line 2; nothing in this file was read.',
    );
  });

  it('ships a template whose columns and documentation match what it reads', () => {
    assert.equal(readFileSync(path.join(cliDir, 'templates/services-template.csv'), 'utf8'), templateCsv());
    const readme = readFileSync(path.join(cliDir, 'templates/README.md'), 'utf8');
    assert.ok(
      readme.includes(templateColumnsTable()),
      'templates/README.md is out of date: run pnpm --filter @peer-support-kit/cli templates',
    );
  });

  it('imports the empty template without writing anything', async () => {
    const out = path.join(scratch(), 'out');
    const result = await run(['import-csv', path.join(cliDir, 'templates/services-template.csv'), '--out', out]);
    assert.equal(result.code, 0);
    assert.match(result.lines.at(-1)!, /^import-csv: wrote no services to .* \(0 new, 0 replaced\), no warnings\.$/);
  });
});
