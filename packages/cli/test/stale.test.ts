import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { monthsBefore } from '../src/commands/stale.js';
import { fixture, lambethDir, run, scratch, serviceYaml } from './helpers/run.js';

const good = fixture('good');

describe('stale', () => {
  it('lists services not reviewed for 12 months, oldest first, never-reviewed before all', async () => {
    const never = serviceYaml('test-never').replace('lastReviewed: 2026-10-01\n', '');
    const dir = scratch({ 'services/never.yaml': never, 'services/old.yaml': serviceYaml('test-old').replace('2026-10-01', '2020-05-05') }, good);
    const result = await run(['stale', dir, '--now', '2026-11-22'], { cwd: dir });
    assert.equal(result.code, 0);
    assert.deepEqual(result.lines, [
      'Last reviewed  Last heard of  Id               Name                     Status  Source',
      '-------------  -------------  ---------------  -----------------------  ------  --------------------------------',
      'never                         test-never       Test service test-never  active  services/never.yaml:1',
      '2020-05-05                    test-old         Test service test-old    active  services/old.yaml:9',
      '2024-03-01                    test-ward-peers  Test ward peer workers   active  services/test-ward-peers.yaml:13',
    ]);
    assert.equal(
      result.stderr,
      'stale: 3 of 4 services to check: 3 not reviewed since 2025-11-22 (1 never), 0 not heard of since then (12 months before 2026-11-22).\n',
    );
  });

  it('lists services checked recently whose newest evidence that they run is old, by the field to update', async () => {
    const heard = (id: string, date: string) => serviceYaml(id).replace('lastReviewed: 2026-10-01\n', `lastHeardOf: "${date}"\nlastReviewed: 2026-10-01\n`);
    const dir = scratch({ 'services/a.yaml': heard('test-heard-2013', '2013'), 'services/b.yaml': heard('test-heard-lately', '2026-09') }, good);
    const result = await run(['stale', dir, '--now', '2026-11-22'], { cwd: dir });
    const rows = result.lines.slice(2);
    assert.equal(rows.length, 2, 'the ward peers (not reviewed) and the one last heard of in 2013, not the one heard of lately');
    assert.match(rows[0]!, /^2026-10-01 +2013 +test-heard-2013 .* services\/a\.yaml:9$/);
    assert.match(result.stderr, /1 not heard of since then/);
  });

  it('counts back --months from --now', async () => {
    const result = await run(['stale', good, '--months', '1', '--now', '2026-11-22']);
    assert.deepEqual(result.lines.slice(2).map((line) => line.split(/\s+/)[1]), ['test-ward-peers', 'test-voices-group']);
    const none = await run(['stale', good, '--months', '60', '--now', '2026-11-22']);
    assert.deepEqual(none.lines, []);
    assert.equal(none.stderr, 'stale: 0 of 2 services to check: 0 not reviewed since 2021-11-22, 0 not heard of since then (60 months before 2026-11-22).\n');
  });

  it('lists every Lambeth entry the day they were checked: none has been heard of for years', async () => {
    const sources = readdirSync(path.join(lambethDir, 'services')).filter((name) => name.endsWith('.yaml'));
    const fresh = await run(['stale', lambethDir, '--now', '2026-11-22']);
    assert.equal(fresh.code, 0);
    assert.equal(fresh.lines.length, 2 + sources.length);
    assert.match(fresh.lines[2]!, /^2026-11-22 +2013 +community-connecting /);
    assert.match(fresh.stderr, new RegExp(`0 not reviewed since 2025-11-22, ${sources.length} not heard of since then`));
  });

  it('names a wrong --months or --now', async () => {
    const months = await run(['stale', good, '--months', 'twelve']);
    assert.equal(months.code, 2);
    assert.equal(months.stderr, 'peer-support stale: --months "twelve" is not a whole number of months, like 12.\nRun "peer-support stale --help" for usage.\n');
    const now = await run(['stale', good, '--now', '2026-02-30']);
    assert.equal(now.code, 2);
    assert.match(now.stderr, /--now "2026-02-30" is not a date written as YYYY-MM-DD/);
  });

  it('counts months back to the same day, or the last day of a shorter month', () => {
    assert.equal(monthsBefore('2026-11-22', 12), '2025-11-22');
    assert.equal(monthsBefore('2026-03-31', 1), '2026-02-28');
    assert.equal(monthsBefore('2024-03-31', 1), '2024-02-29');
    assert.equal(monthsBefore('2026-01-15', 13), '2024-12-15');
  });
});
