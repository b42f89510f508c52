import { isolate } from './bidi.js';

/**
 * Fills `%{name}` placeholders, the form every overridable string uses. Text values (names,
 * places, dates: often from the data) are isolated for the bidirectional algorithm, so a
 * right-to-left name or a stray override in it never reorders the sentence around it.
 */
export function format(template: string | undefined, values: Record<string, string | number>): string {
  return (template ?? '').replace(/%\{(\w+)\}/g, (whole, name: string) => {
    if (!(name in values)) return whole;
    const value = values[name]!;
    return typeof value === 'string' ? isolate(value) : String(value);
  });
}
