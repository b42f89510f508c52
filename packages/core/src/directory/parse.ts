import { problemsFromIssues, type Suggest } from '../validation/zod-problems.js';
import { describeValue } from '../validation/describe-issue.js';
import { nearest } from '../validation/suggest.js';
import type { Problem } from '../validation/problem.js';
import { serviceWarnings } from './checks.js';
import { prepare, termCandidates, type PrepareOptions } from './prepare.js';
import {
  areaSchema,
  directoryEnvelopeSchema,
  publisherSchema,
  SCHEMA_VERSION,
  serviceSchema,
  type Area,
  type Directory,
  type Publisher,
  type Service,
} from './schema.js';

export interface ParseDirectoryOptions extends PrepareOptions {}

export interface ParseDirectoryResult {
  /** Every valid service, or `undefined` when the document could not be read at all. */
  readonly directory: Directory | undefined;
  /** Everything found, errors and warnings, in document order. */
  readonly problems: readonly Problem[];
  /** How many services were left out because of errors. */
  readonly excluded: number;
}

const SUPPORTED_MAJOR = Number(SCHEMA_VERSION.split('.')[0]);

const suggestTerm: Suggest = (value, allowed) => nearest(value, termCandidates(allowed));

/**
 * Reads a directory document (JSON text or an already parsed value). Never throws.
 *
 * One bad service never hides the others: each service is validated on its own, and one with an
 * error is left out while every valid one is kept. Problems name the service and the field path
 * (`services[3].contact.website`) and say what was expected. Only a document that cannot be read
 * at all (not JSON, not an object, an unsupported major version, no services list) gives no
 * directory, with one error saying why.
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
  if (Number(match[2]) > Number(SCHEMA_VERSION.split('.')[1])) {
    problems.push({
      severity: 'warning',
      code: 'newer_version',
      path: 'schemaVersion',
      message: `is ${version}, newer than this reader (${SCHEMA_VERSION}); fields and terms it does not know are ignored.`,
    });
  }

  const envelope = readEnvelope(doc, problems, options);
  const areaIds = new Set(envelope.areas.map((area) => area.id));
  const services = readServices(doc.services, problems, options, { areaIds, publishedAt: envelope.publishedAt });
  const excluded = doc.services.length - services.length;
  return { directory: { ...envelope, services }, problems, excluded };
}

type Envelope = Omit<Directory, 'services'>;

/**
 * The document's own fields. A mistake here is an error, but it does not cost any service: the
 * field falls back to a plain default, so partners' pages keep showing the directory.
 */
function readEnvelope(doc: Record<string, unknown>, problems: Problem[], options: PrepareOptions): Envelope {
  const { services: _services, areas: rawAreas, ...rest } = doc;
  const cleaned = prepare(directoryEnvelopeSchema, { ...rest, services: [] }, [], problems, options) as Record<string, unknown>;
  const result = directoryEnvelopeSchema.safeParse(cleaned, { reportInput: true });
  const fields: Partial<Envelope> = result.success ? result.data : {};
  if (!result.success) {
    problems.push(...problemsFromIssues(result.error.issues, [], {}, suggestTerm));
    const shape = directoryEnvelopeSchema.shape;
    for (const key of ['$schema', 'id', 'title', 'description', 'publishedAt', 'schemaVersion'] as const) {
      const field = shape[key].safeParse(cleaned[key]);
      if (field.success && field.data !== undefined) (fields as Record<string, unknown>)[key] = field.data;
    }
    const publisher = publisherSchema.safeParse(cleaned.publisher);
    if (publisher.success) fields.publisher = publisher.data;
  }
  const areas = readAreas(rawAreas, problems, options);
  return {
    ...fields,
    schemaVersion: fields.schemaVersion ?? SCHEMA_VERSION,
    id: fields.id ?? 'directory',
    title: fields.title ?? 'Peer support directory',
    publisher: fields.publisher ?? ({ name: 'Unknown publisher' } satisfies Publisher),
    // An unknown publication date reads as very old, so the widget says the data may be stale.
    publishedAt: fields.publishedAt ?? '1970-01-01T00:00:00Z',
    areas,
  };
}

function readAreas(raw: unknown, problems: Problem[], options: PrepareOptions): Area[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    problems.push({ severity: 'error', code: 'invalid_type', path: 'areas', message: `should be a list, but it is ${describeValue(raw)}.` });
    return [];
  }
  const areas: Area[] = [];
  raw.forEach((item, index) => {
    const cleaned = prepare(areaSchema, item, ['areas', index], problems, options);
    const result = areaSchema.safeParse(cleaned, { reportInput: true });
    if (result.success) areas.push(result.data);
    else problems.push(...problemsFromIssues(result.error.issues, ['areas', index]));
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
  options: PrepareOptions,
  context: { readonly areaIds: ReadonlySet<string>; readonly publishedAt: string },
): Service[] {
  const services: Service[] = [];
  const firstIndexOf = new Map<string, number>();
  raw.forEach((item, index) => {
    const at = `services[${index}]`;
    const service = { index, ...identify(item) };
    const own: Problem[] = [];
    const cleaned = prepare(serviceSchema, item, ['services', index], own, options);
    const result = serviceSchema.safeParse(cleaned, { reportInput: true });
    if (!result.success) {
      own.push(...problemsFromIssues(result.error.issues, ['services', index], {}, suggestTerm));
    } else if (firstIndexOf.has(result.data.id)) {
      own.push({
        severity: 'error',
        code: 'duplicate_id',
        path: `${at}.id`,
        message: `"${result.data.id}" is already the id of services[${firstIndexOf.get(result.data.id)}]; each service needs its own id, so this one was left out.`,
      });
    } else {
      firstIndexOf.set(result.data.id, index);
      own.push(...serviceWarnings(result.data, at, context));
      services.push(result.data);
    }
    problems.push(...own.map((problem) => ({ ...problem, service })));
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
