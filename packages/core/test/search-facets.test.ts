import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  createSearch,
  isOpenAt,
  vocabularies,
  type Directory,
  type FilterGroup,
  type SearchQuery,
  type Service,
  type ServiceInput,
} from '../src/index.js';
import { directoryOf, ids, service } from './search-fixtures.js';

const AREAS: Directory['areas'] = [
  { id: 'test-region', name: 'Test Region' },
  { id: 'test-county', name: 'Test County', parent: 'test-region' },
  { id: 'test-town', name: 'Test Town', parent: 'test-county' },
  { id: 'test-village', name: 'Test Village', parent: 'test-county' },
  { id: 'test-city', name: 'Test City', parent: 'test-region' },
];
const DAYS = vocabularies.day.ids;
const WORDS = ['voices', 'walking', 'art', 'carers', 'harbour', 'lantern'];

const someOf = <T>(list: readonly T[]) => fc.subarray([...list], { maxLength: 3 });

const serviceArbitrary = (index: number) =>
  fc
    .record({
      words: fc.subarray(WORDS, { minLength: 1, maxLength: 2 }),
      provision: someOf(vocabularies.provision.ids),
      formats: someOf(vocabularies.format.ids),
      settings: someOf(vocabularies.setting.ids),
      experiences: someOf(vocabularies.experience.ids),
      communities: someOf(vocabularies.community.ids),
      transitions: someOf(vocabularies.transition.ids),
      referral: someOf(vocabularies.referral.ids),
      cost: fc.option(fc.constantFrom(...vocabularies.cost.ids), { nil: undefined }),
      accessibility: someOf(vocabularies.accessibility.ids),
      locationAccess: fc.option(someOf(vocabularies.accessibility.ids), { nil: undefined }),
      areas: fc.subarray(
        AREAS.map((area) => area.id),
        { maxLength: 2 },
      ),
      onlineOnly: fc.boolean(),
      sessions: fc.array(
        fc.record({
          days: fc.subarray([...DAYS], { minLength: 1, maxLength: 2 }),
          opens: fc.constantFrom('10:00', '15:00', '18:00'),
          hours: fc.integer({ min: 1, max: 3 }),
        }),
        { maxLength: 2 },
      ),
      byAppointment: fc.boolean(),
      status: fc.constantFrom('active', 'active', 'temporarily-closed', 'closed' as const),
      ages: fc.option(fc.record({ min: fc.integer({ min: 0, max: 30 }), span: fc.integer({ min: 0, max: 60 }) }), { nil: undefined }),
    })
    .map((r): ServiceInput =>
      service(`test-${index}`, `Test ${r.words.join(' ')} ${index}`, {
        provision: r.provision,
        formats: r.formats,
        settings: r.settings,
        experiences: r.experiences,
        communities: r.communities,
        transitions: r.transitions,
        referral: r.referral,
        cost: r.cost,
        accessibility: r.accessibility,
        areas: r.areas,
        onlineOnly: r.onlineOnly,
        locations: r.locationAccess ? [{ id: 'main', town: 'Test Town', accessibility: r.locationAccess }] : [],
        schedule: {
          sessions: r.sessions.map((s) => ({
            days: s.days,
            opens: s.opens,
            closes: `${String(Number(s.opens.slice(0, 2)) + s.hours).padStart(2, '0')}:00`,
          })),
          byAppointment: r.byAppointment,
        },
        status: r.status,
        ageRange: r.ages ? { min: r.ages.min, max: r.ages.min + r.ages.span } : undefined,
      }),
    );

const directoryArbitrary = fc
  .integer({ min: 1, max: 25 })
  .chain((count) => fc.tuple(...Array.from({ length: count }, (_, i) => serviceArbitrary(i))));

