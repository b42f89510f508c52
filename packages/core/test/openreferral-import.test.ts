import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseDirectory, vocabularies, type Directory, type ServiceInput } from '../src/directory/index.js';
import { fromOpenReferral, toOpenReferral, type OpenReferralImport } from '../src/openreferral/index.js';
import type { Problem } from '../src/validation/problem.js';
import { exampleNames, fixtureDirectory, hsdsMissing, readExample } from './openreferral-helpers.js';

const directory = fixtureDirectory();

/** The problem at exactly this path, failing the test when there is none. */
function problemAt(result: OpenReferralImport, path: string, code?: string): Problem {
  const found = result.problems.find((problem) => problem.path === path && (code === undefined || problem.code === code));
  assert.ok(found, `a problem at ${path}${code ? ` (${code})` : ''}; got: ${result.problems.map((p) => `${p.path} ${p.code}`).join('; ')}`);
  return found;
}

const service = (result: OpenReferralImport, index = 0) => result.directory!.services[index]!;

describe('round trip: toOpenReferral → fromOpenReferral', () => {
  it('gives back the same directory, every field, with no problems', () => {
    const result = fromOpenReferral(toOpenReferral(directory));
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.directory, directory);
  });

  it('does so through JSON text too', () => {
    const result = fromOpenReferral(JSON.stringify(toOpenReferral(directory)));
    assert.deepEqual(result.directory, directory);
  });

  it('does so for generated directories', () => {
    fc.assert(
      fc.property(generatedDirectory, (generated) => {
        const parsed = parseDirectory(generated);
        assert.equal(parsed.excluded, 0, JSON.stringify(parsed.problems));
        const back = fromOpenReferral(toOpenReferral(parsed.directory!));
        // The only problems are the directory's own warnings (no contact …): the trip adds none.
        assert.deepEqual(back.problems.map((p) => p.code).sort(), parsed.problems.map((p) => p.code).sort());
        assert.deepEqual(back.directory, parsed.directory);
      }),
      { numRuns: 60 },
    );
  });

  it('leaves out what a masked location does not publish: coordinates, address and directions', () => {
    const masked: Directory = structuredClone(directory);
    const place = masked.services.find((s) => s.id === 'test-ward-support')!.locations[0]!;
    Object.assign(place, {
      coordinates: { lat: 50.1, lng: -0.1 },
      address: ['1 Test Lane'],
      town: 'Test Town',
      postcode: 'BN1 1AA',
      directions: 'Made up.',
    });
    const back = service(fromOpenReferral(toOpenReferral(masked)), 2);
    assert.deepEqual(back.locations[0], {
      id: 'test-safe-space',
      name: 'Test safe space',
      accessibility: ['accessible-toilet'],
      masked: true,
    });
  });

  it('does not keep empty objects: an empty contact, schedule or age range comes back absent', () => {
    const empty = parseDirectory({
      ...directory,
      services: [{ ...directory.services[3], contact: {}, schedule: {}, ageRange: {} }],
    }).directory!;
    const back = service(fromOpenReferral(toOpenReferral(empty)));
    assert.equal(back.contact, undefined);
    assert.equal(back.schedule, undefined);
    assert.equal(back.ageRange, undefined);
  });
});

