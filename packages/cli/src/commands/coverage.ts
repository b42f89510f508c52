import { computeCoverage, type CoverageDimension } from '@peer-support-kit/core';
import type { CommandSpec } from '../cli/args.js';
import { eprintln } from '../cli/io.js';
import { startProgress } from '../cli/progress.js';
import { COVERAGE_FORMATS, DIMENSIONS, gapsFor, renderCoverage, type CoverageFormat } from '../report/coverage.js';
import { plural } from '../report/problems.js';
import { loadOneDirectory } from '../sources/load-one.js';
import { EXIT, type Command } from './command.js';
import { reportSourceErrors } from './report-errors.js';
import { oneOf } from './one-of.js';

const spec: CommandSpec = {
  name: 'coverage',
  summary: 'Show which kinds of peer support each area has, for whom and when, and name the gaps.',
  args: '<file|dir…>',
  minArgs: 1,
  flags: {
    format: { type: 'string', value: '<format>', description: 'table (the default), markdown, csv or json.' },
    by: {
      type: 'string',
      value: '<breakdown>',
      description: 'Only one breakdown: provision, community or transition (default: all three).',
    },
  },
  details: `
Reads a directory folder, a directory file or a built directory.json. Rows are the directory's
areas, each larger area before the places inside it. Numbers count active services that serve the
whole area (listed for it, or for a larger area containing it); "+N" counts services listed only
for places inside it. Crisis peer support counts services for the crisis transition point or in
a crisis setting; the transition breakdown adds crisis support at weekends.

Gaps name, in plain words, each area with no provision of a kind, nothing at a transition point,
no crisis support at weekends, or nothing for a community, once, at the largest area that has
the gap. CSV has one row per area and term; JSON is the whole coverage object from
@peer-support-kit/core. The report goes to standard output, the summary to standard error.

Example:
  peer-support coverage packages/directory-sussex --format markdown > coverage.md`,
};

export const coverageCommand: Command = {
  spec,
  run({ positionals, values }, io) {
    const format = oneOf<CoverageFormat>('--format', values.format, COVERAGE_FORMATS) ?? 'table';
    const by = oneOf<CoverageDimension>('--by', values.by, DIMENSIONS);
    const progress = startProgress(io, 'coverage');
    const result = loadOneDirectory(positionals, io.cwd, { progress });
    progress.done();
    if (!result.ok) {
      reportSourceErrors(io, 'coverage', result.problems);
      return EXIT.dataErrors;
    }
    const coverage = computeCoverage(result.one.directory);
    io.stdout(renderCoverage(coverage, format, by));
    const gaps = gapsFor(coverage, by).length;
    eprintln(
      io,
      `coverage: ${plural(coverage.counted, 'service')} counted in ${plural(coverage.areas.length, 'area')}, ${plural(gaps, 'gap')} named.`,
    );
    return EXIT.ok;
  },
};
