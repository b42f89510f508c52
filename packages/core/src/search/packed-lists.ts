const NONE: readonly number[] = [];

/**
 * Posting lists packed word after word into one typed array once built: a phone holds two
 * arrays rather than one per word (tens of thousands in a national directory).
 */
export class PackedLists {
  constructor(
    private readonly starts: Int32Array,
    private readonly postings: Int32Array,
  ) {}

  /** Word `n`'s list: empty for a word it does not have. */
  of(n: number): ArrayLike<number> {
    return n + 1 < this.starts.length ? this.postings.subarray(this.starts[n]!, this.starts[n + 1]!) : NONE;
  }
}

/** `array`, in a new array of at least `size` (doubling, so adding stays cheap), the rest `fill`. */
function grown(array: Int32Array, size: number, fill = 0): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(Math.max(size, array.length * 2));
  bigger.set(array);
  if (fill !== 0) bigger.fill(fill, array.length);
  return bigger;
}

/**
 * Postings gathered as they are found, word and posting side by side in two growing typed
 * arrays, then packed. Not an array per word while a directory is indexed: at 10,000 services
 * those tens of thousands of small arrays were a phone's JavaScript heap's largest part.
 */
export class PostingsBuilder {
  private words = new Int32Array(4096);
  private postings = new Int32Array(4096);
  private length = 0;
  /** Each word's latest posting: a word twice in one field of a service is listed once. */
  private latest = new Int32Array(1024).fill(-1);
  private wordCount = 0;

  add(word: number, posting: number): void {
    if (word >= this.latest.length) this.latest = grown(this.latest, word + 1, -1);
    if (this.latest[word] === posting) return;
    this.latest[word] = posting;
    this.wordCount = Math.max(this.wordCount, word + 1);
    if (this.length === this.words.length) {
      this.words = grown(this.words, this.length + 1);
      this.postings = grown(this.postings, this.length + 1);
    }
    this.words[this.length] = word;
    this.postings[this.length++] = posting;
  }

  /** The lists, packed by a counting sort on the word, which keeps each word's postings in the order they came. */
  pack(): PackedLists {
    const starts = new Int32Array(this.wordCount + 1);
    for (let i = 0; i < this.length; i++) starts[this.words[i]! + 1]!++;
    for (let n = 0; n < this.wordCount; n++) starts[n + 1]! += starts[n]!;
    const next = starts.slice(0, this.wordCount);
    const postings = new Int32Array(this.length);
    for (let i = 0; i < this.length; i++) postings[next[this.words[i]!]!++] = this.postings[i]!;
    return new PackedLists(starts, postings);
  }
}
