import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { hasContact } from '@peer-support-kit/core';
import { counted, readLive } from './helpers/live.js';
import { cliDir, lambethDir, scratch, serviceYaml, fixture, sussexDir } from './helpers/run.js';

const bin = path.join(cliDir, 'dist', 'bin.js');
const skip = existsSync(bin) ? false : 'the CLI is not built: run pnpm --filter @peer-support-kit/cli build';

/**
 * This test's own Node options (they make core resolve as the tests do), with `--import tsx`
 * made absolute so the binary can run from any folder.
 */
const nodeOptions = process.execArgv
  .filter((arg) => !arg.startsWith('--test'))
  .map((arg, i, all) => (all[i - 1] === '--import' && !arg.startsWith('file:') && !arg.startsWith('/') ? import.meta.resolve(arg) : arg));

/** Runs the built binary as a maintainer would. */
const peerSupport = (args: string[], cwd = cliDir) =>
  spawnSync(process.execPath, [...nodeOptions, bin, ...args], { cwd, encoding: 'utf8' });

describe('the built peer-support binary', { skip }, () => {
  it('starts with a node shebang', () => {
    assert.ok(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n'));
  });

  it('validates the real directories with exit code 0', () => {
    const result = peerSupport(['validate', sussexDir, lambethDir]);
    assert.equal(result.status, 0, result.stdout + result.stderr);
    const live = [readLive(sussexDir), readLive(lambethDir)];
    const services = live.flatMap(({ directory }) => directory.services);
    const files = live.reduce((sum, { files }) => sum + files, 0);
    const warnings = counted(services.filter((service) => !hasContact(service)).length, 'warning');
    assert.ok(
      result.stdout.endsWith(
        `\nvalidate: no errors, ${warnings} in ${counted(services.length, 'service')} from ${counted(files, 'file')}.\n`,
      ),
      result.stdout,
    );
  });

  it('exits 1 on an error in the data, and 2 on a mistake in the command', () => {
    const dir = scratch({ 'services/typo.yaml': serviceYaml('test-typo', 'formats: [grup]') }, fixture('good'));
    const bad = peerSupport(['validate', '.'], dir);
    assert.equal(bad.status, 1);
    assert.match(bad.stdout, /^services\/typo\.yaml:10:11: error formats\[0\]: is the text "grup"/);
    const usage = peerSupport(['validate', '--bogus', '.'], dir);
    assert.equal(usage.status, 2);
    assert.equal(usage.stderr, 'peer-support validate: validate has no flag --bogus.\nRun "peer-support validate --help" for usage.\n');
  });

  it('builds a directory', () => {
    const out = path.join(scratch(), 'out');
    const result = peerSupport(['build', fixture('good'), '--out', out]);
    assert.equal(result.status, 0, result.stdout + result.stderr);
    assert.ok(existsSync(path.join(out, 'manifest.json')));
  });
});
