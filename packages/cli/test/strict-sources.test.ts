import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fixture, run, scratch, serviceYaml } from './helpers/run.js';

// `build` refuses what would hide a service from the person looking for it, in YAML as in CSV.
const good = fixture('good');

describe('sources that would hide a service', () => {
  it('refuse a misspelt field in YAML (contacts: for contact:) instead of publishing without it', async () => {
    const dir = scratch({ 'services/typo.yaml': serviceYaml('test-typo', 'contacts:\n  phone: "01632 960000"') }, good);
    const result = await run(['build', dir, '--out', scratch()], { cwd: dir });
    assert.equal(result.code, 1);
    assert.match(
      result.stdout + result.stderr,
      /services\/typo\.yaml:\d+:\d+: error contacts: is not a field of the format, so what it holds would not be published; did you mean "contact"\?/,
    );
    assert.match(result.stdout + result.stderr, /build: nothing written/);
  });

  it('refuse an area the directory does not have, naming the nearest one when it is close', async () => {
    const dir = scratch({ 'services/far.yaml': serviceYaml('test-far', '').replace(/areas: \[[^\]]*\]/, 'areas: [north]') }, good);
    const result = await run(['validate', dir], { cwd: dir });
    assert.equal(result.code, 1);
    assert.match(
      result.stdout + result.stderr,
      /error areas\[0\]: "north" is not one of the directory's areas, so the service would be missing from every area filter; did you mean "north-town" \(North Town\)\?/,
    );
  });

  it('refuse an area given by name in a spreadsheet the same way', async () => {
    const header = 'id,name,summary,organisation_name,organisation_kind,areas,last_reviewed';
    const row = 'test-csv,Test csv service,A made-up service.,Test Organisation,user-led,North,2026-10-01';
    const dir = scratch({ 'services/more.csv': `${header}\n${row}\n` }, good);
    const result = await run(['validate', dir], { cwd: dir });
    assert.equal(result.code, 1);
    assert.match(
      result.stdout + result.stderr,
      /"north" is not one of the directory's areas, so the service would be missing from every area filter; did you mean "north-town"/,
    );
  });
});
