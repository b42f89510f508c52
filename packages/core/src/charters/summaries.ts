import type { CharterSummary } from './schema.js';
import { sussexPwowSummary } from './sussex-pwow.js';
import { togetherSummary } from './together.js';

/**
 * Every built-in charter's id, title and signatories, in the order `charters` lists them. Pages
 * that name a charter (a service's details, a charter's signatories) import these, not the
 * charters' texts, which only the charter element shows.
 */
export const charterSummaries: readonly CharterSummary[] = [sussexPwowSummary, togetherSummary];

/** The built-in charter's summary with this id, or `undefined`. */
export function getCharterSummary(id: string): CharterSummary | undefined {
  return charterSummaries.find((charter) => charter.id === id);
}
