import type { PathSegment } from '@peer-support-kit/core';
import { CLOSE_BRACKET, COMMA, OPEN_BRACE, OPEN_BRACKET, QUOTE, skipSpace, skipString, skipValue, stringAt } from './json-scan.js';

// Where a value is in a JSON source, found only when a problem needs it. Holding a syntax tree of
// the whole file for that (as YAML's parser makes) takes gigabytes for a national directory of
// 100,000 services, which all but never needs a position: this walks the bytes themselves
// instead, from the start of one object or list to the next, and remembers only the largest.

/** Containers longer than this are indexed once and kept; shorter ones cost less to walk again. */
const KEEP_INDEX_LONGER_THAN = 4096;

/** Where an object's values or a list's items start: by key (the last of a repeated key, as JSON.parse keeps it) or by index. */
type ContainerIndex = Map<string, number> | number[];

/**
 * For the UTF-8 bytes of a JSON text that JSON.parse reads without error: the offset of the
 * byte where the value at `path` starts (its opening quote, bracket, brace or first character),
 * or, when the path goes where the text has nothing, where the nearest enclosing value starts.
 */
export function jsonPositions(bytes: Uint8Array): (path: readonly PathSegment[]) => number {
  const kept = new Map<number, ContainerIndex>();
  const indexAt = (start: number): ContainerIndex => {
    const known = kept.get(start);
    if (known) return known;
    const { index, end } = bytes[start] === OPEN_BRACE ? objectIndex(bytes, start) : listIndex(bytes, start);
    if (end - start > KEEP_INDEX_LONGER_THAN) kept.set(start, index);
    return index;
  };
  return (path) => {
    let offset = skipSpace(bytes, 0);
    for (const segment of path) {
      const first = bytes[offset];
      let next: number | undefined;
      if (first === OPEN_BRACE) next = (indexAt(offset) as Map<string, number>).get(String(segment));
      else if (first === OPEN_BRACKET && typeof segment === 'number') next = (indexAt(offset) as number[])[segment];
      if (next === undefined) break;
      offset = next;
    }
    return offset;
  };
}

/** The start of each value of the object whose `{` is at `start`, by key, and where it ends. */
function objectIndex(bytes: Uint8Array, start: number): { index: Map<string, number>; end: number } {
  const index = new Map<string, number>();
  let at = skipSpace(bytes, start + 1);
  while (bytes[at] === QUOTE) {
    const keyEnd = skipString(bytes, at);
    const value = skipSpace(bytes, skipSpace(bytes, keyEnd) + 1); // past the colon
    index.set(stringAt(bytes, at, keyEnd), value);
    at = skipSpace(bytes, skipValue(bytes, value));
    if (bytes[at] === COMMA) at = skipSpace(bytes, at + 1);
  }
  return { index, end: at + 1 };
}

/** The start of each item of the list whose `[` is at `start`, and where it ends. */
function listIndex(bytes: Uint8Array, start: number): { index: number[]; end: number } {
  const index: number[] = [];
  let at = skipSpace(bytes, start + 1);
  while (bytes[at] !== CLOSE_BRACKET && at < bytes.length) {
    index.push(at);
    at = skipSpace(bytes, skipValue(bytes, at));
    if (bytes[at] === COMMA) at = skipSpace(bytes, at + 1);
  }
  return { index, end: at + 1 };
}
