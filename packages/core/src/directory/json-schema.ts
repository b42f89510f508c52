import { directoryJsonSchema as generated } from '../generated/schemas.js';
import { withoutAnnotations } from '../validation/json-schema.js';
import { SCHEMA_VERSION } from './version.js';

/** Where the published schema lives (the newest core's); a directory's `$schema` may point here. */
export const DIRECTORY_SCHEMA_ID = 'https://cdn.jsdelivr.net/npm/@peer-support-kit/core/dist/directory.schema.json';

/**
 * The JSON Schema (draft 2020-12) of a directory document as written, generated from the zod
 * schema: fields with defaults are optional, and unknown fields are not allowed. Checks that span
 * fields (a session's closing time after its opening time, a minimum age not above the maximum)
 * cannot be said in JSON Schema; parseDirectory makes them.
 */
export function directoryJsonSchema(): Record<string, unknown> {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: DIRECTORY_SCHEMA_ID,
    title: 'Peer Support Kit directory',
    description: `A directory of peer support services, format version ${SCHEMA_VERSION}.`,
    ...withoutAnnotations(generated),
  };
}
