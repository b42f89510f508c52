/**
 * The part of JSON Schema (draft 2020-12) that our zod schemas generate, which is all the runtime
 * validator understands. The generator refuses any other keyword, so nothing is silently ignored.
 */
export interface SchemaNode {
  readonly type?: 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean';
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: boolean;
  readonly items?: SchemaNode;
  readonly enum?: readonly unknown[];
  readonly pattern?: string;
  /**
   * Our own annotation beside `pattern`: the advice a person gets when a value does not match
   * ("Use a UK postcode, like …"). The generator adds it from validation/formats.ts, so the
   * browser carries only the advice of the patterns a schema uses; the published JSON Schema
   * leaves it out (see `withoutAnnotations`).
   */
  readonly patternMessage?: string;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly exclusiveMinimum?: number;
  readonly exclusiveMaximum?: number;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly default?: unknown;
}

export const SUPPORTED_KEYWORDS: ReadonlySet<string> = new Set([
  'type',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'enum',
  'pattern',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minItems',
  'maxItems',
  'default',
]);

/** A generated schema as published: standard keywords only, so strict validators (ajv) accept it. */
export function withoutAnnotations(node: SchemaNode): SchemaNode {
  const { patternMessage: _message, properties, items, ...rest } = node;
  return {
    ...rest,
    ...(properties
      ? { properties: Object.fromEntries(Object.entries(properties).map(([name, child]) => [name, withoutAnnotations(child)])) }
      : {}),
    ...(items ? { items: withoutAnnotations(items) } : {}),
  };
}
