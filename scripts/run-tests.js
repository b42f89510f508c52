// `pnpm test`: builds, type-checks and runs every test suite in turn (Node tests, browser tests
// in headless Chromium, package lints and size checks), then prints one summary line. A failing
// suite does not stop the others, so one run shows everything that is wrong; a failing build does.
//
// A skipped test is a check that did not run: most skip when ../shared (the seeds and the Open
// Referral schemas the tests compare with) is not beside the repository, or when a package is not
// built. A developer's run says how many were skipped, and passes. With PSK_REQUIRE_ALL_TESTS=1
// (as .ci/run sets it) a run with any test skipped fails, naming the step and why, unless the test
// said its browser cannot run it (see scripts/test-counts.js).
import { spawn } from 'node:child_process';
import { countTests, describeCounts, describeSkips } from './test-counts.js';

const requireAll = ['1', 'true', 'yes'].includes((process.env.PSK_REQUIRE_ALL_TESTS ?? '').toLowerCase());

const steps = [
  { name: 'build', script: 'build', required: true },
  { name: 'typecheck', script: 'typecheck' },
  // ESLint, Prettier, which way imports run, and file lengths: the house rules, checked.
  { name: 'lint', script: 'lint' },
  { name: 'node tests', script: 'test:node' },
  // The element tests in each of the three engines people browse with.
  { name: 'browser tests in Chromium', script: 'test:browser', args: ['chromium'] },
  { name: 'browser tests in Firefox', script: 'test:browser', args: ['firefox'] },
  { name: 'browser tests in WebKit', script: 'test:browser', args: ['webkit'] },
  { name: 'package lint', script: 'lint:packages' },
  { name: 'size check', script: 'size' },
];

function run(script, args = []) {
  return new Promise((resolve) => {
    const child = spawn('pnpm', ['run', script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
      process.stderr.write(chunk);
    });
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

const started = Date.now();
const results = [];
for (const step of steps) {
  console.log(`\n━━ ${step.name} ━━`);
  const { code, output } = await run(step.script, step.args);
  results.push({ ...step, code, ...countTests(output) });
  if (code !== 0 && step.required) break;
}

console.log('\n━━ summary ━━');
let passed = 0;
let failed = 0;
let skipped = 0;
for (const r of results) {
  const tests = r.passed + r.failed + r.skipped > 0 ? ` (${describeCounts(r)})` : '';
  const ok = r.code === 0 && !(requireAll && r.skipped > r.excused);
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${r.name}${tests}`);
  passed += r.passed;
  failed += r.failed;
  skipped += r.skipped;
  // A step that failed without a failing test (a type error, a lint) still counts as a failure.
  if (r.code !== 0 && r.failed === 0) failed += 1;
}
const skippedSteps = steps.length - results.length;
if (skippedSteps > 0) console.log(`(${skippedSteps} step(s) not run after the build failed)`);
const skipping = results.filter((r) => r.skipped > 0);
// Skips a browser's driver forces (a test that says why it cannot run there) are listed, and do
// not fail a run with PSK_REQUIRE_ALL_TESTS: no setting of ours would make them run.
const unexcused = results.reduce((total, r) => total + r.skipped - r.excused, 0);
const failOnSkips = requireAll && unexcused > 0;
if (skipping.length > 0) {
  console.log(failOnSkips ? '\nFAIL: tests were skipped, and PSK_REQUIRE_ALL_TESTS is set:' : '\nSkipped tests:');
  for (const r of skipping) console.log(`${r.name}: ${r.skipped} skipped\n${describeSkips(r.skips)}`);
  if (unexcused > 0) {
    console.log(
      requireAll
        ? 'A skipped test is a check that did not run, so this run cannot vouch for what it checks (charter texts\n' +
            'word for word against ../shared/seeds, the Open Referral export against the official schemas…). Put the\n' +
            'shared folder beside the repository (or point PSK_SHARED_DIR at it), build first, and run again. A test\n' +
            'skipped in its file (it.skip) stands for a known bug: fix the bug and take the .skip away.'
        : '(A skipped test did not run. CI sets PSK_REQUIRE_ALL_TESTS=1, which fails a run with any.)',
    );
  }
}
console.log(`took ${Math.round((Date.now() - started) / 1000)} s`);
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
const failedRun = results.some((r) => r.code !== 0) || skippedSteps > 0 || failOnSkips;
process.exit(failedRun ? 1 : 0);
