import type { Service } from '../directory/schema.js';

const RANK_SPAN = 2 ** 20;
const SCORE_STEPS = 2 ** 16;
const MAX_STEPS = 2 ** 28 - 1;

/** Orders services best score first, ties by name. */
export function createRanker(services: readonly Service[]) {
  // Names lower-cased when a tie needs them, not kept: at 10,000 services a list of them would
  // be half a megabyte of a phone's heap, and once the name order is worked out (`prepare`) ties
  // are settled by it.
  const nameOf = (s: number) => services[s]!.name.toLowerCase();
  // The first four letters of each name as a number, so most ties are settled without
  // comparing strings.
  const initials = Int32Array.from(services, (_, s) => {
    const name = nameOf(s);
    let code = 0;
    for (let i = 0; i < 4; i++) code = code * 256 + Math.min(255, name.charCodeAt(i) || 0);
    return code >>> 1;
  });
  let rank: Int32Array | undefined;
  let byName: Int32Array | undefined;
  const scratch = new Float64Array(services.length);

  /**
   * Every service's place in name order (ties in the directory's order), worked out the first
   * time a long list is ordered: the services' numbers sorted by their lower-cased names, made
   * for the sort and let go (at 10,000 services quicker, and with less garbage, than sorting the
   * names tagged with their numbers as strings).
   */
  function rankOf(): [rank: Int32Array, byName: Int32Array] {
    if (!rank || !byName) {
      const names = services.map((_, s) => nameOf(s));
      const order = services.map((_, s) => s);
      order.sort((a, b) => (names[a]! < names[b]! ? -1 : names[a]! > names[b]! ? 1 : a - b));
      byName = new Int32Array(order);
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
      const nameFirst = (a: number, b: number) => {
        // The name order, when worked out, is names then the directory's order, as below.
        if (rank) return rank[a]! < rank[b]!;
        const nameA = nameOf(a);
        const nameB = nameOf(b);
        return nameA < nameB || (nameA === nameB && a < b);
      };
      const better = (a: number, b: number) =>
        step(a) > step(b) || (step(a) === step(b) && (initials[a]! < initials[b]! || (initials[a] === initials[b] && nameFirst(a, b))));
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
    const [place, inOrder] = rankOf();
    const keys = scratch.subarray(0, list.length);
    for (let i = 0; i < list.length; i++) {
      const s = list[i]!;
      keys[i] = (MAX_STEPS + 1 - Math.min(MAX_STEPS, Math.max(0, Math.round(scores[s]! * SCORE_STEPS)))) * RANK_SPAN + place[s]!;
    }
    return Array.from(keys.sort().subarray(0, count), (key) => inOrder[key % RANK_SPAN]!);
  }

  /** Works out the name order now (a few ms at 10k services) rather than on a keystroke. */
  const prepare = () => void rankOf();

  return { best, prepare };
}
