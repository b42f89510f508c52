import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { byListOrder, createSearch, parseDirectory, SEARCH_PAGE_SIZE } from '../src/index.js';
import { sampleDirectory, sampleService } from './helpers/sample.js';
import { ids, searchOver, service } from './search-fixtures.js';

const services = [
  service('test-hearing-voices', 'Test Hearing Voices Group', {
    experiences: ['hearing-voices'],
    summary: 'A made-up group for voice hearers.',
  }),
  service('test-unusual', 'Test Unusual Experiences Circle', {
    experiences: ['hearing-voices'],
    summary: 'A made-up circle for people with unusual experiences.',
  }),
  service('test-capital', 'Test Capital Project', { summary: 'A made-up arts project.', formats: ['creative'] }),
  service('test-capitol', 'Test Capitol Recovery', { summary: 'A made-up recovery service.' }),
  service('test-eating', 'Test Eating Disorder Mentors', {
    summary: 'Made-up mentors.',
    settings: ['eating-disorders'],
    experiences: ['eating-difficulties'],
  }),
  service('test-rainbow', 'Test Rainbow Circle', { summary: 'A made-up social group.', communities: ['lgbtq'] }),
  service('test-street', 'Test Street Team', { summary: 'A made-up outreach team.', settings: ['homelessness'] }),
  service('test-walk', 'Test Walking Group', {
    summary: 'A made-up walking group.',
    description: 'We walk by the sea, and sometimes we go to the allotment to garden together.',
  }),
  service('test-allotment', 'Test Allotment Friends', { summary: 'A made-up gardening group.' }),
  service('test-closed', 'Test Closed Voices Group', { status: 'closed', experiences: ['hearing-voices'] }),
  service('test-mens', "Test Men's Shed", { summary: 'A made-up group for men.' }),
  service('test-mental', 'Test Mental Wellbeing Café', { summary: 'A made-up café.' }),
];
const search = searchOver(services);
const top = (text: string) => ids(search.search({ text }))[0];

