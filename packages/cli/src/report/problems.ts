import type { Io } from '../cli/io.js';
import { println } from '../cli/io.js';
import type { LocatedProblem } from '../sources/types.js';

/** `file:line:column: severity path: message`, the form editors and CI logs turn into links. */
export function formatLocated(problem: LocatedProblem): string {
  const place = problem.file === undefined ? '' : problem.position ? `${problem.file}:${problem.position.line}:${problem.position.column}: ` : `${problem.file}: `;
  return `${place}${problem.severity} ${problem.where}: ${problem.message}`;
}

export interface Counts {
  readonly errors: number;
  readonly warnings: number;
}

export function countProblems(problems: readonly LocatedProblem[]): Counts {
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  return { errors, warnings: problems.length - errors };
}

export function printProblems(io: Io, problems: readonly LocatedProblem[], only?: 'error'): void {
  for (const problem of problems) if (!only || problem.severity === only) println(io, formatLocated(problem));
}

/** "1 error", "3 warnings", "no errors". */
export const plural = (count: number, noun: string) => `${count === 0 ? 'no' : count} ${noun}${count === 1 ? '' : 's'}`;

export const describeCounts = ({ errors, warnings }: Counts) => `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
