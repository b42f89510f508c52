import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseDirectory, serviceSchema } from '../src/index.js';
import { mutatedServices } from './helpers/arbitraries.js';
import { sampleDirectory } from './helpers/sample.js';

// Property tests over generated and mutated directories: parseDirectory never throws, keeps
// every service that is valid on its own, and puts a path on every problem.

/** The service as parseDirectory reads it alone in the same directory, or undefined when invalid alone. */
function aloneOrUndefined(service: unknown) {
  const alone = parseDirectory(sampleDirectory([service]));
  return alone.problems.some((p) => p.severity === 'error') ? undefined : alone.directory?.services[0];
}

describe('parseDirectory properties', () => {
  it('keeps every service valid on its own, over 1,000 mutated directories', () => {
    fc.assert(
      fc.property(mutatedServices, (services) => {
        const result = parseDirectory(JSON.parse(JSON.stringify(sampleDirectory(services))));
        const kept = new Map(result.directory!.services.map((s) => [s.id, s]));
        const claimed = new Set<string>();
        for (const service of services) {
          const alone = aloneOrUndefined(JSON.parse(JSON.stringify(service ?? null)));
          if (!alone || claimed.has(alone.id)) continue; // invalid alone, or a later duplicate
          claimed.add(alone.id);
          assert.deepEqual(kept.get(alone.id), alone, `service "${alone.id}" was lost`);
        }
        assert.equal(result.directory!.services.length, claimed.size, 'nothing else is kept');
        assert.equal(result.excluded, services.length - claimed.size);
        for (const service of result.directory!.services) assert.ok(serviceSchema.safeParse(service).success);
        for (const problem of result.problems) {
          assert.equal(typeof problem.path, 'string');
          assert.ok(problem.message.length > 0);
          if (problem.service) assert.ok(problem.path.startsWith(`services[${problem.service.index}]`), problem.path);
          else assert.ok(problem.path === '' || /^[a-zA-Z$]/.test(problem.path), problem.path);
        }
        const errors = result.problems.filter((p) => p.severity === 'error' && p.service);
        assert.equal(new Set(errors.map((p) => p.service!.index)).size, result.excluded, 'each left-out service has an error');
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.string(),
          fc.json(),
          fc.dictionary(fc.constantFrom('schemaVersion', 'services', 'areas', 'title', 'publisher'), fc.anything()),
          mutatedServices.map((services) => ({ ...sampleDirectory(services), areas: [{ id: 'x' }, 3] })),
        ),
        (input) => {
          const result = parseDirectory(input);
          assert.ok(Array.isArray(result.problems));
          if (!result.directory) assert.equal(result.problems.length, 1);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('the runtime validator and the zod schema', () => {
  it('give the same verdict and the same service, over 1,000 generated and mutated services', () => {
    fc.assert(
      fc.property(mutatedServices, (services) => {
        for (const raw of services) {
          const service = JSON.parse(JSON.stringify(raw ?? null));
          const byZod = serviceSchema.safeParse(service);
          const alone = parseDirectory(sampleDirectory([service]), { unknownTerms: 'error' });
          const strictlyValid = !alone.problems.some((p) => p.severity === 'error' || p.code === 'unknown_field');
          assert.equal(strictlyValid, byZod.success, JSON.stringify(alone.problems.slice(0, 2)));
          if (byZod.success) assert.deepEqual(alone.directory!.services[0], byZod.data);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
