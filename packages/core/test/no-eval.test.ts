import { it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { globalConfig } from 'zod/v4/core';
import { WITHOUT_EVAL } from '../src/validation/parse-context.js';

// Partner pages may forbid eval in their Content-Security-Policy, and a host application's own zod
// must stay as the host set it. Classic zod compiles object parsers with `new Function`, and probes
// for it when it builds an object schema, unless its global config says not to. Core sets no
// global: it builds with zod/mini, whose objects never compile, and passes `jitless` on the parses
// it makes itself.

const configAtStart = { ...globalConfig };
const fixture: unknown = JSON.parse(readFileSync(new URL('./fixtures/openreferral/directory.json', import.meta.url), 'utf8'));

/** Runs `body` with the Function constructor refused, as a strict CSP refuses it; returns what was asked of it. */
async function withoutFunction(body: () => Promise<void>): Promise<string[]> {
  const RealFunction = globalThis.Function;
  const calls: string[] = [];
  const refuse = (args: unknown[]): never => {
    calls.push(String(args.at(-1)).slice(0, 40));
    throw new EvalError('Refused to evaluate a string as JavaScript (test)');
  };
  globalThis.Function = new Proxy(RealFunction, { construct: (_, args) => refuse(args), apply: (_, __, args) => refuse(args) });
  try {
    await body();
  } finally {
    globalThis.Function = RealFunction;
  }
  return calls;
}

// The built package, as partners get it, so a bundler's change or a dependency that evals shows up.
it('the built package loads and parses where the Function constructor is refused, and never asks for it', async () => {
  const calls = await withoutFunction(async () => {
    const core = await import('../dist/index.js');
    const openReferral = await import('../dist/openreferral/index.js');
    for (const charter of core.charters) {
      assert.equal(core.parseCharter(charter).ok, true);
      assert.equal(core.charterSchema.safeParse(charter).success, true);
    }
    assert.equal(core.parseCharter({ id: 1 }).ok, false);
    const { directory } = core.parseDirectory(fixture);
    assert.ok(directory);
    assert.equal(core.directorySchema.safeParse(fixture).success, true);
    assert.equal(core.directorySchema.safeParse({ ...directory, services: [{ id: 'Not A Slug' }] }).success, false);
    const back = openReferral.fromOpenReferral(openReferral.toOpenReferral(directory));
    assert.equal(back.directory?.services.length, directory.services.length);
  });
  assert.deepEqual(calls, []);
});

it("importing core and parsing leave zod's global config as it was", async () => {
  const core = await import('../src/index.js');
  const openReferral = await import('../src/openreferral/index.js');
  const { directory } = core.parseDirectory(fixture);
  assert.ok(directory);
  core.directorySchema.safeParse(fixture);
  openReferral.fromOpenReferral(openReferral.toOpenReferral(directory));
  assert.deepEqual({ ...globalConfig }, configAtStart);
  assert.equal(globalConfig.jitless, undefined);
});

// What WITHOUT_EVAL relies on: classic zod's compiled parser is skipped when a parse asks, even
// with JIT on globally. (Building a classic object still probes for eval, so core keeps to zod/mini.)
it('a classic zod object parsed with WITHOUT_EVAL does not compile, where one parsed without it does', async () => {
  const z = await import('zod');
  const compiles = (params?: typeof WITHOUT_EVAL) => {
    const schema = z.object({ name: z.string() });
    return withoutFunction(async () => {
      try {
        schema.safeParse({ name: 'x' }, params);
      } catch {
        // A refused compile may throw; what was asked is what counts here.
      }
    });
  };
  assert.deepEqual(await compiles(WITHOUT_EVAL), []);
  assert.notDeepEqual(await compiles(), []);
});
