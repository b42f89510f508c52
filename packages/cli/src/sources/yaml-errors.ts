import type { YAMLError } from 'yaml';
import type { Position } from './types.js';

/** A YAML syntax error as a volunteer can act on it: where, and what to do. */
export interface YamlSyntaxProblem {
  readonly position: Position;
  readonly message: string;
}

const INDENT_CODES = new Set(['BAD_INDENT', 'BLOCK_AS_IMPLICIT_KEY', 'MULTILINE_IMPLICIT_KEY']);
/** The reader calls an unclosed `[` or `{` an indentation error; it is a missing bracket. */
const unclosed = (error: YAMLError) => /^Flow (sequence|mapping)/.test(error.message) || error.code === 'MISSING_CHAR';

const indentOf = (line: string) => /^ */.exec(line)![0].length;
/** "a and b", "a, b and c". */
const and = (items: readonly string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

/**
 * The YAML reader's errors in plain words with the fix. One mistake is one problem: the reader
 * reports a wrongly indented line two or three ways, and a tab once per line that has one, so
 * errors are grouped by cause and line. Indentation errors point at the line that is out of line
 * (the reader points at the value above it), with the column its neighbours start at.
 */
export function describeYamlErrors(errors: readonly YAMLError[], text: string, at: (offset: number) => Position): YamlSyntaxProblem[] {
  const lines = text.split(/\r?\n/);
  const tabs = errors.filter((error) => error.code === 'TAB_AS_INDENT').map((error) => at(error.pos[0]));
  if (tabs.length) {
    const where =
      tabs.length === 1
        ? 'this line starts with a tab'
        : `this line and ${and(tabs.slice(1).map((p) => `line ${p.line}`))} start with a tab`;
    // A tab throws the reader off for the lines after it too: what else it reports is noise.
    return [
      {
        position: { line: tabs[0]!.line, column: 1 },
        message: `${where}: YAML indents with spaces only. Replace each tab with spaces (two for each level).`,
      },
    ];
  }
  const problems: YamlSyntaxProblem[] = [];
  const seenLines = new Set<number>();
  for (const error of errors) {
    if (error.code === 'TAB_AS_INDENT') continue;
    const position = at(error.pos[0]);
    if (unclosed(error)) {
      if (seenLines.has(position.line)) continue;
      seenLines.add(position.line);
      const bracket = /Flow mapping/.test(error.message) ? '{ … }' : '[ … ]';
      problems.push({
        position,
        message: `a list ${bracket} above this line is not closed: end it on the line it starts. Nothing in this file was read. (The YAML reader says: ${brief(error.message)})`,
      });
      continue;
    }
    if (INDENT_CODES.has(error.code)) {
      const bad = misindentedLine(lines, position.line);
      if (seenLines.has(bad.line)) continue;
      seenLines.add(bad.line);
      problems.push({
        position: { line: bad.line, column: bad.found + 1 },
        message:
          (bad.expected === undefined
            ? `the indent of this line does not fit the lines around it. Line it up with the other fields at its level (two spaces for each level). (The YAML reader says: ${brief(error.message)})`
            : `this line is indented ${bad.found} spaces, but the lines it belongs with start at column ${bad.expected + 1}: line it up with them (two spaces for each level).`) +
          ' Nothing in this file was read.',
      });
      continue;
    }
    if (seenLines.has(position.line)) continue;
    seenLines.add(position.line);
    problems.push({ position, message: plainMessage(error) });
  }
  return problems;
}

/**
 * The line that breaks the indentation near `line`: the first line after it indented deeper
 * though the line above it already holds a value (`email: a@example.org` then `   phone:`), with
 * the indent of its siblings. Falls back to the line the reader named.
 */
function misindentedLine(lines: readonly string[], line: number): { line: number; found: number; expected?: number } {
  for (let i = line - 1; i < Math.min(lines.length - 1, line + 3); i++) {
    const above = lines[i]!;
    const below = lines[i + 1]!;
    if (!below.trim() || below.trim().startsWith('#')) continue;
    const holdsValue = /:\s*\S/.test(above) && !/:\s*[|>][-+]?\s*$/.test(above) && !above.trim().startsWith('- ');
    if (holdsValue && indentOf(below) > indentOf(above)) return { line: i + 2, found: indentOf(below), expected: indentOf(above) };
  }
  return { line, found: indentOf(lines[line - 1] ?? '') };
}

function plainMessage(error: YAMLError): string {
  switch (error.code) {
    case 'DUPLICATE_KEY':
      return 'this field is written twice at the same level; keep one of them.';
    default:
      return `this is not valid YAML: ${brief(error.message)} Nothing in this file was read.`;
  }
}

/** The reader's message without the quoted source it appends ("at line 2, column 1: …"). */
function brief(message: string): string {
  const first = message
    .split(/ at line \d+, column \d+/)[0]!
    .trim()
    .replace(/\s+/g, ' ');
  return /[.!?]$/.test(first) ? first : `${first}.`;
}
