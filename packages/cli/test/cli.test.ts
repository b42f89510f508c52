import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { commands } from '../src/index.js';
import { fixture, run } from './helpers/run.js';

describe('the command line', () => {
  it('has --help on every command', async () => {
    for (const command of commands) {
      const result = await run([command.spec.name, '--help']);
      assert.equal(result.code, 0, command.spec.name);
      assert.ok(result.stdout.startsWith(`Usage: peer-support ${command.spec.name} `), command.spec.name);
      assert.match(result.stdout, /\n {2}-h, --help +Show this help\.\n/);
    }
    const overview = await run(['--help']);
    assert.equal(overview.code, 0);
    for (const command of commands) assert.ok(overview.stdout.includes(`  ${command.spec.name}`));
  });

  it('names an unknown flag and suggests the nearest', async () => {
    const result = await run(['build', fixture('good'), '--outt', 'dist']);
    assert.equal(result.code, 2);
    assert.equal(result.stdout, '');
    assert.equal(
      result.stderr,
      'peer-support build: build has no flag --outt; did you mean --out?\nRun "peer-support build --help" for usage.\n',
    );
    const far = await run(['validate', '--strict', fixture('good')]);
    assert.equal(far.stderr, 'peer-support validate: validate has no flag --strict.\nRun "peer-support validate --help" for usage.\n');
  });

  it('names an unknown command and suggests the nearest', async () => {
    const result = await run(['valdate', 'x']);
    assert.equal(result.code, 2);
    assert.equal(result.stderr, 'peer-support: "valdate" is not a command; did you mean validate?\nRun "peer-support --help" for usage.\n');
  });

  it('says when arguments or flag values are missing', async () => {
    assert.equal(
      (await run(['validate'])).stderr,
      'peer-support validate: validate needs <file|dir…>; none was given.\nRun "peer-support validate --help" for usage.\n',
    );
    assert.equal(
      (await run(['build', 'x', '--out'])).stderr,
      'peer-support build: --out needs a value: --out <dir>.\nRun "peer-support build --help" for usage.\n',
    );
    assert.equal((await run(['import-csv', 'a.csv', 'b.csv', '--out', 'x'])).code, 2);
    assert.equal((await run([])).code, 2);
  });

  it('prints its version', async () => {
    const result = await run(['--version']);
    assert.match(result.stdout, /^\d+\.\d+\.\d+/);
  });
});
