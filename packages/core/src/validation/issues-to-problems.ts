import { describeIssue } from './describe-issue.js';
import type { Issue } from './issue.js';
import { formatPath, type PathSegment, type Problem } from './problem.js';

/** Offers a correction for a value that is not one of `allowed`. */
export type Suggest = (value: string, allowed: readonly string[]) => string | undefined;

/**
 * Issues (zod's, or the runtime validator's) → our problems, with paths prefixed (for example by
 * `services[3]`). Only the first issue of each field is kept: an empty title is "empty", not also
 * "too short".
 */
export function problemsFromIssues(
  issues: readonly Issue[],
  prefix: readonly PathSegment[] = [],
  extra: Partial<Problem> = {},
  suggest?: Suggest,
): Problem[] {
  const seen = new Set<string>();
  const firstPerField = issues.filter((issue) => {
    const key = issue.path.map(String).join('\u0000');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return firstPerField.map((issue) => {
    const input = (issue as { input?: unknown }).input;
    const suggestion =
      suggest && issue.code === 'invalid_value' && typeof input === 'string' ? suggest(input, (issue.values ?? []).map(String)) : undefined;
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
