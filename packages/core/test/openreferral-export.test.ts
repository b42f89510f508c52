import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { validate as isUuid } from 'uuid';
import {
  ageRangeSchema,
  areaSchema,
  contactSchema,
  directorySchema,
  locationSchema,
  organisationSchema,
  publisherSchema,
  scheduleSchema,
  serviceSchema,
  sessionSchema,
  sourceSchema,
  vocabularies,
  type Directory,
  type Service,
} from '../src/directory/index.js';
import {
  exportOpenReferral,
  openReferralAbout,
  OPEN_REFERRAL_TABLES,
  toOpenReferral,
  TAXONOMY_URI,
  type OpenReferralDataset,
  type OpenReferralRows,
} from '../src/openreferral/index.js';
import { directoryIds } from '../src/openreferral/ids.js';
import { fixtureDirectory, hsdsMissing, hsdsValidators } from './openreferral-helpers.js';

const directory = fixtureDirectory();
const data = toOpenReferral(directory);
const ids = directoryIds(directory.id);

const tables = Object.entries(data).filter((entry): entry is [string, Array<{ id: string }>] => Array.isArray(entry[1]));
const serviceRow = (id: string) => data.service.find((row) => row.id === ids(`service:${id}`))!;
const schedulesOf = (id: string) => data.schedule.filter((row) => row.service_id === ids(`service:${id}`));
const ourService = (id: string) => directory.services.find((service) => service.id === id)!;

describe('the round-trip fixture', () => {
  // If the format gains a field, this fails until the fixture uses it, so the round-trip test
  // (openreferral-import) covers it, and the export has to say where it goes.
  it('uses every field of the directory format', () => {
    const used = (records: readonly object[], shape: object, what: string) => {
      for (const key of Object.keys(shape)) {
        const hasIt = records.some((record) => {
          const value = (record as Record<string, unknown>)[key];
          return value !== undefined && value !== false && !(Array.isArray(value) && value.length === 0);
        });
        assert.ok(hasIt, `no ${what} in the fixture has ${key}`);
      }
    };
    const services = directory.services;
    const locations = services.flatMap((s) => s.locations);
    const sessions = services.flatMap((s) => s.schedule?.sessions ?? []);
    used([directory], directorySchema.shape, 'directory');
    used([directory.publisher], publisherSchema.shape, 'publisher');
    used(directory.areas, areaSchema.shape, 'area');
    used(services, serviceSchema.shape, 'service');
    used(
      services.map((s) => s.organisation),
      organisationSchema.shape,
      'organisation',
    );
    used(
      services.flatMap((s) => s.contact ?? []),
      contactSchema.shape,
      'contact',
    );
    used(locations, locationSchema.shape, 'location');
    used(
      services.flatMap((s) => s.schedule ?? []),
      scheduleSchema.shape,
      'schedule',
    );
    used(sessions, sessionSchema.shape, 'session');
    used(
      services.flatMap((s) => s.ageRange ?? []),
      ageRangeSchema.shape,
      'age range',
    );
    used(
      services.flatMap((s) => s.sources),
      sourceSchema.shape,
      'source',
    );
    for (const name of ['status', 'cost', 'frequency'] as const) {
      const values = new Set<string>(name === 'frequency' ? sessions.map((s) => s.frequency) : services.flatMap((s) => s[name] ?? []));
      assert.deepEqual([...values].sort(), [...vocabularies[name].ids].sort(), `every ${name} is used`);
    }
  });
});

