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
    assert.deepEqual(ids(result).sort(), ['test-here', 'test-hove', 'test-safe-house', 'test-two-places']);
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
    ]);
  });

  it('leaves out services with no coordinates, and gives no distance without `near`', () => {
    assert.ok(!ids(search.search({ near: { ...here, radiusKm: 1000 } })).includes('test-online'));
    assert.equal(search.search({}).results[0]!.distanceKm, undefined);
  });
});
