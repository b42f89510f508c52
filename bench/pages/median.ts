/** The median, a figure not seen counting as later than any seen; undefined when that is the median. */
export function median(values: ReadonlyArray<number | undefined>): number | undefined {
  const sorted = values.map((value) => value ?? Infinity).sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return Number.isFinite(value) ? value : undefined;
}
