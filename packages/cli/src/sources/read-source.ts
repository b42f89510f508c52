import { readFileSync } from 'node:fs';
import { reason, type SourcePath } from './collect.js';
import { decodeSource } from './decode.js';
import { fileProblem } from './problem.js';
import { readContents } from './read-contents.js';
import type { SourceFile } from './types.js';

/** Reads one source file from disk by its extension: `.yaml`/`.yml`, `.json` or `.csv`. */
export function readSource(source: SourcePath): SourceFile {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(source.absolute);
  } catch (error) {
    return { file: source.shown, services: [], problems: [fileProblem(source.shown, 'unreadable', `cannot be read: ${reason(error)}.`)] };
  }
  const { text, problems } = decodeSource(source.shown, bytes);
  if (text === undefined) return { file: source.shown, services: [], problems };
  const read = readContents(source.shown, text, source.role);
  return { ...read, problems: [...problems, ...read.problems] };
}
