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
 * source files wrote them in, so the same data always gives the same bytes.
 */
export function inSchemaOrder(node: SchemaLike, value: unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => inSchemaOrder(node.items ?? {}, item));
  if (typeof value !== 'object' || value === null) return value;
  const properties = node.properties ?? {};
  const record = value as Record<string, unknown>;
  const ordered: Record<string, unknown> = {};
  for (const key of Object.keys(properties)) {
    if (Object.hasOwn(record, key)) ordered[key] = inSchemaOrder(properties[key]!, record[key]);
  }
  for (const key of Object.keys(record).sort()) if (!Object.hasOwn(ordered, key)) ordered[key] = record[key];
  return ordered;
}
