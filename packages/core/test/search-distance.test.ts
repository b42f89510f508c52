import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ids, searchOver, service } from './search-fixtures.js';

// Made-up places near real coordinates: Brighton clock tower, Hove, Worthing, and London.
const here = { lat: 50.8225, lng: -0.1372 };
const located = (lat: number, lng: number, masked = false) => ({
  locations: [{ id: 'main', town: 'Test Town', coordinates: { lat, lng }, masked }],
});
const search = searchOver([
  service('test-here', 'Test Here', located(50.823, -0.138)),
  service('test-hove', 'Test Hove', located(50.8279, -0.1688)),
  service('test-worthing', 'Test Worthing', located(50.8179, -0.3729)),
  service('test-london', 'Test London', located(51.5072, -0.1276)),
  service('test-safe-house', 'Test Safe House', located(50.83, -0.15, true)),
  service('test-online', 'Test Online', { onlineOnly: true, formats: ['online'] }),
  service('test-two-places', 'Test Two Places', {
    locations: [
      { id: 'far', town: 'Test Far', coordinates: { lat: 51.5072, lng: -0.1276 } },
      { id: 'near', town: 'Test Near', coordinates: { lat: 50.8279, lng: -0.1688 } },
    ],
  }),
]);

describe('distance', () => {
  it('keeps services with a location within the radius, and gives the distance to the nearest one', () => {
    const result = search.search({ near: { ...here, radiusKm: 5 } });
    // Online-only services are kept (and labelled), wherever the person is.
    assert.deepEqual(ids(result).sort(), ['test-here', 'test-hove', 'test-online', 'test-safe-house', 'test-two-places']);
    const distance = (id: string) => result.results.find((hit) => hit.service.id === id)!.distanceKm!;
    assert.ok(distance('test-here') < 0.1);
    // Brighton to Hove is about 2.3 km; the second place of a service counts.
    assert.ok(Math.abs(distance('test-hove') - 2.29) < 0.1, String(distance('test-hove')));
    assert.equal(distance('test-two-places'), distance('test-hove'));
    // Brighton to London is about 76 km.
    assert.ok(Math.abs(search.search({ near: { ...here, radiusKm: 100 }, text: 'london' }).results[0]!.distanceKm! - 76) < 1);
  });

  it('uses masked (approximate) coordinates, which are close enough to tell distance', () => {
    assert.ok(ids(search.search({ near: { ...here, radiusKm: 3 } })).includes('test-safe-house'));
  });

  it('lists the nearest first when there is no text', () => {
    assert.deepEqual(ids(search.search({ near: { ...here, radiusKm: 30 } })), [
      'test-here',
      'test-safe-house',
      'test-hove',
      'test-two-places',
      'test-worthing',
      'test-online',
    ]);
  });

  it('keeps online-only services within any radius, labelled online, and gives no distance without `near`', () => {
    const result = search.search({ near: { ...here, radiusKm: 1 } });
    assert.equal(result.results.find((hit) => hit.service.id === 'test-online')?.near, 'online');
    assert.equal(result.results.find((hit) => hit.service.id === 'test-here')?.near, 'distance');
    assert.equal(search.search({}).results[0]!.distanceKm, undefined);
    assert.equal(search.search({}).results[0]!.near, undefined);
  });
});

describe('near a place', () => {
  const areas = [
    { id: 'test-county', name: 'Test County' },
    { id: 'test-town', name: 'Test Town', parent: 'test-county' },
    { id: 'test-elsewhere', name: 'Test Elsewhere' },
  ];
  const placed = searchOver(
    [
      service('test-close', 'Test Close', { ...located(50.823, -0.138), areas: ['test-town'] }),
      service('test-far', 'Test Far', { ...located(51.5072, -0.1276), areas: ['test-town'] }),
      service('test-town-only', 'Test Town Only', { areas: ['test-town'] }),
      service('test-county-wide', 'Test County Wide', { areas: ['test-county'] }),
      service('test-elsewhere', 'Test Elsewhere', { areas: ['test-elsewhere'] }),
      service('test-online', 'Test Online', { onlineOnly: true }),
    ],
    undefined,
    areas,
  );
  const near = { ...here, radiusKm: 10, areas: ['test-town'] };
  const byId = (result: ReturnType<typeof placed.search>) => Object.fromEntries(result.results.map((hit) => [hit.service.id, hit.near]));

  it('keeps services with no coordinates that cover the area (or a larger one it lies in), and says how each was placed', () => {
    const result = placed.search({ near });
    assert.deepEqual(byId(result), {
      'test-close': 'distance',
      'test-town-only': 'area',
      'test-county-wide': 'area',
      'test-online': 'online',
    });
    // One left out only because it could not be placed: the person is told, not left to wonder.
    assert.deepEqual(result.near, { distance: 1, area: 2, online: 1, unplaced: 1 });
  });

  it('counts the unplaced among what the filters and text keep, not among every service', () => {
    assert.equal(placed.search({ near, text: 'close' }).near!.unplaced, 0);
    assert.equal(placed.search({ near, text: 'elsewhere' }).near!.unplaced, 1);
  });

  it('sorts by distance: the nearest first, then those found by area, then online ones', () => {
    assert.deepEqual(ids(placed.search({ near: { ...here, areas: ['test-town'] }, sort: 'distance' })), [
      'test-close',
      'test-far',
      'test-county-wide',
      'test-town-only',
      'test-online',
      'test-elsewhere',
    ]);
  });

  it('without a radius leaves nothing out; without a point keeps only what covers the areas', () => {
    assert.equal(placed.search({ near: here }).total, 6);
    assert.deepEqual(Object.keys(byId(placed.search({ near: { areas: ['test-town'] } }))).sort(), [
      'test-close',
      'test-county-wide',
      'test-far',
      'test-online',
      'test-town-only',
    ]);
  });

  it('counts facets among the services kept near the place', () => {
    assert.equal(placed.search({ near }).facets.area['test-elsewhere'], 0);
    assert.equal(placed.search({}).facets.area['test-elsewhere'], 1);
  });
});
