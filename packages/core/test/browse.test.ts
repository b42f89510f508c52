import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { generateDirectory } from '../../../bench/generate-directory.js';
import {
  browseFormFiles,
  browseJsonSchema,
  BrowseIndexReader,
  createSearch,
  fragmentOf,
  parseDirectory,
  publicService,
  serviceFromFragment,
  startsBrowseIndex,
  withSearchWords,
  wordsFileOf,
  writeBrowseForm,
  type Directory,
  type Service,
} from '../src/index.js';

// The browse form must show a person the same directory as directory.json: the same services,
// found by the same searches, with the same details once a fragment is read.

const integrity = (text: string) => `sha384-${createHash('sha384').update(text, 'utf8').digest('base64')}`;
const BASE = 'https://cdn.example.org/directory/browse.json';
const sussex = parseDirectory(readFileSync(new URL('../../directory-sussex/directory.json', import.meta.url), 'utf8')).directory!;
const generated = parseDirectory(JSON.parse(JSON.stringify(generateDirectory(600, 7)))).directory!;

/** Publishes `directory` in the browse form and reads it back as the elements do. */
function roundTrip(directory: Directory) {
  const files = writeBrowseForm(directory, integrity);
  const result = new BrowseIndexReader(JSON.parse(files.get('browse.json')!), BASE).end();
  const json = (url: string) => JSON.parse(files.get(new URL(url).pathname.replace('/directory/', ''))!);
  return { files, result, read: result.directory!, json };
}

/** What the index leaves out of a service, for the fragment: the rest must be as published. */
function asIndexed(service: Service): Partial<Service> {
  const {
    description: _d,
    eligibility: _e,
    costNote: _c,
    contact: _ct,
    statusNote: _s,
    notice: _n,
    lastReviewed: _l,
    ...kept
  } = publicService(service);
  return {
    ...kept,
    sources: [],
    // Coordinates and postcodes are in the fragment and the places file only.
    locations: kept.locations.map(({ id, town, masked, accessibility }) => ({
      id,
      ...(town ? { town } : {}),
      masked,
      accessibility,
    })),
    ...(kept.schedule
      ? {
          schedule: {
            sessions: kept.schedule.sessions.map(({ note: _, ...session }) => session),
            byAppointment: kept.schedule.byAppointment,
          },
        }
      : {}),
  };
}

const clean = (value: unknown) => JSON.parse(JSON.stringify(value));

