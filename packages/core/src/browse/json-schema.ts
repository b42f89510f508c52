import { directoryJsonSchema } from '../directory/json-schema.js';
import { BROWSE_FORMAT, BROWSE_FORMAT_VERSION, NAME_HASH_PATTERN } from './format.js';

/** Where the published schema of the browse index lives (the newest core's). */
export const BROWSE_SCHEMA_ID = 'https://cdn.jsdelivr.net/npm/@peer-support-kit/core/dist/browse.schema.json';

const fileRef = {
  type: 'object',
  required: ['file', 'integrity'],
  additionalProperties: false,
  properties: {
    file: { type: 'string', pattern: '^[\\w-]+(?:/[\\w.-]+)*\\.json$', description: 'Relative to the index.' },
    integrity: { type: 'string', pattern: '^sha384-[A-Za-z0-9+/]{64}$' },
  },
};
const column = (items: object) => ({ type: 'array', items });
const numbers = { type: 'array', items: { type: 'integer', minimum: 0 } };
const orZero = (schema: object) => ({ anyOf: [{ const: 0 }, schema] });

/**
 * The JSON Schema (draft 2020-12) of browse.json, the index of a directory's browse form (see
 * format.ts). It describes the shape; the values are the directory schema's own (each service's
 * fields are checked against it when the index is read), fragments are lists of services as
 * directory.json has them, and the words and places files are described where the index lists them.
 */
export function browseJsonSchema(): Record<string, unknown> {
  const { properties } = directoryJsonSchema() as { properties: Record<string, { items?: { properties: Record<string, object> } }> };
  const { services, $schema: _, ...fields } = properties;
  const service = services!.items!.properties as Record<'organisation' | 'name' | 'id' | 'summary' | 'ageRange', object>;
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: BROWSE_SCHEMA_ID,
    title: 'Peer Support Kit directory, browse form: the index',
    description: `browse.json, format version ${BROWSE_FORMAT_VERSION}: what search, filters and cards need, in columns; each service in full in a fragment.`,
    type: 'object',
    required: [
      'format',
      'formatVersion',
      'directory',
      'excluded',
      'organisations',
      'terms',
      'locations',
      'schedules',
      'services',
      'fragments',
      'words',
    ],
    additionalProperties: false,
    properties: {
      format: { const: BROWSE_FORMAT },
      formatVersion: { const: BROWSE_FORMAT_VERSION },
      directory: {
        type: 'object',
        properties: fields,
        required: ['schemaVersion', 'id', 'title', 'publisher', 'publishedAt'],
        additionalProperties: false,
      },
      excluded: { type: 'integer', minimum: 0, description: 'Services the publisher left out for errors.' },
      organisations: column(service.organisation),
      terms: column({ type: 'array', prefixItems: [{ type: 'string' }, { type: 'string' }], minItems: 2, maxItems: 2 }),
      locations: column({
        type: 'object',
        required: ['id'],
        additionalProperties: false,
        properties: {
          id: { type: 'string' },
          town: { type: 'string' },
          masked: { const: true },
          accessibility: { type: 'array', items: { type: 'string' } },
        },
      }),
      schedules: column({
        type: 'object',
        required: ['sessions'],
        properties: { sessions: { type: 'array' }, byAppointment: { const: true } },
      }),
      services: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'id', 'summary', 'organisation', 'terms', 'areas', 'locations', 'schedule', 'ageRange', 'flags', 'evidence'],
        properties: {
          name: column(service.name),
          id: column(orZero(service.id)),
          summary: column(service.summary),
          organisation: column({ type: 'integer', minimum: 0 }),
          terms: column(numbers),
          areas: column(numbers),
          locations: column(orZero(numbers)),
          schedule: column({ type: 'integer', minimum: 0 }),
          ageRange: column(orZero(service.ageRange)),
          flags: column({ type: 'integer', minimum: 0, maximum: 7 }),
          evidence: column(orZero({ type: 'array', minItems: 2, maxItems: 2, items: { anyOf: [{ const: 0 }, { type: 'string' }] } })),
        },
      },
      fragments: {
        type: 'object',
        required: ['size', 'hashes'],
        additionalProperties: false,
        properties: {
          size: { type: 'integer', minimum: 1 },
          hashes: column({ type: 'string', pattern: NAME_HASH_PATTERN }),
        },
      },
      words: {
        ...fileRef,
        description:
          'The words file: `{ "words": [...] }`, for each service in index order the words of its description and its ' +
          "public places' names and postcodes that its name and summary lack, in one string.",
      },
      places: {
        ...fileRef,
        description:
          'The places file: `{ "places": [...] }`, for each service in index order 0 or, for each of its locations, ' +
          '0, [lat, lng], [lat, lng, postcode] or the postcode alone, as directory.json publishes them (a masked ' +
          'location never has a postcode). Written by every build since it came; an index without one is still version 1.',
      },
    },
  };
}