describe('fromOpenReferral: the official HSDS 3.0 examples', { skip: hsdsMissing }, () => {
  it('reads service_full.json (one service) with what the directory can hold', () => {
    const result = fromOpenReferral(readExample('service_full.json'));
    assert.equal(result.directory?.services.length, 1);
    const read = service(result);
    assert.equal(read.id, 'community-counselling');
    assert.equal(read.name, 'Community Counselling');
    assert.equal(read.organisation.name, 'Example Organization Inc.');
    assert.equal(read.organisation.kind, 'voluntary-sector');
    assert.equal(read.organisation.email, 'email@example.com');
    assert.equal(read.organisation.phone, '+44 1234 234567', 'the quotes around the number are CSV quoting, not the number');
    assert.deepEqual(read.ageRange, { min: 12, max: 100 });
    assert.equal(
      read.eligibility,
      'This service is intended for all people aged 12 and over who require counselling services in the MyCity area',
    );
    assert.match(read.costNote!, /£50 per hour/);
    assert.equal(read.cost, 'paid');
    assert.match(read.notice!, /COVID-19/);
    assert.equal(read.lastReviewed, '2005-01-01');
    assert.deepEqual(read.languages, ['ur']);
    assert.deepEqual(read.tags, ['name'], 'a term of another taxonomy is kept as a tag');
    assert.deepEqual(read.contact, { email: 'email@example.com', phone: '+44 1234 234567', links: [] });
    assert.deepEqual(read.locations, [
      {
        id: 'mycity-civic-center',
        name: 'MyCity Civic Center',
        address: ['1-30 Main Street', 'MyVillage'],
        town: 'MyCity',
        directions: 'MyCity Civic Center is serviced by the number 1 Bus and is a short walk from the Main Street Metro Station',
        masked: false,
        accessibility: [],
      },
    ]);
    assert.equal(read.schedule, undefined);
  });

  it('reports, at its path, each part of service_full.json it could not keep', () => {
    const result = fromOpenReferral(readExample('service_full.json'));
    assert.match(problemAt(result, 'schedules[0].byyearday').message, /not supported.*schedule was left out/);
    problemAt(result, 'schedules[0].bymonthday');
    problemAt(result, 'service_at_locations[0].schedules[0].byweekno');
    assert.match(problemAt(result, 'url').message, /https:\/\//);
    assert.match(problemAt(result, 'attributes[0]', 'foreign_term').message, /kept as a tag/);
    assert.match(problemAt(result, 'service_at_locations[0].location.addresses[0].postal_code').message, /UK postcode/);
    assert.match(problemAt(result, 'service_at_locations[0].location.latitude').message, /at most 90/);
    problemAt(result, 'service_at_locations[0].location.accessibility[0].description');
    problemAt(result, 'organization', 'kind_guessed');
    for (const field of [
      'alternate_name',
      'wait_time',
      'accreditations',
      'licenses',
      'funding',
      'program',
      'required_documents',
      'metadata',
      'interpretation_services',
    ]) {
      assert.equal(problemAt(result, field).code, 'not_imported', field);
    }
    problemAt(result, 'cost_options[0].amount');
    problemAt(result, 'contacts[0].name');
    problemAt(result, 'organization.organization_identifiers[0]');
    assert.ok(
      result.problems.every((problem) => problem.severity === 'warning'),
      'the service was kept, so nothing is an error',
    );
  });

  it('reads service_list.json (a page of an API) and says it is one page of several', () => {
    const result = fromOpenReferral(readExample('service_list.json'));
    assert.equal(service(result).name, 'Community Counselling');
    assert.match(problemAt(result, '', 'partial_page').message, /page 1 of 10/);
    problemAt(result, 'contents[0].url');
    problemAt(result, 'contents[0].program');
  });

  it('reads a list of services', () => {
    const one = readExample('service_full.json') as Record<string, unknown>;
    const result = fromOpenReferral([one, { ...one, name: 'Test second service' }]);
    assert.deepEqual(
      result.directory?.services.map((s) => s.id),
      ['community-counselling', 'test-second-service'],
    );
    problemAt(result, '[1].schedules[0].byyearday');
  });

  it('reads tabular.json (tables named as CSV files), linking the rows by their ids', () => {
    const result = fromOpenReferral(readExample('tabular.json'));
    const read = service(result);
    assert.equal(read.name, 'Community Counselling');
    assert.equal(read.organisation.name, 'Example Organization Inc.');
    assert.deepEqual(read.languages, ['ur']);
    assert.equal(read.locations[0]?.name, 'MyCity Civic Center');
    assert.deepEqual(read.locations[0]?.address, ['1-30 Main Street', 'MyVillage']);
    assert.equal(read.contact?.phone, '+44 1234 234567');
    problemAt(result, '["schedules.csv"][0].byyearday');
    problemAt(result, '["services.csv"][0].url');
    assert.match(problemAt(result, '["funding.csv"]').message, /Funding/);
    // The attribute, contact and taxonomy rows of the example point at ids that are not there.
    assert.match(problemAt(result, '["attributes.csv"][0]', 'not_linked').message, /not linked to any service/);
    problemAt(result, '["meta_table_descriptions.csv"]');
  });

  it('never throws on any example, and gives a directory or a reason', () => {
    for (const name of exampleNames()) {
      const result = fromOpenReferral(readExample(name));
      assert.ok(result.directory || result.problems.some((p) => p.severity === 'error'), name);
    }
  });
});

describe('fromOpenReferral: nothing is dropped in silence', () => {
  const base = () => ({
    id: '6a4a2a0e-5d7c-4b0e-9a51-000000000001',
    name: 'Test import service',
    description: 'A made-up service for the import tests.',
    status: 'active',
    organization: { id: '6a4a2a0e-5d7c-4b0e-9a51-000000000002', name: 'Test Import Organisation', description: 'Made up.' },
  });

  it('names every field it does not know, at every depth', () => {
    const input = {
      ...base(),
      x_custom: 'a',
      organization: { ...base().organization, x_custom: 'b' },
      phones: [{ id: 'p', number: '01632 960100', x_custom: 'c' }],
      schedules: [{ id: 's', freq: 'WEEKLY', byday: 'MO', opens_at: '10:00', closes_at: '11:00', x_custom: 'd' }],
      service_at_locations: [
        {
          id: 'sal',
          x_custom: 'e',
          location: {
            id: 'l',
            location_type: 'physical',
            name: 'Test place',
            x_custom: 'f',
            addresses: [{ id: 'a', address_1: '1 Test Road', city: 'Test Town', postal_code: 'BN1 1AA', country: 'GB', x_custom: 'g' }],
          },
        },
      ],
      attributes: [{ id: 'at', x_custom: 'h', taxonomy_term: { id: 't', name: 'Test term', code: 'T1' } }],
    };
    const result = fromOpenReferral(input);
    for (const path of [
      'x_custom',
      'organization.x_custom',
      'phones[0].x_custom',
      'schedules[0].x_custom',
      'service_at_locations[0].x_custom',
      'service_at_locations[0].location.x_custom',
      'service_at_locations[0].location.addresses[0].x_custom',
      'attributes[0].x_custom',
    ]) {
      assert.equal(problemAt(result, path).code, 'not_imported');
    }
    const read = service(result);
    assert.equal(read.contact?.phone, '01632 960100');
    assert.equal(read.schedule?.sessions.length, 1);
    assert.equal(read.locations[0]?.postcode, 'BN1 1AA');
  });

  it('reports a value the directory cannot hold and keeps the rest of the service', () => {
    const result = fromOpenReferral({ ...base(), email: 'not an email', minimum_age: 200, assured_date: 'last week' });
    assert.equal(result.directory?.services.length, 1);
    assert.match(problemAt(result, 'email').message, /email address/);
    problemAt(result, 'minimum_age');
    problemAt(result, 'assured_date');
  });

  it('translates the checks of parseDirectory back to paths in the input', () => {
    const result = fromOpenReferral({ ...base(), name: 'x'.repeat(200) });
    const error = problemAt(result, 'name', 'too_big');
    assert.equal(error.severity, 'error');
    assert.equal(result.directory?.services.length, 0);
    const stale = fromOpenReferral(base());
    assert.match(problemAt(stale, 'assured_date', 'not_reviewed').message, /missing/);
  });

  it('a service without a name or an organisation is an error, and the others are kept', () => {
    const { organization: _org, ...orphan } = base();
    const result = fromOpenReferral([base(), { ...base(), name: undefined }, orphan, 'not a service']);
    assert.equal(result.directory?.services.length, 1);
    assert.equal(problemAt(result, '[1].name').severity, 'error');
    assert.equal(problemAt(result, '[2].organization').severity, 'error');
    assert.equal(problemAt(result, '[3]').severity, 'error');
  });

  it('makes ids from names for records that have none of ours, as the CLI does', () => {
    const read = service(fromOpenReferral({ ...base(), name: 'Tea & Talk Café' }));
    assert.equal(read.id, 'tea-and-talk-cafe');
    assert.equal(read.organisation.id, 'test-import-organisation');
  });

  it('reports tabular rows that no service uses, and tables it does not know', () => {
    const tabular = toOpenReferral(directory) as unknown as Record<string, unknown[]>;
    const result = fromOpenReferral({
      ...tabular,
      phone: [
        ...tabular.phone!,
        {
          id: '6a4a2a0e-5d7c-4b0e-9a51-000000000009',
          number: '01632 960999',
          location_id: '6a4a2a0e-5d7c-4b0e-9a51-00000000000a',
        },
      ],
      x_table: [{ id: 'x' }],
    });
    assert.equal(problemAt(result, `phone[${tabular.phone!.length}]`).code, 'not_linked');
    assert.equal(problemAt(result, 'x_table').code, 'unknown_table');
    assert.deepEqual(result.directory?.services, directory.services);
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const result = fromOpenReferral(value);
        return Array.isArray(result.problems);
      }),
    );
    assert.equal(problemAt(fromOpenReferral('{not json'), '').code, 'not_json');
    assert.equal(fromOpenReferral(42).directory, undefined);
    assert.equal(problemAt(fromOpenReferral({ hello: 'world' }), '').code, 'not_open_referral');
  });
});

