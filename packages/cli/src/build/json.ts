/**
 * The bytes of a published JSON file: two-space indents and a final newline. Key order is the
 * order the values were built in (the schema's field order for directory data), which depends
 * only on the inputs, so the same inputs always give the same bytes.
 */
export const toJson = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/** Compares ids by code unit, not by locale, so the order is the same on every machine. */
export const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