describe('browse form', () => {
  for (const [name, directory] of [
    ['Sussex', sussex],
    ['a generated directory of 600', generated],
  ] as const) {
    it(`reads back every service of ${name}, with what cards and filters need, and each in full from its fragment`, () => {
      const { result, read, json } = roundTrip(directory);
      assert.deepEqual(result.problems, []);
      assert.equal(read.services.length, directory.services.length);
      const byId = new Map(directory.services.map((service) => [service.id, service]));
      for (const service of read.services) {
        assert.deepEqual(clean(service), clean(asIndexed(byId.get(service.id)!)), service.id);
        const ref = fragmentOf(read, service)!;
        assert.match(ref.url, /^https:\/\/cdn\.example\.org\/directory\/browse\/services-\d+\.[\w-]{12}\.json$/);
        assert.deepEqual(clean(serviceFromFragment(read, service.id, json(ref.url))), clean(publicService(byId.get(service.id)!)));
      }
    });

    it(`finds the same services in ${name} as directory.json does, once the description words are in`, () => {
      const { read, json } = roundTrip(directory);
      const full = createSearch(directory);
      const browse = createSearch(withSearchWords(read, json(wordsFileOf(read)!.url)));
      const queries = ['', 'hearing voices', 'mind', 'worthng', 'lgbtq', 'group tuesday', 'creative', 'library', 'women', 'psychosis'];
      for (const text of queries) {
        for (const filters of [{}, { format: ['group'] }]) {
          const a = full.search({ text, filters, limit: Infinity });
          const b = browse.search({ text, filters, limit: Infinity });
          assert.equal(b.total, a.total, `"${text}" total`);
          assert.deepEqual(b.results.map((hit) => hit.service.id).sort(), a.results.map((hit) => hit.service.id).sort(), `"${text}"`);
          assert.deepEqual(b.facets, a.facets, `"${text}" counts`);
        }
      }
    });
  }

  it('gives the same bytes for the same directory, and names each fragment by its content', () => {
    const first = writeBrowseForm(generated, integrity);
    assert.deepEqual([...writeBrowseForm(generated, integrity)], [...first]);
    const index = JSON.parse(first.get('browse.json')!);
    const named = (text: string) => integrity(text).slice(7, 19).replace(/\+/g, '-').replace(/\//g, '_');
    index.fragments.hashes.forEach((hash: string, k: number) => assert.equal(named(first.get(`browse/services-${k}.${hash}.json`)!), hash));
    assert.equal(integrity(first.get(index.words.file)!), index.words.integrity);
    assert.ok(index.words.file.includes(named(first.get(index.words.file)!)), index.words.file);
    assert.equal(integrity(first.get(index.places.file)!), index.places.integrity);
    assert.ok(index.places.file.includes(named(first.get(index.places.file)!)), index.places.file);
    assert.equal(first.size, 3 + index.fragments.hashes.length, 'the index, the words, the places and the fragments, nothing else');
  });

  it('makes the same files one at a time, browse.json last (it names the others by their hashes)', () => {
    const made = [...browseFormFiles(generated, integrity)];
    assert.equal(made.at(-1)![0], 'browse.json');
    assert.deepEqual(new Map(made), writeBrowseForm(generated, integrity));
  });

  it('is described by its JSON Schema', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(browseJsonSchema());
    for (const directory of [sussex, generated]) {
      const index = JSON.parse(writeBrowseForm(directory, integrity).get('browse.json')!);
      assert.ok(validate(index), JSON.stringify(validate.errors?.slice(0, 3)));
    }
    assert.equal(validate({ format: 'peer-support-browse', formatVersion: 1 }), false);
  });

  it('tells a browse index from a directory by its first bytes', () => {
    assert.equal(startsBrowseIndex('{"format":"peer-support-browse","formatVersion":1'), true);
    assert.equal(startsBrowseIndex('{\n  "format": "peer-support-'), undefined);
    assert.equal(startsBrowseIndex('  {"for'), undefined);
    assert.equal(startsBrowseIndex('{"schemaVersion":"1.0"'), false);
    assert.equal(startsBrowseIndex('{"format":"something-else","services":[]}'), false);
  });

  it('names what is wrong with a damaged index, and leaves out only the service it concerns', () => {
    const index = JSON.parse(writeBrowseForm(sussex, integrity).get('browse.json')!);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a damaged copy has any shape
    const read = (change: (copy: any) => void) => {
      const copy = structuredClone(index);
      change(copy);
      return new BrowseIndexReader(copy, BASE).end();
    };
    const cut = new BrowseIndexReader('{"format":"peer-support-browse","formatVersion":1,"direc', BASE).end();
    assert.deepEqual([cut.directory, cut.problems[0]!.code], [undefined, 'not_json']);
    const newer = read((copy) => (copy.formatVersion = 2));
    assert.equal(newer.directory, undefined);
    assert.match(newer.problems[0]!.message, /reads browse indexes of version 1/);
    assert.equal(read((copy) => copy.services.summary.pop()).problems[0]!.path, 'services.summary');
    assert.equal(read((copy) => (copy.fragments.hashes[0] = '../../../x')).problems[0]!.path, 'fragments');
    assert.equal(read((copy) => copy.fragments.hashes.pop()).problems[0]!.path, 'fragments');
    assert.equal(read((copy) => (copy.words.file = 'https://elsewhere.example/x.json')).problems[0]!.path, 'words');
    assert.equal(read((copy) => (copy.places.integrity = 'sha256-x')).problems[0]!.path, 'places');

    // A schedule many services share is checked once, and leaves out every service that has it.
    const i = index.services.schedule.findIndex((n: number) => n > 0 && index.schedules[n - 1].sessions.length > 0);
    const sharing = index.services.schedule.filter((n: number) => n === index.services.schedule[i]).length;
    const badSession = read(
      (copy) => (copy.schedules[copy.services.schedule[i] - 1] = { sessions: [{ days: ['funday'], opens: '25:00', closes: '10:00' }] }),
    );
    assert.equal(badSession.directory!.services.length, sussex.services.length - sharing);
    assert.equal(badSession.excluded, sharing);
    const k = index.services.schedule[i] - 1;
    assert.deepEqual(
      badSession.problems.map((problem) => problem.path),
      [
        `schedules[${k}].sessions[0].days[0]`,
        `schedules[${k}].sessions[0].opens`,
        ...index.services.schedule.flatMap((n: number, at: number) => (n === k + 1 ? [`services.schedule[${at}]`] : [])),
      ],
    );
    const badPlace = read((copy) => (copy.services.locations[1] = [9999]));
    assert.equal(badPlace.directory!.services.length, sussex.services.length - 1);
    assert.equal(badPlace.problems[0]!.path, 'services.locations[1]');
    const badTerm = read((copy) => (copy.services.terms[2] = [9999]));
    assert.equal(badTerm.directory!.services.length, sussex.services.length - 1);
    assert.equal(badTerm.problems[0]!.path, 'services.terms[2]');
    const published = read((copy) => (copy.excluded = 2));
    assert.equal(published.excluded, 2);
    assert.match(published.problems[0]!.message, /left out by the publisher/);
  });

  it('holds what services share once: one frozen list per different set of locations, and frozen places and schedules', () => {
    const { read } = roundTrip(generated);
    const lists = new Map<string, readonly unknown[]>();
    for (const { id, locations, schedule } of read.services) {
      const key = JSON.stringify(locations);
      assert.equal(locations, lists.get(key) ?? locations, id);
      lists.set(key, locations);
      assert.ok(Object.isFrozen(locations) && locations.every((location) => Object.isFrozen(location.accessibility)), id);
      assert.ok(!schedule || schedule.sessions.every((session) => Object.isFrozen(session.days)), id);
    }
    assert.ok(lists.size < read.services.length, `${lists.size} different lists`);
    // A number written as text names no location, even where another service's list has that number.
    const index = JSON.parse(writeBrowseForm(generated, integrity).get('browse.json')!);
    const at = index.services.locations.findIndex((cell: unknown) => Array.isArray(cell) && cell.length === 1);
    index.services.locations[at + 1] = [String(index.services.locations[at][0])];
    const damaged = new BrowseIndexReader(index, BASE).end();
    assert.equal(damaged.directory!.services.length, generated.services.length - 1);
    assert.equal(damaged.problems[0]!.path, `services.locations[${at + 1}]`);
  });

  it('refuses a fragment that is not one, or lacks the service', () => {
    const { read, json } = roundTrip(sussex);
    const service = read.services[0]!;
    const fragment = json(fragmentOf(read, service)!.url);
    assert.throws(() => serviceFromFragment(read, service.id, []), /not a list of services/);
    assert.throws(() => serviceFromFragment(read, 'no-such-service', fragment), /does not hold the service "no-such-service"/);
    const broken = structuredClone(fragment);
    broken.services[0].contact = { website: 'javascript:alert(1)' };
    assert.throws(() => serviceFromFragment(read, broken.services[0].id, broken), /has errors: services\[0\]\.contact\.website/);
  });
});
