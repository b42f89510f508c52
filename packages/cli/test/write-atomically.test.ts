import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import path from 'node:path';
import { NotMade } from '../src/build/outputs.js';
import { writeAtomically, type FileOps } from '../src/build/write-atomically.js';
import { fixture, run, scratch, snapshot } from './helpers/run.js';

// A published folder is served as it is: a CDN or a partner's check reads manifest.json and
// trusts each file's integrity. So a build that fails part way must leave the folder as it was,
// never a mix of old and new files.

const MUTATING = ['mkdirSync', 'mkdtempSync', 'openSync', 'writeSync', 'renameSync', 'rmSync'] as const;

/** node:fs, but the `failAt`th change to the disk throws, as a full disk or a locked file would. */
function failingOps(failAt: number): FileOps & { calls: number } {
  const ops = { ...fs, calls: 0 } as FileOps & { calls: number };
  for (const name of MUTATING) {
    const real = fs[name] as (...args: unknown[]) => unknown;
    (ops as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => {
      if (++ops.calls === failAt) throw new Error(`${name} failed (test).`);
      return real(...args);
    };
  }
  return ops;
}

/** Files as a map, from a snapshot of a folder. */
const filesOf = (dir: string) =>
  new Map(Object.entries(snapshot(dir)).map(([name, text]) => [name, Buffer.from(text, 'latin1').toString('utf8')]));

/** Every file manifest.json names is there, with the integrity it gives. */
function expectManifestHolds(dir: string): void {
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as { files: Record<string, { integrity: string }> };
  for (const [name, { integrity }] of Object.entries(manifest.files)) {
    const bytes = fs.readFileSync(path.join(dir, name));
    assert.equal(`sha384-${createHash('sha384').update(bytes).digest('base64')}`, integrity, `${name} agrees with manifest.json`);
  }
}

async function built(sources: string): Promise<string> {
  const out = path.join(scratch(), 'dist');
  const result = await run(['build', sources, '--out', out]);
  assert.equal(result.code, 0, result.stdout);
  return out;
}

describe('writing a build', () => {
  it('leaves the folder as it was, or wholly new, whichever step fails', async () => {
    const oldDir = await built(fixture('good'));
    const changed = scratch({}, fixture('good'));
    const yaml = path.join(changed, 'directory.yaml');
    fs.writeFileSync(yaml, fs.readFileSync(yaml, 'utf8').replace(/^title: .*$/m, 'title: A changed title'));
    const newDir = await built(changed);
    const newFiles = filesOf(newDir);
    const before = snapshot(oldDir);
    assert.notDeepEqual(Object.fromEntries(newFiles), before, 'the second build differs');

    let steps = 0;
    for (let failAt = 1; ; failAt++) {
      const target = path.join(scratch(), 'dist');
      fs.cpSync(oldDir, target, { recursive: true });
      const ops = failingOps(failAt);
      let failed: Error | undefined;
      try {
        writeAtomically(target, newFiles, ops);
      } catch (error) {
        failed = error as Error;
      }
      const after = snapshot(target);
      if (failed) {
        assert.match(failed.message, /Nothing was changed\.$/, `step ${failAt}`);
        assert.deepEqual(after, before, `step ${failAt} failed: the folder is as it was`);
      } else {
        // No step failed, or only the tidying after (a staging folder left): the new files
        // stand, beside old files the new build does not have (fragments of old content).
        const shown = Object.fromEntries(Object.entries(after).filter(([name]) => !name.startsWith('.')));
        assert.deepEqual(shown, { ...before, ...snapshot(newDir) }, `step ${failAt}`);
      }
      expectManifestHolds(target);
      if (!failed && ops.calls < failAt) break;
      steps++;
    }
    assert.ok(steps > newFiles.size * 2, `each of ${steps} steps failed in turn`);
  });

  it('fails before changing anything when a folder is where a file must go, and says so', async () => {
    const out = await built(fixture('good'));
    const before = snapshot(out);
    fs.mkdirSync(path.join(out, 'openreferral.json.tmp'));
    fs.renameSync(path.join(out, 'openreferral.json'), path.join(out, 'openreferral.json.old'));
    fs.mkdirSync(path.join(out, 'openreferral.json'));
    const result = await run(['build', fixture('good'), '--out', out]);
    assert.equal(result.code, 1);
    assert.match(
      result.stdout,
      /build: cannot write to .*: openreferral\.json is a folder in .*, where the file openreferral\.json must go\. Nothing was changed\./,
    );
    fs.rmdirSync(path.join(out, 'openreferral.json'));
    fs.rmdirSync(path.join(out, 'openreferral.json.tmp'));
    fs.renameSync(path.join(out, 'openreferral.json.old'), path.join(out, 'openreferral.json'));
    assert.deepEqual(snapshot(out), before);
    expectManifestHolds(out);
  });

  it('leaves the folder as it was when a file cannot be made part way through, and says it was the making', async () => {
    const out = await built(fixture('good'));
    const before = snapshot(out);
    function* failing() {
      yield '{"first": "part"';
      throw new NotMade('the data could not be written as JSON');
    }
    const files = [
      { name: 'directory.json', parts: ['{}\n'] },
      { name: 'openreferral.json', parts: failing() },
    ];
    assert.throws(
      () => writeAtomically(out, files),
      (error: Error) => error.cause instanceof NotMade && /could not be written as JSON Nothing was changed\.$/.test(error.message),
    );
    assert.deepEqual(snapshot(out), before);
  });
});
