import type * as z from 'zod/mini';
import { describeIssue } from './describe-issue.js';
import { formatPath, type PathSegment, type Problem } from './problem.js';

/** Offers a correction for a value that is not one of `allowed`. */
export type Suggest = (value: string, allowed: readonly string[]) => string | undefined;

/** zod issues → our problems, with paths prefixed (for example by `services[3]`). */
export function problemsFromIssues(
  issues: readonly z.core.$ZodIssue[],
  prefix: readonly PathSegment[] = [],
  extra: Partial<Problem> = {},
  suggest?: Suggest,
): Problem[] {
  return issues.map((issue) => {
    const input = (issue as { input?: unknown }).input;
    const suggestion =
      suggest && issue.code === 'invalid_value' && typeof input === 'string'
        ? suggest(input, issue.values.map(String))
        : undefined;
    const message = describeIssue(issue);
    return {
      severity: 'error',
      code: issue.code,
      path: formatPath([...prefix, ...issue.path]),
      message: suggestion ? `${message.slice(0, -1)}; did you mean "${suggestion}"?` : message,
      ...(suggestion ? { suggestion } : {}),
      ...extra,
    };
  });
}
