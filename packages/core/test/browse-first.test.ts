import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { generateDirectory } from '../../../bench/generate-directory.js';
import { BrowseIndexReader, IndexStart, parseDirectory, typedNames, writeBrowseForm } from '../src/index.js';

// A person who types a service's name before a large index has come should see that service in
// the first look at it, wherever it sits in the index.

const integrity = (text: string) => `sha384-${createHash('sha384').update(text, 'utf8').digest('base64')}`;
const BASE = 'https://cdn.example.org/directory/browse.json';

describe('reading first what was typed', () => {
  it('picks names with every word typed, the last half typed, whatever the case, accents and apostrophes', () => {
    const names = ["Women's Wellbeing Circle", 'Café Connect – Hastings', 'Hastings Hearing Voices Group', 'Voices in Hove'];
    const picked = (...texts: string[]) => names.filter(typedNames(texts)!);
    assert.deepEqual(picked('hearing voices hast'), ['Hastings Hearing Voices Group']);
    assert.deepEqual(picked('VOICES'), ['Hastings Hearing Voices Group', 'Voices in Hove']);
    assert.deepEqual(picked('womens circle'), ["Women's Wellbeing Circle"]);
    assert.deepEqual(picked('cafe conn'), ['Café Connect – Hastings']);
    assert.deepEqual(picked('the voices of hove'), ['Voices in Hove'], 'stopwords are not required');
    assert.deepEqual(picked('circle', 'hove'), ["Women's Wellbeing Circle", 'Voices in Hove'], 'either of two boxes');
    assert.deepEqual(picked('hearing voices hastings group 2'), []);
    assert.equal(typedNames(['', '  ', 'the']), undefined, 'nothing to look for');
  });

  it('shows the service named in the first slice, and ends with every service in the index order', () => {
    const directory = parseDirectory(JSON.parse(JSON.stringify(generateDirectory(2000, 3)))).directory!;
    const text = writeBrowseForm(directory, integrity).get('browse.json')!;
    const inOrder = new BrowseIndexReader(text, BASE).end().directory!.services;
    const wanted = inOrder[inOrder.length - 3]!;
    const reader = new BrowseIndexReader(text, BASE);
    reader.readFirst(typedNames([wanted.name.toLowerCase()])!);
    reader.read(() => false);
    const partial = reader.partial!;
    assert.ok(
      partial.directory.services.some((service) => service.id === wanted.id),
      'the named service is in the first look',
    );
    assert.ok(partial.read < 200, `a first look, not the whole index (${partial.read} read)`);
    assert.equal(partial.read - partial.excluded, partial.directory.services.length);
    const ended = reader.end().directory!.services;
    assert.deepEqual(
      ended.map((service) => service.id),
      inOrder.map((service) => service.id),
    );
  });

  it("knows every name, and where each service's fragment is, as soon as the names have come", () => {
    const made = JSON.parse(JSON.stringify(generateDirectory(500, 5)));
    made.services[7].name = 'Odd "quoted" [bracket] \\ slash, group';
    const directory = parseDirectory(made).directory!;
    const files = writeBrowseForm(directory, integrity);
    const text = files.get('browse.json')!;
    const names = new BrowseIndexReader(text, BASE).end().directory!.services.map((service) => service.name);
    // The column after the names is the ids.
    const namesEnd = text.indexOf('],"id":[');
    assert.ok(namesEnd > 0);
    const start = new IndexStart(BASE);
    let seen: ReturnType<IndexStart['push']>;
    let at = 0;
    for (; at < text.length && !seen; at += 700) seen = start.push(text.slice(at, at + 700));
    assert.ok(seen, 'a start');
    assert.ok(at < text.length / 2, `seen before half the index had come (${at} of ${text.length})`);
    assert.ok(at > namesEnd - 700, 'not before the names had come');
    assert.deepEqual(seen.names, names);
    assert.ok(names.includes('Odd "quoted" [bracket] \\ slash, group'));

    const wanted = [names.length - 1, names.indexOf('Odd "quoted" [bracket] \\ slash, group')];
    const fragments = new Map(
      wanted.map((position) => {
        const { url } = seen!.fragmentAt(position);
        return [url, JSON.parse(files.get(new URL(url).pathname.replace('/directory/', ''))!)];
      }),
    );
    const preview = seen.preview(fragments, wanted)!;
    assert.deepEqual(
      preview.services.map((service) => service.name),
      wanted.map((position) => names[position]),
    );
    assert.ok(preview.services[0]!.description, 'services in full, from their fragments');
    assert.equal(seen.preview(new Map(), wanted), undefined, 'nothing without the fragments');
  });

  it('gives no start for a file that is not a browse index', () => {
    const start = (text: string) => new IndexStart(BASE).push(text);
    const index = (head: string) =>
      `{${head},"directory":{"schemaVersion":"1.0","id":"d","title":"D","publisher":{"name":"P"},"publishedAt":"2026-11-01T09:00:00Z","areas":[]},` +
      `"excluded":0,"fragments":{"size":32,"hashes":["abcdefghijkl"]},"services":{"name":["a"],"id":[0]}}`;
    assert.ok(start(index('"format":"peer-support-browse","formatVersion":1')), 'a sound start is seen');
    assert.equal(start(index('"format":"something-else","formatVersion":1')), undefined);
    assert.equal(start(index('"format":"peer-support-browse","formatVersion":9')), undefined);
    assert.equal(start(index('"format":"peer-support-browse","formatVersion":1').replace('abcdefghijkl', '../../x')), undefined);
    assert.equal(start('{"schemaVersion":"1.0","services":{"name":["a"]}}'), undefined);
  });
});
