import { LineCounter } from 'yaml';
import type { Position } from './types.js';

/**
 * Offset → line and column in `text`. The line starts are counted the first time a position is
 * asked for, not before: a file with no problems (most of them, and a national directory's
 * millions of lines) never pays for them.
 */
export function linePositions(text: string): (offset: number) => Position {
  let lines: LineCounter | undefined;
  return (offset) => {
    lines ??= lineCounterOf(text);
    const { line, col } = lines.linePos(offset);
    return { line, column: col };
  };
}

/**
 * yaml's LineCounter, given every line start of `text`: one count for YAML's errors and
 * JSON.parse's alike. Not the one parseDocument can fill as it parses: that one misses the
 * newlines inside text the parser cannot read, so an error after such text, in broken YAML or
 * JSON, would be placed a line or more too early.
 */
function lineCounterOf(text: string): LineCounter {
  const lines = new LineCounter();
  lines.addNewLine(0);
  for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', end + 1)) lines.addNewLine(end + 1);
  return lines;
}
