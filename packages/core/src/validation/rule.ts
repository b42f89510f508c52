import type { PathSegment } from './problem.js';

/**
 * A finding of a rule that spans fields (a session closing before it opens), which JSON Schema
 * cannot express. Rules are plain functions: the zod schemas run them as refinements and the
 * runtime validator runs them after the structural check, so both say the same.
 */
export interface RuleIssue {
  readonly path: readonly PathSegment[];
  readonly message: string;
  readonly input: unknown;
}

/** Runs a rule inside a zod refinement. */
export function reportTo(ctx: { addIssue(issue: { code: 'custom'; path: PathSegment[]; message: string; input: unknown }): void }) {
  return (issues: readonly RuleIssue[]): void => {
    for (const issue of issues) ctx.addIssue({ code: 'custom', path: [...issue.path], message: issue.message, input: issue.input });
  };
}
