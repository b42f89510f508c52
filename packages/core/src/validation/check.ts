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

/**
 * Where a value is, as a chain of links to its parents. A directory has tens of thousands of
 * fields and almost all are fine, so the path is only spelled out as an array for an issue.
 */
interface At {
  readonly parent: At | undefined;
  readonly key: PathSegment;
}

function spell(at: At | undefined, base: readonly PathSegment[], last?: PathSegment): PathSegment[] {
  const keys: PathSegment[] = last === undefined ? [] : [last];
  for (let link = at; link; link = link.parent) keys.push(link.key);
  return [...base, ...keys.reverse()];
}

/** What an object node needs on every visit, worked out once per node. */
interface ObjectPlan {
  readonly entries: ReadonlyArray<readonly [string, SchemaNode]>;
  readonly required: ReadonlySet<string>;
  readonly known: readonly string[];
}

const plans = new WeakMap<SchemaNode, ObjectPlan>();
function planOf(node: SchemaNode): ObjectPlan {
  let plan = plans.get(node);
  if (!plan) {
    const properties = node.properties ?? {};
    plan = { entries: Object.entries(properties), required: new Set(node.required ?? []), known: Object.keys(properties) };
    plans.set(node, plan);
  }
  return plan;
}

const patterns = new Map<string, RegExp>();
const regex = (source: string) => patterns.get(source) ?? patterns.set(source, new RegExp(source)).get(source)!;

/** A fresh copy of a default, cheaply for the usual `[]`, `false` and strings. */
const copyDefault = (value: unknown) =>
  Array.isArray(value) && value.length === 0 ? [] : typeof value === 'object' && value !== null ? structuredClone(value) : value;

/**
 * Checks `value` against a JSON Schema node and returns it with defaults filled in. The input is
 * never changed: an object or list that needs a default or loses an unknown field is copied, and
 * one that is already complete is returned as it is (a published directory, written with every
 * default, is checked without copying tens of thousands of objects). Issues are pushed to
 * `issues`, with paths that start with `base`. This small interpreter is what the browser runs
 * instead of zod; the zod schemas generate the JSON Schema it reads, and tests show they agree.
 */
export function check(node: SchemaNode, value: unknown, base: readonly PathSegment[], issues: Issue[], hooks: CheckHooks = {}): unknown {
  return new Checker(base, issues, hooks).value(node, value, undefined, undefined);
}

class Checker {
  constructor(
    private readonly base: readonly PathSegment[],
    private readonly issues: Issue[],
    private readonly hooks: CheckHooks,
  ) {}

  private issue(at: At | undefined, input: unknown, fields: Omit<Issue, 'path' | 'input'>): void {
    this.issues.push({ path: spell(at, this.base), input, ...fields });
  }

  /** Checks `value`, found at `key` of `parent`; a link is made only for what has children. */
  value(node: SchemaNode, value: unknown, parent: At | undefined, key: PathSegment | undefined): unknown {
    if (node.type === 'object' || node.type === 'array') {
      const at = key === undefined ? parent : { parent, key };
      return node.type === 'object' ? this.objectValue(node, value, at) : this.arrayValue(node, value, at);
    }
    return this.leaf(node, value, key === undefined ? parent : { parent, key });
  }

