import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DirectoryStream, parseDirectory } from '../src/index.js';
import { mutatedServices } from './helpers/arbitraries.js';
import { sampleDirectory, sampleService } from './helpers/sample.js';

// A directory read as it arrives, piece by piece, must come out exactly as parseDirectory reads
// the whole text: same services, same problems in the same order, same count left out.

/** Reads `text` in pieces cut at `cuts` (fractions of its length), reading after each piece. */
function streamed(text: string, cuts: readonly number[], slices = false) {
  const stream = new DirectoryStream();
  const at = [...new Set(cuts.map((cut) => Math.floor(cut * text.length)))].sort((a, b) => a - b);
  let from = 0;
  let partials = 0;
  for (const to of [...at, text.length]) {
    stream.push(text.slice(from, to));
    from = to;
    // One service at a time when slicing: `more()` says stop after each.
    if (slices) while (!stream.read(() => false)) partials++;
    else stream.read();
    if (stream.partial) partials++;
  }
  // All the text is in and read: how many services were read before `end`.
  const readBeforeEnd = stream.partial?.read ?? 0;
  return { result: stream.end(), partials, readBeforeEnd };
}

/** The same document written in different ways: compact, indented, with spaces around everything. */
const layouts = fc.constantFrom<(value: unknown) => string>(
  (value) => JSON.stringify(value),
  (value) => JSON.stringify(value, null, 2),
  (value) => JSON.stringify(value, null, '\t').replace(/:/g, ' :  ').replace(/,\n/g, ' ,\r\n'),
);
const cuts = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 40 });

describe('DirectoryStream', () => {
  it('reads a directory in pieces exactly as parseDirectory reads it whole, over 500 mutated directories', () => {
    fc.assert(
      fc.property(mutatedServices, layouts, cuts, fc.boolean(), (services, layout, at, slices) => {
        const text = layout(sampleDirectory(services));
        const { result, readBeforeEnd } = streamed(text, at, slices);
        assert.deepEqual(result, parseDirectory(text));
        assert.equal(readBeforeEnd, services.length, 'read as it came, not whole at the end');
      }),
      { numRuns: 500 },
    );
  });

  it('reads any other text as parseDirectory does: broken, odd or not a directory at all', () => {
    const directory = JSON.stringify(sampleDirectory([]));
    const withServices = (list: string) => directory.replace('"services":[]', `"services":[${list}]`);
    const odd = fc.oneof(
      fc.string(),
      fc.json(),
      fc.constantFrom(
        '',
        '[]',
        '{"schemaVersion":"1.0","services":5}',
        '{"schemaVersion":"9.0","services":[]}',
        directory.replace('"services":[', '"services":[{"id":"broken",'),
        directory.slice(0, -3),
        directory.replace(/\}$/, ',"title":"Changed after the services"}'),
        directory.replace(/\}$/, ',"services":[{"id":"second-list"}]}'),
        directory.replace('"services":[]', '"services":["a string",12,true,null,[1,[2]],{"id":"x\\"y\\\\"}]'),
        directory.replace('"schemaVersion"', '"services":"first","schemaVersion"'),
        `  \n${directory}\n  `,
        // Commas too many or too few, and characters JSON does not count as white space.
        withServices('{"id":"a"},'),
        withServices('{"id":"a"} {"id":"b"}'),
        withServices(',{"id":"a"}'),
        withServices('{"id":"a"},,{"id":"b"}'),
        withServices('{"id":"a"}\u0001,{"id":"b"}'),
        withServices('{"id":"a"},\u00a0{"id":"b"}'),
        withServices('1 2'),
        withServices('12x,3'),
        withServices('1,\u000b2'),
        `${directory}\u00a0`,
        `${directory.slice(0, -1)}\u00a0}`,
      ),
    );
    fc.assert(
      fc.property(odd, cuts, (text, at) => {
        assert.deepEqual(streamed(text, at).result, parseDirectory(text));
      }),
      { numRuns: 500 },
    );
  });

  it('offers the services read so far, before the text is complete', () => {
    const services = ['alpha', 'beta', 'gamma'].map((id) => sampleService({ id, name: `Test ${id}` }));
    const text = JSON.stringify(sampleDirectory(services));
    const stream = new DirectoryStream();
    const cut = text.indexOf('"id":"gamma"');
    stream.push(text.slice(0, cut));
    assert.equal(stream.read(), true);
    const partial = stream.partial!;
    assert.deepEqual(
      partial.directory.services.map((s) => s.id),
      ['alpha', 'beta'],
    );
    assert.equal(partial.read, 2);
    assert.equal(partial.directory.title, sampleDirectory([]).title);
    stream.push(text.slice(cut));
    assert.deepEqual(
      stream.end().directory!.services.map((s) => s.id),
      ['alpha', 'beta', 'gamma'],
    );
  });

  it('gives no partial directory for a file it must read whole', () => {
    const stream = new DirectoryStream();
    stream.push('{"schemaVersion":"1.0","services":"not a list"');
    stream.read();
    assert.equal(stream.partial, undefined);
    assert.equal(stream.end().problems[0]!.code, 'not_json');
  });
});
