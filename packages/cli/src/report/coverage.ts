import type { Coverage, CoverageArea, CoverageCell, CoverageDimension, CoverageGap, CoverageMatrix } from '@peer-support-kit/core';
import { csvLine, textTable } from './text-table.js';

export type CoverageFormat = 'table' | 'markdown' | 'csv' | 'json';
export const COVERAGE_FORMATS: readonly CoverageFormat[] = ['table', 'markdown', 'csv', 'json'];
export const DIMENSIONS: readonly CoverageDimension[] = ['provision', 'community', 'transition'];

const WEEKEND = { id: 'crisis-at-weekends', label: 'Crisis peer support at weekends' };

/** Which kinds of gap belong to a breakdown; an area with no support at all belongs to every one. */
const GAP_KINDS: Record<CoverageDimension, readonly CoverageGap['kind'][]> = {
  provision: ['no-services', 'provision'],
  community: ['no-services', 'community'],
  transition: ['no-services', 'transition', 'weekend-crisis'],
};

/** The gaps a report shows: those of the breakdown asked for, or all of them. */
export function gapsFor(coverage: Coverage, by?: CoverageDimension): readonly CoverageGap[] {
  if (!by) return coverage.gaps;
  const kinds = new Set(GAP_KINDS[by]);
  return coverage.gaps.filter((gap) => kinds.has(gap.kind));
}

/** The report in one format, for the breakdowns asked for (all three when `by` is not given). */
export function renderCoverage(coverage: Coverage, format: CoverageFormat, by?: CoverageDimension): string {
  const dimensions = by ? [by] : DIMENSIONS;
  const gaps = gapsFor(coverage, by);
  switch (format) {
    case 'json':
      return `${JSON.stringify(by ? narrowed(coverage, by, gaps) : coverage, null, 2)}\n`;
    case 'csv':
      return csv(coverage, dimensions);
    case 'markdown':
      return markdown(coverage, dimensions, gaps);
    case 'table':
      return table(coverage, dimensions, gaps);
  }
}

function narrowed(coverage: Coverage, by: CoverageDimension, gaps: readonly CoverageGap[]) {
  const { provision: _p, community: _c, transition: _t, gaps: _g, ...rest } = coverage;
  return { ...rest, [by]: coverage[by], gaps };
}

/** `2`, or `2 +1` when one more service covers part of the area. */
const count = (cell: CoverageCell) => `${cell.services.length}${cell.partial.length ? ` +${cell.partial.length}` : ''}`;

/** The columns of one breakdown; the transition breakdown adds crisis support at weekends (seed 004). */
function columnsOf(matrix: CoverageMatrix) {
  const columns = matrix.terms.map((term) => ({ ...term, cell: (area: CoverageArea) => matrix.cells[area.id]![term.id]! }));
  if (matrix.dimension === 'transition') columns.push({ ...WEEKEND, cell: (area) => area.weekendCrisis });
  return columns;
}

function heading(coverage: Coverage): string[] {
  const { directory } = coverage;
  const left = coverage.uncounted.length;
  return [
    `Coverage of ${directory.title} (${directory.id}, published ${directory.publishedAt.slice(0, 10)})`,
    `${coverage.counted} ${coverage.statuses.join(' or ')} services counted${left ? `; ${left} not counted (listed at the end)` : ''}.`,
    'Each number counts services for the whole area; "+N" counts more that serve only part of it.',
  ];
}

function uncountedLines(coverage: Coverage, bullet: string): string[] {
  const reasons: Record<string, string> = {
    closed: 'closed',
    'temporarily-closed': 'temporarily closed',
    unconfirmed: 'not confirmed as running',
    'no-known-area': "names none of the directory's areas",
  };
  return coverage.uncounted.map(
    (s) =>
      `${bullet}${s.name} (${s.id}): ${reasons[s.reason] ?? s.reason}${s.reason === 'unconfirmed' ? `, last heard of in ${s.lastHeardOf}` : ''}`,
  );
}

function table(coverage: Coverage, dimensions: readonly CoverageDimension[], gaps: readonly CoverageGap[]): string {
  const lines = heading(coverage);
  for (const dimension of dimensions) {
    const matrix = coverage[dimension];
    const columns = columnsOf(matrix);
    const rows = coverage.areas.map((area) => [
      `${'  '.repeat(area.depth)}${area.name}`,
      ...columns.map((column) => count(column.cell(area))),
    ]);
    lines.push('', `${matrix.label} (by ${dimension})`, ...textTable(['Area', ...columns.map((column) => column.id)], rows));
  }
  lines.push('', gaps.length ? 'Gaps:' : 'Gaps: none found.', ...gaps.map((gap) => `  - ${gap.message}`));
  if (coverage.uncounted.length) lines.push('', 'Not counted:', ...uncountedLines(coverage, '  - '));
  return `${lines.join('\n')}\n`;
}

function markdown(coverage: Coverage, dimensions: readonly CoverageDimension[], gaps: readonly CoverageGap[]): string {
  const [title, ...notes] = heading(coverage);
  const lines = [`# ${title}`, '', ...notes.map((note) => `${note}  `)];
  const escape = (text: string) => text.replace(/\|/g, '\\|');
  for (const dimension of dimensions) {
    const matrix = coverage[dimension];
    const columns = columnsOf(matrix);
    lines.push(
      '',
      `## ${matrix.label}`,
      '',
      `| Area | ${columns.map((column) => escape(column.label)).join(' | ')} |`,
      `|---|${columns.map(() => '--:|').join('')}`,
    );
    for (const area of coverage.areas) {
      lines.push(
        `| ${'&emsp;'.repeat(area.depth)}${escape(area.name)} | ${columns.map((column) => count(column.cell(area))).join(' | ')} |`,
      );
    }
  }
  lines.push('', '## Gaps', '', ...(gaps.length ? gaps.map((gap) => `- ${gap.message}`) : ['None found.']));
  if (coverage.uncounted.length) lines.push('', '## Not counted', '', ...uncountedLines(coverage, '- '));
  return `${lines.join('\n')}\n`;
}

/** One row per area and term, so a spreadsheet can pivot it any way. */
function csv(coverage: Coverage, dimensions: readonly CoverageDimension[]): string {
  const lines = [csvLine(['area_id', 'area', 'parent_id', 'breakdown', 'term_id', 'term', 'services', 'in_part'])];
  for (const dimension of dimensions) {
    const columns = columnsOf(coverage[dimension]);
    for (const area of coverage.areas) {
      for (const column of columns) {
        const cell = column.cell(area);
        lines.push(
          csvLine([area.id, area.name, area.parent ?? '', dimension, column.id, column.label, cell.services.length, cell.partial.length]),
        );
      }
    }
  }
  return `${lines.join('\n')}\n`;
}
