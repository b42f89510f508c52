import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import type { Service } from '@peer-support-kit/core';
import { monthsBefore } from '../src/commands/stale.js';
import { counted, lastDayOf, newestEvidence, readLive } from './helpers/live.js';
import { fixture, lambethDir, run, scratch, serviceYaml } from './helpers/run.js';

const good = fixture('good');

describe('stale', () => {
  it('lists services not reviewed for 12 months, oldest first, never-reviewed before all', async () => {
    const never = serviceYaml('test-never').replace('lastReviewed: 2026-10-01\n', '');
    const dir = scratch(
      { 'services/never.yaml': never, 'services/old.yaml': serviceYaml('test-old').replace('2026-10-01', '2020-05-05') },
      good,
    );
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
    const heard = (id: string, date: string) =>
      serviceYaml(id).replace('lastReviewed: 2026-10-01\n', `lastHeardOf: "${date}"\nlastReviewed: 2026-10-01\n`);
    const dir = scratch(
      { 'services/a.yaml': heard('test-heard-2013', '2013'), 'services/b.yaml': heard('test-heard-lately', '2026-09') },
      good,
    );
    const result = await run(['stale', dir, '--now', '2026-11-22'], { cwd: dir });
    const rows = result.lines.slice(2);
    assert.equal(rows.length, 2, 'the ward peers (not reviewed) and the one last heard of in 2013, not the one heard of lately');
    assert.match(rows[0]!, /^2026-10-01 +2013 +test-heard-2013 .* services\/a\.yaml:9$/);
    assert.match(result.stderr, /1 not heard of since then/);
  });

  it('counts back --months from --now', async () => {
    const result = await run(['stale', good, '--months', '1', '--now', '2026-11-22']);
    assert.deepEqual(
      result.lines.slice(2).map((line) => line.split(/\s+/)[1]),
      ['test-ward-peers', 'test-voices-group'],
    );
    const none = await run(['stale', good, '--months', '60', '--now', '2026-11-22']);
    assert.deepEqual(none.lines, []);
    assert.equal(
      none.stderr,
      'stale: 0 of 2 services to check: 0 not reviewed since 2021-11-22, 0 not heard of since then (60 months before 2026-11-22).\n',
    );
  });

  it('lists the Lambeth entries not heard of for a year, the day they were checked, oldest first', async () => {
    // Which entries, from their sources: adding a real service (heard of lately or not) must not break this.
    const { directory, fileOf } = readLive(lambethDir);
    const cutoff = '2025-11-22';
    const unreviewed = (service: Service) => !service.lastReviewed || service.lastReviewed < cutoff;
    const unheard = (service: Service) => newestEvidence(service) !== undefined && lastDayOf(newestEvidence(service)!) < cutoff;
    const expected = directory.services.filter((service) => unreviewed(service) || unheard(service));
    assert.ok(expected.length > 0, 'Lambeth lists entries last heard of years ago');

    const fresh = await run(['stale', lambethDir, '--now', '2026-11-22']);
    assert.equal(fresh.code, 0);
    assert.equal(fresh.lines.length, 2 + expected.length);
    // The columns start where the rule under the header does: an empty cell stays a cell.
    const starts = [...fresh.lines[1]!.matchAll(/-+/g)].map((m) => m.index!);
    const rows = fresh.lines.slice(2).map((line) => starts.map((start, i) => line.slice(start, starts[i + 1]).trim()));
    assert.deepEqual(rows.map((row) => row[2]).sort(), expected.map((service) => service.id).sort());
    for (const [reviewed, heard, id, , , source] of rows) {
      const service = expected.find((s) => s.id === id)!;
      assert.equal(reviewed, service.lastReviewed ?? 'never', id);
      assert.equal(heard, newestEvidence(service) ?? '', id);
      assert.match(source!, new RegExp(`${path.basename(fileOf.get(id!)!)}:\\d+$`), id);
    }
    const oldest = (row: string[]) => [row[0] === 'never' ? '' : row[0]!, row[1] || '9999'].sort()[0]!;
    assert.deepEqual(rows.map(oldest), rows.map(oldest).sort(), 'oldest first');
    assert.match(
      fresh.stderr,
      new RegExp(
        `^stale: ${expected.length} of ${counted(directory.services.length, 'service')} to check: ${expected.filter(unreviewed).length} not reviewed since ${cutoff}, ${expected.filter(unheard).length} not heard of since then`,
      ),
    );
  });

  it('names a wrong --months or --now', async () => {
    const months = await run(['stale', good, '--months', 'twelve']);
    assert.equal(months.code, 2);
    assert.equal(
      months.stderr,
      'peer-support stale: --months "twelve" is not a whole number of months, like 12.\nRun "peer-support stale --help" for usage.\n',
    );
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
