import { problemsFromIssues } from '../validation/zod-problems.js';
import type { Problem } from '../validation/problem.js';
import { charterSchema, type Charter } from './schema.js';
import { sussexPwow } from './sussex-pwow.js';
import { together } from './together.js';

/** Every built-in charter, in the order a picker should list them. */
export const charters: readonly Charter[] = [sussexPwow, together];

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
 * `principles[2].name`.
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
  const result = charterSchema.safeParse(value, { reportInput: true });
  if (result.success) return { ok: true, charter: result.data, problems: [] };
  return { ok: false, problems: problemsFromIssues(result.error.issues) };
}

export { charterSchema, principleSchema, charterSourceSchema, slugSchema } from './schema.js';
export type { Charter, Principle, CharterSource } from './schema.js';
