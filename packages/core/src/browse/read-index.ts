import { openDirectory, type ParseDirectoryResult } from '../directory/parse.js';
import type { PartialDirectory } from '../directory/stream.js';
import { DirectoryReader } from '../directory/reader.js';
import type { Directory, Service } from '../directory/schema.js';
import { sources } from './sources.js';
import { checkIndex } from './check-index.js';
import { slugify } from '../directory/slugify.js';
import { check } from '../validation/check.js';
import { describeValue } from '../validation/describe-issue.js';
import type { Issue } from '../validation/issue.js';
import { problemsFromIssues } from '../validation/issues-to-problems.js';
import type { PathSegment, Problem } from '../validation/problem.js';
import type { BrowseIndex } from './format.js';
import { fields, IndexTables } from './index-tables.js';

/** The fields of a service the index has, each checked against its part of the directory schema. */
const CHECKED = ['id', 'name', 'summary', 'areas', 'ageRange', 'lastHeardOf', 'confirmedByService'] as const;
/**
 * Every empty list of every service: one, frozen. A national directory's services have five empty
 * lists each on average, and a phone would otherwise hold 50,000 of them per 10,000 services.
 */
const NONE: readonly never[] = Object.freeze([]);

/**
 * Reads a browse index (parsed JSON) into a directory whose services have what cards, search and
 * filters need, without descriptions, contact details or sources: `serviceFromFragment` reads
 * those. Like DirectoryStream, a slice at a time (`read`), with `partial` to show the first
 * services early and `end` for the result.
 *
 * The publisher checked every service in full (`peer-support build` writes nothing otherwise);
 * this checks each value against its part of the same schema, so a damaged index never breaks a
 * page: a service with a wrong value is left out with a problem that names it and where, and a
 * file that is not a browse index at all gives no directory and one error that says why.
 */
export class BrowseIndexReader {
  readonly #index: BrowseIndex | undefined;
  readonly #fatal: ParseDirectoryResult | undefined;
  readonly #base: string;
  readonly #envelope: Omit<Directory, 'services'> | undefined;
  readonly #problems: Problem[] = [];
  readonly #services: Service[] = [];
  readonly #positions = new Map<string, number>();
  #tables: IndexTables | undefined;
  #next = 0;
  /** Positions read ahead of their turn by `readFirst`. */
  readonly #early = new Set<number>();

  /** `input`: the index's JSON text, or the value it parses to; `base`: its address. */
  constructor(input: unknown, base: string) {
    this.#base = base;
    let value = input;
    if (typeof input === 'string') {
      try {
        value = JSON.parse(input);
      } catch (error) {
        const message = `The browse index is not valid JSON: ${(error as Error).message}`;
        this.#fatal = { directory: undefined, problems: [{ severity: 'error', code: 'not_json', path: '', message }], excluded: 0 };
        return;
      }
    }
    const wrong = checkIndex(value);
    if (wrong) {
      this.#fatal = { directory: undefined, problems: [{ severity: 'error', code: 'bad_browse_index', ...wrong }], excluded: 0 };
      return;
    }
    const index = value as BrowseIndex;
    const opened = openDirectory({ ...index.directory, services: [] });
    if (!(opened instanceof DirectoryReader)) {
      this.#fatal = opened;
      return;
    }
    const { directory, problems } = opened.result();
    const { services: _, ...envelope } = directory!;
    this.#envelope = envelope;
    this.#problems.push(...problems.map((problem) => ({ ...problem, path: `directory.${problem.path}` })));
    this.#index = index;
    this.#tables = new IndexTables(index, (node, value, path) => this.#checked(node, value, path));
  }

