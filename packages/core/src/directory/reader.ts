import { check, type CheckHooks } from '../validation/check.js';
import { describeValue } from '../validation/describe-issue.js';
import type { Issue } from '../validation/issue.js';
import { problemsFromIssues, type Suggest } from '../validation/issues-to-problems.js';
import type { SchemaNode } from '../validation/json-schema.js';
import { formatPath, type PathSegment, type Problem } from '../validation/problem.js';
import { nearest } from '../validation/suggest.js';
import { appendAll, firstProblems } from '../validation/first-problems.js';
import { directoryJsonSchema } from '../generated/schemas.js';
import { serviceWarnings } from './checks.js';
import { checkFeatured } from './featured.js';
import type { ParseDirectoryOptions, ParseDirectoryResult } from './parse.js';
import type { CheckContext } from './checks.js';
import { serviceRules } from './rules.js';
import type { Area, Directory, Publisher, Service } from './schema.js';
import { termCandidates } from './terms.js';
import { SCHEMA_VERSION } from './version.js';

// An unknown publication date reads as very old, so the widget says the data may be stale.
const UNKNOWN_PUBLISHED_AT = '1970-01-01T00:00:00Z';

const nodes = directoryJsonSchema.properties!;
const serviceNode = nodes.services!.items!;
const areaNode = nodes.areas!.items!;
const suggestTerm: Suggest = (value, allowed) => nearest(value, termCandidates(allowed));

/**
 * Reads a directory one service at a time: its own fields first (everything but `services`,
 * read when it is made), then each service as it comes, so a directory arriving over a slow
 * connection can be shown before the last of it is in. `parseDirectory` reads with one of these.
 *
 * One bad service never hides the others: each is validated on its own, and one with an error
 * is left out (with problems that name it and the field) while every valid one is kept.
 */
export class DirectoryReader {
  /** Everything found so far, errors and warnings, in document order. */
  readonly problems: Problem[];
  /** The valid services so far, in document order. */
  readonly services: Service[] = [];
  readonly #envelope: Envelope;
  readonly #options: ParseDirectoryOptions;
  readonly #context: CheckContext;
  readonly #firstIndexOf = new Map<string, number>();
  /** How many services have been read, valid or not. */
  #read = 0;

