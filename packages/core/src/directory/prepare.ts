import type * as z from 'zod/mini';
import { nearest, type Candidate } from '../validation/suggest.js';
import { formatPath, type PathSegment, type Problem } from '../validation/problem.js';
import { vocabularies } from './vocabularies.js';

type Def = { type: string; shape?: Record<string, z.core.$ZodType>; innerType?: z.core.$ZodType; element?: z.core.$ZodType; entries?: Record<string, string> };

const defOf = (schema: z.core.$ZodType) => schema._zod.def as unknown as Def;

/** Labels and aliases of every vocabulary term, so "LGBT" suggests `lgbtq`. */
const termNames = new Map<string, readonly string[]>();
for (const vocab of Object.values(vocabularies)) {
  for (const term of vocab.terms) termNames.set(term.id, [term.label, ...(term.aliases ?? [])]);
}

export function termCandidates(ids: readonly string[]): Candidate[] {
  return ids.map((id) => ({ id, names: termNames.get(id) ?? [] }));
}

export interface PrepareOptions {
  /** `drop` (the default): an unknown term in a list is left out with a warning. `error`: it is an error. */
  readonly unknownTerms?: 'drop' | 'error';
}

/**
 * Before strict validation: removes fields the schema does not know (a warning each, with the
 * nearest known field suggested) and, unless asked not to, unknown terms in vocabulary lists
 * (a warning each, with the nearest term suggested). A newer minor version of the format may add
 * fields and terms; an older reader keeps every service and says what it ignored.
 * Returns a cleaned copy; the input is not changed.
 */
export function prepare(
  schema: z.core.$ZodType,
  value: unknown,
  path: PathSegment[],
  problems: Problem[],
  options: PrepareOptions,
): unknown {
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
    case 'default':
    case 'nullable':
      return value === undefined ? value : prepare(def.innerType!, value, path, problems, options);
    case 'object':
      return isPlainObject(value) ? prepareObject(def.shape!, value, path, problems, options) : value;
    case 'array': {
      if (!Array.isArray(value)) return value;
      const element = unwrap(def.element!);
      const entries = defOf(element).type === 'enum' ? defOf(element).entries : undefined;
      if (entries && options.unknownTerms !== 'error') return dropUnknownTerms(Object.values(entries), value, path, problems);
      return value.map((item, index) => prepare(def.element!, item, [...path, index], problems, options));
    }
    default:
      return value;
  }
}

function prepareObject(
  shape: Record<string, z.core.$ZodType>,
  value: Record<string, unknown>,
  path: PathSegment[],
  problems: Problem[],
  options: PrepareOptions,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const known = Object.keys(shape);
  for (const [key, item] of Object.entries(value)) {
    const field = shape[key];
    if (field) {
      out[key] = prepare(field, item, [...path, key], problems, options);
      continue;
    }
    const suggestion = nearest(key, known.map((id) => ({ id })));
    problems.push({
      severity: 'warning',
      code: 'unknown_field',
      path: formatPath([...path, key]),
      message: `is not a field this version knows, so it was ignored${suggestion ? `; did you mean "${suggestion}"?` : '.'}`,
      ...(suggestion ? { suggestion } : {}),
    });
  }
  return out;
}

function dropUnknownTerms(ids: readonly string[], value: unknown[], path: PathSegment[], problems: Problem[]): unknown[] {
  const kept: unknown[] = [];
  value.forEach((term, index) => {
    if (typeof term !== 'string' || ids.includes(term)) {
      kept.push(term); // known terms, and wrong types that strict validation will report
      return;
    }
    const suggestion = nearest(term, termCandidates(ids));
    problems.push({
      severity: 'warning',
      code: 'unknown_term',
      path: formatPath([...path, index]),
      message:
        `"${term}" is not a known term, so it was left out` +
        (suggestion ? `; did you mean "${suggestion}"?` : `; known terms: ${ids.join(', ')}.`),
      ...(suggestion ? { suggestion } : {}),
    });
  });
  return kept;
}

function unwrap(schema: z.core.$ZodType): z.core.$ZodType {
  let current = schema;
  while (['optional', 'default', 'nullable'].includes(defOf(current).type)) current = defOf(current).innerType!;
  return current;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
