import { hashOf, type Words } from './normalize.js';

/**
 * Word keys by number, in an open-addressing hash table, so a word of the text is found from
 * its hash without making a string of it (only new words become strings).
 */
export class Dictionary {
  readonly words: string[] = [];
  private readonly hashes: number[] = [];
  private slots = new Int32Array(1 << 12).fill(-1);

  /** The number of the scanner's current word, added if new. */
  numberOfWord(scan: Words): number {
    const { hash } = scan;
    let slot = hash & (this.slots.length - 1);
    for (let n = this.slots[slot]!; n !== -1; n = this.slots[slot]!) {
      if (this.hashes[n] === hash && scan.is(this.words[n]!)) return n;
      slot = (slot + 1) & (this.slots.length - 1);
    }
    return this.insert(scan.key(), hash, slot);
  }

  /** The number of a key, added if new. */
  numberOf(key: string): number {
    const hash = hashOf(key);
    let slot = hash & (this.slots.length - 1);
    for (let n = this.slots[slot]!; n !== -1; n = this.slots[slot]!) {
      if (this.words[n] === key) return n;
      slot = (slot + 1) & (this.slots.length - 1);
    }
    return this.insert(key, hash, slot);
  }

  private insert(key: string, hash: number, slot: number): number {
    const n = this.words.push(key) - 1;
    this.hashes.push(hash);
    this.slots[slot] = n;
    if (this.words.length * 2 > this.slots.length) {
      // Keep the table at most half full, so probes stay short.
      this.slots = new Int32Array(this.slots.length * 2).fill(-1);
      this.hashes.forEach((h, m) => {
        let at = h & (this.slots.length - 1);
        while (this.slots[at] !== -1) at = (at + 1) & (this.slots.length - 1);
        this.slots[at] = m;
      });
    }
    return n;
  }
}
