import { editDistances } from '../search/edit-distance.js';

/**
 * Edit distance between two strings (insertions, deletions, substitutions and swaps of
 * neighbours), capped at `max + 1`: the search's own measure, so suggestions and typo-tolerant
 * search agree on what counts as one typo.
 */
export function editDistance(a: string, b: string, max = 40): number {
  return editDistances(a, b, max)[0];
}

const normalise = (word: string) =>
  word
    .toLowerCase()
    .trim()
    .replace(/[\s_]+/g, '-');

export interface Candidate {
  readonly id: string;
  /** Other spellings that should lead to this id (labels, aliases). */
  readonly names?: readonly string[];
}

/**
 * The candidate a mistyped word most likely meant: an exact match of a label or alias ("LGBT"
 * → `lgbtq`), else the nearest id or name within a few edits ("grup" → `group`). Short words
 * get one edit: two edits turn most four-letter words into another ("cafe" → "call").
 */
export function nearest(word: string, candidates: readonly Candidate[]): string | undefined {
  const wanted = normalise(word);
  if (wanted === '') return undefined;
  let best: { id: string; distance: number } | undefined;
  for (const candidate of candidates) {
    for (const name of [candidate.id, ...(candidate.names ?? [])]) {
      const spelled = normalise(name);
      if (spelled === wanted) return candidate.id;
      const shorter = Math.min(spelled.length, wanted.length);
      const limit = shorter <= 4 ? 1 : Math.max(2, Math.floor(shorter / 3));
      const distance = editDistance(wanted, spelled, limit);
      if (distance <= limit && (!best || distance < best.distance)) best = { id: candidate.id, distance };
    }
  }
  return best?.id;
}
