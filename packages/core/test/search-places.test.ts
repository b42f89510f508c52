import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createPlaceFinder, postcodeDistrict } from '../src/index.js';
import { directoryOf, service } from './search-fixtures.js';

// Made-up towns at made-up coordinates; one area has a centre of its own, with a source.
const directory = directoryOf(
  [
    service('test-a', 'Test A', {
      areas: ['test-shire'],
      locations: [{ id: 'main', town: 'Testbury', postcode: 'TE1 2AB', coordinates: { lat: 51, lng: -1 } }],
    }),
    service('test-b', 'Test B', {
      locations: [{ id: 'main', town: 'testbury', postcode: 'TE1 9ZZ', coordinates: { lat: 51.2, lng: -1.2 } }],
    }),
    service('test-c', 'Test C', { locations: [{ id: 'main', town: 'Nowhere Known' }] }),
    service('test-d', 'Test D', { locations: [{ id: 'main', town: 'Little Testing', coordinates: { lat: 52, lng: 0 } }] }),
  ],
  [
    { id: 'test-shire', name: 'Test Shire', centre: { lat: 51.5, lng: -1.5, source: { title: 'A made-up gazetteer' } } },
    { id: 'little-testing', name: 'Little Testing' },
    { id: 'test-vale', name: 'Test Vale' },
  ],
);
const finder = createPlaceFinder(directory);
const named = (typed: string) => finder.find(typed).map(({ place, exact }) => `${place.name}${exact ? '' : '?'}`);

describe('places for "near me"', () => {
  it('knows the areas, the towns of its locations and their postcode districts, centred on the data', () => {
    const byName = Object.fromEntries(finder.places.map((place) => [place.name, place]));
    assert.deepEqual(Object.keys(byName), ['Test Shire', 'Little Testing', 'Test Vale', 'Testbury', 'TE1']);
    assert.deepEqual(byName['Test Shire']!.centre, { lat: 51.5, lng: -1.5 });
    // An area with no centre of its own takes the middle of the directory's locations in the town of its name.
    assert.deepEqual(byName['Little Testing'], {
      name: 'Little Testing',
      kind: 'area',
      areas: ['little-testing'],
      centre: { lat: 52, lng: 0 },
    });
    assert.equal(byName['Test Vale']!.centre, undefined);
    assert.deepEqual(byName['Testbury']!.centre, { lat: 51.1, lng: -1.1 });
    assert.equal(byName['TE1']!.kind, 'postcode-district');
  });

  it('matches a name exactly, by its start, or by a near spelling, ignoring case and punctuation', () => {
    assert.deepEqual(named('testbury'), ['Testbury']);
    assert.deepEqual(named('TEST-SHIRE'), ['Test Shire']);
    assert.deepEqual(named('Testbry'), ['Testbury?']);
    assert.deepEqual(named('little tes'), ['Little Testing?']);
  });

  it('matches a postcode or its district exactly, never by a near spelling', () => {
    assert.deepEqual(named('te1 4xy'), ['TE1']);
    assert.deepEqual(named('TE1'), ['TE1']);
    assert.deepEqual(named('TE2'), []);
  });

  it('offers nothing for a place it does not know, nor for one it cannot place', () => {
    assert.deepEqual(named('Atlantis'), []);
    assert.deepEqual(named('Nowhere Known'), []);
    assert.deepEqual(named('   '), []);
  });

  it('reads the outward code of UK postcodes', () => {
    assert.equal(postcodeDistrict('bn11 3ab'), 'BN11');
    assert.equal(postcodeDistrict('SW1A 1AA'), 'SW1A');
    assert.equal(postcodeDistrict('Worthing'), undefined);
  });
});
