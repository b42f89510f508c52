import type { RuleIssue } from '../validation/rule.js';

/** A charter's rules that span fields: each principle has words, and ids are unique. */
export function charterRules(charter: {
  readonly principles: readonly { readonly id: string; readonly definition?: string; readonly text?: string }[];
}): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const seen = new Set<string>();
  charter.principles.forEach((principle, index) => {
    if (principle.definition === undefined && principle.text === undefined) {
      issues.push({
        path: ['principles', index, 'definition'],
        input: undefined,
        message: 'A principle needs its definition or its full text (or both).',
      });
    }
    if (seen.has(principle.id)) {
      issues.push({
        path: ['principles', index, 'id'],
        input: principle.id,
        message: `Two principles share the id "${principle.id}"; each needs its own.`,
      });
    }
    seen.add(principle.id);
  });
  return issues;
}
