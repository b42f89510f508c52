import type { Position } from './types.js';

/** On a line longer than this, the columns at every multiple of it are counted once and kept. */
const STEP = 1 << 16;
const NEWLINE = 0x0a;

/**
 * Offset in UTF-8 bytes → line and column, the column in UTF-16 units as JavaScript strings,
 * yaml's LineCounter and editors count them (an emoji is two). Nothing is counted until a
 * position is asked for; then the line starts, once. A minified file is one long line: there the
 * columns at every 64 KB are counted once, so no position costs more than 64 KB of counting.
 */
export function utf8Positions(bytes: Uint8Array): (offset: number) => Position {
  let starts: Uint32Array | undefined;
  const marks = new Map<number, Uint32Array>();
  const marksOf = (line: number): Uint32Array => {
    let known = marks.get(line);
    if (!known) marks.set(line, (known = columnMarks(bytes, starts![line]!, lineEnd(bytes, starts![line]!))));
    return known;
  };
  return (offset) => {
    starts ??= lineStarts(bytes);
    const line = lineOf(starts, offset);
    const start = starts[line]!;
    const step = Math.floor((offset - start) / STEP);
    const counted = step > 0 ? marksOf(line)[step - 1]! : 0;
    return { line: line + 1, column: counted + utf16Units(bytes, start + step * STEP, offset) + 1 };
  };
}

/** Where each line starts: 0, and after each line feed. */
function lineStarts(bytes: Uint8Array): Uint32Array {
  let count = 1;
  for (let at = bytes.indexOf(NEWLINE); at !== -1; at = bytes.indexOf(NEWLINE, at + 1)) count++;
  const starts = new Uint32Array(count);
  let line = 1;
  for (let at = bytes.indexOf(NEWLINE); at !== -1; at = bytes.indexOf(NEWLINE, at + 1)) starts[line++] = at + 1;
  return starts;
}

/** The line (from 0) that holds `offset`: the last that starts at or before it. */
function lineOf(starts: Uint32Array, offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

const lineEnd = (bytes: Uint8Array, start: number) => {
  const end = bytes.indexOf(NEWLINE, start);
  return end === -1 ? bytes.length : end;
};

/** The UTF-16 units from a line's start to each multiple of STEP bytes along it. */
function columnMarks(bytes: Uint8Array, start: number, end: number): Uint32Array {
  const marks = new Uint32Array(Math.floor((end - start) / STEP));
  let units = 0;
  for (let step = 0; step < marks.length; step++) {
    units += utf16Units(bytes, start + step * STEP, start + (step + 1) * STEP);
    marks[step] = units;
  }
  return marks;
}

/**
 * How many UTF-16 units the UTF-8 bytes `start` to `end` make: one for each character's first
 * byte (any byte but 10xxxxxx), and one more for a four-byte character. A character split
 * between two counts is counted where it starts, so counts add up.
 */
function utf16Units(bytes: Uint8Array, start: number, end: number): number {
  let units = 0;
  for (let at = start; at < end; at++) {
    const byte = bytes[at]!;
    if ((byte & 0xc0) !== 0x80) units += byte >= 0xf0 ? 2 : 1;
  }
  return units;
}
