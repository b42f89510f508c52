import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { computeCoverage, MAX_PROBLEMS_PER_SERVICE, parseDirectory, runningEvidence } from '../src/index.js';
import { sampleDirectory, sampleService } from './helpers/sample.js';

// Say only what the sources say: whether a service is running, and who runs it, is told apart
// from what is confirmed; and what would hide a service from the person looking for it is refused
// to its maintainers.

const NOW = new Date('2026-11-22T12:00:00Z');
const service = (overrides: Record<string, unknown>) => {
  const { directory } = parseDirectory(sampleDirectory([sampleService(overrides as never)]));
  return directory!.services[0]!;
};

describe('runningEvidence', () => {
  it('tells a confirmed service from one heard of lately, one not heard of for years, and one with no dates', () => {
    assert.deepEqual(runningEvidence(service({ confirmedByService: '2026-06-01' }), NOW), { kind: 'confirmed', on: '2026-06-01' });
    assert.deepEqual(runningEvidence(service({ lastHeardOf: '2026-02' }), NOW), { kind: 'recent', on: '2026-02' });
    assert.deepEqual(runningEvidence(service({ lastHeardOf: '2013' }), NOW), { kind: 'unconfirmed', on: '2013' });
    assert.deepEqual(runningEvidence(service({}), NOW), { kind: 'unknown' });
    assert.deepEqual(runningEvidence(service({ status: 'closed', lastHeardOf: '2026-11' }), NOW), { kind: 'closed' });
  });

  it('takes a partial date as late as it may be, and the newer of the two dates', () => {
    // "2025" may mean December 2025: within a year of 22 November 2026.
    assert.equal(runningEvidence(service({ lastHeardOf: '2025' }), NOW).kind, 'recent');
    assert.equal(runningEvidence(service({ lastHeardOf: '2025-11' }), NOW).kind, 'recent');
    assert.equal(runningEvidence(service({ lastHeardOf: '2025-10' }), NOW).kind, 'unconfirmed');
    assert.equal(runningEvidence(service({ lastHeardOf: '2025-11-21' }), NOW).kind, 'unconfirmed');
    const both = runningEvidence(service({ lastHeardOf: '2024-03', confirmedByService: '2023-01-05' }), NOW);
    assert.deepEqual(both, { kind: 'unconfirmed', on: '2024-03' });
  });

  it('accepts a year, a month or a day for lastHeardOf, and nothing else', () => {
    for (const good of ['2013', '2023-08', '2026-11-22']) assert.equal(service({ lastHeardOf: good }).lastHeardOf, good);
    const { problems } = parseDirectory(sampleDirectory([sampleService({ lastHeardOf: 'about 2013' } as never)]));
    assert.match(problems.find((p) => p.path.endsWith('lastHeardOf'))!.message, /Use a year, a month or a day/);
  });
});

describe('coverage of confirmed provision', () => {
  it('counts services heard of within a year, and lists those not heard of since apart', () => {
    const doc = sampleDirectory([
      sampleService({ id: 'test-recent', lastHeardOf: '2026-05' } as never),
      sampleService({ id: 'test-old', lastHeardOf: '2013' } as never),
      sampleService({ id: 'test-undated' }),
    ]);
    const coverage = computeCoverage(parseDirectory(doc).directory!);
    assert.equal(coverage.counted, 2);
    assert.deepEqual(coverage.uncounted, [{ id: 'test-old', name: 'Test voices group', reason: 'unconfirmed', lastHeardOf: '2013' }]);
    assert.equal(computeCoverage(parseDirectory(doc).directory!, { includeUnconfirmed: true }).counted, 3);
  });
});

