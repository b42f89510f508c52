import { isMap, isScalar, isSeq, parseDocument, visit, type Document } from 'yaml';
import { formatPath, type PathSegment } from '@peer-support-kit/core';
import { classify, type Role } from './classify.js';
import { describeYamlErrors } from './yaml-errors.js';
import { linePositions } from './line-positions.js';
import type { LocatedProblem, Origin, Position, SourceFile } from './types.js';

/** Reads a YAML source: every value with the place it is written, for problems to point at. */
export function readYamlFile(file: string, text: string, role: Role): SourceFile {
  const at = linePositions(text);
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true, keepSourceTokens: false });
  const problem = (position: Position, code: string, message: string, severity: 'error' | 'warning' = 'error'): LocatedProblem => ({
    severity,
    code,
    path: '',
    where: 'syntax',
    message,
    file,
    position,
  });

  if (doc.errors.length > 0) {
    const messages = describeYamlErrors(doc.errors, text, at).map(({ position, message }) => problem(position, 'yaml_syntax', message));
    return { file, services: [], problems: messages };
  }
  const problems: LocatedProblem[] = [];
  problems.push(...quoteNumbers(doc, at, file));
  problems.push(...doc.warnings.map((warning) => problem(at(warning.pos[0]), 'yaml_warning', sentence(warning.message), 'warning')));
  let value: unknown;
  try {
    // A few aliases are fine; thousands are a "billion laughs" file.
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    return {
      file,
      services: [],
      problems: [problem({ line: 1, column: 1 }, 'yaml_syntax', `this YAML cannot be read: ${sentence((error as Error).message)}`)],
    };
  }
  const origin = (base: readonly PathSegment[]): Origin => yamlOrigin(file, doc, at, base);
  const content = classify(file, value, role, origin);
  return { ...content, problems: [...problems, ...content.problems] };
}

function yamlOrigin(file: string, doc: Document, at: (offset: number) => Position, base: readonly PathSegment[]): Origin {
  return {
    file,
    locate: (path) => at(offsetOf(doc, [...base, ...path])),
    describe: (path) => formatPath([...base, ...path]) || 'document',
  };
}

/** Where the value at `path` starts, or the nearest enclosing value that is written. */
function offsetOf(doc: Document, path: readonly PathSegment[]): number {
  let node: unknown = doc.contents;
  let offset = rangeStart(node) ?? 0;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => String(isScalar(item.key) ? item.key.value : item.key) === String(segment));
      if (!pair) break;
      const start = rangeStart(pair.value);
      if (start === undefined) return rangeStart(pair.key) ?? offset; // `website:` with no value
      node = pair.value;
      offset = start;
    } else if (isSeq(node) && typeof segment === 'number' && node.items[segment] !== undefined) {
      node = node.items[segment];
      offset = rangeStart(node) ?? offset;
    } else break;
  }
  return offset;
}

const rangeStart = (node: unknown): number | undefined => (node as { range?: readonly number[] } | null | undefined)?.range?.[0];

const sentence = (text: string) => {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
};

/** Fields whose values look like numbers but are not: YAML would drop a phone number's leading 0. */
const WRITTEN_AS_TEXT = new Set(['phone', 'text', 'postcode', 'charityNumber']);

/**
 * A phone number written without quotes (`phone: 01632960000`) is a number to YAML, which drops
 * its leading 0. Read it as it was written, and warn: the fix is to quote it.
 */
function quoteNumbers(doc: Document, at: (offset: number) => Position, file: string): LocatedProblem[] {
  const warnings: LocatedProblem[] = [];
  visit(doc, {
    Pair(_, pair) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      const value = pair.value;
      if (!WRITTEN_AS_TEXT.has(key) || !isScalar(value) || typeof value.value !== 'number' || !value.source) return;
      const written = value.source;
      value.value = written;
      warnings.push({
        severity: 'warning',
        code: 'unquoted_number',
        path: '',
        where: key,
        message: `${written} is written without quotes, so YAML reads it as a number${written.startsWith('0') ? ' and drops its leading 0' : ''}; it was read as written, but put it in quotes: ${key}: "${written}".`,
        file,
        position: at(value.range?.[0] ?? 0),
      });
    },
  });
  return warnings;
}
