import type { Problem } from './problem.js';

/**
 * How many problems one service reports before the rest are counted instead. A service with a
 * list of 200,000 unknown terms is one mistake repeated, and a person fixes it from the first
 * few; reporting every one would bury the other services' problems and exhaust the page.
 */
export const MAX_PROBLEMS_PER_SERVICE = 50;

/**
 * The errors, then the warnings, up to `max`, and when there were more, one last problem that
 * counts them: an error if any of them is one, at `path`, so nothing is silently dropped.
 */
export function firstProblems(problems: readonly Problem[], path: string, max = MAX_PROBLEMS_PER_SERVICE): readonly Problem[] {
  if (problems.length <= max) return problems;
  // A stable sort: errors first (they say why a service was left out), each kind in its order.
  const ordered = [...problems].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  const rest = ordered.slice(max);
  return [
    ...ordered.slice(0, max),
    {
      severity: rest.some((problem) => problem.severity === 'error') ? 'error' : 'warning',
      code: 'more_problems',
      path,
      message: `has ${rest.length} more problems like those above, not listed one by one: fix those first and check again.`,
    },
  ];
}

/** Adds every item to `target` one at a time: `push(...items)` overflows the stack on a huge list. */
export function appendAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}
