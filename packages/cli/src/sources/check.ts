import { parseDirectory, type Problem } from '@peer-support-kit/core';
import { parsePath } from './path.js';
import type { LocatedProblem, Origin, SourceValue } from './types.js';

// Checking sources once they are read: no files, no Node, so the browser workbench checks them
// exactly as `peer-support validate` and `build` do.

/** Stands in for a directory file when services are checked on their own. */
const STAND_IN = {
  schemaVersion: '1.0',
  id: 'services',
  title: 'Services checked on their own',
  publisher: { name: 'peer-support validate' },
  // Far in the future, so no review date is reported as later than publication.
  publishedAt: '9999-12-31T23:59:59Z',
  areas: [],
};

/**
 * Validates services with their directory file, or on their own (no envelope). `quiet`: do not
 * add the note that there was no directory file (one was given, and its error says why not).
 */
export function validate(
  envelope: SourceValue | undefined,
  services: readonly SourceValue[],
  options: { readonly publishedAt?: string; readonly quiet?: boolean } = {},
) {
  const fields = { ...(envelope ? (envelope.value as Record<string, unknown>) : STAND_IN) };
  if (options.publishedAt) fields.publishedAt = options.publishedAt;
  const result = parseDirectory({ ...fields, services: services.map((service) => service.value) }, { strict: true });
  const kept = result.problems.filter((problem) => (envelope || problem.code !== 'unknown_area') && !alreadyReported(problem, services));
  const located = kept.map((problem) => locate(problem, envelope?.origin, services));
  if (!envelope && services.length > 0 && !options.quiet) {
    located.push({
      severity: 'warning',
      code: 'no_directory_file',
      path: '',
      where: 'sources',
      message:
        'no directory file (directory.yaml) was given, so the services were checked on their own: their areas were not checked against a directory.',
    });
  }
  return { directory: result.directory, located };
}

function alreadyReported(problem: Problem, services: readonly SourceValue[]): boolean {
  const path = parsePath(problem.path);
  const service = path[0] === 'services' && typeof path[1] === 'number' ? services[path[1]] : undefined;
  return service?.origin.reported?.(path.slice(2)) ?? false;
}

/** A problem from parseDirectory → the file, position and path of the value it concerns. */
export function locate(problem: Problem, envelope: Origin | undefined, services: readonly SourceValue[]): LocatedProblem {
  const path = parsePath(problem.path);
  const service = path[0] === 'services' && typeof path[1] === 'number' ? services[path[1]] : undefined;
  const origin = service?.origin ?? envelope;
  const rest = service ? path.slice(2) : path;
  // "services[0]" means nothing to someone editing files: name the file and line instead.
  const message = problem.message.replace(/services\[(\d+)\]/g, (text, index: string) => {
    const other = services[Number(index)]?.origin;
    if (!other) return text;
    const { line, column } = other.locate([]);
    return `${other.file}:${line}:${column}`;
  });
  if (!origin) return { ...problem, message, where: problem.path || 'document' };
  return { ...problem, message, file: origin.file, position: origin.locate(rest), where: origin.describe(rest) };
}

/** Problems without a file first, then by file in reading order, line and column. */
export function inFileOrder(problems: readonly LocatedProblem[], readOrder: readonly string[]): LocatedProblem[] {
  const order = new Map(readOrder.map((file, index) => [file, index]));
  // Files that were never read (a missing argument) come first, with problems that name no file.
  const rank = (problem: LocatedProblem) => (problem.file === undefined ? -1 : (order.get(problem.file) ?? -1));
  return problems
    .map((problem, index) => ({ problem, index }))
    .sort(
      (a, b) =>
        rank(a.problem) - rank(b.problem) ||
        (a.problem.position?.line ?? 0) - (b.problem.position?.line ?? 0) ||
        (a.problem.position?.column ?? 0) - (b.problem.position?.column ?? 0) ||
        a.index - b.index,
    )
    .map(({ problem }) => problem);
}
