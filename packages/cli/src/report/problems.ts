import type { Io } from '../cli/io.js';
import { println } from '../cli/io.js';
import type { LocatedProblem } from '../sources/types.js';

/**
 * `file:line:column: severity path: message`, the form editors and CI logs turn into links; for a
 * spreadsheet, the row and column letter a person finds there: `services.csv row 3, column L: …`.
 */
export function formatLocated(problem: LocatedProblem): string {
  const { file, position } = problem;
  const place =
    file === undefined
      ? ''
      : position?.cell
        ? `${file} ${describeCell(position.cell)}: `
        : position
          ? `${file}:${position.line}:${position.column}: `
          : `${file}: `;
  return `${place}${problem.severity} ${problem.where}: ${problem.message}`;
}

/** "row 3, column L" (or just "row 3" for a whole row). */
export const describeCell = ({ row, letter }: { row: number; letter: string }) => (letter ? `row ${row}, column ${letter}` : `row ${row}`);

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
