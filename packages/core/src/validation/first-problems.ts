import type { Problem } from './problem.js';

/**
 * How many problems one service reports before the rest are counted instead. A service with a
 * list of 200,000 unknown terms is one mistake repeated, and a person fixes it from the first
 * few; reporting every one would bury the other services' problems and exhaust the page.
 */
export const MAX_PROBLEMS_PER_SERVICE = 50;

/**
 * The errors, then the warnings, up to `max`, and when there were more, one last problem that
 * counts them: with the severity of the worst of them, at `path`, so nothing is silently dropped.
 */
export function firstProblems(problems: readonly Problem[], path: string, max = MAX_PROBLEMS_PER_SERVICE): Problem[] {
  if (problems.length <= max) return [...problems];
  const ordered = [...problems.filter((p) => p.severity === 'error'), ...problems.filter((p) => p.severity === 'warning')];
  const rest = ordered.slice(max);
  const errors = rest.filter((p) => p.severity === 'error').length;
  return [
    ...ordered.slice(0, max),
    {
      severity: errors ? 'error' : 'warning',
      code: 'more_problems',
      path,
      message:
        `has ${rest.length.toLocaleString('en-GB')} more problems like those above (${errors.toLocaleString('en-GB')} of them errors), ` +
        `not listed one by one: fix those first and check again.`,
    },
  ];
}

/** Adds every item to `target` one at a time: `push(...items)` overflows the stack on a huge list. */
export function appendAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}
