import { eprintln, type Io } from '../cli/io.js';
import { formatLocated, countProblems, describeCounts } from '../report/problems.js';
import type { LocatedProblem } from '../sources/types.js';

/**
 * For report commands (coverage, stale), whose standard output may be piped into a file: the
 * sources' errors go to standard error, and no report is made from a directory with errors,
 * which would leave out the services that have them.
 */
export function reportSourceErrors(io: Io, command: string, problems: readonly LocatedProblem[]): void {
  for (const problem of problems) if (problem.severity === 'error') eprintln(io, formatLocated(problem));
  eprintln(
    io,
    `${command}: no report: ${describeCounts(countProblems(problems))} in the sources. Fix the errors above (run validate to see the warnings too).`,
  );
}
