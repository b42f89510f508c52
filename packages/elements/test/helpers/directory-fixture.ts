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

/**
 * Which form the directory tests publish their directories in: `plain` (directory.json) or
 * `browse` (browse.json and its fragments, as `peer-support build` writes them). The browser
 * test config runs the directory tests once in each.
 */
export const PUBLISHED_FORM: 'plain' | 'browse' = (globalThis as { PSK_FORM?: 'browse' }).PSK_FORM ?? 'plain';

/** A URL the element can fetch, holding this directory (in PUBLISHED_FORM) or other JSON. */
export function jsonUrl(data: unknown): string {
  const text = JSON.stringify(data);
  if (PUBLISHED_FORM === 'browse' && (data as { services?: unknown } | null)?.services) return browseUrl(text);
  return URL.createObjectURL(new Blob([text], { type: 'application/json' }));
}

/**
 * The address of the browse form of a directory (its browse.json), published by the test
 * server: the first request for each file whose name starts with `fail` answers 503, files
 * starting with `change` no longer match their hash, and with `stall` browse.json stops coming a
 * little after its names. The server waits for the directory to
 * arrive, so the address can be used at once.
 */
export function browseUrl(text: string, damage: { fail?: string; change?: string; stall?: boolean } = {}): string {
  const key = `site-${Math.random().toString(36).slice(2)}`;
  const query = new URLSearchParams(
    Object.entries(damage)
      .filter(([, value]) => value)
      .map(([name, value]) => [name, String(value)]),
  ).toString();
  void fetch(`/test-routes/site/${key}${query ? `?${query}` : ''}`, { method: 'POST', body: text });
  return `/test-routes/site/${key}/browse.json`;
}
