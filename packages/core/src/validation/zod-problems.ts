import type * as z from 'zod/mini';
import { describeIssue } from './describe-issue.js';
import { formatPath, type PathSegment, type Problem } from './problem.js';

/** zod issues → our problems, with paths prefixed (for example by `services[3]`). */
export function problemsFromIssues(
  issues: readonly z.core.$ZodIssue[],
  prefix: readonly PathSegment[] = [],
  extra: Partial<Problem> = {},
): Problem[] {
  return issues.map((issue) => ({
    severity: 'error',
    code: issue.code,
    path: formatPath([...prefix, ...issue.path]),
    message: describeIssue(issue),
    ...extra,
  }));
}