describe('fromOpenReferral: schedules', () => {
  const withSchedule = (schedule: Record<string, unknown>) =>
    fromOpenReferral({
      id: '6a4a2a0e-5d7c-4b0e-9a51-000000000001',
      name: 'Test schedule service',
      description: 'Made up.',
      status: 'active',
      organization: { id: '6a4a2a0e-5d7c-4b0e-9a51-000000000002', name: 'Test Organisation', description: 'Made up.' },
      schedules: [{ id: '6a4a2a0e-5d7c-4b0e-9a51-000000000003', ...schedule }],
    });
  const sessions = (result: OpenReferralImport) => service(result).schedule?.sessions ?? [];

  it('reads weekly, fortnightly and last-Friday rules', () => {
    assert.deepEqual(sessions(withSchedule({ freq: 'WEEKLY', byday: 'TU,TH', opens_at: '18:00:00', closes_at: '20:00:00' })), [
      { days: ['tuesday', 'thursday'], opens: '18:00', closes: '20:00', overnight: false, frequency: 'weekly' },
    ]);
    assert.deepEqual(
      sessions(withSchedule({ freq: 'WEEKLY', interval: 2, byday: 'WE', dtstart: '2026-01-07', opens_at: '10:00', closes_at: '12:00' })),
      [
        {
          days: ['wednesday'],
          opens: '10:00',
          closes: '12:00',
          overnight: false,
          frequency: 'fortnightly',
          startsOn: '2026-01-07',
        },
      ],
    );
    assert.deepEqual(sessions(withSchedule({ freq: 'MONTHLY', byday: '-1FR', opens_at: '19:00', closes_at: '21:00' })), [
      { days: ['friday'], opens: '19:00', closes: '21:00', overnight: false, frequency: 'monthly', weeksOfMonth: [-1] },
    ]);
  });

  it('reads an overnight session from closes_at before opens_at', () => {
    assert.deepEqual(sessions(withSchedule({ freq: 'WEEKLY', byday: 'SA', opens_at: '22:00', closes_at: '08:00' })), [
      { days: ['saturday'], opens: '22:00', closes: '08:00', overnight: true, frequency: 'weekly' },
    ]);
  });

  it('splits a monthly rule whose days run in different weeks into one session per group', () => {
    assert.deepEqual(
      sessions(withSchedule({ freq: 'MONTHLY', byday: '1TU,3TU,2TH', opens_at: '10:00', closes_at: '11:00' })).map((s) => [
        s.days,
        s.weeksOfMonth,
      ]),
      [
        [['tuesday'], [1, 3]],
        [['thursday'], [2]],
      ],
    );
  });

  it('reads days without a frequency as weekly, and says so', () => {
    const result = withSchedule({ byday: 'MO,FR', opens_at: '10:00', closes_at: '11:00' });
    assert.deepEqual(sessions(result)[0]?.days, ['monday', 'friday']);
    assert.equal(sessions(result)[0]?.frequency, 'weekly');
    assert.match(problemAt(result, 'schedules[0].freq').message, /every week/);
  });

  it('reads a monthly rule on plain weekdays as weekly, which is what it means', () => {
    assert.equal(sessions(withSchedule({ freq: 'MONTHLY', byday: 'MO', opens_at: '10:00', closes_at: '11:00' }))[0]?.frequency, 'weekly');
  });

  it('leaves out a rule it cannot hold, saying which field and why', () => {
    const cases: Array<[Record<string, unknown>, string, RegExp]> = [
      [{ freq: 'WEEKLY', interval: 3, byday: 'MO', opens_at: '10:00', closes_at: '11:00' }, 'interval', /left out/],
      [{ freq: 'WEEKLY', interval: 2, byday: 'MO', opens_at: '10:00', closes_at: '11:00' }, 'dtstart', /fortnightly/],
      [{ freq: 'DAILY', opens_at: '10:00', closes_at: '11:00', byday: 'MO' }, 'freq', /WEEKLY and MONTHLY/],
      [{ freq: 'MONTHLY', byday: '-2FR', opens_at: '10:00', closes_at: '11:00' }, 'byday', /-2FR/],
      [{ freq: 'WEEKLY', byday: 'MO', opens_at: 'ten', closes_at: '11:00' }, 'opens_at', /time like/],
      [{ freq: 'MONTHLY', bymonthday: '15', opens_at: '10:00', closes_at: '11:00' }, 'bymonthday', /not supported/],
      [{ freq: 'WEEKLY', byday: 'MO', count: 4, opens_at: '10:00', closes_at: '11:00' }, 'count', /not supported/],
    ];
    for (const [schedule, field, message] of cases) {
      const result = withSchedule(schedule);
      assert.match(problemAt(result, `schedules[0].${field}`).message, message, field);
      assert.equal(service(result).schedule, undefined, field);
    }
  });

  it('reads a time zone it cannot keep as UK time, and says so', () => {
    const result = withSchedule({ freq: 'WEEKLY', byday: 'MO', opens_at: '09:00Z', closes_at: '10:00Z', timezone: 5 });
    assert.equal(sessions(result)[0]?.opens, '09:00');
    assert.match(problemAt(result, 'schedules[0].opens_at').message, /UK time/);
    problemAt(result, 'schedules[0].timezone');
  });

  it('reads a schedule without a rule as by appointment, or as a note', () => {
    const appointment = withSchedule({ description: 'By appointment only: call the office.' });
    assert.deepEqual(service(appointment).schedule, { sessions: [], byAppointment: true, note: 'only: call the office.' });
    const note = withSchedule({ description: 'Term times only.', notes: 'Ask at reception.' });
    assert.deepEqual(service(note).schedule, { sessions: [], byAppointment: false, note: 'Term times only. Ask at reception.' });
  });

  it("keeps a publisher's description of a session as its note", () => {
    const result = withSchedule({
      freq: 'WEEKLY',
      byday: 'MO',
      opens_at: '10:00',
      closes_at: '11:00',
      description: 'Bring a friend.',
    });
    assert.equal(sessions(result)[0]?.note, 'Bring a friend.');
  });
});

