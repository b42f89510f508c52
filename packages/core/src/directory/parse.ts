import { check, type CheckHooks } from '../validation/check.js';
import { describeValue } from '../validation/describe-issue.js';
import type { Issue } from '../validation/issue.js';
import { problemsFromIssues, type Suggest } from '../validation/issues-to-problems.js';
import type { SchemaNode } from '../validation/json-schema.js';
import { formatPath, type PathSegment, type Problem } from '../validation/problem.js';
import { nearest } from '../validation/suggest.js';
import { directoryJsonSchema } from '../generated/schemas.js';
import { serviceWarnings } from './checks.js';
import { serviceRules } from './rules.js';
import type { Area, Directory, Publisher, Service } from './schema.js';
import { termCandidates } from './terms.js';
import { SCHEMA_VERSION } from './version.js';

export interface ParseDirectoryOptions {
  /** `drop` (the default): an unknown term in a list is left out with a warning. `error`: it is an error. */
  readonly unknownTerms?: 'drop' | 'error';
}

export interface ParseDirectoryResult {
  /** Every valid service, or `undefined` when the document could not be read at all. */
  readonly directory: Directory | undefined;
  /** Everything found, errors and warnings, in document order. */
  readonly problems: readonly Problem[];
  /** How many services were left out because of errors. */
  readonly excluded: number;
}

const [SUPPORTED_MAJOR, SUPPORTED_MINOR] = SCHEMA_VERSION.split('.').map(Number) as [number, number];

// An unknown publication date reads as very old, so the widget says the data may be stale.
const UNKNOWN_PUBLISHED_AT = '1970-01-01T00:00:00Z';

const nodes = directoryJsonSchema.properties!;
const serviceNode = nodes.services!.items!;
const areaNode = nodes.areas!.items!;
const suggestTerm: Suggest = (value, allowed) => nearest(value, termCandidates(allowed));

/**
 * Reads a directory document (JSON text or an already parsed value). Never throws.
 *
 * One bad service never hides the others: each service is validated on its own, and one with an
 * error is left out while every valid one is kept. Problems name the service and the field path
 * (`services[3].contact.website`) and say what was expected. Only a document that cannot be read
 * at all (not JSON, not an object, an unsupported major version, no services list) gives no
 * directory, with one error saying why.
 *
 * Validation runs on the JSON Schema generated from the zod schemas, with a small interpreter, so
 * the browser does not carry zod; tests show both give the same verdicts.
 */
export function parseDirectory(input: unknown, options: ParseDirectoryOptions = {}): ParseDirectoryResult {
  const fatal = (path: string, message: string, code: string): ParseDirectoryResult => ({
    directory: undefined,
    problems: [{ severity: 'error', code, path, message }],
    excluded: 0,
  });

  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (error) {
      return fatal('', `The directory is not valid JSON: ${(error as Error).message}`, 'not_json');
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fatal('', `The directory should be a JSON object, but it is ${describeValue(value)}.`, 'not_object');
  }
  const doc = value as Record<string, unknown>;

  const version = doc.schemaVersion;
  const match = typeof version === 'string' ? /^(\d+)\.(\d+)$/.exec(version) : null;
  if (!match) {
    return fatal(
      'schemaVersion',
      version === undefined
        ? `schemaVersion is missing; expected a version like "${SCHEMA_VERSION}".`
        : `schemaVersion should be a version like "${SCHEMA_VERSION}", but it is ${describeValue(version)}.`,
      'bad_version',
    );
  }
  if (Number(match[1]) !== SUPPORTED_MAJOR) {
    return fatal(
      'schemaVersion',
      `This directory uses version ${version} of the format, which this version of Peer Support Kit cannot read ` +
        `(it reads ${SUPPORTED_MAJOR}.x). Update @peer-support-kit to a version that supports it.`,
      'unsupported_version',
    );
  }
  if (!Array.isArray(doc.services)) {
    return fatal(
      'services',
      doc.services === undefined
        ? 'The directory has no services list.'
        : `services should be a list of services, but it is ${describeValue(doc.services)}.`,
      'no_services',
    );
  }

  const problems: Problem[] = [];
  if (Number(match[2]) > SUPPORTED_MINOR) {
    problems.push({
      severity: 'warning',
      code: 'newer_version',
      path: 'schemaVersion',
      message: `is ${version}, newer than this reader (${SCHEMA_VERSION}); fields and terms it does not know are ignored.`,
    });
  }

  const envelope = readEnvelope(doc, problems, options);
  const areaIds = new Set(envelope.areas.map((area) => area.id));
  const publishedAt = envelope.publishedAt === UNKNOWN_PUBLISHED_AT ? undefined : envelope.publishedAt;
  const services = readServices(doc.services, problems, options, { areaIds, publishedAt });
  const excluded = doc.services.length - services.length;
  return { directory: { ...envelope, services }, problems, excluded };
}

