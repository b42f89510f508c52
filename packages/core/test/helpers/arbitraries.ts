import fc from 'fast-check';
import { vocabularies, type ServiceInput } from '../../src/index.js';

// Generators of services for property tests: valid ones, and the ways people get them wrong.

const subset = (ids: readonly string[]) => fc.subarray([...ids], { maxLength: 3 });
const word = fc.stringMatching(/^[A-Za-z][A-Za-z ]{0,30}[a-z]$/);
const time = fc.tuple(fc.integer({ min: 0, max: 22 }), fc.integer({ min: 0, max: 59 }));
const pad = (n: number) => String(n).padStart(2, '0');

const session = fc
  .record({ days: fc.subarray([...vocabularies.day.ids], { minLength: 1 }), start: time, length: fc.integer({ min: 1, max: 60 }) })
  .map(({ days, start: [h, m], length }) => {
    const end = Math.min(h * 60 + m + length, 23 * 60 + 59);
    return { days, opens: `${pad(h)}:${pad(m)}`, closes: `${pad(Math.floor(end / 60))}:${pad(end % 60)}` };
  });

export const validService: fc.Arbitrary<ServiceInput> = fc
  .record({
    id: fc.stringMatching(/^[a-z][a-z0-9]{0,6}(?:-[a-z0-9]{1,5}){0,2}$/),
    name: word,
    summary: word,
    orgKind: fc.constantFrom(...vocabularies.organisationKind.ids),
    formats: subset(vocabularies.format.ids),
    experiences: subset(vocabularies.experience.ids),
    communities: subset(vocabularies.community.ids),
    sessions: fc.array(session, { maxLength: 2 }),
    ages: fc.option(fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 })), { nil: undefined }),
    cost: fc.option(fc.constantFrom(...vocabularies.cost.ids), { nil: undefined }),
    website: fc.option(fc.constant('https://test.example.org/peer'), { nil: undefined }),
  })
  .map((r) => ({
    id: r.id,
    name: r.name,
    summary: r.summary,
    organisation: { name: `Test ${r.name}`, kind: r.orgKind },
    formats: r.formats,
    experiences: r.experiences,
    communities: r.communities,
    areas: ['test-town'],
    schedule: { sessions: r.sessions },
    ...(r.ages ? { ageRange: { min: Math.min(...r.ages), max: Math.max(...r.ages) } } : {}),
    ...(r.cost ? { cost: r.cost } : {}),
    ...(r.website ? { contact: { website: r.website } } : {}),
    lastReviewed: '2026-01-01',
  })) as fc.Arbitrary<ServiceInput>;

/** Ways a maintainer (or a broken export) gets a service wrong. */
export const mutation = fc.oneof(
  fc.constant((s: Record<string, unknown>) => ({ ...s, name: 42 })),
  fc.constant((s: Record<string, unknown>) => {
    const { summary: _summary, ...rest } = s;
    return rest;
  }),
  fc.constant((s: Record<string, unknown>) => ({ ...s, formats: ['grup'] })),
  fc.constant((s: Record<string, unknown>) => ({ ...s, extraField: { nested: true } })),
  fc.constant((s: Record<string, unknown>) => ({ ...s, contact: { website: 'javascript:alert(1)' } })),
  fc.constant((s: Record<string, unknown>) => ({ ...s, ageRange: { min: 70, max: 20 } })),
  fc.constant((s: Record<string, unknown>) => ({ ...s, schedule: { sessions: [{ days: ['monday'], opens: '21:00', closes: '09:00' }] } })),
  fc.constant((s: Record<string, unknown>) => ({ ...s, summary: 'x'.repeat(500) })),
  fc.constant((s: Record<string, unknown>) => ({ ...s, organisation: null })),
  fc.constant(() => 'not a service'),
  fc.constant(() => null),
  fc.constant(() => [1, 2, 3]),
  fc.anything().map((value) => () => value),
);

export const mutatedServices = fc
  .array(fc.tuple(validService, fc.option(mutation, { nil: undefined, freq: 2 })), { maxLength: 8 })
  .map((pairs) => pairs.map(([service, mutate]) => (mutate ? mutate(service as Record<string, unknown>) : service)));