describe('fromOpenReferral: taxonomy terms', () => {
  const withAttributes = (attributes: unknown[]) =>
    fromOpenReferral({
      id: '6a4a2a0e-5d7c-4b0e-9a51-000000000001',
      name: 'Test terms service',
      description: 'Made up.',
      status: 'active',
      organization: { id: '6a4a2a0e-5d7c-4b0e-9a51-000000000002', name: 'Test Organisation', description: 'Made up.' },
      attributes,
    });

  it('maps our terms back by their URI, whatever ids they were given', () => {
    const result = withAttributes([
      {
        id: 'a1',
        taxonomy_term: {
          id: 'x1',
          name: 'Group',
          description: 'd',
          term_uri: 'https://peer-support-kit.github.io/taxonomy/format/group',
        },
      },
      {
        id: 'a2',
        taxonomy_term: {
          id: 'x2',
          name: 'Hearing voices',
          description: 'd',
          code: 'experience/hearing-voices',
          taxonomy: 'https://peer-support-kit.github.io/taxonomy/experience/',
        },
      },
    ]);
    assert.deepEqual(service(result).formats, ['group']);
    assert.deepEqual(service(result).experiences, ['hearing-voices']);
    assert.deepEqual(
      result.problems.filter((p) => p.path.startsWith('attributes')),
      [],
    );
  });

  it('keeps terms of other taxonomies as tags, with a warning each', () => {
    const result = withAttributes([
      { id: 'a1', taxonomy_term: { id: 'x1', name: 'Test other term', description: 'd', taxonomy: 'Test Taxonomy' } },
    ]);
    assert.deepEqual(service(result).tags, ['Test other term']);
    assert.equal(problemAt(result, 'attributes[0]').code, 'foreign_term');
  });

  it('reports a term of ours that this version does not know', () => {
    const result = withAttributes([
      {
        id: 'a1',
        taxonomy_term: {
          id: 'x1',
          name: 'n',
          description: 'd',
          term_uri: 'https://peer-support-kit.github.io/taxonomy/format/juggling',
        },
      },
    ]);
    assert.deepEqual(service(result).formats, []);
    assert.match(problemAt(result, 'attributes[0]', 'unknown_term').message, /juggling/);
  });
});

