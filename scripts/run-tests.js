// `pnpm test`: builds, type-checks and runs every test suite in turn (Node tests, browser tests
// in headless Chromium, package lints and size checks), then prints one summary line. A failing
// suite does not stop the others, so one run shows everything that is wrong; a failing build does.
import { spawn } from 'node:child_process';

const steps = [
  { name: 'build', script: 'build', required: true },
  { name: 'typecheck', script: 'typecheck' },
  { name: 'node tests', script: 'test:node' },
  { name: 'browser tests', script: 'test:browser' },
  { name: 'package lint', script: 'lint:packages' },
  { name: 'size check', script: 'size' },
];

/** Counts from the runners' own closing lines: node's "# pass N" and web-test-runner's "N passed, N failed". */
function count(output) {
  const strip = output.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');
  let passed = 0;
  let failed = 0;
  for (const m of strip.matchAll(/(?:^|: )# pass (\d+)$/gm)) passed += Number(m[1]);
  for (const m of strip.matchAll(/(?:^|: )# fail (\d+)$/gm)) failed += Number(m[1]);
  const wtr = [...strip.matchAll(/(\d+) passed, (\d+) failed/g)].at(-1);
  if (wtr) {
    passed += Number(wtr[1]);
    failed += Number(wtr[2]);
  }
  return { passed, failed };
}

function run(script) {
  return new Promise((resolve) => {
    const child = spawn('pnpm', ['run', script], { stdio: ['ignore', 'pipe', 'pipe'] });
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
  const { code, output } = await run(step.script);
  results.push({ ...step, code, ...count(output) });
  if (code !== 0 && step.required) break;
}

console.log('\n━━ summary ━━');
let passed = 0;
let failed = 0;
for (const r of results) {
  const tests = r.passed + r.failed > 0 ? ` (${r.passed} passed, ${r.failed} failed)` : '';
  console.log(`${r.code === 0 ? 'ok  ' : 'FAIL'} ${r.name}${tests}`);
  passed += r.passed;
  failed += r.failed;
  // A step that failed without a failing test (a type error, a lint) still counts as a failure.
  if (r.code !== 0 && r.failed === 0) failed += 1;
}
const skippedSteps = steps.length - results.length;
if (skippedSteps > 0) console.log(`(${skippedSteps} step(s) not run after the build failed)`);
console.log(`took ${Math.round((Date.now() - started) / 1000)} s`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(results.some((r) => r.code !== 0) || skippedSteps > 0 ? 1 : 0);
