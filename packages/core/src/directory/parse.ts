import { describeValue } from '../validation/describe-issue.js';
import type { Problem } from '../validation/problem.js';
import { DirectoryReader } from './reader.js';
import type { Directory } from './schema.js';
import { SCHEMA_VERSION } from './version.js';

export interface ParseDirectoryOptions {
  /** `drop` (the default): an unknown term in a list is left out with a warning. `error`: it is an error. */
  readonly unknownTerms?: 'drop' | 'error';
  /**
   * For the directory's maintainers (the CLI's `validate` and `build`): what a reader would
   * forgive is an error, because it would hide a service or lose its data. An unknown field
   * (`contacts:` for `contact:`), term or area is an error naming the nearest known one, where one
   * is close. Pages reading a published file leave it out with a warning instead, so a newer file
   * still shows.
   */
  readonly strict?: boolean;
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
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (error) {
      return fatal('', `The directory is not valid JSON: ${(error as Error).message}`, 'not_json');
    }
  }
  const reader = openDirectory(value, options);
  if (!(reader instanceof DirectoryReader)) return reader;
  for (const item of (value as { services: unknown[] }).services) reader.add(item);
  return reader.result();
}

/**
 * Starts reading a parsed document: a reader of its own fields, ready for its services, or
 * (for a document that cannot be read at all) the result that says why.
 */
export function openDirectory(value: unknown, options: ParseDirectoryOptions = {}): DirectoryReader | ParseDirectoryResult {
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
  return new DirectoryReader(doc, options, problems);
}

function fatal(path: string, message: string, code: string): ParseDirectoryResult {
  return { directory: undefined, problems: [{ severity: 'error', code, path, message }], excluded: 0 };
}