  private objectValue(node: SchemaNode, value: unknown, at: At | undefined): unknown {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      this.issue(at, value, { code: 'invalid_type', expected: 'object', message: 'expected object' });
      return value;
    }
    return this.object(node, value as Record<string, unknown>, at);
  }

  private arrayValue(node: SchemaNode, value: unknown, at: At | undefined): unknown {
    if (!Array.isArray(value)) {
      this.issue(at, value, { code: 'invalid_type', expected: 'array', message: 'expected array' });
      return value;
    }
    return this.array(node, value, at);
  }

  private leaf(node: SchemaNode, value: unknown, at: At | undefined): unknown {
    if (node.enum) {
      if (!node.enum.includes(value)) this.issue(at, value, { code: 'invalid_value', values: node.enum, message: 'invalid value' });
      return value;
    }
    switch (node.type) {
      case 'string':
        if (typeof value !== 'string') this.issue(at, value, { code: 'invalid_type', expected: 'string', message: 'expected string' });
        else if (node.minLength !== undefined && value.length < node.minLength) {
          this.issue(at, value, { code: 'too_small', origin: 'string', minimum: node.minLength, inclusive: true, message: 'too short' });
        } else if (node.maxLength !== undefined && value.length > node.maxLength) {
          this.issue(at, value, { code: 'too_big', origin: 'string', maximum: node.maxLength, inclusive: true, message: 'too long' });
        } else if (node.pattern !== undefined && !regex(node.pattern).test(value)) {
          this.issue(at, value, { code: 'invalid_format', message: node.patternMessage ?? 'is not in the expected format.' });
        }
        return value;
      case 'number':
      case 'integer':
        this.number(node, value, at);
        return value;
      case 'boolean':
        if (typeof value !== 'boolean') this.issue(at, value, { code: 'invalid_type', expected: 'boolean', message: 'expected boolean' });
        return value;
      default:
        return value; // no type: anything goes (z.unknown())
    }
  }

  private number(node: SchemaNode, value: unknown, at: At | undefined): void {
    if (typeof value !== 'number' || !Number.isFinite(value) || (node.type === 'integer' && !Number.isInteger(value))) {
      this.issue(at, value, {
        code: 'invalid_type',
        expected: node.type === 'integer' ? 'int' : 'number',
        message: `expected ${node.type}`,
      });
    } else if (node.minimum !== undefined && value < node.minimum) {
      this.issue(at, value, { code: 'too_small', origin: 'number', minimum: node.minimum, inclusive: true, message: 'too small' });
    } else if (node.exclusiveMinimum !== undefined && value <= node.exclusiveMinimum) {
      this.issue(at, value, {
        code: 'too_small',
        origin: 'number',
        minimum: node.exclusiveMinimum,
        inclusive: false,
        message: 'too small',
      });
    } else if (node.maximum !== undefined && value > node.maximum) {
      this.issue(at, value, { code: 'too_big', origin: 'number', maximum: node.maximum, inclusive: true, message: 'too big' });
    } else if (node.exclusiveMaximum !== undefined && value >= node.exclusiveMaximum) {
      this.issue(at, value, { code: 'too_big', origin: 'number', maximum: node.exclusiveMaximum, inclusive: false, message: 'too big' });
    }
  }

  private array(node: SchemaNode, value: unknown[], at: At | undefined): unknown[] {
    // Past its limit a list is one mistake, whatever its items: say so, and spend nothing on
    // them (200,000 unknown terms, each with a suggestion, would hold a page for seconds).
    if (node.maxItems !== undefined && value.length > node.maxItems) {
      this.issue(at, value, { code: 'too_big', origin: 'array', maximum: node.maxItems, inclusive: true, message: 'too many items' });
      return value;
    }
    const items = node.items ?? {};
    const terms = items.enum;
    let out: unknown[] | undefined; // a copy, made only once something changes
    for (let index = 0; index < value.length; index++) {
      const item = value[index];
      if (terms && typeof item === 'string' && !terms.includes(item)) {
        if (this.hooks.unknownTerm?.(spell(at, this.base, index), item, terms as string[])) {
          out ??= value.slice(0, index);
          continue;
        }
      }
      const checked = this.value(items, item, at, index);
      if (out) out.push(checked);
      else if (checked !== item) out = [...value.slice(0, index), checked];
    }
    if (node.minItems !== undefined && value.length < node.minItems) {
      this.issue(at, value, { code: 'too_small', origin: 'array', minimum: node.minItems, inclusive: true, message: 'too few items' });
    }
    return out ?? value;
  }

  private object(node: SchemaNode, value: Record<string, unknown>, at: At | undefined): Record<string, unknown> {
    const plan = planOf(node);
    // A copy, made only once something changes (or when the input is not a plain object).
    let out: Record<string, unknown> | undefined = Object.getPrototypeOf(value) === Object.prototype ? undefined : { ...value };
    let present = 0;
    for (const [key, child] of plan.entries) {
      const has = Object.hasOwn(value, key);
      if (has) present += 1;
      const item = has ? value[key] : undefined;
      if (item !== undefined) {
        const checked = this.value(child, item, at, key);
        if (checked !== item) (out ??= { ...value })[key] = checked;
      } else if (child.default !== undefined) {
        (out ??= { ...value })[key] = copyDefault(child.default);
      } else if (plan.required.has(key)) {
        this.issue({ parent: at, key }, undefined, { code: 'invalid_type', expected: child.type ?? 'value', message: 'missing' });
      }
    }
    // Only look for unknown fields when there are more keys than known ones.
    const keys = Object.keys(value);
    if (keys.length > present && node.additionalProperties === false) {
      const unknown = keys.filter((key) => !plan.known.includes(key));
      if (this.hooks.unknownField) {
        out ??= { ...value };
        for (const key of unknown) {
          delete out[key];
          this.hooks.unknownField(spell(at, this.base, key), key, plan.known);
        }
      } else if (unknown.length) this.issue(at, value, { code: 'unrecognized_keys', keys: unknown, message: 'unknown keys' });
    }
    return out ?? value;
  }
}
