/** The longest word compared letter by letter; longer words only match exactly or by prefix. */
export const MAX_FUZZY_LENGTH = 40;

const rows = [0, 1, 2].map(() => new Int32Array(MAX_FUZZY_LENGTH + 1));

/**
 * Edit distances from `typed` to `word` and to the closest start of `word` (for a word still
 * being typed: "eatti" is one edit from "eati…"). Insertions, deletions, substitutions and a
 * swap of neighbours ("hte") count one each. A distance over `max` is reported as `max + 1`.
 */
export function editDistances(typed: string, word: string, max: number): [whole: number, prefix: number] {
  const m = typed.length;
  const n = Math.min(word.length, MAX_FUZZY_LENGTH);
  let [before, previous, current] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= n; j++) previous[j] = j;
  for (let i = 1; i <= m; i++) {
    current[0] = i;
    let rowMin = i;
    const a = typed.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const b = word.charCodeAt(j - 1);
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a === b ? 0 : 1));
      if (i > 1 && j > 1 && a === word.charCodeAt(j - 2) && b === typed.charCodeAt(i - 2)) d = Math.min(d, before[j - 2]! + 1);
      current[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return [max + 1, max + 1];
    [before, previous, current] = [previous, current, before];
  }
  let prefix = max + 1;
  for (let j = 0; j <= n; j++) if (previous[j]! < prefix) prefix = previous[j]!;
  return [word.length > n ? max + 1 : Math.min(previous[n]!, max + 1), prefix];
}
