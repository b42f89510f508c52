/**
 * The bytes of a published JSON file: two-space indents and a final newline. Key order is the
 * order the values were built in, so callers put data in a fixed order first (see inSchemaOrder).
 */
export const toJson = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

interface SchemaLike {
  readonly properties?: Readonly<Record<string, SchemaLike>>;
  readonly items?: SchemaLike;
}

/**
 * `value` with every object's keys in the order its JSON Schema lists them, whatever order the
 * source files wrote them in, so the same data always gives the same bytes. What is in that
 * order already is given back as it is, not copied: a checked directory mostly is, and a copy of
 * a national directory is hundreds of megabytes.
 */
export function inSchemaOrder(node: SchemaLike, value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map((item) => inSchemaOrder(node.items ?? {}, item));
    return items.every((item, index) => item === value[index]) ? value : items;
  }
  if (typeof value !== 'object' || value === null) return value;
  const properties = node.properties ?? {};
  const record = value as Record<string, unknown>;
  const ordered: Record<string, unknown> = {};
  for (const key of Object.keys(properties)) {
    if (Object.hasOwn(record, key)) ordered[key] = inSchemaOrder(properties[key]!, record[key]);
  }
  for (const key of Object.keys(record).sort()) if (!Object.hasOwn(ordered, key)) ordered[key] = record[key];
  return sameEntries(ordered, record) ? value : ordered;
}

/** Whether two objects have the same keys in the same order, with the very same values. */
function sameEntries(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(a);
  const others = Object.keys(b);
  return keys.length === others.length && keys.every((key, index) => key === others[index] && a[key] === b[key]);
}
