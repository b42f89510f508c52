import { decodeSource, utf8Bytes } from './decode.js';
import { readJsonBytes } from './json-file.js';
import { extensionOf, readContents } from './read-contents.js';
import type { Role } from './classify.js';
import type { SourceFile } from './types.js';

/**
 * Reads one source file's bytes by its extension. JSON saved as UTF-8 is read from its bytes,
 * never made into one string (see json-read.ts: a national directory comes as one JSON file);
 * anything else is decoded first (see decode.ts).
 */
export function readSourceBytes(shown: string, bytes: Uint8Array, role: Role): SourceFile {
  const json = extensionOf(shown) === '.json' ? utf8Bytes(bytes) : undefined;
  if (json) return readJsonBytes(shown, json, role);
  const { text, problems } = decodeSource(shown, bytes);
  if (text === undefined) return { file: shown, services: [], problems };
  const read = readContents(shown, text, role);
  return { ...read, problems: [...problems, ...read.problems] };
}