// ---- generated directories for the round-trip property ----

const text = (max: number) => fc.stringMatching(new RegExp(`^[A-Za-z0-9][A-Za-z0-9 ,.'&()/%-]{0,${max - 2}}[A-Za-z0-9.]$`));
const slug = fc.stringMatching(/^[a-z][a-z0-9]{0,8}(?:-[a-z0-9]{1,6}){0,2}$/);
const terms = (ids: readonly string[]) => fc.subarray([...ids], { maxLength: Math.min(4, ids.length) });
const time = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
const date = fc
  .date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const phone = fc.integer({ min: 100000, max: 999999 }).map((n) => `01632 ${n}`);
const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });

const session = (locationIds: readonly string[]) =>
  fc
    .record({
      days: fc.subarray([...vocabularies.day.ids], { minLength: 1 }),
      opens: time,
      closes: time,
      frequency: fc.constantFrom('weekly', 'fortnightly', 'monthly'),
      weeks: fc.uniqueArray(fc.constantFrom(1, 2, 3, 4, 5, -1), { minLength: 1, maxLength: 3 }),
      startsOn: optional(date),
      endsOn: optional(date),
      location: optional(fc.constantFrom(...(locationIds.length ? locationIds : ['none']))),
      note: optional(text(60)),
    })
    .filter((s) => s.opens !== s.closes)
    .map((s) => ({
      days: s.days,
      opens: s.opens,
      closes: s.closes,
      overnight: s.closes < s.opens,
      frequency: s.frequency,
      ...(s.frequency === 'monthly' ? { weeksOfMonth: s.weeks } : {}),
      ...(s.startsOn || s.frequency === 'fortnightly' ? { startsOn: s.startsOn ?? '2026-01-05' } : {}),
      ...(s.endsOn ? { endsOn: s.endsOn } : {}),
      ...(s.location && locationIds.includes(s.location) ? { location: s.location } : {}),
      ...(s.note ? { note: s.note } : {}),
    }));

