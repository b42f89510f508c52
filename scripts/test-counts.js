// Reads the counts of passed, failed and skipped tests from what the test runners print, for the
// summary of `pnpm test` (scripts/run-tests.js). Tested in scripts/test-counts.test.js.

/** Colour and cursor codes, which web-test-runner's progress bar is full of. */
// eslint-disable-next-line no-control-regex -- the escape character is what is being removed
const stripAnsi = (text) => text.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');

/**
 * Counts from the runners' own lines:
 * - node:test: the closing "# pass N", "# fail N" and "# skipped N" of each test run (TAP, as
 *   node 20 prints when its output is piped; "ℹ pass N" and so on from the spec reporter), and
 *   each skipped test's own line: "ok N - name # SKIP reason" (TAP) or "﹣ name (1ms) # reason"
 *   (spec). node 20 counts a skipped `describe` as no skipped test at all, so skipped tests are
 *   the more of the two counts: the totals, and the skipped tests' lines (a skipped suite is one
 *   line). Lines may carry pnpm's "packages/x test: " prefix. The page tests of
 *   packages/elements/e2e (node:test and playwright-core) are read the same way.
 * - web-test-runner: the last "N passed, N failed" line of each run (each ends "Finished running
 *   tests"; `pnpm test:browser` runs one per test group), which ends ", N skipped" when any was.
 * `skips` says which were skipped and why, where the runner says (node:test does, by name and
 * reason; web-test-runner only counts them: one entry with a `count`). A browser test that the
 * browser's driver cannot run logs "skipped in <browser>: <test>: <why>" (itNeeds in
 * packages/elements/test/helpers/browser.ts): those are named, and counted in `excused` as well, as
 * skips that say why the browser cannot run them rather than a check switched off.
 */
export function countTests(output) {
  const text = stripAnsi(String(output));
  const sum = (pattern) => [...text.matchAll(pattern)].reduce((total, m) => total + Number(m[1]), 0);
  let passed = sum(/(?:^|: )(?:#|ℹ) pass (\d+)$/gm);
  let failed = sum(/(?:^|: )(?:#|ℹ) fail (\d+)$/gm);
  const tap = [...text.matchAll(/(?:^|: )[ \t]*ok \d+ - (.*?) # SKIP\b[ \t]*(.*)$/gm)];
  const spec = [...text.matchAll(/(?:^|: )[ \t]*\u{FE63} (.*?) \([\d.]+m?s\)(?: # (.*))?$/gmu)];
  const skips = [...tap, ...spec].map((m) => ({ name: m[1].trim(), reason: (m[2] ?? '').trim() || 'no reason given' }));
  let skipped = Math.max(sum(/(?:^|: )(?:#|ℹ) skipped (\d+)$/gm), skips.length);
  const lastCount = (part) => [...part.matchAll(/(\d+) passed, (\d+) failed(?:, (\d+) skipped)?/g)].at(-1);
  // Each run's text with its counts, from one split, so a run's excuses are read from its own text.
  // scripts/run-browser-tests.js heads each run "── <browser>, <group> group ──": a run is what
  // follows its heading, counted by its last progress line (web-test-runner may print its summary
  // twice, and the second must not count again). Without headings, each "Finished" ends a run.
  const headed = text.split(/^── \S+, \S+ group ──$/m).slice(1);
  const finished = (headed.length ? headed : text.split(/Finished running tests/).slice(0, -1))
    .map((part) => ({ part, wtr: lastCount(part) }))
    .filter(({ wtr }) => wtr);
  const runs = finished.length ? finished : [{ part: text, wtr: lastCount(text) }].filter(({ wtr }) => wtr);
  let excused = 0;
  for (const { part, wtr } of runs) {
    passed += Number(wtr[1]);
    failed += Number(wtr[2]);
    const browserSkipped = Number(wtr[3] ?? 0);
    skipped += browserSkipped;
    const cannot = browserCannot(part).slice(0, browserSkipped);
    excused += cannot.length;
    skips.push(...cannot);
    if (browserSkipped > cannot.length) {
      skips.push({
        name: 'browser tests, which web-test-runner counts without naming (look for .skip in packages/*/test)',
        reason: 'skipped in their test files',
        count: browserSkipped - cannot.length,
      });
    }
  }
  return { passed, failed, skipped, excused, skips };
}

/** The tests of one web-test-runner run that said their browser cannot run them, once each. */
function browserCannot(run) {
  const lines = new Set(run.match(/skipped in (?:chromium|firefox|webkit): .+$/gm) ?? []);
  return [...lines].map((line) => {
    const [, browser, name, reason] = /^skipped in (\w+): (.+?): (.+)$/.exec(line);
    return { name, reason: `${browser} cannot run it: ${reason}` };
  });
}

/** "3 passed, 0 failed, 1 skipped". */
export const describeCounts = ({ passed, failed, skipped }) => `${passed} passed, ${failed} failed, ${skipped} skipped`;

/** The skips of one step, grouped by reason: "  4 × the shared/seeds folder is not beside …". */
export function describeSkips(skips) {
  const byReason = new Map();
  for (const skip of skips) byReason.set(skip.reason, [...(byReason.get(skip.reason) ?? []), skip]);
  return [...byReason]
    .map(([reason, group]) => {
      const count = group.reduce((total, skip) => total + (skip.count ?? 1), 0);
      return `  ${count} × ${reason}\n${group.map((skip) => `      - ${skip.name}`).join('\n')}`;
    })
    .join('\n');
}
