import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ids, searchOver, service } from './search-fixtures.js';

// Services that tie on score are listed by name (case aside), then in the directory's order: the
// same whether a page or a long list is ordered, and before or after the name order is worked
// out once (`prepare`), which the ranker uses then in place of comparing names.

const names = ['Peer Group B', 'peer group a', 'Peer Group A', 'Peerless', 'Peer', 'Zed Walk', 'Peer Group', 'Ash Circle', 'Pe'];
const services = [
  ...names.map((name, i) => service(`test-${i}`, name)),
  // Enough others (all later by name) that a page of 3 is picked in one pass, not sorted.
  ...Array.from({ length: 40 }, (_, i) => service(`test-z${i}`, `Zz ${String(i).padStart(2, '0')}`)),
];
const expected = ['test-7', 'test-8', 'test-4', 'test-6', 'test-1', 'test-2', 'test-0', 'test-3', 'test-5'];

describe('ties', () => {
  it('are ordered by name, then by the directory, for a page and for a long list, before and after prepare', () => {
    const search = searchOver(services);
    assert.deepEqual(ids(search.search({ limit: 3 })), expected.slice(0, 3), 'a page, names compared');
    assert.deepEqual(ids(search.search({ limit: Infinity })).slice(0, expected.length), expected, 'a long list');
    search.prepare!();
    assert.deepEqual(ids(search.search({ limit: 3 })), expected.slice(0, 3), 'a page, in the name order worked out');
  });
});
