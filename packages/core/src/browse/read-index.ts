import { openDirectory, type ParseDirectoryResult } from '../directory/parse.js';
import type { PartialDirectory } from '../directory/stream.js';
import { DirectoryReader } from '../directory/reader.js';
import type { Directory, Organisation, Service } from '../directory/schema.js';
import { sources } from './sources.js';
import { checkIndex } from './check-index.js';
import { slugify } from '../directory/slugify.js';
import { directoryJsonSchema } from '../generated/schemas.js';
import { check } from '../validation/check.js';
import { describeValue } from '../validation/describe-issue.js';
import type { Issue } from '../validation/issue.js';
import { problemsFromIssues } from '../validation/issues-to-problems.js';
import type { PathSegment, Problem } from '../validation/problem.js';
import { BROWSE_FORMAT, SINGLE_TERM_FIELDS, type BrowseIndex, type TermField } from './format.js';

const BROWSE_START = `{"format":"${BROWSE_FORMAT}"`;

/**
 * Whether a file that begins with `start` is a browse index (its first field is
 * `"format": "peer-support-browse"`): undefined until enough of it has come to tell.
 */
export function startsBrowseIndex(start: string): boolean | undefined {
  const compact = start.slice(0, 256).replace(/\s+/g, '');
  if (compact.length >= BROWSE_START.length) return compact.startsWith(BROWSE_START);
  return BROWSE_START.startsWith(compact) && start.length < 256 ? undefined : false;
}

const fields = directoryJsonSchema.properties!.services!.items!.properties!;
/** The fields of a service the index has, each checked against its part of the directory schema. */
const CHECKED = ['id', 'name', 'summary', 'areas', 'locations', 'schedule', 'ageRange', 'lastHeardOf', 'confirmedByService'] as const;

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
  /** The organisations and terms, checked once: undefined for one that is wrong. */
  #organisations: Array<Organisation | undefined> = [];
  #terms: Array<readonly [string, string] | undefined> = [];
  #next = 0;

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
    this.#organisations = index.organisations.map(
      (organisation, i) => this.#checked(fields.organisation!, organisation, ['organisations', i]) as Organisation | undefined,
    );
    this.#terms = index.terms.map(([field, id], i) => {
      const node = fields[field]?.items ?? fields[field];
      return node &&
        SINGLE_TERM_FIELDS.has(field as TermField) === !fields[field]!.items &&
        this.#checked(node, id, ['terms', i, 1]) !== undefined
        ? ([field, id] as const)
        : undefined;
    });
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

  /** Reads services while `more()` allows: true once every one is read. */
  read(more: () => boolean = () => true): boolean {
    if (!this.#index) return true;
    while (this.#next < this.#count) {
      if (this.#next % 64 === 0 && this.#next > 0 && !more()) return false;
      const position = this.#next++;
      const service = this.#serviceAt(position);
      if (service && !this.#positions.has(service.id)) {
        this.#positions.set(service.id, position);
        this.#services.push(service);
      } else if (service) {
        this.#problems.push({
          severity: 'error',
          code: 'duplicate_id',
          path: `services.id[${position}]`,
          message: `"${service.id}" is already the id of another service, so this one was left out.`,
        });
      }
    }
    return true;
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
    const organisation = this.#organisations[columns.organisation[position] as number];
    if (!organisation)
      return wrong(
        'organisation',
        `should be the number of one of the organisations, but it is ${describeValue(columns.organisation[position])}.`,
      );
    const flags = columns.flags[position];
    if (typeof flags !== 'number') return wrong('flags', `should be a number, but it is ${describeValue(flags)}.`);
    const areas = listOf(columns.areas[position]).map((n) => this.#envelope!.areas[n as number]?.id ?? n);
    const evidence = columns.evidence[position];
    const [lastHeardOf, confirmedByService] = evidence === 0 ? [] : listOf(evidence);
    const raw: Record<(typeof CHECKED)[number], unknown> = {
      id: columns.id[position] || (typeof name === 'string' ? slugify(name) : undefined),
      name,
      summary: columns.summary[position],
      areas,
      locations: listOf(columns.locations[position] || []).map((location) => {
        const { at: point, ...rest } = (location ?? {}) as { at?: [number, number] };
        return Array.isArray(point) ? { ...rest, coordinates: { lat: point[0], lng: point[1] } } : location;
      }),
      schedule: columns.schedule[position] || undefined,
      ageRange: columns.ageRange[position] || undefined,
      lastHeardOf: lastHeardOf || undefined,
      confirmedByService: confirmedByService || undefined,
    };
    const checked: Record<string, unknown> = {};
    let sound = true;
    for (const key of CHECKED) {
      if (raw[key] === undefined) continue;
      const value = this.#checked(fields[key]!, raw[key], ['services', key, position], who);
      if (value === undefined) sound = false;
      else checked[key] = value;
    }
    if (!sound) return undefined;
    // Every field in one literal, in the schema's order, so every service has the same shape.
    const service = {
      id: checked.id,
      name,
      kind: 'service',
      summary: checked.summary,
      organisation,
      provision: [],
      formats: [],
      settings: [],
      experiences: [],
      communities: [],
      transitions: [],
      tags: [],
      areas: checked.areas,
      locations: checked.locations ?? [],
      onlineOnly: (flags & 1) === 1,
      schedule: checked.schedule,
      referral: [],
      ageRange: checked.ageRange,
      cost: undefined,
      accessibility: [],
      languages: [],
      charters: [],
      activePartner: (flags & 2) === 2,
      operatorConfirmed: (flags & 4) === 0,
      lastHeardOf: checked.lastHeardOf,
      confirmedByService: checked.confirmedByService,
      status: 'active',
      sources: [],
    } as Record<string, unknown>;
    for (const n of listOf(columns.terms[position])) {
      const term = this.#terms[n as number];
      if (!term) return wrong('terms', `should list numbers of the terms, but has ${describeValue(n)}.`);
      const [field, id] = term;
      if (SINGLE_TERM_FIELDS.has(field as TermField)) service[field] = id;
      else (service[field] as string[]).push(id);
    }
    return service as unknown as Service;
  }

  /** The services read so far (undefined before the first). */
  get partial(): PartialDirectory | undefined {
    if (!this.#services.length) return undefined;
    return { directory: { ...this.#envelope!, services: this.#services }, read: this.#next, excluded: this.#next - this.#services.length };
  }

  /** Reads what is left: every valid service, and how many were left out, here or by the publisher. */
  end(): ParseDirectoryResult {
    if (this.#fatal) return this.#fatal;
    this.read();
    const directory: Directory = { ...this.#envelope!, services: this.#services };
    sources.set(directory, { base: this.#base, index: this.#index!, positions: this.#positions });
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