describe('toOpenReferral: valid HSDS 3.0', () => {
  it('every exported record validates against the official schema for its type', { skip: hsdsMissing }, () => {
    const hsds = hsdsValidators();
    for (const [table, rows] of tables) {
      // Named contacts are people; the directory names none, so that table stays empty.
      if (table !== 'contact') assert.ok(rows.length > 0, `the fixture exports at least one ${table}`);
      rows.forEach((row, index) => assert.deepEqual(hsds.validate(`${table}.json`, row), [], `${table}[${index}]`));
    }
  });

  it('the dataset as a whole validates against the official tabular schema', { skip: hsdsMissing }, () => {
    const { about: _about, ...withoutHeader } = data;
    assert.deepEqual(hsdsValidators().validate('compiled/tabular.json', withoutHeader), []);
    assert.deepEqual(hsdsValidators().validate('compiled/tabular.json', data), [], 'the about header is allowed beside the tables');
  });

  it('the validator used above does reject a broken record', { skip: hsdsMissing }, () => {
    const hsds = hsdsValidators();
    const { status: _status, ...noStatus } = data.service[0]!;
    assert.notDeepEqual(hsds.validate('service.json', noStatus), []);
    assert.notDeepEqual(hsds.validate('schedule.json', { ...data.schedule[0], timezone: 'Europe/London' }), []);
    assert.notDeepEqual(hsds.validate('location.json', { ...data.location[0], id: 'test-hall' }), []);
  });

  it('is plain JSON: it survives JSON.stringify and JSON.parse unchanged', () => {
    assert.deepEqual(JSON.parse(JSON.stringify(data)), data);
  });
});

describe('toOpenReferral: ids', () => {
  it('gives identical output for the same directory, every time', () => {
    assert.equal(JSON.stringify(toOpenReferral(structuredClone(directory))), JSON.stringify(data));
  });

  it("derives each record's id from our ids, not its position", () => {
    const fewer: Directory = { ...directory, services: directory.services.slice(1).reverse() };
    const again = toOpenReferral(fewer);
    for (const service of fewer.services) {
      assert.ok(
        again.service.some((row) => row.id === serviceRow(service.id).id),
        service.id,
      );
    }
    const chat = serviceRow('test-online-chat').id;
    const attached = (dataset: OpenReferralDataset) => [
      ...dataset.attribute.filter((row) => row.link_id === chat).map((row) => row.id),
      ...dataset.schedule.filter((row) => row.service_id === chat).map((row) => row.id),
      ...dataset.service_at_location.filter((row) => row.service_id === chat).map((row) => row.id),
    ];
    assert.ok(attached(data).length > 5);
    assert.deepEqual(attached(again), attached(data), "a service's records keep their ids when another service goes");
    const hall = ids('location:test-voices-group/test-hall');
    assert.ok(data.location.some((row) => row.id === hall));
    assert.equal(serviceRow('test-voices-group').id, ids('service:test-voices-group'));
  });

  it('every id is a UUID, unique in its table, and every link points at a record in the dataset', () => {
    const byTable = new Map(tables.map(([table, rows]) => [table, new Set(rows.map((row) => row.id))]));
    for (const [table, rows] of tables) {
      for (const row of rows) assert.ok(isUuid(row.id), `${table} ${row.id}`);
      assert.equal(byTable.get(table)!.size, rows.length, `${table} ids are unique`);
    }
    const links: Array<[string, string, string]> = [
      ['service', 'organization_id', 'organization'],
      ['location', 'organization_id', 'organization'],
      ['organization_identifier', 'organization_id', 'organization'],
      ['address', 'location_id', 'location'],
      ['accessibility', 'location_id', 'location'],
      ['service_at_location', 'service_id', 'service'],
      ['service_at_location', 'location_id', 'location'],
      ['schedule', 'service_id', 'service'],
      ['schedule', 'location_id', 'location'],
      ['schedule', 'service_at_location_id', 'service_at_location'],
      ['service_area', 'service_id', 'service'],
      ['cost_option', 'service_id', 'service'],
      ['language', 'service_id', 'service'],
      ['phone', 'service_id', 'service'],
      ['phone', 'organization_id', 'organization'],
      ['attribute', 'taxonomy_term_id', 'taxonomy_term'],
      ['taxonomy_term', 'taxonomy_id', 'taxonomy'],
    ];
    for (const [table, field, target] of links) {
      for (const row of data[table as keyof OpenReferralDataset] as unknown as Array<Record<string, string>>) {
        if (row[field] !== undefined) assert.ok(byTable.get(target)!.has(row[field]!), `${table}.${field} ${row[field]} is a ${target}`);
      }
    }
    for (const attribute of data.attribute) {
      assert.ok(
        byTable.get(attribute.link_entity)!.has(attribute.link_id),
        `attribute ${attribute.id} links to a ${attribute.link_entity}`,
      );
    }
  });
});