/**
 * Hooks that keep what a newer minor version may add from costing a service: unknown fields are
 * ignored and unknown terms left out of lists, each with a warning naming the nearest known one.
 */
function forwardCompatible(warnings: Problem[], options: ParseDirectoryOptions): CheckHooks {
  return {
    unknownField(path, key, known) {
      const suggestion = nearest(key, known.map((id) => ({ id })));
      warnings.push({
        severity: 'warning',
        code: 'unknown_field',
        path: formatPath(path),
        message: `is not a field this version knows, so it was ignored${suggestion ? `; did you mean "${suggestion}"?` : '.'}`,
        ...(suggestion ? { suggestion } : {}),
      });
    },
    unknownTerm(path, term, allowed) {
      if (options.unknownTerms === 'error') return false;
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
        problems.push(...problemsFromIssues([{ code: 'invalid_type', path: [key], input: undefined, expected: node.type ?? 'value', message: 'missing' }]));
      }
      continue;
    }
    const { cleaned, errors, warnings } = validate(node, raw, [key], options);
    problems.push(...warnings, ...errors);
    if (errors.length === 0) fields[key] = cleaned;
  }
  for (const key of Object.keys(doc)) {
    if (!Object.hasOwn(nodes, key)) forwardCompatible(problems, options).unknownField?.([key], key, Object.keys(nodes));
  }
  const known = fields as Partial<Envelope>;
  return {
    ...known,
    schemaVersion: known.schemaVersion ?? SCHEMA_VERSION,
    id: known.id ?? 'directory',
    title: known.title ?? 'Peer support directory',
    publisher: known.publisher ?? ({ name: 'Unknown publisher' } satisfies Publisher),
    publishedAt: known.publishedAt ?? UNKNOWN_PUBLISHED_AT,
    areas: readAreas(doc.areas, problems, options),
  };
}

function readAreas(raw: unknown, problems: Problem[], options: ParseDirectoryOptions): Area[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    problems.push({ severity: 'error', code: 'invalid_type', path: 'areas', message: `should be a list, but it is ${describeValue(raw)}.` });
    return [];
  }
  const areas: Area[] = [];
  raw.forEach((item, index) => {
    const { cleaned, errors, warnings } = validate(areaNode, item, ['areas', index], options);
    problems.push(...warnings, ...errors);
    if (errors.length === 0) areas.push(cleaned as Area);
  });
  const ids = new Set(areas.map((area) => area.id));
  areas.forEach((area, index) => {
    if (area.parent && !ids.has(area.parent)) {
      problems.push({
        severity: 'warning',
        code: 'unknown_area',
        path: `areas[${index}].parent`,
        message: `"${area.parent}" is not one of the directory's areas.`,
      });
    }
  });
  return areas;
}

function readServices(
  raw: readonly unknown[],
  problems: Problem[],
  options: ParseDirectoryOptions,
  context: { readonly areaIds: ReadonlySet<string>; readonly publishedAt: string | undefined },
): Service[] {
  const services: Service[] = [];
  const firstIndexOf = new Map<string, number>();
  raw.forEach((item, index) => {
    const at = `services[${index}]`;
    const { cleaned, errors, warnings } = validate(serviceNode, item, ['services', index], options);
    const own: Problem[] = [...warnings, ...errors];
    const service = cleaned as Service;
    // Rules that span fields read the schedule, age range and locations: run them when those are
    // sound (even if something else is wrong), so one reading reports everything to fix.
    const ruleFieldsSound = typeof cleaned === 'object' && cleaned !== null &&
      !errors.some((problem) => /^services\[\d+\](?:\.(?:schedule|ageRange|locations)\b|$)/.test(problem.path));
    if (ruleFieldsSound) {
      const rules = serviceRules(service).map((rule) => ({ code: 'custom', path: rule.path, input: rule.input, message: rule.message }));
      own.push(...problemsFromIssues(rules, ['services', index]));
    }
    if (own.some((problem) => problem.severity === 'error')) {
      // left out; the problems say why
    } else if (firstIndexOf.has(service.id)) {
      own.push({
        severity: 'error',
        code: 'duplicate_id',
        path: `${at}.id`,
        message: `"${service.id}" is already the id of services[${firstIndexOf.get(service.id)}]; each service needs its own id, so this one was left out.`,
      });
    } else {
      firstIndexOf.set(service.id, index);
      own.push(...serviceWarnings(service, at, context));
      services.push(service);
    }
    const who = { index, ...identify(item) };
    problems.push(...own.map((problem) => ({ ...problem, service: who })));
  });
  return services;
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
