import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ids, searchOver, service } from './search-fixtures.js';

const areas = [
  { id: 'test-county', name: 'Test County' },
  { id: 'test-town', name: 'Test Town', parent: 'test-county' },
  { id: 'test-village', name: 'Test Village', parent: 'test-town' },
  { id: 'test-elsewhere', name: 'Test Elsewhere' },
];
const location = { id: 'main', town: 'Test Town', postcode: 'BN1 1AA' };
const search = searchOver(
  [
    service('test-town-group', 'Test Town Group', {
      areas: ['test-town'],
      formats: ['group'],
      locations: [location],
      cost: 'free',
      schedule: { sessions: [{ days: ['monday'], opens: '10:00', closes: '12:00' }] },
    }),
    service('test-village-drop-in', 'Test Village Drop-in', {
      areas: ['test-village'],
      formats: ['drop-in'],
      cost: 'donation',
      schedule: { sessions: [{ days: ['saturday'], opens: '18:00', closes: '20:00' }] },
    }),
    service('test-county-line', 'Test County Phone Line', {
      areas: ['test-county'],
      formats: ['phone'],
      onlineOnly: true,
      cost: 'free',
      schedule: { sessions: [{ days: ['friday'], opens: '20:00', closes: '02:00', overnight: true }] },
    }),
    service('test-elsewhere-mentors', 'Test Elsewhere Mentors', {
      areas: ['test-elsewhere'],
      formats: ['one-to-one', 'online'],
      locations: [location],
      cost: 'paid',
      schedule: { sessions: [], byAppointment: true },
      ageRange: { min: 16, max: 25 },
    }),
    service('test-ward-workers', 'Test Ward Peer Workers', {
      areas: ['test-town'],
      formats: ['one-to-one'],
      settings: ['inpatient'],
      provision: ['paid-peer-workers'],
      ageRange: { min: 18 },
      cost: undefined,
      schedule: undefined,
    }),
  ],
  undefined,
  areas,
);
const found = (query: Parameters<typeof search.search>[0]) => ids(search.search(query)).sort();

describe('filters', () => {
  it('an area finds the services within it, and those that cover the larger areas it lies in', () => {
    assert.deepEqual(found({ filters: { area: ['test-county'] } }), [
      'test-county-line',
      'test-town-group',
      'test-village-drop-in',
      'test-ward-workers',
    ]);
    // A county-wide phone line serves the town and the village too.
    assert.deepEqual(found({ filters: { area: ['test-town'] } }), [
      'test-county-line',
      'test-town-group',
      'test-village-drop-in',
      'test-ward-workers',
    ]);
    assert.deepEqual(found({ filters: { area: ['test-village'] } }), [
      'test-county-line',
      'test-town-group',
      'test-village-drop-in',
      'test-ward-workers',
    ]);
    assert.deepEqual(found({ filters: { area: ['test-elsewhere'] } }), ['test-elsewhere-mentors']);
  });

  it('ORs the terms of a group and ANDs the groups', () => {
    assert.deepEqual(found({ filters: { cost: ['free', 'donation'] } }), ['test-county-line', 'test-town-group', 'test-village-drop-in']);
    assert.deepEqual(found({ filters: { cost: ['free', 'donation'], area: ['test-town'] } }), [
      'test-county-line',
      'test-town-group',
      'test-village-drop-in',
    ]);
    assert.deepEqual(found({ filters: { cost: [] } }).length, 5, 'an empty choice is no filter');
    assert.deepEqual(found({ filters: { area: ['no-such-area'] } }), [], 'a term no service has finds nothing');
  });

  it('works out in person and online from formats, locations and online-only', () => {
    // In person: somewhere to go (a location, a drop-in, a ward) and not online only.
    assert.deepEqual(found({ filters: { attendance: ['in-person'] } }), [
      'test-elsewhere-mentors',
      'test-town-group',
      'test-village-drop-in',
      'test-ward-workers',
    ]);
    assert.deepEqual(found({ filters: { attendance: ['online'] } }), ['test-county-line', 'test-elsewhere-mentors']);
  });

  it('finds days, weekends, evenings and by appointment from the schedule', () => {
    assert.deepEqual(found({ filters: { day: ['monday'] } }), ['test-town-group']);
    assert.deepEqual(found({ filters: { day: ['saturday', 'friday'] } }), ['test-county-line', 'test-village-drop-in']);
    assert.deepEqual(found({ filters: { when: ['weekend'] } }), ['test-village-drop-in']);
    // Still open after 18:00: the 18:00–20:00 session and the overnight one, not the morning one.
    assert.deepEqual(found({ filters: { when: ['evening'] } }), ['test-county-line', 'test-village-drop-in']);
    const daytime = searchOver([
      service('test-day', 'Test Day', { schedule: { sessions: [{ days: ['monday'], opens: '09:00', closes: '17:30' }] } }),
      service('test-late', 'Test Late', { schedule: { sessions: [{ days: ['monday'], opens: '12:00', closes: '19:00' }] } }),
    ]);
    assert.deepEqual(ids(daytime.search({ filters: { when: ['evening'] } })), ['test-late'], 'a day that ends at 17:30 is not an evening');
    assert.deepEqual(found({ filters: { when: ['by-appointment'] } }), ['test-elsewhere-mentors']);
    assert.equal(search.search({}).facets.day.tuesday, 0);
  });

  it('leaves out services whose age range excludes the person', () => {
    assert.deepEqual(found({ age: 15 }), ['test-county-line', 'test-town-group', 'test-village-drop-in']);
    assert.deepEqual(found({ age: 20 }).length, 5);
    assert.deepEqual(found({ age: 40 }), ['test-county-line', 'test-town-group', 'test-village-drop-in', 'test-ward-workers']);
  });

  it('combines filters with text', () => {
    assert.deepEqual(found({ text: 'test', filters: { provision: ['paid-peer-workers'] } }), ['test-ward-workers']);
    const { facets } = search.search({ text: 'mentors', filters: { cost: ['free'] } });
    assert.equal(facets.cost.paid, 1, 'a group ignores its own choice');
    assert.equal(facets.cost.free, 0);
    assert.equal(facets.format['one-to-one'], 0, 'other groups count only what the choices let through');
  });
});
