import { formatMessage } from './formats.js';
import type { Issue } from './issue.js';
import type { SchemaNode } from './json-schema.js';
import type { PathSegment } from './problem.js';

/** What to do with what a newer version of the format may add. */
export interface CheckHooks {
  /** A field the schema does not know: reported here and dropped. Without a hook it is an error. */
  readonly unknownField?: (path: readonly PathSegment[], key: string, known: readonly string[]) => void;
  /** A term outside a list's vocabulary: return true to drop it (reported by the hook), false for an error. */
  readonly unknownTerm?: (path: readonly PathSegment[], term: string, allowed: readonly string[]) => boolean;
}

const patterns = new Map<string, RegExp>();
const regex = (source: string) => patterns.get(source) ?? patterns.set(source, new RegExp(source)).get(source)!;

const EXPECTED: Record<string, string> = { integer: 'int' };

/**
 * Checks `value` against a JSON Schema node and returns it with defaults filled in (a new value;
 * the input is not changed). Issues are pushed to `issues`. This small interpreter is what the
 * browser runs instead of zod; the zod schemas generate the JSON Schema it reads, and tests show
 * the two agree.
 */
export function check(
  node: SchemaNode,
  value: unknown,
  path: PathSegment[],
  issues: Issue[],
  hooks: CheckHooks = {},
): unknown {
  const issue = (fields: Omit<Issue, 'path' | 'input'>, input: unknown = value) =>
    issues.push({ path, input, ...fields });

  if (node.enum) {
    if (!node.enum.includes(value)) issue({ code: 'invalid_value', values: node.enum, message: 'invalid value' });
    return value;
  }
  switch (node.type) {
    case 'object': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        issue({ code: 'invalid_type', expected: 'object', message: 'expected object' });
        return value;
      }
      return checkObject(node, value as Record<string, unknown>, path, issues, hooks);
    }
    case 'array': {
      if (!Array.isArray(value)) {
        issue({ code: 'invalid_type', expected: 'array', message: 'expected array' });
        return value;
      }
      const items = node.items ?? {};
      const out: unknown[] = [];
      value.forEach((item, index) => {
        const unknownTerm = items.enum && !items.enum.includes(item) && typeof item === 'string';
        if (unknownTerm && hooks.unknownTerm?.([...path, index], item, items.enum as string[])) return;
        out.push(check(items, item, [...path, index], issues, hooks));
      });
      if (node.minItems !== undefined && value.length < node.minItems) {
        issue({ code: 'too_small', origin: 'array', minimum: node.minItems, inclusive: true, message: 'too few items' });
      }
      if (node.maxItems !== undefined && value.length > node.maxItems) {
        issue({ code: 'too_big', origin: 'array', maximum: node.maxItems, inclusive: true, message: 'too many items' });
      }
      return out;
    }
    case 'string': {
      if (typeof value !== 'string') {
        issue({ code: 'invalid_type', expected: 'string', message: 'expected string' });
      } else if (node.minLength !== undefined && value.length < node.minLength) {
        issue({ code: 'too_small', origin: 'string', minimum: node.minLength, inclusive: true, message: 'too short' });
      } else if (node.maxLength !== undefined && value.length > node.maxLength) {
        issue({ code: 'too_big', origin: 'string', maximum: node.maxLength, inclusive: true, message: 'too long' });
      } else if (node.pattern !== undefined && !regex(node.pattern).test(value)) {
        issue({ code: 'invalid_format', message: formatMessage(node.pattern) });
      }
      return value;
    }
    case 'number':
    case 'integer': {
      if (typeof value !== 'number' || !Number.isFinite(value) || (node.type === 'integer' && !Number.isInteger(value))) {
        issue({ code: 'invalid_type', expected: EXPECTED[node.type] ?? node.type, message: `expected ${node.type}` });
      } else if (node.minimum !== undefined && value < node.minimum) {
        issue({ code: 'too_small', origin: 'number', minimum: node.minimum, inclusive: true, message: 'too small' });
      } else if (node.exclusiveMinimum !== undefined && value <= node.exclusiveMinimum) {
        issue({ code: 'too_small', origin: 'number', minimum: node.exclusiveMinimum, inclusive: false, message: 'too small' });
      } else if (node.maximum !== undefined && value > node.maximum) {
        issue({ code: 'too_big', origin: 'number', maximum: node.maximum, inclusive: true, message: 'too big' });
      } else if (node.exclusiveMaximum !== undefined && value >= node.exclusiveMaximum) {
        issue({ code: 'too_big', origin: 'number', maximum: node.exclusiveMaximum, inclusive: false, message: 'too big' });
      }
      return value;
    }
    case 'boolean':
      if (typeof value !== 'boolean') issue({ code: 'invalid_type', expected: 'boolean', message: 'expected boolean' });
      return value;
    default:
      return value; // no type: anything goes (z.unknown())
  }
}

function checkObject(
  node: SchemaNode,
  value: Record<string, unknown>,
  path: PathSegment[],
  issues: Issue[],
  hooks: CheckHooks,
): Record<string, unknown> {
  const properties = node.properties ?? {};
  const required = node.required ?? [];
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(properties)) {
    const item = Object.hasOwn(value, key) ? value[key] : undefined;
    if (item !== undefined) out[key] = check(child, item, [...path, key], issues, hooks);
    else if (child.default !== undefined) out[key] = structuredClone(child.default);
    else if (required.includes(key)) {
      issues.push({ code: 'invalid_type', path: [...path, key], input: undefined, expected: child.type ?? 'value', message: 'missing' });
    }
  }
  const known = Object.keys(properties);
  const unknown = Object.keys(value).filter((key) => !Object.hasOwn(properties, key));
  if (unknown.length > 0 && node.additionalProperties === false) {
    if (hooks.unknownField) for (const key of unknown) hooks.unknownField([...path, key], key, known);
    else issues.push({ code: 'unrecognized_keys', path, input: value, keys: unknown, message: 'unknown keys' });
  }
  return out;
}