/** The terms of each group a service has, worked out here independently of the search. */
function termsOf(service: Service): Record<FilterGroup, string[]> {
  // An area listed covers itself, the areas it lies in, and the areas within it.
  const parents = new Map(AREAS.map((area) => [area.id, area.parent]));
  const within = (inner: string, outer: string) => {
    for (let up: string | undefined = inner; up; up = parents.get(up)) if (up === outer) return true;
    return false;
  };
  const areas = new Set(AREAS.map((a) => a.id).filter((id) => service.areas.some((listed) => within(listed, id) || within(id, listed))));
  const sessions = service.schedule?.sessions ?? [];
  const days = new Set(sessions.flatMap((session) => session.days));
  return {
    provision: service.provision,
    format: service.formats,
    setting: service.settings,
    experience: service.experiences,
    community: service.communities,
    transition: service.transitions,
    referral: service.referral,
    cost: service.cost ? [service.cost] : [],
    accessibility: [...service.accessibility, ...service.locations.flatMap((location) => location.accessibility)],
    kind: [service.kind],
    area: [...areas],
    attendance: [
      ...(!service.onlineOnly &&
      (service.locations.length > 0 || service.formats.includes('drop-in') || service.settings.includes('inpatient'))
        ? ['in-person']
        : []),
      ...(service.onlineOnly || service.formats.some((format) => ['online', 'phone', 'text'].includes(format)) ? ['online'] : []),
    ],
    day: [...days],
    when: [
      ...(days.has('saturday') || days.has('sunday') ? ['weekend'] : []),
      ...(sessions.some((session) => session.overnight || session.closes > '18:00') ? ['evening'] : []),
      ...(service.schedule?.byAppointment ? ['by-appointment'] : []),
    ],
  };
}

const GROUPS = Object.keys(termsOf(directoryOf([service('test-x', 'Test X')]).services[0]!)) as FilterGroup[];
const allTerms = (group: FilterGroup): readonly string[] =>
  group === 'area'
    ? AREAS.map((area) => area.id)
    : group === 'attendance'
      ? ['in-person', 'online']
      : group === 'when'
        ? ['weekend', 'evening', 'by-appointment']
        : vocabularies[group].ids;

const queryArbitrary = fc.record({
  text: fc.option(fc.constantFrom(...WORDS, 'walk', 'voics', 'test'), { nil: undefined }),
  filters: fc.dictionary(
    fc.constantFrom(...GROUPS),
    fc.constantFrom(...GROUPS).chain((group) => fc.subarray([...allTerms(group)], { maxLength: 2 })),
    { maxKeys: 3 },
  ),
  age: fc.option(fc.integer({ min: 0, max: 90 }), { nil: undefined }),
  includeClosed: fc.boolean(),
  openAt: fc.option(fc.date({ min: new Date('2026-06-01T00:00:00Z'), max: new Date('2026-06-08T00:00:00Z'), noInvalidDate: true }), {
    nil: undefined,
  }),
});

/** What the search should find and count, by brute force over every service and term. */
function bruteForce(directory: Directory, query: SearchQuery, textMatches: ReadonlySet<string>) {
  const base = directory.services.filter(
    (s) =>
      textMatches.has(s.id) &&
      (query.includeClosed || s.status !== 'closed') &&
      (query.age === undefined || !s.ageRange || (query.age >= (s.ageRange.min ?? 0) && query.age <= (s.ageRange.max ?? 200))) &&
      (!query.openAt || isOpenAt(s, query.openAt)),
  );
  const chosen = GROUPS.filter((group) => (query.filters?.[group]?.length ?? 0) > 0);
  const passes = (s: Service, except?: FilterGroup) =>
    chosen.every((group) => group === except || termsOf(s)[group].some((term) => query.filters![group]!.includes(term)));
  const facets = Object.fromEntries(
    GROUPS.map((group) => [
      group,
      Object.fromEntries(
        allTerms(group).map((term) => [term, base.filter((s) => passes(s, group) && termsOf(s)[group].includes(term)).length]),
      ),
    ]),
  );
  return {
    ids: base
      .filter((s) => passes(s))
      .map((s) => s.id)
      .sort(),
    facets,
  };
}

describe('facets and filters', () => {
  it('count every term of every group as a brute-force count does, with the other groups applied', () => {
    fc.assert(
      fc.property(directoryArbitrary, fc.array(queryArbitrary, { minLength: 1, maxLength: 4 }), (services, queries) => {
        const directory = directoryOf(services, AREAS);
        const search = createSearch(directory);
        for (const query of queries) {
          const textMatches = new Set(ids(search.search({ text: query.text, includeClosed: true, limit: Infinity })));
          const expected = bruteForce(directory, query, textMatches);
          const result = search.search({ ...query, limit: Infinity });
          assert.deepEqual(ids(result).sort(), expected.ids);
          assert.equal(result.total, expected.ids.length);
          assert.deepEqual(result.facets, expected.facets);
        }
      }),
      { numRuns: 150 },
    );
  });
});
