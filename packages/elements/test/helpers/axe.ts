import 'axe-core/axe.min.js';
import type { AxeResults, RunOptions } from 'axe-core';

declare global {
  interface Window {
    axe: { run(context: Element, options: RunOptions): Promise<AxeResults> };
  }
}

/** The WCAG 2.2 A and AA rules (and the earlier versions' they include). */
const WCAG_AA: RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  resultTypes: ['violations'],
};

/** Fails with every violation axe finds in `element` (shadow roots included), each named. */
export async function expectNoAxeViolations(element: Element): Promise<void> {
  const { violations } = await window.axe.run(element, WCAG_AA);
  if (violations.length === 0) return;
  const report = violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary}`).join('\n')}`)
    .join('\n  ');
  throw new Error(`axe found ${violations.length} violation(s):\n  ${report}`);
}
