import { it } from 'node:test';
import assert from 'node:assert/strict';

// Partner pages may forbid `unsafe-eval`. Classic zod compiles object parsers with
// `new Function` unless jitless mode is on before any schema is built; this checks the built
// package, as partners get it, so a bundler dropping the switch or a move away from zod/mini
// shows up here.
it('the built package never calls the Function constructor', async () => {
  const RealFunction = globalThis.Function;
  const calls: string[] = [];
  globalThis.Function = new Proxy(RealFunction, {
    construct(target, args) {
      calls.push(String(args.at(-1)).slice(0, 40));
      return Reflect.construct(target, args);
    },
    apply(target, self, args) {
      calls.push(String(args.at(-1)).slice(0, 40));
      return Reflect.apply(target, self, args);
    },
  });
  try {
    const core = await import('../dist/index.js');
    for (const charter of core.charters) assert.equal(core.parseCharter(charter).ok, true);
    assert.equal(core.parseCharter({ id: 1 }).ok, false);
  } finally {
    globalThis.Function = RealFunction;
  }
  assert.deepEqual(calls, []);
});
