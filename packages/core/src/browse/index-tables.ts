import type { Location, Organisation, Schedule } from '../directory/schema.js';
import { directoryJsonSchema } from '../generated/schemas.js';
import type { check } from '../validation/check.js';
import type { PathSegment } from '../validation/problem.js';
import { SINGLE_TERM_FIELDS, type BrowseIndex, type TermField } from './format.js';

type SchemaNode = Parameters<typeof check>[0];
/** `value` checked against `node` with defaults filled in; undefined, and a problem reported, when wrong. */
export type Checked = (node: SchemaNode, value: unknown, path: readonly PathSegment[]) => unknown;

/**
 * `value` and everything in it, frozen, each string one copy per table (`intern`) and each list
 * exactly as long as it is: table values are small (a place, a week's sessions), but a national
 * directory has thousands, and the parser gives every "main", "19:00" and "monday" its own string
 * while a list the check copied (to fill in a default) grew an item at a time, with room for 17.
 */
function settle<T>(value: T, intern: (text: string) => string): T {
  if (typeof value === 'string') return intern(value) as T;
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  if (Array.isArray(value)) return Object.freeze(value.map((item: unknown) => settle(item, intern))) as T;
  const object = value as Record<string, unknown>;
  for (const key in object) object[key] = settle(object[key], intern);
  return Object.freeze(value);
}

export const fields = directoryJsonSchema.properties!.services!.items!.properties!;
/** Not yet checked, in a table whose values are checked on first use. */
const UNCHECKED = Symbol('unchecked');

/**
 * The tables of a browse index that services point into (organisations, terms, locations,
 * schedules), each value checked once and shared by every service that has it: a national
 * directory has thousands of services run by the same organisations, meeting in the same kind
 * of venue on the same evenings, and a phone need not check or hold each again. Undefined stands
 * for a value that is wrong (its problem reported once) or a number that names none.
 */
export class IndexTables {
  readonly #index: BrowseIndex;
  readonly #checked: Checked;
  readonly #organisations: Array<Organisation | undefined>;
  readonly #terms: Array<readonly [string, string] | undefined>;
  readonly #locations: Array<Location | undefined | typeof UNCHECKED>;
  readonly #schedules: Array<Schedule | undefined | typeof UNCHECKED>;
  readonly #termFields = new Map<string, Record<string, unknown> | undefined>();
  readonly #lists = new Map<string, readonly string[]>();
  readonly #locationLists = new Map<string, readonly Location[] | undefined>();
  readonly #strings = new Map<string, string>();

  constructor(index: BrowseIndex, checked: Checked) {
    this.#index = index;
    this.#checked = checked;
    this.#organisations = index.organisations.map(
      (organisation, i) => checked(fields.organisation!, organisation, ['organisations', i]) as Organisation | undefined,
    );
    this.#terms = index.terms.map(([field, id], i) => {
      const node = fields[field]?.items ?? fields[field];
      return node &&
        SINGLE_TERM_FIELDS.has(field as TermField) === !fields[field]!.items &&
        checked(node, id, ['terms', i, 1]) !== undefined
        ? ([field, id] as const)
        : undefined;
    });
    // Checked when a service first uses one: the first services are shown sooner.
    this.#locations = index.locations.map(() => UNCHECKED);
    this.#schedules = index.schedules.map(() => UNCHECKED);
  }

  organisation(n: unknown): Organisation | undefined {
    return typeof n === 'number' ? this.#organisations[n] : undefined;
  }

  location(n: unknown): Location | undefined {
    return this.#onFirstUse(this.#locations, 'locations', fields.locations!.items!, n);
  }

  /**
   * The locations a service's `locations` cell numbers, the same frozen list for every service
   * with the same cell (a national directory has thousands of services at the same few venues);
   * undefined when it numbers one that is not a sound location.
   */
  locationsOf(cell: readonly unknown[]): readonly Location[] | undefined {
    if (!cell.every(Number.isInteger)) return undefined;
    const key = String(cell);
    if (this.#locationLists.has(key)) return this.#locationLists.get(key);
    const list: Location[] = [];
    for (const n of cell) {
      const location = this.location(n);
      if (!location) {
        this.#locationLists.set(key, undefined);
        return undefined;
      }
      list.push(location);
    }
    const shared = Object.freeze(list.slice());
    this.#locationLists.set(key, shared);
    return shared;
  }

  /**
   * One copy of each text read through the tables: services' summaries repeat (at 10,000
   * generated services, 4,758 different ones), and the parser makes a string of each.
   */
  readonly intern = (text: string): string => {
    const kept = this.#strings.get(text);
    if (kept !== undefined) return kept;
    this.#strings.set(text, text);
    return text;
  };

  schedule(n: unknown): Schedule | undefined {
    return this.#onFirstUse(this.#schedules, 'schedules', fields.schedule!, n);
  }

  /**
   * The term fields a service's `terms` cell (a list of term numbers) gives (`{ formats:
   * ['group'], cost: 'free' }`), worked out once per different cell and shared.
   */
  termsOf(cell: unknown): Record<string, unknown> | undefined {
    if (!Array.isArray(cell) || !cell.every(Number.isInteger)) return undefined;
    const key = String(cell);
    if (this.#termFields.has(key)) return this.#termFields.get(key);
    let terms: Record<string, unknown> | undefined = {};
    for (const n of cell) {
      const term = this.#terms[n as number];
      if (!term) {
        terms = undefined;
        break;
      }
      const [field, id] = term;
      if (SINGLE_TERM_FIELDS.has(field as TermField)) terms[field] = id;
      else ((terms[field] ??= []) as string[]).push(id);
    }
    // Each list once (every group's `formats: ['group']`), frozen: none can change another's.
    if (terms)
      for (const field in terms)
        if (Array.isArray(terms[field])) terms[field] = this.#once(`${field}:${terms[field]}`, () => terms![field] as string[]);
    this.#termFields.set(key, terms);
    return terms;
  }

  /**
   * The ids of the areas a service's `areas` cell numbers (`areas`: the directory's), the same
   * list for every service with the same cell; undefined when it numbers none (`check` then says
   * what is wrong with the service's own copy).
   */
  areasOf(cell: unknown, areas: readonly { readonly id: string }[]): readonly string[] | undefined {
    if (!Array.isArray(cell) || !cell.every((n) => Number.isInteger(n) && n in areas)) return undefined;
    return this.#once(`areas:${cell}`, () => cell.map((n: number) => areas[n]!.id));
  }

  /** One frozen list per key, made the first time it is asked for. */
  #once(key: string, make: () => readonly string[]): readonly string[] {
    let kept = this.#lists.get(key);
    if (!kept) this.#lists.set(key, (kept = Object.freeze(make())));
    return kept;
  }

  #onFirstUse<T>(checked: Array<T | undefined | typeof UNCHECKED>, table: 'locations' | 'schedules', node: SchemaNode, n: unknown) {
    if (typeof n !== 'number' || !(n in checked)) return undefined;
    const value = checked[n];
    if (value !== UNCHECKED) return value;
    const now = this.#checked(node, this.#index[table][n], [table, n]) as T | undefined;
    // Shared by every service that has it: frozen, so none can change another's.
    checked[n] = now && settle(now, this.intern);
    return checked[n];
  }
}