describe('text search', () => {
  it('finds services despite typos', () => {
    assert.equal(top('herring voices'), 'test-hearing-voices');
    assert.equal(top('capitol project'), 'test-capital');
    assert.equal(top('eatting disorder'), 'test-eating');
    assert.equal(top('walkng'), 'test-walk');
  });

  it('finds services by the synonyms and aliases of their terms', () => {
    // Neither service says "voices" beyond its terms' label, nor "LGBT", nor "homeless".
    assert.ok(ids(search.search({ text: 'voices' })).includes('test-unusual'));
    assert.equal(top('LGBT'), 'test-rainbow');
    assert.equal(top('homeless'), 'test-street');
    assert.deepEqual(ids(search.search({ text: 'hearing things' })).sort(), ['test-hearing-voices', 'test-unusual']);
  });

  it('ranks a match in the name above the same word in a description', () => {
    const found = ids(search.search({ text: 'allotment' }));
    assert.deepEqual(found, ['test-allotment', 'test-walk']);
  });

  it('ranks exact and prefix matches of a name above fuzzy ones', () => {
    assert.deepEqual(ids(search.search({ text: 'capital' })).slice(0, 2), ['test-capital', 'test-capitol']);
    assert.deepEqual(ids(search.search({ text: 'capitol' })).slice(0, 2), ['test-capitol', 'test-capital']);
    assert.equal(top('test capital pro'), 'test-capital');
  });

  it('finds a word while it is still being typed', () => {
    for (const typed of ['hea', 'hear', 'heari', 'hearin']) assert.equal(top(typed), 'test-hearing-voices', typed);
    assert.equal(top('eatin'), 'test-eating');
    assert.deepEqual(
      ids(search.search({ text: 'men' })),
      ['test-mens', 'test-mental', 'test-eating'],
      'still typing: "men" may become "mental" or "mentors"',
    );
    assert.deepEqual(ids(search.search({ text: 'men ' })), ['test-mens'], 'a finished short word is that word');
    assert.deepEqual(ids(search.search({ text: 'walk group' })), ['test-walk'], 'a finished longer word may be the start of one');
  });

  it('requires every word that carries meaning, and names the words that match nothing', () => {
    assert.deepEqual(ids(search.search({ text: 'walking allotment' })), ['test-walk']);
    const nonsense = search.search({ text: 'Rainbow Qwxzv' });
    assert.equal(nonsense.total, 0, 'a word that matches nothing is not dropped in silence');
    assert.deepEqual(nonsense.results, []);
    assert.deepEqual(nonsense.unmatched, ['Qwxzv'], 'the word as typed');
    assert.deepEqual(search.search({ text: 'rainbow' }).unmatched, []);
  });

  it('offers the services that have some of the words apart, saying which words each has', () => {
    const result = search.search({ text: 'rainbow qwxzv' });
    assert.deepEqual(
      result.partial?.results.map((hit) => [hit.service.id, hit.words]),
      [['test-rainbow', ['rainbow']]],
    );
    assert.equal(result.partial?.total, 1);
    // Both words match something, but no service has both.
    const apart = search.search({ text: 'allotment rainbow' });
    assert.equal(apart.total, 0);
    assert.deepEqual(apart.unmatched, []);
    assert.deepEqual(apart.partial?.results.map((hit) => `${hit.service.id}: ${hit.words?.join(' ')}`).sort(), [
      'test-allotment: allotment',
      'test-rainbow: rainbow',
      'test-walk: allotment',
    ]);
    assert.equal(search.search({ text: 'walking allotment' }).partial, undefined, 'a full match has no partial part');
    assert.equal(search.search({ text: 'qwxzv' }).partial, undefined, 'one word: nothing to offer apart');
  });

  it('suggests the nearest spelling the directory has when a word matches nothing', () => {
    const result = search.search({ text: 'alotmnt' });
    assert.equal(result.total, 0, 'two typos in a short word are past what search forgives');
    assert.equal(result.suggestion, 'allotment');
    assert.ok(search.search({ text: result.suggestion! }).total > 0, 'the suggestion finds services');
    assert.equal(search.search({ text: 'Walking Alotmnt' }).suggestion, 'Walking allotment', 'only the word that matched nothing changes');
    assert.equal(search.search({ text: 'rainbow alotmnt' }).suggestion, undefined, 'not offered when it would find nothing either');
    assert.equal(search.search({ text: 'qwxzv' }).suggestion, undefined, 'nothing near: no suggestion');
  });

  it('does not require words too common to narrow a peer support search', () => {
    // "people" is in one summary only; "young people" must still find nothing but by its meaning.
    assert.equal(search.search({ text: 'people' }).total > 0, true);
    const young = search.search({ text: 'young people' });
    assert.equal(young.total, 0, 'no service is for young people');
    assert.deepEqual(young.unmatched, ['young']);
    assert.equal(search.search({ text: 'peer support' }).total, services.length - 1, 'only weak words: everything');
    assert.deepEqual(ids(search.search({ text: 'rainbow peer support' })), ['test-rainbow']);
  });

  it('says which vocabulary terms the text named', () => {
    assert.deepEqual(search.search({ text: 'voices' }).named, [{ group: 'experience', term: 'hearing-voices' }]);
    assert.deepEqual(
      search
        .search({ text: 'crisis' })
        .named.map(({ group, term }) => `${group}:${term}`)
        .sort(),
      ['setting:crisis', 'transition:crisis'],
    );
    assert.deepEqual(search.search({ text: 'capital' }).named, []);
  });

  it('a single letter finds names that start with it; after other words it waits for the next', () => {
    assert.deepEqual(ids(search.search({ text: 'T' })).length, 11);
    assert.deepEqual(ids(search.search({ text: 'r' })), []);
    assert.deepEqual(ids(search.search({ text: 'rainbow c' })), ids(search.search({ text: 'rainbow' })));
  });

  it('says where the text matched, for highlighting', () => {
    const [hit] = search.search({ text: 'capital' }).results;
    const name = hit!.matches.find((match) => match.field === 'name')!;
    assert.equal(name.value, 'Test Capital Project');
    assert.deepEqual(name.ranges, [[5, 12]]);
    const typing = search.search({ text: 'capi' }).results[0]!.matches.find((match) => match.field === 'name')!;
    assert.deepEqual(typing.ranges, [[5, 9]], 'a word being typed is marked as far as it is typed');
    const [rainbow] = search.search({ text: 'lgbt' }).results;
    assert.deepEqual(
      rainbow!.matches.find((match) => match.field === 'terms'),
      { field: 'terms', value: 'LGBTQ+', ranges: [[0, 4]] },
      'a term found by its alias is named, marked as far as it was typed',
    );
    const walk = search.search({ text: 'garden' }).results.find((hit) => hit.service.id === 'test-walk');
    const description = walk!.matches.find((match) => match.field === 'description')!;
    assert.equal(description.value.slice(...description.ranges[0]!), 'garden');
  });

  it('lists everything by name for an empty query, leaving out closed services', () => {
    const result = search.search({});
    assert.equal(result.total, services.length - 1);
    const names = result.results.map((hit) => hit.service.name);
    assert.deepEqual(
      names,
      [...names].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())),
    );
    assert.ok(!ids(search.search({ text: 'voices' })).includes('test-closed'));
    assert.ok(ids(search.search({ text: 'voices', includeClosed: true })).includes('test-closed'));
  });

  it('counts every match but builds hits for at most `limit`', () => {
    const result = search.search({ text: 'test', limit: 3 });
    assert.equal(result.results.length, 3);
    assert.equal(result.total, services.length - 1);
  });

  it('gives a page of results that is the start of the whole list', () => {
    const many = searchOver(
      Array.from({ length: 40 }, (_, i) => service(`test-${i}`, `Test ${['Oak', 'Ash', 'Elm', 'Yew'][i % 4]} Group ${i}`)),
    );
    for (const query of [{}, { text: 'group' }, { text: 'grou' }, { text: 'elm' }, { text: 'test group 1' }]) {
      const all = ids(many.search(query));
      assert.deepEqual(ids(many.search({ ...query, limit: 3 })), all.slice(0, 3), JSON.stringify(query));
    }
  });

  it('is pure: the same query gives the same result, whatever came before', () => {
    const first = search.search({ text: 'hearing voices', limit: 5 });
    for (const text of ['h', 'he', 'hea', 'hear', 'hearing', 'hearing v', 'xyz', '', 'capital']) search.search({ text });
    assert.deepEqual(search.search({ text: 'hearing voices', limit: 5 }), first);
    const fresh = searchOver(services).search({ text: 'hearing voices', limit: 5 });
    assert.deepEqual(fresh, first);
  });

  it('prepares a slice at a time, answering the same before, during and after', () => {
    const words = ['allotment', 'garden', 'seaside', 'knitting', 'football', 'poetry'];
    const many = [
      ...services,
      ...Array.from({ length: 100 }, (_, i) =>
        service(`test-extra-${i}`, `Test Extra ${i}`, {
          description: `We meet for ${words[i % words.length]} and ${words[(i * 7) % words.length]} ${i}.`,
        }),
      ),
    ];
    // Words of one or two letters search names and places only; longer ones need the long
    // text, and finish indexing it first.
    const short = ['c', 'te', 'ex', 'g', 'po'];
    const long = ['allotment', 'garden', 'poetry knitting', 'voice hearers', 'walkng', 'footbal', 'made-up'];
    const expected = new Map([...short, ...long].map((text) => [text, searchOver(many).search({ text })]));
    const sliced = searchOver(many);
    let slices = 0;
    let budget = 0;
    while (!sliced.prepare!(() => budget-- > 0)) {
      budget = 1;
      slices++;
      for (const text of short) assert.deepEqual(sliced.search({ text }), expected.get(text), `${text}, after slice ${slices}`);
    }
    assert.ok(slices > 2, `took ${slices} slices`);
    assert.equal(sliced.prepare!(), true, 'done stays done');
    for (const [text, result] of expected) assert.deepEqual(sliced.search({ text }), result, `${text}, after`);

    // A search that needs the long text part way through finishes it, and finds the same.
    const interrupted = searchOver(many);
    budget = 1;
    assert.equal(
      interrupted.prepare!(() => budget-- > 0),
      false,
    );
    for (const [text, result] of expected) assert.deepEqual(interrupted.search({ text }), result, `${text}, interrupted`);
    assert.equal(interrupted.prepare!(), true);
    for (const [text, result] of expected) assert.deepEqual(interrupted.search({ text }), result, `${text}, prepared`);
  });

  it('lists a directory published in list order (byListOrder) in that order when nothing is typed', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(fc.constantFrom('oak', 'Oak', 'ash', 'Élan', 'elm', 'OAK group', 'zebra', '10 steps'), fc.nat(99)), {
          minLength: 1,
          maxLength: 30,
          selector: ([, n]) => n,
        }),
        (entries) => {
          const published = entries.map(([name, n]) => service(`test-${n}`, `${name}`)).sort(byListOrder);
          const listed = ids(searchOver(published).search({ limit: Infinity }));
          assert.deepEqual(
            listed,
            published.map((s) => s.id),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('result size', () => {
  const many = createSearch(
    parseDirectory(
      sampleDirectory(Array.from({ length: 45 }, (_, i) => sampleService({ id: `test-group-${i + 1}`, name: `Test peer group ${i + 1}` }))),
    ).directory!,
  );

  it('builds one page of hits by default, and counts every match', () => {
    const result = many.search({ text: 'peer group' });
    assert.equal(result.results.length, SEARCH_PAGE_SIZE);
    assert.equal(result.total, 45);
  });

  it('builds as many as the caller asks for, every one with Infinity', () => {
    assert.equal(many.search({ text: 'peer group', limit: 30 }).results.length, 30);
    assert.equal(many.search({ text: 'peer group', limit: Infinity }).results.length, 45);
  });
});