  get #count(): number {
    return this.#index?.services.name.length ?? 0;
  }

  /** `value` checked against `node`, with defaults filled in; undefined (and a problem) when it is wrong. */
  #checked(node: Parameters<typeof check>[0], value: unknown, path: readonly PathSegment[], service?: Problem['service']): unknown {
    const issues: Issue[] = [];
    const cleaned = check(node, value, path, issues);
    if (!issues.length) return cleaned;
    this.#problems.push(...problemsFromIssues(issues, [], service ? { service } : {}));
    return undefined;
  }

  /**
   * Reads first the services (up to `max`) whose names `wanted` picks, wherever they sit, so a
   * person who typed a name before the index came finds it in the first look rather than once all
   * are read. Call before `read`; `end` puts the services back in the index's order.
   */
  readFirst(wanted: (name: string) => boolean, max = 32): void {
    if (!this.#index || this.#next > 0) return;
    const names = this.#index.services.name;
    for (let position = 0; position < names.length && this.#early.size < max; position++) {
      const name = names[position];
      if (typeof name !== 'string' || !wanted(name)) continue;
      this.#early.add(position);
      this.#add(position);
    }
  }

  /** Reads services while `more()` allows: true once every one is read. */
  read(more: () => boolean = () => true): boolean {
    if (!this.#index) return true;
    while (this.#next < this.#count) {
      if (this.#next % 64 === 0 && this.#next > 0 && !more()) return false;
      const position = this.#next++;
      if (!this.#early.has(position)) this.#add(position);
    }
    return true;
  }

  #add(position: number): void {
    const service = this.#serviceAt(position);
    if (!service) return;
    const other = this.#positions.get(service.id);
    // Of two services with one id (a damaged index), the first in the index stays, whichever was read first.
    if (other === undefined || other > position) {
      this.#positions.set(service.id, position);
      if (other === undefined) this.#services.push(service);
      else this.#services[this.#services.findIndex((kept) => kept.id === service.id)] = service;
    }
    const dropped = other === undefined ? undefined : Math.max(other, position);
    if (dropped !== undefined) {
      this.#problems.push({
        severity: 'error',
        code: 'duplicate_id',
        path: `services.id[${dropped}]`,
        message: `"${service.id}" is already the id of another service, so this one was left out.`,
      });
    }
  }

  /** The service at `position`, or undefined (with problems) when a value of it is wrong. */
  #serviceAt(position: number): Service | undefined {
    const index = this.#index!;
    const columns = index.services;
    const name = columns.name[position];
    const who = { index: position, ...(typeof name === 'string' ? { name } : {}) };
    const wrong = (column: string, message: string) => {
      this.#problems.push({ severity: 'error', code: 'bad_browse_index', path: `services.${column}[${position}]`, message, service: who });
      return undefined;
    };
    const organisation = this.#tables!.organisation(columns.organisation[position]);
    if (!organisation)
      return wrong(
        'organisation',
        `should be the number of one of the organisations, but it is ${describeValue(columns.organisation[position])}.`,
      );
    const flags = columns.flags[position];
    if (typeof flags !== 'number') return wrong('flags', `should be a number, but it is ${describeValue(flags)}.`);
    // Known areas' ids (checked with the directory's own fields) need no check; anything else does.
    const shared = this.#tables!.areasOf(columns.areas[position], this.#envelope!.areas);
    const areas = shared ?? listOf(columns.areas[position]).map((n) => this.#envelope!.areas[n as number]?.id ?? n);
    const cell = listOf(columns.locations[position] || []);
    const locations = cell.length ? this.#tables!.locationsOf(cell) : NONE;
    if (!locations) {
      const bad = cell.find((n) => !this.#tables!.location(n));
      return wrong('locations', `should list numbers of sound locations, but has ${describeValue(bad)}.`);
    }
    const scheduleNumber = columns.schedule[position];
    const schedule =
      scheduleNumber === 0 ? undefined : this.#tables!.schedule(Number.isInteger(scheduleNumber) ? (scheduleNumber as number) - 1 : NaN);
    if (scheduleNumber !== 0 && !schedule) {
      return wrong('schedule', `should be 0 or 1 + the number of a sound schedule, but it is ${describeValue(scheduleNumber)}.`);
    }
    const evidence = columns.evidence[position];
    const [lastHeardOf, confirmedByService] = evidence === 0 ? [] : listOf(evidence);
    const raw: Record<(typeof CHECKED)[number], unknown> = {
      id: columns.id[position] || (typeof name === 'string' ? slugify(name) : undefined),
      name,
      summary: columns.summary[position],
      areas,
      ageRange: columns.ageRange[position] || undefined,
      lastHeardOf: lastHeardOf || undefined,
      confirmedByService: confirmedByService || undefined,
    };
    const checked: Record<string, unknown> = {};
    let sound = true;
    for (const key of CHECKED) {
      if (raw[key] === undefined || (key === 'areas' && shared)) {
        checked[key] = raw[key];
        continue;
      }
      const value = this.#checked(fields[key]!, raw[key], ['services', key, position], who);
      if (value === undefined) sound = false;
      else checked[key] = value;
    }
    if (!sound) return undefined;
    const { intern } = this.#tables!;
    // Every field in one literal, in the schema's order, so every service has the same shape.
    const service = {
      id: checked.id,
      // One copy of a name many services share ("Hearing Voices Group"). Such services have ids
      // of their own (the id column is 0 only where the id is the name's slug, which no two can
      // share), so only those names are looked up: a directory of different names pays nothing.
      name: typeof name === 'string' && columns.id[position] ? intern(name) : name,
      kind: 'service',
      summary: typeof checked.summary === 'string' ? intern(checked.summary) : checked.summary,
      organisation,
      provision: NONE,
      formats: NONE,
      settings: NONE,
      experiences: NONE,
      communities: NONE,
      transitions: NONE,
      tags: NONE,
      areas: (checked.areas as string[]).length ? checked.areas : NONE,
      locations,
      onlineOnly: (flags & 1) === 1,
      schedule,
      referral: NONE,
      ageRange: checked.ageRange,
      cost: undefined,
      accessibility: NONE,
      languages: NONE,
      charters: NONE,
      activePartner: (flags & 2) === 2,
      operatorConfirmed: (flags & 4) === 0,
      lastHeardOf: checked.lastHeardOf,
      confirmedByService: checked.confirmedByService,
      status: 'active',
      sources: NONE,
    } as Record<string, unknown>;
    const terms = this.#tables!.termsOf(columns.terms[position]);
    if (!terms) return wrong('terms', `should list numbers of the terms, but has ${describeValue(columns.terms[position])}.`);
    for (const field in terms) service[field] = terms[field];
    return service as unknown as Service;
  }

  /** The services read so far (undefined before the first). */
  get partial(): PartialDirectory | undefined {
    if (!this.#services.length) return undefined;
    // Read, valid or not: those up to #next, and those read first beyond it.
    let read = this.#next;
    for (const position of this.#early) if (position >= this.#next) read++;
    // A copy: `end` puts the services in order, and a search may still be using this list.
    return { directory: { ...this.#envelope!, services: this.#services.slice() }, read, excluded: read - this.#services.length };
  }

  /** Reads what is left: every valid service, and how many were left out, here or by the publisher. */
  end(): ParseDirectoryResult {
    if (this.#fatal) return this.#fatal;
    this.read();
    if (this.#early.size) this.#services.sort((a, b) => this.#positions.get(a.id)! - this.#positions.get(b.id)!);
    const directory: Directory = { ...this.#envelope!, services: this.#services };
    const { fragments, words, places } = this.#index!;
    sources.set(directory, {
      base: this.#base,
      fragments,
      words,
      ...(places ? { places } : {}),
      count: this.#count,
      positions: this.#positions,
    });
    const { excluded } = this.#index!;
    if (excluded > 0) {
      this.#problems.push({
        severity: 'error',
        code: 'excluded_by_publisher',
        path: 'excluded',
        message: `${excluded} service(s) were left out by the publisher for errors; directory.json's problems say which.`,
      });
    }
    return { directory, problems: this.#problems, excluded: this.#count - this.#services.length + excluded };
  }
}

/** A list as it is; anything else as a list of itself, for the schema check to call it wrong. */
const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : [value]);
