import type { PathSegment } from '@peer-support-kit/core';
import type { LocatedProblem, Origin, SourceFile, SourceValue } from './types.js';

/**
 * `envelope`: the file is a directory folder's `directory.yaml`, so it is the directory's own
 * fields whatever it looks like. `any`: a service, a list of services or a whole directory,
 * told apart by shape.
 */
export type Role = 'envelope' | 'any';

const describe = (value: unknown) =>
  value === null || value === undefined
    ? 'empty'
    : Array.isArray(value)
      ? 'a list'
      : typeof value === 'object'
        ? 'an object'
        : `${typeof value} ${JSON.stringify(value)}`;

/** Sorts what a parsed file holds into a directory envelope and services. */
export function classify(file: string, value: unknown, role: Role, origin: (base: readonly PathSegment[]) => Origin): SourceFile {
  const problems: LocatedProblem[] = [];
  const fail = (base: readonly PathSegment[], message: string): SourceFile => {
    const at = origin(base);
    return {
      file,
      services: [],
      problems: [{ severity: 'error', code: 'bad_source', path: '', where: at.describe([]), message, file, position: at.locate([]) }],
    };
  };

  if (role === 'envelope' || isDirectoryDocument(value)) {
    if (!isObject(value))
      return fail([], `is ${describe(value)}; a directory file needs schemaVersion, id, title, publisher and publishedAt.`);
    const { services, ...envelope } = value;
    if (services !== undefined && !Array.isArray(services)) {
      return fail(['services'], `should be a list of services, but it is ${describe(services)}.`);
    }
    const listed: SourceValue[] = (services ?? []).map((service, index) => ({ value: service, origin: origin(['services', index]) }));
    return { file, envelope: { value: envelope, origin: origin([]) }, services: listed, problems };
  }
  if (Array.isArray(value))
    return { file, services: value.map((service, index) => ({ value: service, origin: origin([index]) })), problems };
  if (isObject(value)) return { file, services: [{ value, origin: origin([]) }], problems };
  return fail([], `is ${describe(value)}; expected a service, a list of services, or a whole directory.`);
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A whole directory document has a services list or a schema version; a service has neither. */
const isDirectoryDocument = (value: unknown) => isObject(value) && ('services' in value || 'schemaVersion' in value);
