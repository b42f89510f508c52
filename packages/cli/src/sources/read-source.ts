import { readFileSync } from 'node:fs';
import { reason, type SourcePath } from './collect.js';
import { fileProblem } from './problem.js';
import { readSourceBytes } from './read-bytes.js';
import type { SourceFile } from './types.js';

/** Reads one source file from disk by its extension: `.yaml`/`.yml`, `.json` or `.csv`. */
export function readSource(source: SourcePath): SourceFile {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(source.absolute);
  } catch (error) {
    return { file: source.shown, services: [], problems: [fileProblem(source.shown, 'unreadable', `cannot be read: ${reason(error)}.`)] };
  }
  return readSourceBytes(source.shown, bytes, source.role);
}
