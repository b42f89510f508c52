import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { directorySchema } from '../src/index.js';
import { directoryJsonSchema } from '../src/directory/json-schema.js';
import { mutatedServices } from './helpers/arbitraries.js';
import { sampleDirectory, sampleService } from './helpers/sample.js';

const jsonSchema = directoryJsonSchema();
const ajv = new Ajv2020({ allErrors: true, strict: true });
const validate = ajv.compile(jsonSchema);

/**
 * zod's verdict, leaving out its cross-field checks (a session closing before it opens, a minimum
 * age above the maximum…), which JSON Schema cannot express; parseDirectory makes those.
 */
function zodAccepts(doc: unknown): boolean {
  const result = directorySchema.safeParse(doc);
  return result.success || result.error.issues.every((issue) => issue.code === 'custom');
}

const everyField = sampleService({
  id: 'every-field',
  description: 'Every optional field filled in.',
  organisation: {
    id: 'test-org',
    name: 'Test Org',
    kind: 'voluntary-sector',
    website: 'https://org.example.org',
    email: 'hello@example.org',
    phone: '01234 567890',
    charityNumber: '1234567',
  },
  communities: ['lgbtq', 'young-people'],
  transitions: ['leaving-hospital'],
  tags: ['zines'],
  locations: [
    {
      id: 'hall',
      name: 'Test Hall',
      address: ['1 Test Street'],
      town: 'Test Town',
      postcode: 'BN11 1AA',
      coordinates: { lat: 50.81, lng: -0.37 },
      accessibility: ['wheelchair'],
    },
  ],
  schedule: {
    sessions: [
      { days: ['friday'], opens: '20:00', closes: '02:00', overnight: true, location: 'hall' },
      { days: ['monday'], opens: '10:00', closes: '12:00', frequency: 'fortnightly', startsOn: '2026-01-05' },
      { days: ['friday'], opens: '10:00', closes: '12:00', frequency: 'monthly', weeksOfMonth: [-1] },
    ],
    byAppointment: true,
    note: 'Test note.',
  },
  eligibility: 'Adults.',
  ageRange: { min: 18, max: 65 },
  costNote: 'Tea is free.',
  accessibility: ['bsl'],
  languages: ['en', 'cy'],
  contact: {
    website: 'https://test.example.org',
    email: 'peer@example.org',
    phone: '0800 000 0000',
    text: '07700 900000',
    links: [{ label: 'Text us', url: 'sms:+447700900000' }],
  },
  charters: ['sussex-pwow'],
  activePartner: true,
  status: 'temporarily-closed',
  statusNote: 'Back in spring.',
  notice: 'Test notice.',
  sources: [{ title: 'Test source', url: 'https://source.example.org', date: '2026' }],
});

describe('the published JSON Schema', () => {
  it('is a valid JSON Schema 2020-12 document with an $id', () => {
    assert.equal(jsonSchema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.match(String(jsonSchema.$id), /^https:\/\//);
  });

  it('agrees with zod on hand-picked valid and invalid documents', () => {
    const cases: Array<[string, unknown, boolean]> = [
      ['the sample', sampleDirectory(), true],
      ['every field used', sampleDirectory([everyField]), true],
      ['no services', sampleDirectory([]), true],
      ['a $schema key for editors', { $schema: 'https://example.org/s.json', ...sampleDirectory() }, true],
      ['a wrong type', sampleDirectory([sampleService({ name: 3 as never })]), false],
      ['a missing field', sampleDirectory([{ ...sampleService(), summary: undefined }]), false],
      ['an unknown field', sampleDirectory([{ ...sampleService(), colour: 'blue' }]), false],
      ['an unknown term', sampleDirectory([sampleService({ formats: ['grup' as never] })]), false],
      ['a javascript: link', sampleDirectory([sampleService({ contact: { website: 'javascript:alert(1)' } })]), false],
      ['an http link', sampleDirectory([sampleService({ contact: { links: [{ label: 'x', url: 'http://a.example.org' }] } })]), false],
      ['a bad date', sampleDirectory([sampleService({ lastReviewed: '22/11/2026' })]), false],
      [
        'a bad time',
        sampleDirectory([sampleService({ schedule: { sessions: [{ days: ['monday'], opens: '9am', closes: '10:00' }] } })]),
        false,
      ],
      ['a bad postcode', sampleDirectory([sampleService({ locations: [{ id: 'x', postcode: 'NOT A CODE' }] })]), false],
      ['a long summary', sampleDirectory([sampleService({ summary: 'x'.repeat(301) })]), false],
      ['a blank name', sampleDirectory([sampleService({ name: '   ' })]), false],
      ['an age out of range', sampleDirectory([sampleService({ ageRange: { min: -1 } })]), false],
      ['a fractional age', sampleDirectory([sampleService({ ageRange: { max: 17.5 } })]), false],
      ['no publisher', { ...sampleDirectory(), publisher: undefined }, false],
      ['a bad version', { ...sampleDirectory(), schemaVersion: 'one' }, false],
    ];
    for (const [name, doc, expected] of cases) {
      const plain = JSON.parse(JSON.stringify(doc));
      assert.equal(zodAccepts(plain), expected, `zod: ${name}`);
      assert.equal(validate(plain), expected, `ajv: ${name} ${JSON.stringify(validate.errors?.[0])}`);
    }
  });

  it('agrees with zod on 1,000 generated and mutated documents', () => {
    fc.assert(
      fc.property(mutatedServices, (services) => {
        const doc = JSON.parse(JSON.stringify(sampleDirectory(services)));
        assert.equal(validate(doc), zodAccepts(doc), JSON.stringify(validate.errors?.slice(0, 2)));
      }),
      { numRuns: 1000 },
    );
  });

  it('is the file the package ships, when it has been built', { skip: !existsSync('dist/directory.schema.json') && 'not built' }, () => {
    assert.deepEqual(JSON.parse(readFileSync('dist/directory.schema.json', 'utf8')), jsonSchema);
  });
});
