import assert from 'node:assert/strict';
import { createSearch, parseDirectory, type Directory, type SearchOptions, type ServiceInput } from '../src/index.js';
import { sampleDirectory, sampleService } from './helpers/sample.js';

/**
 * Made-up services for the search tests ("Test …", example.org), validated with parseDirectory
 * so the tests run on data shaped exactly as the search gets it.
 */
export function directoryOf(services: ServiceInput[], areas?: Directory['areas']): Directory {
  const doc = sampleDirectory(services);
  if (areas) doc.areas = areas;
  const { directory, problems } = parseDirectory(doc);
  const errors = problems.filter((problem) => problem.severity === 'error');
  assert.deepEqual(errors, [], 'the test fixtures are valid');
  assert.equal(directory!.services.length, services.length);
  return directory!;
}

/** A made-up service: `id` and `name`, the sample's defaults otherwise, minus its terms. */
export function service(id: string, name: string, overrides: Partial<ServiceInput> = {}): ServiceInput {
  return sampleService({
    id,
    name,
    summary: 'A made-up service for the search tests.',
    experiences: [],
    formats: [],
    settings: [],
    provision: [],
    ...overrides,
  });
}

export function searchOver(services: ServiceInput[], options?: SearchOptions, areas?: Directory['areas']) {
  return createSearch(directoryOf(services, areas), options);
}

/** The ids of a search's results, in order. */
export const ids = (result: { results: ReadonlyArray<{ service: { id: string } }> }) => result.results.map((hit) => hit.service.id);