describe('toOpenReferral: what goes where', () => {
  it('starts with a header naming the source directory and when it was published', () => {
    const { services: _services, ...envelope } = directory;
    assert.deepEqual(data.about.directory, envelope);
    assert.equal(data.about.directory.publishedAt, '2026-11-22T09:00:00Z');
    assert.equal(data.about.hsds_version, '3.0');
    assert.equal(data.about.timezone, 'Europe/London');
  });

  it('maps a service: status, review date, ages, texts and ways in', () => {
    const row = serviceRow('test-voices-group');
    const service = ourService('test-voices-group');
    assert.deepEqual(
      { ...row, id: undefined, organization_id: undefined },
      {
        id: undefined,
        organization_id: undefined,
        name: 'Test Voices Group',
        description: service.description,
        url: 'https://voices.example.org/group',
        email: 'voices@example.org',
        status: 'active',
        application_process: 'Contact them yourself (self-referral). Referral by a professional.',
        fees_description: 'Free; tea and biscuits are on the house.',
        eligibility_description: service.eligibility,
        minimum_age: 16,
        maximum_age: 99,
        assured_date: '2026-10-01',
        alert: service.notice,
      },
    );
    assert.equal(serviceRow('test-online-chat').status, 'temporarily closed');
    assert.equal(serviceRow('test-ward-support').status, 'defunct');
    assert.equal(
      serviceRow('test-online-chat').description,
      ourService('test-online-chat').summary,
      'the summary, when there is no description',
    );
    assert.equal(serviceRow('test-ward-support').minimum_age, 18);
    assert.equal('maximum_age' in serviceRow('test-ward-support'), false);
  });

  it('writes one organisation record per organisation, with its phone and charity number', () => {
    assert.equal(data.organization.length, 3, 'two services of one organisation share its record');
    const [first, second] = directory.services;
    const differing = toOpenReferral({
      ...directory,
      services: [first!, { ...second!, organisation: { ...second!.organisation, website: 'https://other.example.org' } }],
    });
    assert.deepEqual(
      differing.organization.map((row) => row.website),
      ['https://org.example.org', 'https://other.example.org'],
      'two differing entries of one organisation are both kept',
    );
    const org = data.organization.find((row) => row.name === 'Test User-Led Organisation')!;
    assert.equal(org.description, 'Organisation kind: A user-led organisation.');
    assert.deepEqual(
      data.phone.filter((row) => row.organization_id === org.id).map((row) => [row.number, row.type]),
      [['01632 960000', 'voice']],
    );
    assert.deepEqual(
      data.organization_identifier.map((row) => [row.organization_id, row.identifier_type, row.identifier]),
      [[org.id, 'Charity number', '1234567']],
    );
  });

  it('maps phones (voice and text), languages, cost and service areas', () => {
    const id = serviceRow('test-voices-group').id;
    assert.deepEqual(
      data.phone.filter((row) => row.service_id === id).map((row) => [row.number, row.type]),
      [
        ['01632 960001', 'voice'],
        ['07700 900001', 'text'],
      ],
    );
    assert.deepEqual(
      data.language.filter((row) => row.service_id === id).map((row) => row.code),
      ['en', 'cy', 'pl', 'pt-BR'],
    );
    assert.equal(data.language.find((row) => row.code === 'cy')?.name, 'Welsh');
    const cost = (service: string) =>
      data.cost_option.filter((row) => row.service_id === serviceRow(service).id).map(({ id: _id, service_id: _s, ...rest }) => rest);
    assert.deepEqual(cost('test-voices-group'), [{ option: 'Free', amount: 0, currency: 'GBP' }]);
    assert.deepEqual(cost('test-online-chat'), [{ option: 'Donation or pay what you can' }]);
    assert.deepEqual(cost('test-ward-support'), [{ option: 'There is a charge' }]);
    assert.deepEqual(cost('test-carers-circle'), []);
    assert.deepEqual(
      data.service_area.filter((row) => row.service_id === id).map((row) => row.name),
      ['Test Town', 'Test County'],
    );
  });

  it('writes a physical location with its address, coordinates and directions, linked through service_at_location', () => {
    const hall = data.location.find((row) => row.id === ids('location:test-voices-group/test-hall'))!;
    assert.deepEqual(
      { ...hall, id: undefined, organization_id: undefined },
      {
        id: undefined,
        organization_id: undefined,
        location_type: 'physical',
        name: 'Test Community Hall',
        transportation: 'Made-up directions: the side door, up the ramp.',
        latitude: 50.8123,
        longitude: -0.3712,
      },
    );
    const address = data.address.find((row) => row.location_id === hall.id)!;
    assert.deepEqual(
      [address.address_1, address.address_2, address.city, address.postal_code, address.country, address.address_type],
      ['Unit 3, Test Business Park', '1 Example Street, Test Quarter', 'Test Town', 'BN11 1AA', 'GB', 'physical'],
    );
    assert.ok(data.service_at_location.some((row) => row.location_id === hall.id && row.service_id === serviceRow('test-voices-group').id));
    assert.deepEqual(
      data.accessibility.filter((row) => row.location_id === hall.id).map((row) => row.description),
      ['Wheelchair accessible', 'Hearing loop', 'Quiet space'],
    );
  });

  it('writes an online-only service as a virtual location', () => {
    const links = data.service_at_location.filter((row) => row.service_id === serviceRow('test-online-chat').id);
    assert.equal(links.length, 1);
    const place = data.location.find((row) => row.id === links[0]!.location_id)!;
    assert.equal(place.location_type, 'virtual');
    assert.equal(place.url, 'https://chat.example.org');
    assert.equal('latitude' in place, false);
    assert.ok(!data.address.some((row) => row.location_id === place.id));
  });
});