describe('strict reading, for the maintainers', () => {
  const parse = (overrides: Record<string, unknown>, strict: boolean) =>
    parseDirectory(
      {
        ...sampleDirectory([{ ...sampleService(), ...overrides }]),
        areas: [
          { id: 'brighton-and-hove', name: 'Brighton and Hove' },
          { id: 'test-town', name: 'Test Town' },
        ],
      },
      { strict },
    );

  it('refuses a misspelt field that would drop data, naming the field it meant', () => {
    const strict = parse({ contacts: { phone: '01632 960000' } }, true);
    assert.equal(strict.excluded, 1);
    const problem = strict.problems.find((p) => p.code === 'unknown_field')!;
    assert.equal(problem.severity, 'error');
    assert.match(problem.message, /would not be published; did you mean "contact"\?/);
    // A page reading a published file forgives it (a newer format may have added the field).
    const lenient = parse({ contacts: { phone: '01632 960000' } }, false);
    assert.equal(lenient.excluded, 0);
    assert.equal(lenient.problems.find((p) => p.code === 'unknown_field')!.severity, 'warning');
  });

  it('refuses an area the directory does not have, suggesting one only when it is close', () => {
    const brighton = parse({ areas: ['brighton'] }, true);
    const problem = brighton.problems.find((p) => p.code === 'unknown_area')!;
    assert.equal(problem.severity, 'error');
    assert.match(problem.message, /missing from every area filter; did you mean "brighton-and-hove" \(Brighton and Hove\)\?/);
    const far = parse({ areas: ['manchester'] }, true).problems.find((p) => p.code === 'unknown_area')!;
    assert.doesNotMatch(far.message, /did you mean/);
    assert.match(far.message, /the areas are brighton-and-hove, test-town/);
    assert.equal(parse({ areas: ['brighton'] }, false).problems.find((p) => p.code === 'unknown_area')!.severity, 'warning');
  });

  it('refuses an unknown term rather than leave the service out of a filter', () => {
    const { problems, excluded } = parse({ formats: ['group', 'cafe'] }, true);
    assert.equal(excluded, 1);
    const cafe = problems.find((p) => p.path.includes('formats'))!;
    assert.equal(cafe.severity, 'error');
    // "call" (phone's alias) is two edits from "cafe": too far to be what was meant.
    assert.doesNotMatch(cafe.message, /did you mean/);
    const typo = parse({ formats: ['grup'] }, true).problems.find((p) => p.path.includes('formats'))!;
    assert.match(typo.message, /did you mean "group"/);
  });

  it('says which date to change when lastReviewed is after publication, and where', () => {
    const { problems } = parse({ lastReviewed: '2026-12-01' }, true);
    assert.match(
      problems.find((p) => p.code === 'review_in_future')!.message,
      /Set publishedAt in directory\.yaml \(or build with --published-at\)/,
    );
  });
});

describe('limits', () => {
  // Every list a service holds has a documented limit (the JSON Schema's maxItems); past it the
  // service is left out with one problem that names the limit, its items never looked at.
  const lists = { formats: 40, experiences: 40, tags: 20, areas: 50, locations: 50, languages: 30, charters: 10, sources: 20 };
  for (const [field, limit] of Object.entries(lists)) {
    it(`a service whose ${field} holds 200,000 items is left out with one problem naming the limit; the others are kept`, () => {
      const directory = JSON.parse(readFileSync(new URL('../../directory-sussex/directory.json', import.meta.url), 'utf8'));
      const others = directory.services.length - 1;
      for (const item of [(i: number) => `made-up-${i}`, (i: number) => ({ name: i })]) {
        directory.services[0][field] = Array.from({ length: 200_000 }, (_, i) => item(i));
        const result = parseDirectory(directory);
        assert.equal(result.directory?.services.length, others, 'every other service is kept');
        const own = result.problems.filter((problem) => problem.service?.index === 0 && problem.severity === 'error');
        assert.deepEqual(
          own.map((problem) => `${problem.path} ${problem.message}`),
          [`services[0].${field} has too many items (200000); at most ${limit} are allowed.`],
        );
      }
    });
  }
});

describe('many problems in one service', () => {
  it('lists the first problems, errors first, and counts the rest in a last one', () => {
    const directory = JSON.parse(readFileSync(new URL('../../directory-sussex/directory.json', import.meta.url), 'utf8'));
    Object.assign(directory.services[0], {
      formats: Array.from({ length: 40 }, (_, i) => `made-up-${i}`),
      tags: Array.from({ length: 20 }, () => 'x'.repeat(41)),
      languages: Array.from({ length: 30 }, (_, i) => `not a language ${i}`),
    });
    const own = parseDirectory(directory).problems.filter((problem) => problem.service?.index === 0);
    assert.equal(own.length, MAX_PROBLEMS_PER_SERVICE + 1);
    assert.equal(own[0]!.severity, 'error', 'why it was left out comes first');
    assert.match(own.at(-1)!.message, /^has 40 more problems like those above/);
  });
});
