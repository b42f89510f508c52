import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseJsonBytes } from '../src/sources/json-read.js';

// A large JSON source is read a part at a time (json-read.ts). What it reads must be what
// JSON.parse reads, and what JSON.parse refuses it must refuse, so that JSON.parse then says why.

const bytes = (text: string) => new TextEncoder().encode(text);
/** Taking apart every object and list, however short: the way a national directory is read. */
const inParts = (text: string) => parseJsonBytes(bytes(text), 0);

const TEXTS = [
  '{"schemaVersion": "1.0", "services": [{"id": "a", "tags": ["x", "y"]}, {"id": "b\\\\", "n": -1.5e3}], "areas": []}',
  '  [ {"name": "Caf\\u00e9 \\"Peers\\" – 🌈"} , [], {}, [[1, 2], [3, {"day": "monday"}]], true, false, null, 0, "" ]  ',
  '{"a": 1, "b": {"a": 2}, "a": {"c": 3}}',
  '{"__proto__": {"polluted": true}, "constructor": 1, "2": "two", "1": "one"}',
  '\r\n\t{ "spaced" :\r\n [ 1 ,\t2 ] }\n',
  '"just text"',
  '42',
  '[]',
  '{}',
];

describe('reading JSON a part at a time', () => {
  it('reads what JSON.parse reads, keys in the same order', () => {
    for (const text of TEXTS) {
      const read = inParts(text);
      assert.ok(read, text);
      assert.deepEqual(read.value, JSON.parse(text), text);
      assert.equal(JSON.stringify(read.value), JSON.stringify(JSON.parse(text)), text);
    }
  });

  it('keeps a key named __proto__ as a field, as JSON.parse does', () => {
    const read = inParts(TEXTS[3]!)!.value as Record<string, unknown>;
    assert.equal(Object.getPrototypeOf(read), Object.prototype);
    assert.deepEqual(Object.keys(read), ['1', '2', '__proto__', 'constructor']);
  });

  it('refuses whatever JSON.parse refuses, a character missing or added anywhere', () => {
    for (const text of TEXTS) {
      for (let at = 0; at <= text.length; at++) {
        for (const changed of [
          text.slice(0, at) + text.slice(at + 1),
          `${text.slice(0, at)},${text.slice(at)}`,
          `${text.slice(0, at)}}${text.slice(at)}`,
        ]) {
          // As a file holds it: half an emoji, cut in two, is saved as U+FFFD.
          const saved = new TextDecoder().decode(bytes(changed));
          let parsed: { value: unknown } | undefined;
          try {
            parsed = { value: JSON.parse(saved) };
          } catch {
            parsed = undefined;
          }
          assert.deepEqual(inParts(saved), parsed, saved);
        }
      }
    }
  });

  it('reads a short text whole, and a long one in parts, to the same value', () => {
    const directory = { services: Array.from({ length: 2000 }, (_, n) => ({ id: `s-${n}`, name: `Service “${n}” 🌈` })) };
    const text = JSON.stringify(directory, null, 2);
    assert.deepEqual(parseJsonBytes(bytes(text))!.value, directory);
    assert.deepEqual(parseJsonBytes(bytes(text), 1024)!.value, directory);
  });
});
