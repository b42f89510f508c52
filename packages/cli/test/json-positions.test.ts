import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { PathSegment } from '@peer-support-kit/core';
import { jsonPositions } from '../src/sources/json-positions.js';
import { linePositions } from '../src/sources/line-positions.js';
import { utf8Positions } from '../src/sources/utf8-positions.js';
import { fixture, run, scratch } from './helpers/run.js';

/** Line and column of the value at `path`, as messages show them: "line:column". */
function finder(text: string) {
  const bytes = new TextEncoder().encode(text);
  const offsetOf = jsonPositions(bytes);
  const at = utf8Positions(bytes);
  return (...path: PathSegment[]) => {
    const { line, column } = at(offsetOf(path));
    return `${line}:${column}`;
  };
}

// Escapes, accents and a character outside the Basic Multilingual Plane (two UTF-16 units, as
// columns count them) before the values looked for; "name" at three depths; a key with an escape.
const TEXT = `{
  "name": "Caf\\u00e9 \\"Peers\\" – 🌈 \\\\",
  "services": [
    { "id": "a", "name": "One", "tags": ["x", "y"] },
    {
      "id": "b\\\\",
      "name": "Twö 🌈",
      "contact": { "na\\u006de": { "name": "deep 🌈" }, "website": "https://x.example" },
      "sessions": [[1, 2], [3, {"day": "monday"}]],
      "empty": {}, "none": [], "n": -1.5e3, "t": true, "z": null
    }
  ],
  "publisher": {"name": "Last"}
}
`;

describe('positions of values in a JSON source', () => {
  const where = finder(TEXT);

  it('finds values by key and index, nested in objects and arrays', () => {
    assert.equal(where(), '1:1');
    assert.equal(where('services'), '3:15');
    assert.equal(where('services', 0), '4:5');
    assert.equal(where('services', 0, 'tags', 1), '4:47');
    assert.equal(where('services', 1, 'sessions', 1, 1, 'day'), '9:40');
    assert.equal(where('services', 1, 'n'), '10:37');
    assert.equal(where('services', 1, 'z'), '10:61');
  });

  it('counts columns after escapes, accents and emoji as an editor does', () => {
    assert.equal(where('services', 1, 'contact', 'website'), '8:67');
    assert.equal(where('publisher'), '13:16');
  });

  it('tells the same key apart at each depth', () => {
    assert.equal(where('name'), '2:11');
    assert.equal(where('services', 1, 'name'), '7:15');
    assert.equal(where('services', 1, 'contact', 'name'), '8:33');
    assert.equal(where('services', 1, 'contact', 'name', 'name'), '8:43');
    assert.equal(where('publisher', 'name'), '13:25');
  });

  it('points at the nearest written value when the path goes further than the text', () => {
    assert.equal(where('services', 1, 'contact', 'phone'), '8:18');
    assert.equal(where('services', 7, 'name'), '3:15');
    assert.equal(where('services', 'first'), '3:15');
    assert.equal(where('services', 0, 'id', 'more'), '4:13');
    assert.equal(where('services', 1, 'empty', 'x'), '10:16');
    assert.equal(where('services', 1, 'none', 0), '10:28');
  });

  it('points at the last of a repeated key, the value JSON.parse keeps', () => {
    assert.equal(finder('{"a": 1, "b": {"a": 2}, "a": {"c": 3}}')('a', 'c'), '1:36');
  });

  it('agrees with the YAML parser, which placed JSON values before, on every value of varied texts', () => {
    const value = JSON.parse(TEXT) as unknown;
    const texts = [TEXT, JSON.stringify(value), JSON.stringify(value, null, '\t'), JSON.stringify(value, null, 2).replace(/\n/g, '\r\n')];
    for (const text of texts) {
      const where = finder(text);
      const doc = parseDocument(text);
      const yamlAt = linePositions(text);
      assert.deepEqual(doc.errors, []);
      for (const path of pathsIn(value)) {
        const { line, column } = yamlAt(yamlOffset(doc.contents, path));
        assert.equal(where(...path), `${line}:${column}`, `${JSON.stringify(path)} in ${text}`);
      }
    }
  });

  it('counts columns on a line longer than the stretches it counts once', () => {
    const text = JSON.stringify({ items: Array.from({ length: 3000 }, (_, n) => ({ n, name: `Café 🌈 “${n}”` })) });
    const bytes = new TextEncoder().encode(text);
    const at = utf8Positions(bytes);
    const offsetOf = jsonPositions(bytes);
    const yamlAt = linePositions(text);
    for (const n of [0, 1, 1500, 2999, 1200, 5]) {
      const start = text.indexOf(`{"n":${n},`);
      assert.deepEqual(at(offsetOf(['items', n])), yamlAt(start), `item ${n}`);
    }
  });
});

describe('validate, on a JSON source', () => {
  it('names the line and column of a problem inside a service', async () => {
    const service = {
      id: 'test-json-deep',
      name: 'Test “JSON” service 🌈',
      summary: 'A made-up service, with "quotes" and a back\\slash.',
      organisation: { name: 'Test Organisation', kind: 'user-led', website: 'https://test.example.org' },
      areas: ['north-town'],
      lastReviewed: '2026-10-01',
      contact: { website: 'not a link' },
    };
    const dir = scratch({ 'services/deep.json': `${JSON.stringify([service], null, 2)}\n` }, fixture('good'));
    const result = await run(['validate', dir], { cwd: dir });
    assert.equal(result.code, 1);
    assert.match(result.lines[0]!, /^services\/deep\.json:16:18: error \[0\]\.contact\.website: /);
  });

  it('places problems alike in a file saved as UTF-8 with a byte order mark, or as UTF-16', async () => {
    const services = [{ id: 'test-marks', name: 'Test “marks”', summary: 'x', areas: ['north-town'] }];
    const text = JSON.stringify(services);
    const plain = scratch({ 'services/a.json': text }, fixture('good'));
    const expected = (await run(['validate', plain], { cwd: plain })).lines;
    assert.match(expected[0]!, /^services\/a\.json:1:2: error \[0\]/);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    for (const bytes of [Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), utf16]) {
      const dir = scratch({}, fixture('good'));
      writeFileSync(path.join(dir, 'services/a.json'), bytes);
      assert.deepEqual((await run(['validate', dir], { cwd: dir })).lines, expected);
    }
  });
});

/** Every path to a value in `value`, the root's included. */
function pathsIn(value: unknown, base: PathSegment[] = []): PathSegment[][] {
  const inside = Array.isArray(value)
    ? value.flatMap((item, index) => pathsIn(item, [...base, index]))
    : typeof value === 'object' && value !== null
      ? Object.entries(value).flatMap(([key, item]) => pathsIn(item, [...base, key]))
      : [];
  return [base, ...inside];
}

/** Where the YAML parser's syntax tree says the value at `path` starts. */
function yamlOffset(root: unknown, path: readonly PathSegment[]): number {
  let node = root;
  for (const segment of path) {
    if (isMap(node)) node = node.items.find((pair) => isScalar(pair.key) && String(pair.key.value) === String(segment))!.value;
    else if (isSeq(node)) node = node.items[segment as number];
  }
  return (node as { range: number[] }).range[0]!;
}
