/**
 * What validation reports. One shape for charters, directories and imports, so every tool (the
 * CLI, the elements' console messages, a partner's own code) prints problems the same way.
 */
export type Severity = 'error' | 'warning';

export interface Problem {
  /** `error`: the item it concerns was left out (or the whole document, when fatal). `warning`: kept. */
  readonly severity: Severity;
  /** Where, as a path into the document: `services[3].contact.website`, or `` for the whole document. */
  readonly path: string;
  /** What is wrong and what was expected, in plain English. */
  readonly message: string;
  /** A short stable name for the kind of problem, for code that reacts to it. */
  readonly code: string;
  /** A corrected value to offer, for example the nearest known vocabulary term. */
  readonly suggestion?: string;
  /** The service concerned, when the problem belongs to one. */
  readonly service?: { readonly index: number; readonly id?: string; readonly name?: string };
}

export type PathSegment = string | number;

/** `['services', 3, 'contact', 'website']` → `services[3].contact.website`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (typeof segment === 'string' && /^[A-Za-z_$][\w$]*$/.test(segment)) {
      out += out === '' ? segment : `.${segment}`;
    } else out += `[${JSON.stringify(String(segment))}]`;
  }
  return out;
}

/** One line a person can read: `error services[3].contact.website: …`. */
export function formatProblem(problem: Problem): string {
  const where = problem.path === '' ? 'document' : problem.path;
  const service = problem.service;
  const which = service
    ? ` (service ${service.id ? `"${service.id}"` : `#${service.index + 1}`}${service.name ? `, ${service.name}` : ''})`
    : '';
  return `${problem.severity} ${where}${which}: ${problem.message}`;
}
