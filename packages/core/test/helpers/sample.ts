import type { DirectoryInput, ServiceInput } from '../../src/index.js';

/**
 * Test data. Every name here is made up for the tests and marked as such; the real directories'
 * data lives in packages/directory-*.
 */
export function sampleService(overrides: Partial<ServiceInput> = {}): ServiceInput {
  return {
    id: 'test-voices-group',
    name: 'Test voices group',
    summary: 'A made-up peer group for hearing voices, used by the tests.',
    organisation: { name: 'Test Organisation One', kind: 'user-led', website: 'https://one.example.org' },
    provision: ['informal'],
    formats: ['group'],
    settings: ['community'],
    experiences: ['hearing-voices'],
    areas: ['test-town'],
    schedule: { sessions: [{ days: ['tuesday'], opens: '18:00', closes: '20:00' }] },
    referral: ['self'],
    cost: 'free',
    lastReviewed: '2026-10-01',
    ...overrides,
  };
}

export function sampleDirectory(services: unknown[] = [sampleService()]): Omit<DirectoryInput, 'services'> & { services: unknown[] } {
  return {
    schemaVersion: '1.0',
    id: 'test-directory',
    title: 'Test directory',
    publisher: { name: 'The tests' },
    publishedAt: '2026-11-22T09:00:00Z',
    areas: [
      { id: 'test-county', name: 'Test County' },
      { id: 'test-town', name: 'Test Town', parent: 'test-county' },
    ],
    services,
  };
}
