import type * as z from 'zod/mini';
import { slugify } from '../directory/slugify.js';
import { describeIssue } from '../validation/describe-issue.js';
import { WITHOUT_EVAL } from '../validation/parse-context.js';
import type { Found } from './import-attributes.js';
import type { Report, ServiceRef } from './input.js';

/**
 * Checks one value against the directory schema's own rule for that field before it goes into
 * a service. A bad value costs only itself (a warning, at its place in the input), not the whole
 * service, as it would if the finished service failed `parseDirectory`.
 */
export function accept<T>(
  schema: z.ZodMiniType<T>,
  value: unknown,
  report: Report,
  path: string,
  service?: ServiceRef,
): Exclude<T, undefined> | undefined {
  if (value === undefined) return undefined;
  const result = schema.safeParse(value, { ...WITHOUT_EVAL, reportInput: true });
  if (result.success) return result.data as Exclude<T, undefined>;
  const issue = result.error.issues[0];
  const why = issue ? describeIssue(issue) : 'is not valid here.';
  report.warn(path, 'invalid_value', `${why} It was left out.`, service);
  return undefined;
}

/**
 * `"Test Town Café"` → `test-town-cafe`: an id for a record that has none of ours, or `fallback`
 * when the name gives none. At most 60 characters, so uniqueId's `-2`, `-3` … stay within the 80
 * an id may have.
 */
export function idFromName(name: string, fallback: string): string {
  return slugify(name, 60) || fallback;
}

/** `base`, or `base-2`, `base-3` … whichever is not yet taken (and takes it). */
export function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** Each value checked on its own against a list field, so one bad entry costs only itself. */
export function acceptEach<T>(
  schema: Parameters<typeof accept<T[]>>[0],
  values: ReadonlyArray<Found<unknown>>,
  max: number,
  what: string,
  report: Report,
  ref: ServiceRef,
): T[] | undefined {
  const kept: T[] = [];
  for (const found of values) {
    const [value] = accept(schema, [found.value], report, found.path, ref) ?? [];
    if (value === undefined) continue;
    if (kept.some((k) => JSON.stringify(k) === JSON.stringify(value))) continue;
    if (kept.length === max) {
      report.warn(found.path, 'not_imported', `is past the ${max} ${what} a service can list, so it was left out.`, ref);
      continue;
    }
    kept.push(value);
  }
  return kept.length ? kept : undefined;
}

/** A JSON object carried in an attribute's value (our links and sources). */
export function parseJson(found: Found, report: Report, ref: ServiceRef): Found<unknown> | undefined {
  try {
    return { value: JSON.parse(found.value), path: found.path };
  } catch {
    report.warn(found.path, 'invalid_value', 'should be a JSON object, but it is not valid JSON, so it was left out.', ref);
    return undefined;
  }
}
