// The counts `pnpm test` prints (scripts/test-counts.js), read from real runners' output.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { countTests, describeCounts, describeSkips } from './test-counts.js';

/** What `node --test` prints, piped as `pnpm test` pipes it, for a file of these tests. */
function nodeTestOutput(source, reporter) {
  const dir = mkdtempSync(path.join(tmpdir(), 'test-counts-'));
  try {
    const file = path.join(dir, 'probe.test.mjs');
    writeFileSync(file, `import { describe, it } from 'node:test';\n${source}`);
    const args = ['--test', ...(reporter ? [`--test-reporter=${reporter}`] : []), file];
    // Without the variable node:test sets for the files it runs, which would make this run report
    // to it rather than print.
    const { NODE_TEST_CONTEXT: _, ...env } = process.env;
    const result = spawnSync(process.execPath, args, { encoding: 'utf8', env: { ...env, NODE_OPTIONS: '' } });
    return result.stdout + result.stderr;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const probe = `
describe('needs the shared folder', { skip: 'the shared folder is missing' }, () => {
  it('one', () => {});
  it('two', () => {});
});
describe('some run', () => {
  it('runs', () => {});
  it('needs a build', { skip: 'not built' }, () => {});
});
it('runs too', () => {});
`;

describe('countTests', () => {
  it('counts a skipped test and a skipped describe from node:test, with their reasons', () => {
    const counts = countTests(nodeTestOutput(probe));
    assert.deepEqual({ ...counts, skips: undefined }, { passed: 2, failed: 0, skipped: 2, excused: 0, skips: undefined });
    assert.deepEqual(counts.skips, [
      { name: 'needs the shared folder', reason: 'the shared folder is missing' },
      { name: 'needs a build', reason: 'not built' },
    ]);
  });

  it('reads the spec reporter as well', () => {
    const counts = countTests(nodeTestOutput(probe, 'spec'));
    assert.equal(counts.passed, 2);
    assert.equal(counts.skipped, 2);
    assert.deepEqual(
      counts.skips.map((skip) => skip.reason),
      ['the shared folder is missing', 'not built'],
    );
  });

  it("adds up the packages of `pnpm -r run test`, page tests (e2e) included, through pnpm's prefixes", () => {
    const output = [
      'packages/core test:     ok 3 - quotes the Sussex charter word for word (seed 002) # SKIP the shared/seeds folder is not beside the repository',
      'packages/core test: ok 27 - fromOpenReferral: the official HSDS 3.0 examples # SKIP the official HSDS 3.0 schemas are not in /x',
      'packages/core test: # pass 173',
      'packages/core test: # fail 0',
      'packages/core test: # skipped 1',
      'packages/elements test: ok 4 - examples/nhs.html: loads with no console error # SKIP Chromium is missing',
      'packages/elements test: # pass 15',
      'packages/elements test: # fail 1',
      'packages/elements test: # skipped 1',
    ].join('\n');
    const counts = countTests(output);
    assert.deepEqual([counts.passed, counts.failed, counts.skipped], [188, 1, 3]);
    assert.equal(counts.skips[2].name, 'examples/nhs.html: loads with no console error');
    assert.match(describeSkips(counts.skips), /^ {2}1 × Chromium is missing\n {6}- examples\/nhs\.html/m);
  });

  it("reads web-test-runner's last progress line, with and without skipped tests", () => {
    const bar = (done, passed, failed, skipped) =>
      `\x1b[2KChrome: |██████| ${done}/9 test files | ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
    assert.deepEqual(countTests([bar(1, 10, 0), bar(9, 120, 1, 2), 'Finished running tests in 60s'].join('\n')), {
      passed: 120,
      failed: 1,
      skipped: 2,
      excused: 0,
      skips: [
        {
          name: 'browser tests, which web-test-runner counts without naming (look for .skip in packages/*/test)',
          reason: 'skipped in their test files',
          count: 2,
        },
      ],
    });
    assert.match(describeSkips(countTests(bar(9, 120, 1, 2)).skips), /^ {2}2 × skipped in their test files\n/);
    assert.deepEqual(countTests(bar(9, 120, 0)), { passed: 120, failed: 0, skipped: 0, excused: 0, skips: [] });
  });

  it('finds nothing in a step that runs no tests', () => {
    assert.deepEqual(countTests('> tsc -p tsconfig.json --noEmit\n'), { passed: 0, failed: 0, skipped: 0, excused: 0, skips: [] });
    assert.equal(describeCounts({ passed: 3, failed: 0, skipped: 1 }), '3 passed, 0 failed, 1 skipped');
  });
});

describe('web-test-runner groups', () =>
  it('adds up the browser test runs of every group', () => {
    const output = [
      'Chrome: |████| 13/13 test files | 150 passed, 0 failed',
      'Finished running tests in 54.5s, all tests passed!',
      'Chrome: |██| 3/7 test files | 40 passed, 1 failed',
      'Chrome: |████| 7/7 test files | 92 passed, 1 failed, 2 skipped',
      'Finished running tests in 30s with 1 failed tests.',
    ].join('\n');
    const counts = countTests(output);
    assert.deepEqual([counts.passed, counts.failed, counts.skipped], [242, 1, 2]);
  }));

describe('tests a browser cannot run', () =>
  it('names them and counts them as excused, once each, and the rest of the skips as not', () => {
    const cannot = (name) => `      skipped in firefox: ${name}: its driver cannot emulate forced colours`;
    const output = [
      'packages/elements/test/more-elements.test.ts:',
      ' 🚧 Browser logs:',
      cannot('the charter in forced colours'),
      cannot('the directory in forced colours'),
      cannot('the charter in forced colours'),
      'Firefox: |████| 18/18 test files | 180 passed, 0 failed, 3 skipped',
      'Finished running tests in 84s, all tests passed!',
      'Firefox: |████| 7/7 test files | 90 passed, 0 failed',
      'Finished running tests in 40s, all tests passed!',
    ].join('\n');
    const counts = countTests(output);
    assert.deepEqual([counts.passed, counts.skipped, counts.excused], [270, 3, 2]);
    assert.deepEqual(counts.skips.slice(0, 2), [
      { name: 'the charter in forced colours', reason: 'firefox cannot run it: its driver cannot emulate forced colours' },
      { name: 'the directory in forced colours', reason: 'firefox cannot run it: its driver cannot emulate forced colours' },
    ]);
    assert.equal(counts.skips[2].count, 1, 'the third skip said nothing, so it is not excused');
  }));

describe('the runs of scripts/run-browser-tests.js', () =>
  it('counts each headed run once, though web-test-runner printed its summary twice', () => {
    const output = [
      '── webkit, default group ──',
      'MiniBrowser: |██| 21/21 test files | 200 passed, 0 failed, 7 skipped',
      'Finished running tests in 123.6s, all tests passed!',
      '── webkit, browse-form group ──',
      'MiniBrowser: |██| 8/8 test files | 104 passed, 0 failed, 7 skipped',
      'Finished running tests in 47.4s, all tests passed!',
      'MiniBrowser: |██| 8/8 test files | 104 passed, 0 failed, 7 skipped',
      'Finished running tests in 47.4s, all tests passed!',
    ].join('\n');
    const counts = countTests(output);
    assert.deepEqual([counts.passed, counts.failed, counts.skipped], [304, 0, 14]);
  }));