const location = fc.record(
  {
    id: slug,
    name: text(40),
    address: fc.array(text(30), { minLength: 1, maxLength: 4 }),
    town: text(20),
    postcode: fc.constantFrom('BN11 1AA', 'RH10 9ZZ', 'W1A 0AX'),
    coordinates: fc.record({
      lat: fc.double({ min: 49, max: 59, noNaN: true }),
      lng: fc.double({ min: -8, max: 2, noNaN: true }),
    }),
    accessibility: terms(vocabularies.accessibility.ids),
    directions: text(80),
  },
  { requiredKeys: ['id'] },
);

const generatedService: fc.Arbitrary<ServiceInput> = fc
  .record({
    id: slug,
    name: text(50),
    summary: text(120),
    description: optional(text(300)),
    organisation: fc.record(
      {
        id: slug,
        name: fc.constantFrom('Test Org A', 'Test Org B'),
        kind: fc.constantFrom(...vocabularies.organisationKind.ids),
        website: fc.constant('https://org.example.org'),
        email: fc.constant('org@example.org'),
        phone,
        charityNumber: fc.constantFrom('1100001', 'SC000001'),
      },
      { requiredKeys: ['name', 'kind'] },
    ),
    provision: terms(vocabularies.provision.ids),
    formats: terms(vocabularies.format.ids),
    settings: terms(vocabularies.setting.ids),
    experiences: terms(vocabularies.experience.ids),
    communities: terms(vocabularies.community.ids),
    transitions: terms(vocabularies.transition.ids),
    tags: fc.uniqueArray(text(20), { maxLength: 3 }),
    areas: fc.subarray(['test-county', 'test-town', 'test-village']),
    locations: fc.uniqueArray(location, { maxLength: 3, selector: (l) => l.id }),
    masked: fc.boolean(),
    onlineOnly: fc.boolean(),
    sessions: fc.integer({ min: 0, max: 3 }),
    byAppointment: fc.boolean(),
    scheduleNote: optional(text(80)),
    referral: terms(vocabularies.referral.ids),
    eligibility: optional(text(100)),
    ageRange: optional(fc.record({ min: fc.integer({ min: 0, max: 40 }), max: fc.integer({ min: 40, max: 120 }) }, { requiredKeys: [] })),
    cost: optional(fc.constantFrom(...vocabularies.cost.ids)),
    costNote: optional(text(80)),
    accessibility: terms(vocabularies.accessibility.ids),
    languages: fc.subarray(['en', 'cy', 'pl', 'pt-BR', 'ur']),
    contact: optional(
      fc.record(
        {
          website: fc.constant('https://service.example.org/page'),
          email: fc.constant('service@example.org'),
          phone,
          text: fc.constant('07700 900123'),
          links: fc.array(
            fc.record({
              label: text(20),
              url: fc.constantFrom('https://example.org/form', 'mailto:test@example.org', 'tel:01632960000'),
            }),
            { minLength: 1, maxLength: 2 },
          ),
        },
        { requiredKeys: ['website'] },
      ),
    ),
    charters: fc.subarray(['sussex-pwow', 'together', 'test-charter']),
    activePartner: fc.boolean(),
    status: fc.constantFrom(...vocabularies.status.ids),
    statusNote: optional(text(60)),
    notice: optional(text(60)),
    lastReviewed: date,
    sources: fc.array(
      fc.record({ title: text(30), url: fc.constant('https://example.org/source'), date: text(10) }, { requiredKeys: ['title'] }),
      { maxLength: 2 },
    ),
  })
  .chain((s) =>
    fc.array(session(s.locations.map((l) => l.id)), { minLength: s.sessions, maxLength: s.sessions }).map((sessions) => {
      const { masked, sessions: _n, byAppointment, scheduleNote, locations, ...rest } = s;
      // A masked place publishes only its name and accessibility, so only such a place can come back whole.
      const places = locations.map((place, i) =>
        masked && i === 0
          ? { id: place.id, ...(place.name ? { name: place.name } : {}), accessibility: place.accessibility ?? [], masked: true }
          : place,
      );
      const hasSchedule = sessions.length > 0 || byAppointment || scheduleNote !== undefined;
      const cleaned = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
      return {
        ...cleaned,
        locations: places,
        ...(hasSchedule ? { schedule: { sessions, byAppointment, ...(scheduleNote ? { note: scheduleNote } : {}) } } : {}),
      } as ServiceInput;
    }),
  )
  .filter((s) => !(s.ageRange && Object.keys(s.ageRange).length === 0));

const generatedDirectory = fc.uniqueArray(generatedService, { minLength: 1, maxLength: 3, selector: (s) => s.id }).map((services) => ({
  schemaVersion: '1.0',
  id: 'test-generated',
  title: 'Test generated directory',
  publisher: { name: 'The tests' },
  publishedAt: '2031-01-01T00:00:00Z',
  areas: [
    { id: 'test-county', name: 'Test County' },
    { id: 'test-town', name: 'Test Town', parent: 'test-county' },
    { id: 'test-village', name: 'Test Village', parent: 'test-county' },
  ],
  services,
}));
