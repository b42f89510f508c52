import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ids, searchOver, service } from './search-fixtures.js';

const search = searchOver([
  service('test-a', 'Test Alder Group', { experiences: ['hearing-voices'], communities: [], formats: ['group'] }),
  service('test-b', 'Test Beech Group', { experiences: ['hearing-voices', 'self-harm'], communities: ['lgbtq'], formats: ['group'] }),
  service('test-c', 'Test Cedar Group', { experiences: ['self-harm'], communities: ['lgbtq'], formats: ['online'] }),
  service('test-d', 'Test Damson Group', { experiences: [], communities: [], formats: ['group'] }),
]);
const preferences = { experiences: ['hearing-voices', 'self-harm'], communities: ['lgbtq'] };

describe('preferences', () => {
  it('rank an empty query by how much each service shares, then by name', () => {
    assert.deepEqual(ids(search.search({ preferences })), ['test-b', 'test-c', 'test-a', 'test-d']);
    assert.deepEqual(ids(search.search({})), ['test-a', 'test-b', 'test-c', 'test-d']);
  });

  it('say what each service shares with the person', () => {
    const [first] = search.search({ preferences }).results;
    assert.deepEqual(first!.shared, [
      { group: 'experiences', term: 'hearing-voices' },
      { group: 'experiences', term: 'self-harm' },
      { group: 'communities', term: 'lgbtq' },
    ]);
    assert.deepEqual(search.search({ preferences: { formats: ['online'] } }).results.find((hit) => hit.service.id === 'test-c')!.shared, [
      { group: 'formats', term: 'online' },
    ]);
    assert.deepEqual(search.search({}).results[0]!.shared, []);
  });

  it('take times of change too', () => {
    const leaving = searchOver([
      service('test-e', 'Test Elder Group', { transitions: [] }),
      service('test-f', 'Test Fir Group', { transitions: ['leaving-hospital'] }),
    ]);
    const result = leaving.search({ preferences: { transitions: ['leaving-hospital'] } });
    assert.deepEqual(ids(result), ['test-f', 'test-e']);
    assert.deepEqual(result.results[0]!.shared, [{ group: 'transitions', term: 'leaving-hospital' }]);
  });

  it('lift equally good text matches that share more, never filter', () => {
    assert.deepEqual(ids(search.search({ text: 'group', preferences })), ['test-b', 'test-c', 'test-a', 'test-d']);
    assert.equal(search.search({ preferences: { experiences: ['psychosis'] } }).total, 4);
  });

  it('do not outrank a better text match', () => {
    assert.equal(ids(search.search({ text: 'damson', preferences }))[0], 'test-d');
  });
});
