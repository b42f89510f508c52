/** Edit distance between two strings (insertions, deletions, substitutions), capped at `max + 1`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    previous = current;
  }
  return previous[b.length]!;
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
 * → `lgbtq`), else the nearest id or name within a few edits ("grup" → `group`).
 */
export function nearest(word: string, candidates: readonly Candidate[]): string | undefined {
  const wanted = normalise(word);
  if (wanted === '') return undefined;
  let best: { id: string; distance: number } | undefined;
  for (const candidate of candidates) {
    for (const name of [candidate.id, ...(candidate.names ?? [])]) {
      const spelled = normalise(name);
      if (spelled === wanted) return candidate.id;
      const limit = Math.max(2, Math.floor(Math.min(spelled.length, wanted.length) / 3));
      const distance = editDistance(wanted, spelled, limit);
      if (distance <= limit && (!best || distance < best.distance)) best = { id: candidate.id, distance };
    }
  }
  return best?.id;
}
