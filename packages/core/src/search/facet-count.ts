import { bitset, popcount, type Bitset } from './bitset.js';
import type { FacetIndex } from './facet-index.js';

/** The chosen terms of one filter group, as the set of services with any of them. */
export interface Chosen {
  readonly group: number;
  readonly set: Bitset;
}

export interface Counted {
  /** For each term (by number), how many services would match if it were chosen. */
  readonly counts: Int32Array;
  /** The services that pass every condition. */
  readonly passing: Bitset;
}

/**
 * Counts every facet with set operations on 32 services at a time, never service by service.
 * A group's terms count the services that pass every condition but that group's own filter
 * (what the person would get by choosing the term). Without text the counts are kept for the
 * next search with the same conditions (the whole list, shown first and after every filter).
 */
export function createFacetCounter(facets: FacetIndex, size: number) {
  const { sets, members, groupOf } = facets;
  const words = (size + 31) >>> 5;
  const termsOf = Array.from({ length: Math.max(0, ...groupOf) + 1 }, (_, g) => [...groupOf.keys()].filter((t) => groupOf[t] === g));
  const inText = bitset(size);
  const busy = new Int32Array(words);
  let kept: (Counted & { key: string }) | undefined;

  /** Sets `counts[t]` to the size of `among` ∩ term t, for each of `terms`. */
  function countInto(counts: Int32Array, among: Bitset, terms: readonly number[]): void {
    // Only the words of `among` with a service in them: few when the text narrows things down.
    let n = 0;
    for (let w = 0; w < words; w++) if (among[w] !== 0) busy[n++] = w;
    for (const t of terms) {
      const list = members[t];
      let count = 0;
      if (list && list.length < n) {
        // A term with few services (a town, say): look each one up.
        for (let i = 0; i < list.length; i++) count += (among[list[i]! >>> 5]! >>> (list[i]! & 31)) & 1;
      } else {
        const set = sets[t]!;
        for (let i = 0; i < n; i++) {
          const both = among[busy[i]!]! & set[busy[i]!]!;
          if (both !== 0) count += popcount(both);
        }
      }
      counts[t] = count;
    }
  }

  /** `key` names the conditions (`base` and `chosen`); `text` lists the services the text matches. */
  return function count(key: string, base: Bitset, chosen: readonly Chosen[], text: Int32Array | undefined): Counted {
    if (!text && kept?.key === key) return { counts: kept.counts.slice(), passing: kept.passing };
    let candidates = base;
    if (text) {
      inText.fill(0);
      for (let i = 0; i < text.length; i++) inText[text[i]! >>> 5]! |= 1 << (text[i]! & 31);
      for (let w = 0; w < words; w++) inText[w]! &= base[w]!;
      candidates = inText;
    }
    const allBut = (skip: number) => {
      const set = candidates.slice();
      for (let c = 0; c < chosen.length; c++) if (c !== skip) for (let w = 0; w < words; w++) set[w]! &= chosen[c]!.set[w]!;
      return set;
    };
    const passing = allBut(-1);
    const counts = new Int32Array(groupOf.length);
    const open = termsOf.filter((_, g) => !chosen.some((c) => c.group === g)).flat();
    countInto(counts, passing, open);
    chosen.forEach((c, i) => countInto(counts, allBut(i), termsOf[c.group]!));
    if (!text) kept = { key, counts: counts.slice(), passing };
    return { counts, passing };
  };
}
