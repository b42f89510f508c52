import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { computeCoverage, parseDirectory, type Directory, type ServiceInput } from '../src/index.js';
import { sampleDirectory, sampleService } from './helpers/sample.js';

/** A made-up county with two towns, and one more county, for the tests. */
const areas = [
  { id: 'test-county', name: 'Test County' },
  { id: 'north-town', name: 'North Town', parent: 'test-county' },
  { id: 'south-town', name: 'South Town', parent: 'test-county' },
  { id: 'other-county', name: 'Other County' },
];

function directoryOf(services: Partial<ServiceInput>[]): Directory {
  const doc = { ...sampleDirectory(services.map((overrides, i) => sampleService({ id: `test-service-${i + 1}`, ...overrides }))), areas };
  const { directory, problems } = parseDirectory(doc, { unknownTerms: 'error' });
  assert.deepEqual(
    problems.filter((p) => p.severity === 'error'),
    [],
  );
  return directory!;
}

const messages = (directory: Directory) => computeCoverage(directory).gaps.map((gap) => gap.message);

describe('computeCoverage', () => {
  it('counts a service for a county in full in each town inside it', () => {
    const coverage = computeCoverage(directoryOf([{ areas: ['test-county'], provision: ['paid-peer-workers'] }]));
    for (const area of ['test-county', 'north-town', 'south-town']) {
      assert.deepEqual(coverage.provision.cells[area]!['paid-peer-workers'], { services: ['test-service-1'], partial: [] }, area);
    }
    assert.deepEqual(coverage.provision.cells['other-county']!['paid-peer-workers'], { services: [], partial: [] });
  });

  it('counts a service for one town as partial in its county, and not in the other town', () => {
    const coverage = computeCoverage(directoryOf([{ areas: ['north-town'], provision: ['informal'] }]));
    assert.deepEqual(coverage.provision.cells['test-county']!.informal, { services: [], partial: ['test-service-1'] });
    assert.deepEqual(coverage.provision.cells['north-town']!.informal, { services: ['test-service-1'], partial: [] });
    assert.deepEqual(coverage.provision.cells['south-town']!.informal, { services: [], partial: [] });
  });

  it('lists areas with each county before the towns inside it, with their depth', () => {
    const coverage = computeCoverage(directoryOf([{}]));
    assert.deepEqual(
      coverage.areas.map((a) => [a.id, a.depth, a.parent]),
      [
        ['test-county', 0, undefined],
        ['north-town', 1, 'test-county'],
        ['south-town', 1, 'test-county'],
        ['other-county', 0, undefined],
      ],
    );
  });

  it('counts only active services, and says why the others are left out', () => {
    const coverage = computeCoverage(
      directoryOf([
        { areas: ['test-county'] },
        { areas: ['test-county'], status: 'closed' },
        { areas: ['test-county'], status: 'temporarily-closed' },
        { areas: ['somewhere-else'] },
      ]),
    );
    assert.equal(coverage.counted, 1);
    assert.deepEqual(
      coverage.uncounted.map((s) => [s.id, s.reason]),
      [
        ['test-service-2', 'closed'],
        ['test-service-3', 'temporarily-closed'],
        ['test-service-4', 'no-known-area'],
      ],
    );
    const withPaused = computeCoverage(directoryOf([{ areas: ['test-county'], status: 'temporarily-closed' }]), {
      statuses: ['active', 'temporarily-closed'],
    });
    assert.equal(withPaused.counted, 1);
  });

  it('breaks services down by community and by transition point', () => {
    const coverage = computeCoverage(
      directoryOf([
        { areas: ['test-county'], communities: ['young-people', 'lgbtq'], transitions: ['leaving-hospital'] },
        { areas: ['south-town'], settings: ['crisis'] },
      ]),
    );
    assert.deepEqual(coverage.community.cells['north-town']!['young-people']!.services, ['test-service-1']);
    assert.deepEqual(coverage.community.cells['north-town']!.men!.services, []);
    assert.deepEqual(coverage.transition.cells['north-town']!['leaving-hospital']!.services, ['test-service-1']);
    // A service in a crisis setting is there for people in crisis, so it counts at that transition point.
    assert.deepEqual(coverage.transition.cells['test-county']!.crisis, { services: [], partial: ['test-service-2'] });
    assert.deepEqual(coverage.community.terms.slice(0, 2), [
      { id: 'young-people', label: 'Young people' },
      { id: 'older-people', label: 'Older people' },
    ]);
  });

  it('names each gap once, at the largest area that has it', () => {
    const gaps = messages(
      directoryOf([
        { areas: ['test-county'], provision: ['paid-peer-workers'], communities: ['young-people'] },
        {
          areas: ['north-town'],
          provision: ['informal'],
          transitions: ['entering-services', 'leaving-services', 'leaving-hospital', 'crisis'],
          schedule: { sessions: [{ days: ['saturday'], opens: '10:00', closes: '14:00' }] },
        },
        { areas: ['other-county'], provision: ['informal', 'organised-volunteer', 'paid-peer-workers'], communities: ['men'] },
      ]),
    );
    assert.ok(gaps.includes('The directory lists no volunteer peer mentors or buddies in Test County'));
    // North Town has informal support, so the county has it in part: only South Town lacks it.
    assert.ok(gaps.includes('The directory lists no informal peer support in South Town'));
    assert.ok(!gaps.includes('The directory lists no informal peer support in Test County'));
    assert.ok(!gaps.includes('The directory lists no volunteer peer mentors or buddies in North Town'));
    assert.ok(gaps.includes('The directory lists no peer support for people leaving hospital in South Town'));
    assert.ok(gaps.includes('The directory lists no crisis peer support in South Town'));
    assert.ok(gaps.includes('The directory lists no peer support for people starting to use mental health services in Other County'));
    assert.ok(gaps.includes('The directory lists no peer support for young people in Other County'));
    assert.ok(gaps.includes('The directory lists no peer support for LGBTQ+ people in Test County'));
    assert.ok(gaps.includes('The directory lists no peer support for men in Test County'));
    assert.ok(!gaps.some((gap) => gap.includes('young people in North Town') || gap.includes('young people in Test County')));
  });

  it('names crisis peer support with no weekend hours', () => {
    const weekdays = { sessions: [{ days: ['monday' as const], opens: '18:00', closes: '22:00' }] };
    const gaps = messages(
      directoryOf([{ areas: ['test-county'], transitions: ['crisis'], schedule: weekdays }, { areas: ['other-county'] }]),
    );
    assert.ok(
      gaps.includes(
        'The directory lists no weekend crisis peer support in Test County (its one crisis peer support service lists no weekend hours)',
      ),
    );
    // Not again for the towns inside it, and not for Other County, which has no crisis support at all.
    assert.equal(gaps.filter((gap) => gap.startsWith('The directory lists no weekend crisis')).length, 1);
    assert.ok(gaps.includes('The directory lists no crisis peer support in Other County'));

    const weekend = { sessions: [{ days: ['sunday' as const], opens: '20:00', closes: '02:00', overnight: true }] };
    const covered = computeCoverage(directoryOf([{ areas: ['test-county'], settings: ['crisis'], schedule: weekend }]));
    assert.deepEqual(covered.areas[1]!.weekendCrisis.services, ['test-service-1']);
    assert.ok(!covered.gaps.some((gap) => gap.kind === 'weekend-crisis'));
  });

  it('says an area has no peer support at all in one line', () => {
    const coverage = computeCoverage(directoryOf([{ areas: ['north-town'] }]));
    const southTown = coverage.gaps.filter((gap) => gap.area === 'south-town');
    assert.deepEqual(southTown, [
      { kind: 'no-services', area: 'south-town', message: 'The directory lists no peer support in South Town' },
    ]);
    assert.deepEqual(
      coverage.gaps.filter((gap) => gap.area === 'other-county').map((gap) => gap.message),
      ['The directory lists no peer support in Other County'],
    );
  });

  it('gives the same result for the same directory, with services in a stable order', () => {
    const directory = directoryOf([
      { id: 'zeta', areas: ['test-county'] },
      { id: 'alpha', areas: ['test-county'] },
    ]);
    assert.deepEqual(computeCoverage(directory).areas[0]!.all.services, ['alpha', 'zeta']);
    assert.equal(JSON.stringify(computeCoverage(directory)), JSON.stringify(computeCoverage(structuredClone(directory))));
  });

  it('copes with areas whose parents form a loop or are unknown', () => {
    const directory = directoryOf([{ areas: ['loop-a'] }]);
    const looped: Directory = {
      ...directory,
      areas: [
        { id: 'loop-a', name: 'Loop A', parent: 'loop-b' },
        { id: 'loop-b', name: 'Loop B', parent: 'loop-a' },
        { id: 'orphan', name: 'Orphan', parent: 'nowhere' },
      ],
    };
    const coverage = computeCoverage(looped);
    assert.deepEqual(
      coverage.areas.map((a) => [a.id, a.depth]),
      [
        ['loop-a', 0],
        ['loop-b', 0],
        ['orphan', 0],
      ],
    );
    assert.ok(coverage.gaps.some((gap) => gap.message === 'The directory lists no peer support in Orphan'));
  });
});
