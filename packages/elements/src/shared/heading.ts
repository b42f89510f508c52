import { literal, type StaticValue } from 'lit/static-html.js';

/** A `heading-level` attribute as a level from 2 to `max` (2 when unset or not a number). */
export function headingLevel(value: number | undefined, max: number): number {
  return Math.min(Math.max(Math.trunc(value ?? 2) || 2, 2), max);
}

const TAGS: readonly StaticValue[] = [literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/**
 * The heading element for a level, for `lit/static-html.js` templates: `<${tag}>…</${tag}>`.
 * Every heading the elements draw is a real h2–h6 at the level the host asks for (screen reader
 * users move through a page by its headings), never a styled span with a role. Past h6 stays h6.
 */
export function headingTag(level: number): StaticValue {
  return TAGS[Math.min(Math.max(Math.trunc(level), 2), 6) - 2]!;
}
