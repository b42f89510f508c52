/** Sets of service indices as bits in 32-bit words: one word covers 32 services. */
export type Bitset = Uint32Array;

export const bitset = (size: number): Bitset => new Uint32Array((size + 31) >>> 5);

export const has = (set: Bitset, index: number): boolean => ((set[index >>> 5]! >>> (index & 31)) & 1) === 1;

export function add(set: Bitset, index: number): void {
  set[index >>> 5]! |= 1 << (index & 31);
}

/** Calls `visit` with each member, in ascending order. */
export function forEach(set: Bitset, visit: (index: number) => void): void {
  for (let w = 0; w < set.length; w++) {
    let bits = set[w]!;
    while (bits !== 0) {
      const low = bits & -bits;
      visit((w << 5) + 31 - Math.clz32(low));
      bits ^= low;
    }
  }
}

/** How many bits of a 32-bit word are set. */
export function popcount(bits: number): number {
  bits -= (bits >>> 1) & 0x55555555;
  bits = (bits & 0x33333333) + ((bits >>> 2) & 0x33333333);
  return (((bits + (bits >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