describe('toOpenReferral: masked locations', () => {
  // The fixture's masked place has no address; give it one, and coordinates, to check none leaks.
  const secret: Service['locations'][number] = {
    id: 'test-safe-space',
    name: 'Test safe space',
    address: ['99 Secret Test Street'],
    town: 'Hidden Test Town',
    postcode: 'BN99 9ZZ',
    coordinates: { lat: 50.123456, lng: -0.654321 },
    directions: 'Ring the made-up side bell',
    accessibility: ['accessible-toilet'],
    masked: true,
  };
  const leaky: Directory = {
    ...directory,
    services: directory.services.map((service) => (service.id === 'test-ward-support' ? { ...service, locations: [secret] } : service)),
  };
  const out = toOpenReferral(leaky);
  const place = out.location.find((row) => row.id === ids('location:test-ward-support/test-safe-space'))!;

  it('leave out coordinates, address and directions', () => {
    assert.deepEqual(Object.keys(place).sort(), ['id', 'location_type', 'name', 'organization_id']);
    assert.ok(!out.address.some((row) => row.location_id === place.id));
  });

  it('leak none of them anywhere in the dataset', () => {
    const json = JSON.stringify(out);
    for (const text of ['99 Secret Test Street', 'Hidden Test Town', 'BN99 9ZZ', '50.123456', '-0.654321', 'side bell']) {
      assert.ok(!json.includes(text), `"${text}" is not in the export`);
    }
  });

  it('still say the place is masked, and keep its name and accessibility', () => {
    assert.equal(place.name, 'Test safe space');
    assert.deepEqual(
      out.accessibility.filter((row) => row.location_id === place.id).map((row) => row.description),
      ['Accessible toilet'],
    );
    const masked = out.taxonomy_term.find((term) => term.code === 'field/masked')!;
    assert.ok(out.attribute.some((row) => row.link_id === place.id && row.taxonomy_term_id === masked.id && row.value === 'true'));
  });

  it('an unmasked place keeps its coordinates (so the checks above can fail)', () => {
    const unmasked = toOpenReferral({
      ...leaky,
      services: leaky.services.map((s) => (s.id === 'test-ward-support' ? { ...s, locations: [{ ...secret, masked: false }] } : s)),
    });
    assert.ok(JSON.stringify(unmasked).includes('50.123456'));
    assert.ok(JSON.stringify(unmasked).includes('99 Secret Test Street'));
  });
});

