import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { FILTER_GROUPS, SEARCH_SYNONYMS, vocabularies, type ServiceInput } from '../src/index.js';
import { ids, searchOver, service } from './search-fixtures.js';

const FIELDS: Record<string, keyof ServiceInput> = {
  provision: 'provision',
  format: 'formats',
  setting: 'settings',
  experience: 'experiences',
  community: 'communities',
  transition: 'transitions',
  cost: 'cost',
};

/** One made-up service per synonym's term, named so that no word of the synonym is in it. */
const entries = Object.keys(SEARCH_SYNONYMS).map((key, i) => {
  const [group, term] = key.split(':') as [string, string];
  const field = FIELDS[group]!;
  return {
    key,
    service: service(`test-${i}`, `Test entry ${i}`, { summary: 'A made-up entry.', [field]: field === 'cost' ? term : [term] }),
  };
});
const search = searchOver(entries.map((entry) => entry.service));

describe('search synonyms', () => {
  it('name only terms that exist, in groups a person can filter by', () => {
    for (const key of Object.keys(SEARCH_SYNONYMS)) {
      const [group, term] = key.split(':') as [string, string];
      assert.ok((FILTER_GROUPS as readonly string[]).includes(group), `${key}: ${group} is a filter group`);
      const vocab = (vocabularies as Record<string, { ids: readonly string[] } | undefined>)[group];
      assert.ok(vocab?.ids.includes(term), `${key}: ${term} is a term of ${group}`);
    }
  });

  it('repeat no label or alias of their term (each word is in one place)', () => {
    for (const [key, words] of Object.entries(SEARCH_SYNONYMS)) {
      const [group, id] = key.split(':') as [keyof typeof vocabularies, string];
      const term = vocabularies[group].terms.find((t) => t.id === id)!;
      const named = new Set([term.label, ...(term.aliases ?? [])].map((name) => name.toLowerCase()));
      assert.deepEqual(
        words.filter((word) => named.has(word)),
        [],
        key,
      );
    }
  });

  it('find every service with the term, by each everyday word', () => {
    for (const { key, service: entry } of entries) {
      const [group, id] = key.split(':') as [keyof typeof vocabularies, string];
      const term = vocabularies[group].terms.find((t) => t.id === id)!;
      for (const word of [...SEARCH_SYNONYMS[key]!, ...(term.aliases ?? [])]) {
        const found = search.search({ text: `${word} ` });
        assert.ok(ids(found).includes(entry.id), `"${word}" finds the service with ${key}`);
        assert.deepEqual(found.unmatched, [], `"${word}" matches`);
      }
    }
  });

  it('reach the terms the issue names: young people, hearing voices, crisis, LGBTQ+ and trans', () => {
    const termsOf = (text: string) => search.search({ text }).named.map(({ group, term }) => `${group}:${term}`);
    for (const word of ['young', 'teenagers', 'youth']) assert.ok(termsOf(word).includes('community:young-people'), word);
    assert.ok(termsOf('voices').includes('experience:hearing-voices'));
    assert.ok(termsOf('crisis').includes('setting:crisis') && termsOf('crisis').includes('transition:crisis'));
    for (const word of ['LGBT', 'gay']) assert.ok(termsOf(word).includes('community:lgbtq'), word);
    assert.ok(termsOf('trans').includes('community:trans-non-binary'));
  });
});
