import { formatPath, type PathSegment } from '@peer-support-kit/core';
import { classify, type Role } from './classify.js';
import { jsonPositions } from './json-positions.js';
import { parseJsonBytes } from './json-read.js';
import { textOf } from './json-scan.js';
import { linePositions } from './line-positions.js';
import { utf8Positions } from './utf8-positions.js';
import type { Origin, SourceFile } from './types.js';

/**
 * Reads a JSON source from its UTF-8 bytes (no byte order mark), with JSON.parse, so it means
 * exactly what JSON says (see json-read.ts for how a large one is read). Where each value is
 * written is looked up in the bytes only when a problem needs it (see json-positions.ts).
 */
export function readJsonBytes(file: string, bytes: Uint8Array, role: Role): SourceFile {
  let value: unknown;
  const read = parseJsonBytes(bytes);
  if (read) value = read.value;
  else {
    // Not valid JSON: JSON.parse of the whole text says why, and where.
    const text = textOf(bytes, 0, bytes.length);
    try {
      value = JSON.parse(text);
    } catch (error) {
      return syntaxError(file, text, error as Error);
    }
  }
  const offsetOf = jsonPositions(bytes);
  const at = utf8Positions(bytes);
  const origin = (base: readonly PathSegment[]): Origin => ({
    file,
    locate: (path) => at(offsetOf([...base, ...path])),
    describe: (path) => formatPath([...base, ...path]) || 'document',
  });
  return classify(file, value, role, origin);
}

/** Reads a JSON source's text (one saved as UTF-16, say). */
export const readJsonFile = (file: string, text: string, role: Role): SourceFile =>
  readJsonBytes(file, new TextEncoder().encode(text), role);

function syntaxError(file: string, text: string, error: Error): SourceFile {
  const { message, offset } = jsonError(error);
  return {
    file,
    services: [],
    problems: [
      {
        severity: 'error',
        code: 'json_syntax',
        path: '',
        where: 'syntax',
        message: `this is not valid JSON: ${message}; nothing in this file was read.`,
        file,
        position: linePositions(text)(offset),
      },
    ],
  };
}

/** Node's JSON errors end with "in JSON at position N" (and, from Node 22, "(line L column C)"). */
function jsonError(error: Error): { message: string; offset: number } {
  const match = /\s*(?:in JSON )?at position (\d+)(?: \(line \d+ column \d+\))?/.exec(error.message);
  const message = error.message.replace(/\s*(?:in JSON )?at position \d+(?: \(line \d+ column \d+\))?/, '').replace(/\.$/, '');
  return { message, offset: match ? Number(match[1]) : 0 };
}
