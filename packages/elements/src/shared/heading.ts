/** A `heading-level` attribute as a level from 2 to `max` (2 when unset or not a number). */
export function headingLevel(value: number | undefined, max: number): number {
  return Math.min(Math.max(Math.trunc(value ?? 2) || 2, 2), max);
}
