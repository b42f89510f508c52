import { describeValue } from '../validation/describe-issue.js';
import { formatPath, type PathSegment, type Problem } from '../validation/problem.js';

/**
 * One object of the input (a service, a schedule, a row of a table) and where it is. Reading a
 * field marks it as read; whatever was never read is reported at the end (`leftovers`), so a
 * field the import does not understand is always named, never dropped in silence.
 */
export class Item {
  private readonly read = new Set<string>();

  constructor(
    readonly value: Readonly<Record<string, unknown>>,
    readonly path: readonly PathSegment[],
  ) {}

  at(...more: PathSegment[]): string {
    return formatPath([...this.path, ...more]);
  }

  /** Marks fields as read without reading them (their content is carried elsewhere). */
  skip(...keys: string[]): void {
    for (const key of keys) this.read.add(key);
  }

  /** A field's value, or `undefined` when it is missing, null or blank (CSV gives empty strings). */
  get(key: string): unknown {
    this.read.add(key);
    const value = this.value[key];
    return value === null || (typeof value === 'string' && value.trim() === '') ? undefined : value;
  }

  /** A field as text: numbers are written out (CSV-born data has `"identifier": 1234567`). */
  text(key: string): string | undefined {
    const value = this.get(key);
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
    return typeof value === 'string' ? value : undefined;
  }

  /** A nested object, as an item of its own. */
  object(key: string): Item | undefined {
    const value = this.get(key);
    return isRecord(value) ? new Item(value, [...this.path, key]) : undefined;
  }

  /** A nested list of objects, as items. */
  list(key: string): Item[] {
    const value = this.get(key);
    if (!Array.isArray(value)) return [];
    return value.flatMap((entry, index) => (isRecord(entry) ? [new Item(entry, [...this.path, key, index])] : []));
  }

  /** The fields that hold something and were never read, except ids and links to other records. */
  unread(): string[] {
    return Object.keys(this.value).filter(
      (key) => !this.read.has(key) && key !== 'id' && !key.endsWith('_id') && !isEmpty(this.value[key]),
    );
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isEmpty(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    (typeof value === 'string' && value.trim() === '') ||
    (Array.isArray(value) && value.length === 0)
  );
}

/** The service a problem belongs to, as `Problem.service` names it. */
export type ServiceRef = NonNullable<Problem['service']>;

/** Collects problems, each with a path into the input. */
export class Report {
  readonly problems: Problem[] = [];
  private readonly said = new Set<string>();

  add(severity: Problem['severity'], path: string, code: string, message: string, service?: ServiceRef): void {
    // A record several services share (a row of the organization table) is read once per
    // service; what is wrong with it is said once.
    const key = `${severity}\u0000${path}\u0000${code}\u0000${message}`;
    if (this.said.has(key)) return;
    this.said.add(key);
    this.problems.push({ severity, path, code, message, ...(service ? { service } : {}) });
  }

  warn(path: string, code: string, message: string, service?: ServiceRef): void {
    this.add('warning', path, code, message, service);
  }

  /**
   * Names every field of `item` that was not read. `why` gives the reason for a known field;
   * others are "not part of the directory format".
   */
  leftovers(item: Item, service?: ServiceRef, why: Readonly<Record<string, string>> = {}): void {
    for (const key of item.unread()) {
      const value = item.value[key];
      const shown = Array.isArray(value) ? `(${value.length} ${value.length === 1 ? 'entry' : 'entries'})` : `(${describeValue(value)})`;
      this.warn(
        item.at(key),
        'not_imported',
        `${why[key] ?? 'is not part of the peer support directory format'} ${shown}, so it was left out.`,
        service,
      );
    }
  }
}
