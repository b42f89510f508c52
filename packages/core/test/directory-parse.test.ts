import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatProblem, parseDirectory, type Problem } from '../src/index.js';
import { sampleDirectory, sampleService } from './helpers/sample.js';

const parse = (services: unknown[], options = {}) => parseDirectory(sampleDirectory(services), options);
const ids = (result: ReturnType<typeof parseDirectory>) => result.directory?.services.map((s) => s.id);
const only = (problems: readonly Problem[], code: string) => problems.filter((p) => p.code === code);

describe('parseDirectory: a valid document', () => {
  it('keeps every service, fills defaults and reports nothing', () => {
    const result = parseDirectory(JSON.stringify(sampleDirectory()));
    assert.deepEqual(result.problems, []);
    assert.equal(result.excluded, 0);
    const service = result.directory!.services[0]!;
    assert.equal(service.status, 'active');
    assert.deepEqual(service.communities, []);
    assert.equal(service.schedule!.sessions[0]!.frequency, 'weekly');
    assert.equal(result.directory!.title, 'Test directory');
  });
});

describe('parseDirectory: one bad service never hides the others', () => {
  it('leaves out a service with a wrong type, naming it and the field path', () => {
    const result = parse([sampleService({ id: 'a' }), sampleService({ id: 'b', name: 42 as never }), sampleService({ id: 'c' })]);
    assert.deepEqual(ids(result), ['a', 'c']);
    assert.equal(result.excluded, 1);
    const [problem] = result.problems;
    assert.equal(problem!.severity, 'error');
    assert.equal(problem!.path, 'services[1].name');
    assert.equal(problem!.message, 'should be text, but it is the number 42.');
    assert.deepEqual(problem!.service, { index: 1, id: 'b' });
    assert.equal(formatProblem(problem!), 'error services[1].name (service "b"): should be text, but it is the number 42.');
  });

  it('names a service by its index when it has no id', () => {
    const { id: _id, ...noId } = sampleService();
    const result = parse([noId]);
    assert.equal(result.problems[0]!.path, 'services[0].id');
    assert.equal(result.problems[0]!.message, 'is missing; expected text.');
    assert.match(formatProblem(result.problems[0]!), /\(service #1, Test voices group\)/);
  });

  it('rejects links that are not https, mailto, tel or sms', () => {
    const result = parse([
      sampleService({ id: 'js', contact: { website: 'javascript:alert(1)' } }),
      sampleService({ id: 'http', contact: { links: [{ label: 'Form', url: 'http://example.org/form' }] } }),
      sampleService({
        id: 'ok',
        contact: {
          links: [
            { label: 'Text us', url: 'sms:+447700900123' },
            { label: 'Call', url: 'tel:08001234567' },
          ],
        },
      }),
    ]);
    assert.deepEqual(ids(result), ['ok']);
    assert.deepEqual(
      result.problems.map((p) => [p.path, p.message]),
      [
        ['services[0].contact.website', 'is the text "javascript:alert(1)". Use a full https:// web address, like "https://example.org".'],
        [
          'services[1].contact.links[0].url',
          'is the text "http://example.org/form". Use an https://, mailto:, tel: or sms: link; other kinds of link are not allowed.',
        ],
      ],
    );
  });

  it('rejects a session that closes before it opens, unless it runs overnight', () => {
    const result = parse([
      sampleService({ id: 'late', schedule: { sessions: [{ days: ['friday'], opens: '20:00', closes: '02:00' }] } }),
      sampleService({ id: 'overnight', schedule: { sessions: [{ days: ['friday'], opens: '20:00', closes: '02:00', overnight: true }] } }),
    ]);
    assert.deepEqual(ids(result), ['overnight']);
    assert.equal(result.problems[0]!.path, 'services[0].schedule.sessions[0].closes');
    assert.match(result.problems[0]!.message, /closes \(02:00\) before it opens \(20:00\).*overnight: true/);
  });

  it('rejects a minimum age above the maximum', () => {
    const result = parse([sampleService({ ageRange: { min: 25, max: 18 } })]);
    assert.deepEqual(ids(result), []);
    assert.deepEqual(
      result.problems.map((p) => [p.path, p.message]),
      [['services[0].ageRange.min', 'The minimum age (25) is above the maximum age (18).']],
    );
  });

  it('rejects text over its length limit, saying how long it is', () => {
    const result = parse([sampleService({ summary: 'x'.repeat(301) })]);
    assert.equal(result.problems[0]!.message, 'is too long (301 characters); at most 300 characters are allowed.');
  });

  it('keeps the first of two services with the same id and leaves out the second', () => {
    const result = parse([sampleService({ name: 'First' }), sampleService({ name: 'Second' })]);
    assert.deepEqual(
      result.directory!.services.map((s) => s.name),
      ['First'],
    );
    const [problem] = only(result.problems, 'duplicate_id');
    assert.equal(problem!.path, 'services[1].id');
    assert.match(problem!.message, /already the id of services\[0\]/);
  });

  it('requires fortnightly sessions to say which weeks, and monthly ones which week of the month', () => {
    const result = parse([
      sampleService({ id: 'f', schedule: { sessions: [{ days: ['monday'], opens: '10:00', closes: '12:00', frequency: 'fortnightly' }] } }),
      sampleService({ id: 'm', schedule: { sessions: [{ days: ['monday'], opens: '10:00', closes: '12:00', frequency: 'monthly' }] } }),
    ]);
    assert.deepEqual(
      result.problems.map((p) => p.path),
      ['services[0].schedule.sessions[0].startsOn', 'services[1].schedule.sessions[0].weeksOfMonth'],
    );
  });

  it('rejects weeks of the month on a session that is not monthly', () => {
    const result = parse([
      sampleService({ schedule: { sessions: [{ days: ['monday'], opens: '10:00', closes: '12:00', weeksOfMonth: [1] }] } }),
    ]);
    assert.deepEqual(
      result.problems.map((p) => [p.path, p.message]),
      [
        [
          'services[0].schedule.sessions[0].weeksOfMonth',
          'weeksOfMonth is for monthly sessions; this one is weekly. Remove it, or set frequency: monthly.',
        ],
      ],
    );
  });

  it('rejects a session at a location the service does not list', () => {
    const result = parse([
      sampleService({ schedule: { sessions: [{ days: ['monday'], opens: '10:00', closes: '12:00', location: 'nowhere' }] } }),
    ]);
    assert.equal(result.problems[0]!.path, 'services[0].schedule.sessions[0].location');
  });
});

describe('parseDirectory: unknown vocabulary terms', () => {
  it('leaves an unknown term out of a list with a warning and the nearest term, keeping the service', () => {
    const result = parse([sampleService({ formats: ['grup', 'one-to-one'] as never, communities: ['LGBT'] as never })]);
    assert.deepEqual(ids(result), ['test-voices-group']);
    assert.deepEqual(result.directory!.services[0]!.formats, ['one-to-one']);
    assert.deepEqual(
      result.problems.map((p) => [p.severity, p.path, p.suggestion]),
      [
        ['warning', 'services[0].formats[0]', 'group'],
        ['warning', 'services[0].communities[0]', 'lgbtq'],
      ],
    );
    assert.equal(result.problems[0]!.message, '"grup" is not a known term, so it was left out; did you mean "group"?');
  });

  it("makes them errors when asked (the maintainers' tools do)", () => {
    const result = parse([sampleService({ formats: ['grup'] as never })], { unknownTerms: 'error' });
    assert.deepEqual(ids(result), []);
    const [problem] = result.problems;
    assert.equal(problem!.severity, 'error');
    assert.equal(problem!.path, 'services[0].formats[0]');
    assert.equal(problem!.suggestion, 'group');
    assert.match(problem!.message, /did you mean "group"\?$/);
  });

  it('suggests the nearest term for a single-valued field', () => {
    const result = parse([sampleService({ cost: 'fre' as never, organisation: { name: 'X', kind: 'charity' as never } })]);
    assert.deepEqual(
      result.problems.map((p) => [p.path, p.suggestion]),
      [
        ['services[0].organisation.kind', 'voluntary-sector'],
        ['services[0].cost', 'free'],
      ],
    );
  });
});

describe('parseDirectory: warnings keep the service', () => {
  it('ignores unknown fields with a warning and a suggestion', () => {
    const result = parse([{ ...sampleService(), summry: 'typo', futureField: true }]);
    assert.equal(result.excluded, 0);
    assert.deepEqual(
      only(result.problems, 'unknown_field').map((p) => [p.path, p.suggestion]),
      [
        ['services[0].summry', 'summary'],
        ['services[0].futureField', undefined],
      ],
    );
  });

  it('warns when a service has no way to contact it, on it or its organisation', () => {
    const result = parse([
      sampleService({ id: 'none', organisation: { name: 'Test Org', kind: 'informal-group' } }),
      sampleService({ id: 'org-phone', organisation: { name: 'Test Org', kind: 'informal-group', phone: '0800 000 0000' } }),
    ]);
    assert.deepEqual(ids(result), ['none', 'org-phone']);
    assert.deepEqual(
      only(result.problems, 'no_contact').map((p) => p.path),
      ['services[0].contact'],
    );
  });

  it('warns about unknown areas, a missing review date and a review after publication', () => {
    const { lastReviewed: _l, ...unreviewed } = sampleService({ id: 'u' });
    const result = parse([
      sampleService({ id: 'a', areas: ['atlantis'] }),
      unreviewed,
      sampleService({ id: 'f', lastReviewed: '2030-01-01' }),
    ]);
    assert.equal(result.excluded, 0);
    assert.deepEqual(
      result.problems.map((p) => [p.code, p.path]),
      [
        ['unknown_area', 'services[0].areas[0]'],
        ['not_reviewed', 'services[1].lastReviewed'],
        ['review_in_future', 'services[2].lastReviewed'],
      ],
    );
  });
});

describe("parseDirectory: the areas' centres", () => {
  const withAreas = (areas: unknown[]) => parseDirectory({ ...sampleDirectory([]), areas });
  const source = { title: 'A made-up gazetteer', url: 'https://gazetteer.example.org', date: 'read 2026-11-22' };

  it('keeps a centre with its source', () => {
    const result = withAreas([{ id: 'test-county', name: 'Test County', centre: { lat: 51.5, lng: -1.5, source } }]);
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.directory!.areas[0]!.centre, { lat: 51.5, lng: -1.5, source });
  });

  it('leaves out an area whose centre has no source or is off the globe, naming where, and nothing else', () => {
    const result = withAreas([
      { id: 'test-town', name: 'Test Town', parent: 'test-county', centre: { lat: 51, lng: -1, source } },
      { id: 'test-county', name: 'Test County', centre: { lat: 95, lng: -1.5 } },
      { id: 'test-village', name: 'Test Village', parent: 'test-shire' },
    ]);
    assert.deepEqual(
      result.problems.map((p) => [p.severity, p.path, p.message]),
      [
        ['error', 'areas[1].centre.lat', 'should be at most 90 (it is 95).'],
        ['error', 'areas[1].centre.source', 'is missing; expected an object.'],
        ['warning', 'areas[2].parent', '"test-shire" is not one of the directory\'s areas.'],
      ],
    );
    // The town's parent is not also called unknown: its own errors say why it is left out.
    assert.deepEqual(
      result.directory!.areas.map((area) => area.id),
      ['test-town', 'test-village'],
    );
  });
});

describe('parseDirectory: documents it cannot read at all', () => {
  const fatal = (input: unknown) => {
    const result = parseDirectory(input);
    assert.equal(result.directory, undefined);
    assert.equal(result.problems.length, 1);
    assert.equal(result.problems[0]!.severity, 'error');
    return result.problems[0]!;
  };

  it('explains text that is not JSON', () => {
    assert.match(fatal('{"services": [').message, /^The directory is not valid JSON: /);
  });

  it('explains a value that is not an object', () => {
    assert.equal(fatal([1, 2]).message, 'The directory should be a JSON object, but it is a list.');
    assert.equal(fatal(null).message, 'The directory should be a JSON object, but it is null.');
  });

  it('refuses a major version it does not support, and a missing version', () => {
    const problem = fatal({ ...sampleDirectory(), schemaVersion: '2.0' });
    assert.equal(problem.path, 'schemaVersion');
    assert.match(problem.message, /version 2\.0 of the format.*reads 1\.x/);
    assert.match(fatal({ ...sampleDirectory(), schemaVersion: undefined }).message, /schemaVersion is missing/);
  });

  it('needs a services list', () => {
    assert.equal(fatal({ ...sampleDirectory(), services: undefined }).message, 'The directory has no services list.');
    assert.equal(fatal({ ...sampleDirectory(), services: {} }).message, 'services should be a list of services, but it is an object.');
  });

  it('reads a newer minor version, warning that unknown things are ignored', () => {
    const result = parseDirectory({ ...sampleDirectory(), schemaVersion: '1.4' });
    assert.equal(result.directory!.services.length, 1);
    assert.deepEqual(
      result.problems.map((p) => [p.severity, p.code]),
      [['warning', 'newer_version']],
    );
  });

  it("keeps the services when the document's own fields have mistakes", () => {
    const result = parseDirectory({ ...sampleDirectory(), title: '', publishedAt: 'yesterday' });
    assert.equal(result.directory!.services.length, 1);
    assert.deepEqual(result.problems.map((p) => p.path).sort(), ['publishedAt', 'title']);
    assert.equal(result.directory!.title, 'Peer support directory');
    assert.equal(result.directory!.publishedAt, '1970-01-01T00:00:00Z');
  });
});
