import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { generateDirectory } from '../../../bench/generate-directory.js';
import {
  BrowseIndexReader,
  createPlaceFinder,
  createSearch,
  fragmentOf,
  hasPlaces,
  parseDirectory,
  placesFileOf,
  publicService,
  serviceFromFragment,
  withPlaces,
  withSearchWords,
  wordsFileOf,
  writeBrowseForm,
  type Directory,
  type Location,
} from '../src/index.js';
import { directoryOf, service } from './search-fixtures.js';

// "Near me" on the browse form must place every service where directory.json places it, and the
// places file must never say more than directory.json does: no masked location's postcode.

const integrity = (text: string) => `sha384-${createHash('sha384').update(text, 'utf8').digest('base64')}`;
const BASE = 'https://cdn.example.org/directory/browse.json';

// Made-up services at made-up places near real coordinates.
const madeUp = directoryOf([
  service('test-open', 'Test open group', {
    locations: [
      { id: 'main', name: 'Test Hall', town: 'Testbury', postcode: 'TE1 2AB', coordinates: { lat: 50.8179, lng: -0.3729 } },
      { id: 'annexe', town: 'Testbury', postcode: 'TE1 9ZZ' },
      { id: 'park', town: 'Testbury' },
    ],
  }),
  service('test-safe-space', 'Test safe space', {
    locations: [
      {
        id: 'safe',
        town: 'Testbury',
        postcode: 'TE2 1SS',
        coordinates: { lat: 50.83, lng: -0.14 },
        masked: true,
        address: ['1 Hidden Row'],
      },
      { id: 'cafe', town: 'Little Testing', coordinates: { lat: -33.8688, lng: 151.2093 } },
    ],
  }),
  service('test-hidden-postcode', 'Test hidden postcode', {
    locations: [{ id: 'main', town: 'Testbury', postcode: 'TE3 4HP', masked: true }],
  }),
  service('test-online', 'Test online group', { onlineOnly: true }),
]);
const generated = parseDirectory(JSON.parse(JSON.stringify(generateDirectory(600, 7)))).directory!;

/** The browse form of `directory`, read back as the elements read it, and its files by address. */
function published(directory: Directory) {
  const files = writeBrowseForm(directory, integrity);
  const read = new BrowseIndexReader(JSON.parse(files.get('browse.json')!), BASE).end().directory!;
  const json = (url: string) => JSON.parse(files.get(new URL(url).pathname.replace('/directory/', ''))!);
  return { files, read, json, places: json(placesFileOf(read)!.url) };
}

/** Where a location is, as "near" sees it. */
const whereOf = ({ id, town, masked, coordinates, postcode }: Location) => ({ id, town, masked, coordinates, postcode });
/** Every location of every service, as directory.json publishes it, by service id. */
const publicPlaces = (directory: Directory) =>
  Object.fromEntries(directory.services.map((s) => [s.id, publicService(s).locations.map(whereOf)]));
const placesOfAll = (directory: Directory) => Object.fromEntries(directory.services.map((s) => [s.id, s.locations.map(whereOf)]));

