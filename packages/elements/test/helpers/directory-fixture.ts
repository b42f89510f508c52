/**
 * Made-up directories for the element tests, served as blob: URLs (so each test can shape its own
 * data and nothing leaves the machine). No organisation, address or number here is real.
 */
export interface TestService {
  id: string;
  name: string;
  summary: string;
  organisation: { name: string; kind: string; website?: string };
  [field: string]: unknown;
}

export function testService(n: number, extra: Partial<TestService> = {}): TestService {
  return {
    id: `test-service-${n}`,
    name: `Test service ${n}`,
    summary: `A made-up peer support service, number ${n}, for the tests.`,
    organisation: { name: `Test Organisation ${n}`, kind: 'voluntary-sector', website: `https://org${n}.example.org` },
    provision: ['informal'],
    formats: ['group'],
    areas: ['test-town'],
    referral: ['self'],
    cost: 'free',
    lastReviewed: '2026-10-01',
    ...extra,
  };
}

export const voicesGroup = testService(1, {
  id: 'voices-group',
  name: 'Test hearing voices group',
  summary: 'A made-up group where people who hear voices meet and talk.',
  experiences: ['hearing-voices'],
  formats: ['group', 'drop-in'],
  schedule: { sessions: [{ days: ['tuesday'], opens: '18:00', closes: '20:00' }] },
  locations: [{ id: 'hall', name: 'Test Hall', town: 'Test Town' }],
});

export const lgbtqChat = testService(2, {
  id: 'lgbtq-chat',
  name: 'Test LGBTQ+ online peer chat',
  summary: 'A made-up online chat for LGBTQ+ people.',
  communities: ['lgbtq'],
  formats: ['online', 'text'],
  onlineOnly: true,
  areas: ['test-county'],
  schedule: { sessions: [{ days: ['saturday', 'sunday'], opens: '19:00', closes: '21:00' }] },
});

export const wardPeers = testService(3, {
  id: 'ward-peers',
  name: 'Test ward peer workers',
  summary: 'Made-up paid peer support workers on hospital wards.',
  provision: ['paid-peer-workers'],
  formats: ['one-to-one'],
  settings: ['inpatient'],
  referral: ['mental-health-team'],
  organisation: { name: 'Test Trust', kind: 'nhs' },
  contact: { email: 'ward@example.org' },
  schedule: { byAppointment: true },
});

export const noContact = testService(4, {
  id: 'no-contact',
  name: 'Test informal walking group',
  summary: 'A made-up informal group with no contact details.',
  organisation: { name: 'Test Walkers', kind: 'informal-group' },
  formats: ['group'],
});

export function testDirectory(services: unknown[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    schemaVersion: '1.0',
    id: 'test-directory',
    title: 'Test directory',
    publisher: { name: 'The test network', url: 'https://network.example.org' },
    publishedAt: '2026-11-01T09:00:00Z',
    areas: [
      { id: 'test-county', name: 'Test County' },
      { id: 'test-town', name: 'Test Town', parent: 'test-county' },
    ],
    services,
    ...extra,
  };
}

/** A URL the element can fetch, holding this JSON. */
export function jsonUrl(data: unknown): string {
  return URL.createObjectURL(new Blob([JSON.stringify(data)], { type: 'application/json' }));
}
