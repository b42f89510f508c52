import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DirectoryStream, endsUnfinished } from '../src/index.js';
import { sampleDirectory } from './helpers/sample.js';

// A file that stops part way is a fault of the connection (worth trying again); a file that is
// broken or not JSON is a fault of the file. The elements tell a person which by endsUnfinished.

describe('endsUnfinished', () => {
  it('is true for every cut of a directory short of its end, and false for the whole', () => {
    const text = JSON.stringify(sampleDirectory(), null, 2);
    assert.equal(endsUnfinished(text), false);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: text.trimEnd().length - 1 }), (at) => {
        assert.equal(endsUnfinished(text.slice(0, at)), true, `cut at ${at}: …${text.slice(at - 20, at)}`);
      }),
      { numRuns: 300 },
    );
  });

  it('follows strings with escaped quotes and brackets in them', () => {
    assert.equal(endsUnfinished('{"a":"say \\"hi\\" [ {"}'), false);
    assert.equal(endsUnfinished('{"a":"say \\"hi\\" [ {'), true);
    assert.equal(endsUnfinished('{"a":"ends in a backslash \\\\"}'), false);
  });

  it('is false for text that is not JSON from its start, or whose value ended before the text', () => {
    for (const text of ['<!doctype html><html>', 'Not found', '', '   ', '{"a":1} trailing', '[1,2]]', '"a string']) {
      assert.equal(endsUnfinished(text), false, text);
    }
  });

  it('scans nesting far deeper than a call stack could recurse', () => {
    assert.equal(endsUnfinished('['.repeat(1_000_000)), true);
    assert.equal(endsUnfinished('['.repeat(1_000_000) + ']'.repeat(1_000_000)), false);
  });

  it('is what a DirectoryStream says of the text pushed into it', () => {
    const text = JSON.stringify(sampleDirectory());
    for (const at of [10, Math.floor(text.length / 2), text.length - 1, text.length]) {
      const stream = new DirectoryStream();
      stream.push(text.slice(0, at));
      stream.read();
      assert.equal(stream.unfinished, at < text.length, `cut at ${at}`);
    }
  });
});