describe('browse form: the places file', () => {
  it('is a file of its own, named by its hash, listed in the index with its integrity', () => {
    const { files, read } = published(madeUp);
    const index = JSON.parse(files.get('browse.json')!);
    assert.match(index.places.file, /^browse\/places\.[\w-]{12}\.json$/);
    assert.equal(integrity(files.get(index.places.file)!), index.places.integrity);
    assert.deepEqual(placesFileOf(read), { ...index.places, url: new URL(index.places.file, BASE).href });
    assert.equal(placesFileOf(madeUp), undefined, 'a whole directory has its places already');
    assert.ok(hasPlaces(madeUp));
    assert.ok(!hasPlaces(read));
    assert.ok(!JSON.stringify(index).includes('TE1'), 'the index has no postcodes');
    assert.ok(!/"coordinates"|"lat"/.test(JSON.stringify(index)), 'nor coordinates');
  });

  it('gives each location its coordinates and postcode as directory.json publishes them, and never a masked postcode', () => {
    const { files, read, places } = published(madeUp);
    // In list order (by name): hidden postcode, online, open, safe space.
    assert.deepEqual(places, {
      places: [
        0,
        0,
        [[50.8179, -0.3729, 'TE1 2AB'], 'TE1 9ZZ', 0],
        [
          [50.83, -0.14],
          [-33.8688, 151.2093],
        ],
      ],
    });
    const text = [...files.values()].join('\n');
    for (const hidden of ['TE2 1SS', 'TE3 4HP']) assert.ok(!text.includes(hidden), `${hidden} is published nowhere`);
    const placed = withPlaces(read, places);
    assert.deepEqual(placesOfAll(placed), publicPlaces(madeUp));
    assert.ok(hasPlaces(placed));
    assert.deepEqual(
      createPlaceFinder(placed).places,
      createPlaceFinder({ ...madeUp, services: madeUp.services.map(publicService) }).places,
    );
  });

  it('places every service of a generated directory as directory.json does, for the same "near" results', () => {
    const { read, json, places } = published(generated);
    const placed = withPlaces(read, places);
    assert.deepEqual(placesOfAll(placed), publicPlaces(generated));
    const masked = generated.services.flatMap((s) => s.locations.filter((l) => l.masked && l.postcode));
    assert.ok(masked.length > 0, 'the generated directory has masked locations with postcodes');
    const text = JSON.stringify(places);
    for (const location of masked) assert.ok(!text.includes(`"${location.postcode}"`), location.postcode);

    const full = createSearch({ ...generated, services: generated.services.map(publicService) });
    const browse = createSearch(withSearchWords(placed, json(wordsFileOf(placed)!.url)));
    const here = { lat: 51.5, lng: -0.12 };
    for (const near of [{ ...here, radiusKm: 50 }, here, { areas: [generated.areas[3]!.id] }]) {
      for (const text of ['', 'group', 'hearing voices']) {
        const a = full.search({ text, near, limit: Infinity });
        const b = browse.search({ text, near, limit: Infinity });
        if ('lat' in near)
          assert.ok(
            a.results.some((hit) => hit.distanceKm !== undefined),
            'distances to compare',
          );
        assert.deepEqual(
          b.results.map((hit) => [hit.service.id, hit.distanceKm, hit.near]),
          a.results.map((hit) => [hit.service.id, hit.distanceKm, hit.near]),
          `"${text}" near ${JSON.stringify(near)}`,
        );
      }
    }
  });

  it('composes with the words, in either order, and fragments still resolve', () => {
    const { read, json, places } = published(generated);
    const words = json(wordsFileOf(read)!.url);
    for (const [order, directory] of [
      ['words, then places', withPlaces(withSearchWords(read, words), places)],
      ['places, then words', withSearchWords(withPlaces(read, places), words)],
    ] as const) {
      assert.ok(hasPlaces(directory), order);
      assert.deepEqual(placesOfAll(directory), publicPlaces(generated), order);
      assert.deepEqual(
        directory.services.map((s) => s.description),
        withSearchWords(read, words).services.map((s) => s.description),
        order,
      );
      const service = directory.services[100]!;
      const fragment = fragmentOf(directory, service)!;
      assert.equal(serviceFromFragment(directory, service.id, json(fragment.url)).id, service.id, order);
      assert.deepEqual(placesFileOf(directory), placesFileOf(read), order);
    }
  });

  it('refuses a file that is not the places of these services, saying what is wrong and where', () => {
    const { read, places } = published(madeUp);
    const damaged = (change: (copy: { places: unknown[] }) => void) => {
      const copy = structuredClone(places);
      change(copy);
      return () => withPlaces(read, copy);
    };
    assert.throws(() => withPlaces(read, null), /one entry per service \(4\), but it is null/);
    assert.throws(() => withPlaces(read, { words: [] }), /one entry per service \(4\), but its "places" is undefined/);
    assert.throws(() => withPlaces(read, { places: [0, 0] }), /one entry per service \(4\), but it has 2 entries/);
    assert.throws(
      damaged((copy) => (copy.places[2] = [0, 0])),
      /places\[2\] \(of "Test open group"\) should be 0 or list its 3 location\(s\), but it has 2 entries/,
    );
    assert.throws(
      damaged((copy) => (copy.places[1] = 'online')),
      /places\[1\] \(of "Test online group"\) should be 0 or list its 0 location\(s\), but it has the text "online"/,
    );
    assert.throws(
      damaged((copy) => ((copy.places[2] as unknown[])[0] = [91, -0.37, 'TE1 2AB'])),
      /places\[2\]\[0\]\.coordinates\.lat \(of "Test open group"\) should be at most 90 \(it is 91\)/,
    );
    assert.throws(
      damaged((copy) => ((copy.places[2] as unknown[])[0] = [50.8, -181])),
      /places\[2\]\[0\]\.coordinates\.lng .* should be at least -180/,
    );
    assert.throws(
      damaged((copy) => ((copy.places[2] as unknown[])[0] = ['50.8', -0.37])),
      /coordinates\.lat .* should be a number/,
    );
    assert.throws(
      damaged((copy) => ((copy.places[2] as unknown[])[0] = [50.8])),
      /should be 0, a postcode, \[lat, lng\]/,
    );
    assert.throws(
      damaged((copy) => ((copy.places[2] as unknown[])[1] = 'Testbury')),
      /places\[2\]\[1\]\.postcode .* Use a UK postcode/,
    );
    assert.throws(
      damaged((copy) => ((copy.places[3] as unknown[])[0] = [50.83, -0.14, 'TE2 1SS'])),
      /places\[3\]\[0\] \(of "Test safe space"\) gives a postcode for a masked location/,
    );
    assert.throws(() => withPlaces(madeUp, places), /not read from a browse index that lists a places file/);
  });

  it('is left out of an index written before it came, which still reads, with no places to fetch', () => {
    const { files } = published(madeUp);
    const { places: _, ...older } = JSON.parse(files.get('browse.json')!);
    const result = new BrowseIndexReader(older, BASE).end();
    assert.deepEqual(result.problems, []);
    assert.equal(placesFileOf(result.directory!), undefined);
    assert.ok(hasPlaces(result.directory!), 'nothing to wait for');
    const wrong = new BrowseIndexReader({ ...older, places: { file: '../x.json', integrity: 'sha384-x' } }, BASE).end();
    assert.equal(wrong.problems[0]!.path, 'places');
  });
});
