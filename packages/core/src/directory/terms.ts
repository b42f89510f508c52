import type { Candidate } from '../validation/suggest.js';
import { vocabularies } from './vocabularies.js';

/** Labels and aliases of every vocabulary term, so "LGBT" suggests `lgbtq`. */
const termNames = new Map<string, readonly string[]>();
for (const vocab of Object.values(vocabularies)) {
  for (const term of vocab.terms) termNames.set(term.id, [term.label, ...(term.aliases ?? [])]);
}

/** The ids as candidates for a suggestion, each with its label and aliases. */
export function termCandidates(ids: readonly string[]): Candidate[] {
  return ids.map((id) => ({ id, names: termNames.get(id) ?? [] }));
}