describe('toOpenReferral: schedules as RFC 5545 rules', () => {
  const sessions = schedulesOf('test-voices-group');
  const hall = ids('location:test-voices-group/test-hall');
  const rule = (index: number) => {
    const { id: _id, service_id: _s, ...rest } = sessions[index]!;
    return rest;
  };

  it('weekly: WEEKLY, interval 1, the day, the times, the place and the note', () => {
    assert.deepEqual(rule(0), {
      location_id: hall,
      service_at_location_id: ids('service_at_location:test-voices-group/test-hall'),
      freq: 'WEEKLY',
      interval: 1,
      byday: 'TU',
      opens_at: '18:00',
      closes_at: '20:00',
      description: 'Every Tuesday, 18:00 to 20:00, UK time.',
      notes: 'Tea from 17:45.',
    });
  });

  it('fortnightly: WEEKLY with interval 2, counted from dtstart in weeks starting Monday', () => {
    const { location_id: _l, service_at_location_id: _sal, ...timing } = rule(1);
    assert.deepEqual(timing, {
      freq: 'WEEKLY',
      interval: 2,
      byday: 'WE,TH',
      wkst: 'MO',
      dtstart: '2026-01-07',
      opens_at: '10:00',
      closes_at: '12:30',
      description: 'Every other Wednesday and Thursday (counting from 7 January 2026), 10:00 to 12:30, UK time.',
    });
  });

  it('monthly on the last Friday: MONTHLY with byday -1FR', () => {
    assert.deepEqual(rule(2), {
      freq: 'MONTHLY',
      interval: 1,
      byday: '-1FR',
      opens_at: '19:00',
      closes_at: '21:00',
      description: 'On the last Friday of the month, 19:00 to 21:00, UK time.',
    });
  });

  it('monthly on the first and third Tuesday and Thursday, until a date', () => {
    assert.deepEqual(rule(3), {
      freq: 'MONTHLY',
      interval: 1,
      byday: '1TU,1TH,3TU,3TH',
      until: '2027-06-30',
      opens_at: '14:00',
      closes_at: '16:00',
      description: 'On the first and third Tuesday and Thursday of the month, 14:00 to 16:00, UK time, until 30 June 2027.',
    });
  });

  it('overnight: closes_at is before opens_at, and the description says it is the next day', () => {
    assert.deepEqual(rule(4), {
      freq: 'WEEKLY',
      interval: 1,
      byday: 'SA',
      dtstart: '2026-02-07',
      until: '2026-12-26',
      opens_at: '22:00',
      closes_at: '08:00',
      description: 'Every Saturday, 22:00 to 08:00 the next day, UK time, from 7 February 2026, until 26 December 2026.',
    });
  });

  it('by appointment, and the schedule note, as a schedule without a rule', () => {
    assert.deepEqual(rule(5), { description: 'By appointment.', notes: 'Closed on bank holidays.' });
    assert.equal(sessions.length, 6);
    assert.deepEqual(
      schedulesOf('test-carers-circle').map(({ id: _id, service_id: _s, ...rest }) => rest),
      [{ notes: 'Meets when members arrange it.' }],
    );
  });

  it('writes no timezone: HSDS 3.0 wants a fixed UTC offset there, and UK time changes in summer', () => {
    assert.ok(data.schedule.every((row) => !('timezone' in row)));
  });
});

