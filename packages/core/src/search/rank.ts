import type { Service } from '../directory/schema.js';

const RANK_SPAN = 2 ** 20;
const SCORE_STEPS = 2 ** 16;
const MAX_STEPS = 2 ** 28 - 1;

/** Orders services best score first, ties by name. */
export function createRanker(services: readonly Service[]) {
  const names = services.map((service) => service.name.toLowerCase());
  // The first four letters of each name as a number, so most ties are settled without
  // comparing strings.
  const initials = Int32Array.from(names, (name) => {
    let code = 0;
    for (let i = 0; i < 4; i++) code = code * 256 + Math.min(255, name.charCodeAt(i) || 0);
    return code >>> 1;
  });
  let rank: Int32Array | undefined;
  let byName: Int32Array | undefined;
  const scratch = new Float64Array(services.length);

  /**
   * Every service's place in name order, worked out the first time a long list is ordered:
   * names tagged with their (padded) index, sorted as plain strings (faster than with a
   * comparator).
   */
  function rankOf(): [rank: Int32Array, byName: Int32Array] {
    if (!rank || !byName) {
      const tagged = names.map((name, s) => `${name}\u0000${String(s).padStart(7, '0')}`).sort();
      byName = Int32Array.from(tagged, (name) => Number(name.slice(name.lastIndexOf('\u0000') + 1)));
      rank = new Int32Array(services.length);
      byName.forEach((s, r) => (rank![s] = r));
    }
    return [rank, byName];
  }

  /** The best `count` of `list` (service indices), by `scores` (indexed by service), in order. */
  function best(list: ArrayLike<number>, scores: ArrayLike<number>, count: number): number[] {
    if (count <= 0) return [];
    if (count * 8 < list.length) {
      // A page of results: one pass keeping the best few, comparing names only on a tie (the
      // same order as below: scores in the same steps, then names, then the directory's order).
      const step = (s: number) => Math.round(scores[s]! * SCORE_STEPS);
      const better = (a: number, b: number) =>
        step(a) > step(b) ||
        (step(a) === step(b) &&
          (initials[a]! < initials[b]! || (initials[a] === initials[b] && (names[a]! < names[b]! || (names[a] === names[b] && a < b)))));
      const top: number[] = [];
      for (let i = 0; i < list.length; i++) {
        const s = list[i]!;
        if (top.length === count && !better(s, top[count - 1]!)) continue;
        let at = Math.min(top.length, count - 1);
        for (; at > 0 && better(s, top[at - 1]!); at--) top[at] = top[at - 1]!;
        top[at] = s;
      }
      return top;
    }
    // A long list: score and name rank packed into one number, and one numeric sort.
    const [rank, byName] = rankOf();
    const keys = scratch.subarray(0, list.length);
    for (let i = 0; i < list.length; i++) {
      const s = list[i]!;
      keys[i] = (MAX_STEPS + 1 - Math.min(MAX_STEPS, Math.max(0, Math.round(scores[s]! * SCORE_STEPS)))) * RANK_SPAN + rank[s]!;
    }
    return Array.from(keys.sort().subarray(0, count), (key) => byName[key % RANK_SPAN]!);
  }

  /** Works out the name order now (a few ms at 10k services) rather than on a keystroke. */
  const prepare = () => void rankOf();

  return { best, prepare };
}