  /** `doc`: the document's own fields (its `services` are ignored); `problems`: found before. */
  constructor(doc: Record<string, unknown>, options: ParseDirectoryOptions = {}, problems: Problem[] = []) {
    this.problems = problems;
    this.#options = options;
    this.#envelope = readEnvelope(doc, problems, options);
    const publishedAt = this.#envelope.publishedAt;
    this.#context = {
      areas: this.#envelope.areas,
      publishedAt: publishedAt === UNKNOWN_PUBLISHED_AT ? undefined : publishedAt,
      strict: options.strict ?? false,
    };
  }

  /** How many services have been read, valid or not. */
  get read(): number {
    return this.#read;
  }

  /** The directory as read so far. */
  get directory(): Directory {
    return { ...this.#envelope, services: this.services };
  }

  /** Reads the next service of the list: the valid service, or undefined when it was left out. */
  add(item: unknown): Service | undefined {
    const index = this.#read++;
    const at = `services[${index}]`;
    const { cleaned, errors, warnings } = validate(serviceNode, item, ['services', index], this.#options);
    const own: Problem[] = [];
    appendAll(own, warnings);
    appendAll(own, errors);
    let service = cleaned as Service | undefined;
    // Rules that span fields read the schedule, age range and locations: run them when those are
    // sound (even if something else is wrong), so one reading reports everything to fix.
    const ruleFieldsSound =
      typeof cleaned === 'object' &&
      cleaned !== null &&
      !errors.some((problem) => /^services\[\d+\](?:\.(?:schedule|ageRange|locations)\b|$)/.test(problem.path));
    if (ruleFieldsSound) {
      const rules = serviceRules(service!).map((rule) => ({ code: 'custom', path: rule.path, input: rule.input, message: rule.message }));
      appendAll(own, problemsFromIssues(rules, ['services', index]));
    }
    if (own.some((problem) => problem.severity === 'error')) {
      service = undefined; // left out; the problems say why
    } else if (this.#firstIndexOf.has(service!.id)) {
      own.push({
        severity: 'error',
        code: 'duplicate_id',
        path: `${at}.id`,
        message: `"${service!.id}" is already the id of services[${this.#firstIndexOf.get(service!.id)}]; each service needs its own id, so this one was left out.`,
      });
      service = undefined;
    } else {
      this.#firstIndexOf.set(service!.id, index);
      appendAll(own, serviceWarnings(service!, at, this.#context));
      this.services.push(service!);
    }
    const who = { index, ...identify(item) };
    for (const problem of firstProblems(own, at)) this.problems.push({ ...problem, service: who });
    return service;
  }

  /** The directory with every service read, and how many were left out. */
  result(): ParseDirectoryResult {
    return { directory: this.directory, problems: this.problems, excluded: this.#read - this.services.length };
  }
}

/**
 * Hooks that keep what a newer minor version may add from costing a service: unknown fields are
 * ignored and unknown terms left out of lists, each with a warning naming the nearest known one.
 */
function forwardCompatible(warnings: Problem[], options: ParseDirectoryOptions): CheckHooks {
  return {
    unknownField(path, key, known) {
      const suggestion = nearest(
        key,
        known.map((id) => ({ id })),
      );
      const hint = suggestion ? `; did you mean "${suggestion}"?` : `; the fields here are ${known.join(', ')}.`;
      warnings.push({
        severity: options.strict ? 'error' : 'warning',
        code: 'unknown_field',
        path: formatPath(path),
        message: options.strict
          ? `is not a field of the format, so what it holds would not be published${hint}`
          : `is not a field this version knows, so it was ignored${suggestion ? `; did you mean "${suggestion}"?` : '.'}`,
        ...(suggestion ? { suggestion } : {}),
      });
    },
    unknownTerm(path, term, allowed) {
      if (options.unknownTerms === 'error' || options.strict) return false;
      const suggestion = suggestTerm(term, allowed);
      warnings.push({
        severity: 'warning',
        code: 'unknown_term',
        path: formatPath(path),
        message:
          `"${term}" is not a known term, so it was left out` +
          (suggestion ? `; did you mean "${suggestion}"?` : `; known terms: ${allowed.join(', ')}.`),
        ...(suggestion ? { suggestion } : {}),
      });
      return true;
    },
  };
}

/** Checks one value against a node: the cleaned value and the errors, warnings collected apart. */
function validate(node: SchemaNode, value: unknown, path: PathSegment[], options: ParseDirectoryOptions) {
  const issues: Issue[] = [];
  const warnings: Problem[] = [];
  const cleaned = check(node, value, path, issues, forwardCompatible(warnings, options));
  return { cleaned, errors: problemsFromIssues(issues, [], {}, suggestTerm), warnings };
}

type Envelope = Omit<Directory, 'services'>;

/**
 * The document's own fields. A mistake here is an error, but it does not cost any service: the
 * field falls back to a plain default, so partners' pages keep showing the directory.
 */
function readEnvelope(doc: Record<string, unknown>, problems: Problem[], options: ParseDirectoryOptions): Envelope {
  const fields: Record<string, unknown> = {};
  for (const [key, node] of Object.entries(nodes)) {
    if (key === 'services' || key === 'areas') continue;
    const raw = Object.hasOwn(doc, key) ? doc[key] : undefined;
    if (raw === undefined) {
      if (directoryJsonSchema.required?.includes(key)) {
        problems.push(
          ...problemsFromIssues([
            { code: 'invalid_type', path: [key], input: undefined, expected: node.type ?? 'value', message: 'missing' },
          ]),
        );
      }
      continue;
    }
    const { cleaned, errors, warnings } = validate(node, raw, [key], options);
    appendAll(problems, warnings);
    appendAll(problems, errors);
    if (errors.length === 0) fields[key] = cleaned;
  }
  for (const key of Object.keys(doc)) {
    if (!Object.hasOwn(nodes, key)) forwardCompatible(problems, options).unknownField?.([key], key, Object.keys(nodes));
  }
  const known = fields as Partial<Envelope>;
  const areas = readAreas(doc.areas, problems, options);
  const featured = checkFeatured(known.featured, areas, problems);
  return {
    ...known,
    schemaVersion: known.schemaVersion ?? SCHEMA_VERSION,
    id: known.id ?? 'directory',
    title: known.title ?? 'Peer support directory',
    publisher: known.publisher ?? ({ name: 'Unknown publisher' } satisfies Publisher),
    publishedAt: known.publishedAt ?? UNKNOWN_PUBLISHED_AT,
    areas,
    ...(featured ? { featured } : {}),
  };
}

function readAreas(raw: unknown, problems: Problem[], options: ParseDirectoryOptions): Area[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    problems.push({
      severity: 'error',
      code: 'invalid_type',
      path: 'areas',
      message: `should be a list, but it is ${describeValue(raw)}.`,
    });
    return [];
  }
  // Each kept area with its place in the list as written, so a problem points at the right one.
  const kept: [Area, number][] = [];
  raw.forEach((item, index) => {
    const { cleaned, errors, warnings } = validate(areaNode, item, ['areas', index], options);
    appendAll(problems, warnings);
    appendAll(problems, errors);
    if (errors.length === 0) kept.push([cleaned as Area, index]);
  });
  // A parent written in the list but left out for its own errors is not "unknown": those errors say why.
  const written = new Set(raw.map((item) => (item as { id?: unknown } | null)?.id));
  kept.forEach(([area, index]) => {
    if (area.parent && !written.has(area.parent)) {
      problems.push({
        severity: 'warning',
        code: 'unknown_area',
        path: `areas[${index}].parent`,
        message: `"${area.parent}" is not one of the directory's areas.`,
      });
    }
  });
  return kept.map(([area]) => area);
}

/** The id and name of a service as written, for messages about it, even when it is invalid. */
function identify(item: unknown): { id?: string; name?: string } {
  if (typeof item !== 'object' || item === null) return {};
  const { id, name } = item as { id?: unknown; name?: unknown };
  return {
    ...(typeof id === 'string' && id.length <= 80 ? { id } : {}),
    ...(typeof name === 'string' && name.length <= 160 ? { name } : {}),
  };
}
