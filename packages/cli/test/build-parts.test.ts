import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { toOpenReferral } from '@peer-support-kit/core/openreferral';
import { generateDirectory } from '../../../bench/generate-directory.js';
import { toJson } from '../src/build/json.js';
import { jsonParts } from '../src/build/json-parts.js';
import { spooledOpenReferral } from '../src/build/openreferral-spool.js';
import { buildOutputs } from '../src/build/outputs.js';
import { publishedDirectory } from '../src/build/published.js';
import { loadOneDirectory } from '../src/sources/load-one.js';
import { fixture, run, scratch, snapshot, sussexDir } from './helpers/run.js';

// `build` writes each file as it is made, in parts (a national directory's files are gigabytes
// together). The bytes must be those of each file made whole, as the workbench makes them.

const checked = (sources: string) => {
  const loaded = loadOneDirectory([sources], process.cwd());
  assert.ok(loaded.ok);
  return loaded.one.directory;
};
const sussex = checked(sussexDir);
const generated = checked(path.join(scratch({ 'directory.json': JSON.stringify(generateDirectory(300, 3)) }), 'directory.json'));

describe('files written in parts', () => {
  it('gives the bytes of toJson, whatever the value holds and however deep it is taken apart', () => {
    const odd = {
      gone: undefined,
      call: () => 1,
      list: [undefined, () => 1, Symbol('s'), null, [], {}, [[]]],
      date: new Date(0),
      own: { toJSON: () => 'mine' },
      text: 'a line\nand “another” 🌈',
      empty: {},
      bare: Object.assign(Object.create(null) as object, { a: [1, { b: [2] }] }),
      boxed: Object('boxed') as object,
      deep: { a: { b: { c: { d: [1, { e: 2 }] } } } },
    };
    for (const value of [odd, [odd, odd], [], {}, 'text', 42, publishedDirectory(sussex)]) {
      for (const depth of [0, 1, 2, 3, 6]) assert.equal([...jsonParts(value, depth)].join(''), toJson(value), `depth ${depth}`);
    }
  });

  it('writes openreferral.json through scratch files with the bytes of the dataset made whole', () => {
    for (const directory of [sussex, generated]) {
      const published = publishedDirectory(directory);
      assert.equal([...spooledOpenReferral(published)].join(''), toJson(toOpenReferral(published)));
    }
  });

  it('writes what buildOutputs makes in memory, byte for byte, manifest included', async () => {
    for (const [sources, directory] of [
      [sussexDir, sussex],
      [fixture('good'), checked(fixture('good'))],
    ] as const) {
      const out = path.join(scratch(), 'dist');
      const result = await run(['build', sources, '--out', out]);
      assert.equal(result.code, 0, result.stdout);
      const warnings = Number(/(\d+|no) warnings?\)/.exec(result.lines.at(-1)!)?.[1]) || 0;
      const version =
        sources === sussexDir
          ? { version: (JSON.parse(readFileSync(path.join(sussexDir, 'package.json'), 'utf8')) as { version: string }).version }
          : {};
      const made = buildOutputs(directory, { warnings, ...version }).files;
      const written = snapshot(out);
      assert.deepEqual(Object.keys(written).sort(), [...made.keys()].sort());
      for (const [name, text] of made) assert.equal(Buffer.from(written[name]!, 'latin1').toString('utf8'), text, name);
    }
  });
});