describe('toOpenReferral: attributes and our taxonomy', () => {
  const termById = new Map(data.taxonomy_term.map((term) => [term.id, term]));
  const codesOn = (linkId: string) =>
    data.attribute.filter((row) => row.link_id === linkId).map((row) => termById.get(row.taxonomy_term_id)!.code);

  it('publishes each vocabulary as a taxonomy with its own stable URI', () => {
    const uris = data.taxonomy.map((taxonomy) => taxonomy.uri);
    for (const vocab of [
      'provision',
      'format',
      'setting',
      'experience',
      'community',
      'transition',
      'referral',
      'accessibility',
      'organisation-kind',
      'tag',
      'charter',
      'field',
    ]) {
      assert.ok(uris.includes(`https://peer-support-kit.github.io/taxonomy/${vocab}/`), vocab);
    }
    assert.equal(TAXONOMY_URI, 'https://peer-support-kit.github.io/taxonomy/');
    for (const term of data.taxonomy_term) {
      assert.equal(term.term_uri, TAXONOMY_URI + term.code);
      assert.ok(data.taxonomy.some((taxonomy) => taxonomy.id === term.taxonomy_id && taxonomy.uri === term.taxonomy));
    }
    assert.equal(
      new Set(data.taxonomy_term.map((term) => term.code)).size,
      data.taxonomy_term.length,
      'codes are unique (homelessness is a setting and an experience)',
    );
    const group = data.taxonomy_term.find((term) => term.code === 'format/group')!;
    assert.equal(group.name, 'Group');
  });

  it('attaches every term of every vocabulary a service uses, and its tags and charters', () => {
    for (const service of directory.services) {
      const codes = codesOn(serviceRow(service.id).id);
      const expected = [
        ...service.provision.map((t) => `provision/${t}`),
        ...service.formats.map((t) => `format/${t}`),
        ...service.settings.map((t) => `setting/${t}`),
        ...service.experiences.map((t) => `experience/${t}`),
        ...service.communities.map((t) => `community/${t}`),
        ...service.transitions.map((t) => `transition/${t}`),
        ...service.referral.map((t) => `referral/${t}`),
        ...service.accessibility.map((t) => `accessibility/${t}`),
        ...service.tags.map((t) => `tag/${encodeURIComponent(t)}`),
        ...service.charters.map((t) => `charter/${t}`),
      ];
      assert.deepEqual(codes.filter((code) => !code.startsWith('field/')).sort(), expected.sort(), service.id);
    }
    const tag = data.taxonomy_term.find((term) => term.name === 'art & craft')!;
    assert.equal(tag.code, 'tag/art%20%26%20craft');
    assert.equal(
      data.taxonomy_term.find((term) => term.code === 'charter/sussex-pwow')?.name,
      'Principled Ways of Working Peer Support Charter',
    );
  });

  it('carries our ids and the fields HSDS has no column for as field attributes', () => {
    const fieldsOf = (linkId: string) =>
      Object.fromEntries(
        data.attribute
          .filter((row) => row.link_id === linkId && termById.get(row.taxonomy_term_id)!.code.startsWith('field/'))
          .map((row) => [termById.get(row.taxonomy_term_id)!.code, row.value]),
      );
    const voices = fieldsOf(serviceRow('test-voices-group').id);
    assert.equal(voices['field/id'], 'test-voices-group');
    assert.equal(voices['field/summary'], ourService('test-voices-group').summary);
    assert.equal(voices['field/active-partner'], 'true');
    assert.equal(fieldsOf(serviceRow('test-online-chat').id)['field/status-note'], ourService('test-online-chat').statusNote);
    assert.equal(
      fieldsOf(ids('location:test-voices-group/test-hall'))['field/address-lines'],
      JSON.stringify(['Unit 3, Test Business Park', '1 Example Street', 'Test Quarter']),
    );
    assert.equal(fieldsOf(data.organization.find((row) => row.name === 'Test User-Led Organisation')!.id)['field/id'], 'test-user-led-org');
  });

  it("attaches the organisation's kind and each place's accessibility", () => {
    const trust = data.organization.find((row) => row.name === 'Test NHS Trust')!;
    assert.deepEqual(codesOn(trust.id), ['organisation-kind/nhs']);
    assert.deepEqual(
      codesOn(ids('location:test-voices-group/test-hall')).filter((code) => code.startsWith('accessibility/')),
      ['accessibility/wheelchair', 'accessibility/hearing-loop', 'accessibility/quiet-space'],
    );
  });
});

it('the package exports toOpenReferral and fromOpenReferral from its openreferral entry, not its root', async () => {
  const openReferral = await import('@peer-support-kit/core/openreferral');
  assert.equal(openReferral.toOpenReferral, toOpenReferral);
  assert.equal(typeof openReferral.fromOpenReferral, 'function');
  const core: Record<string, unknown> = await import('@peer-support-kit/core');
  assert.equal(core.toOpenReferral, undefined);
  assert.equal(core.fromOpenReferral, undefined);
});

describe('the export, record by record', () => {
  it('hands each record to its table as it is made: the same records, in the order toOpenReferral lists them', () => {
    const rows = Object.fromEntries(OPEN_REFERRAL_TABLES.map((table) => [table, [] as object[]]));
    exportOpenReferral(directory, rows as unknown as OpenReferralRows);
    const { about, ...listed } = data;
    assert.deepEqual(Object.keys(listed), OPEN_REFERRAL_TABLES);
    assert.deepEqual(rows, listed);
    assert.deepEqual(openReferralAbout(directory), about);
  });
});
