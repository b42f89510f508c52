import { charterJsonSchema } from '../generated/schemas.js';
import { check } from '../validation/check.js';
import type { Issue } from '../validation/issue.js';
import { problemsFromIssues } from '../validation/issues-to-problems.js';
import { formatPath, type Problem } from '../validation/problem.js';
import { charterRules } from './rules.js';
import type { Charter } from './schema.js';
import { sussexPwow } from './sussex-pwow.js';
import { together } from './together.js';

/** Every built-in charter, in the order a picker should list them. */
export const charters: readonly Charter[] = [sussexPwow, together];

export { charterSummaries, getCharterSummary } from './summaries.js';

/** The built-in charter with this id, or `undefined`. */
export function getCharter(id: string): Charter | undefined {
  return charters.find((charter) => charter.id === id);
}

export type CharterResult =
  | { readonly ok: true; readonly charter: Charter; readonly problems: readonly Problem[] }
  | { readonly ok: false; readonly charter?: undefined; readonly problems: readonly Problem[] };

/**
 * Validates a charter document that a network publishes (a JSON string or a parsed value).
 * Never throws: a bad document gives problems that name the field path, such as
 * `principles[2].name`. Fields this version does not know are ignored with a warning. Like
 * parseDirectory, it runs the JSON Schema generated from the zod schema, so browsers need no zod.
 */
export function parseCharter(input: unknown): CharterResult {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (error) {
      return {
        ok: false,
        problems: [
          {
            severity: 'error',
            code: 'not_json',
            path: '',
            message: `is not valid JSON (${(error as Error).message}).`,
          },
        ],
      };
    }
  }
  const issues: Issue[] = [];
  const warnings: Problem[] = [];
  const charter = check(charterJsonSchema, value, [], issues, {
    unknownField: (path) =>
      warnings.push({
        severity: 'warning',
        code: 'unknown_field',
        path: formatPath(path),
        message: 'is not a field this version knows, so it was ignored.',
      }),
  }) as Charter;
  // The rules read only the principles: run them when those are sound, so one reading reports all.
  if (!issues.some((issue) => issue.path.length === 0 || issue.path[0] === 'principles')) {
    for (const rule of charterRules(charter)) issues.push({ code: 'custom', ...rule });
  }
  const errors = problemsFromIssues(issues);
  if (errors.length > 0) return { ok: false, problems: [...warnings, ...errors] };
  return { ok: true, charter, problems: warnings };
}

export { charterSchema, principleSchema, charterSourceSchema, slugSchema } from './schema.js';
export type { Charter, CharterSummary, Principle, CharterSource } from './schema.js';
