/**
 * @peer-support-kit/cli as a library: the same commands the `peer-support` binary runs, for
 * scripts and tests that want to run them in process.
 */
export { main, commands } from './main.js';
export type { Io } from './cli/io.js';
export { processIo } from './cli/io.js';
export { UsageError, type CommandSpec, type FlagSpec } from './cli/args.js';
export type { Command } from './commands/command.js';
export { EXIT } from './commands/command.js';
export { loadSources, type Loaded, type LoadedDirectory, type LoadOptions } from './sources/load.js';
export type { LocatedProblem, Origin, Position } from './sources/types.js';
export { formatLocated } from './report/problems.js';
export { buildOutputs, integrity, type BuildInfo, type BuildOutputs } from './build/outputs.js';
export { renderCoverage, type CoverageFormat } from './report/coverage.js';
export { columns as csvColumns, type Column as CsvColumn } from './csv/columns.js';
