import type { LocatedProblem } from './types.js';

/** A problem with a whole file (unreadable, not a source, the wrong kind): no line to point at. */
export function fileProblem(file: string, code: string, message: string, severity: 'error' | 'warning' = 'error'): LocatedProblem {
  return { severity, code, path: '', where: 'file', message, file };
}
