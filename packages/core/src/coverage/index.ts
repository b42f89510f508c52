// Coverage of a directory (issue 4): areas × kinds of support, and the gaps in plain words.
// Pure functions of a directory, shared by the CLI's `coverage` command and the coverage element.
export { computeCoverage, isCrisisSupport, hasWeekendSessions } from './compute.js';
export { reachOf } from './cell.js';
export type {
  Coverage,
  CoverageArea,
  CoverageCell,
  CoverageDimension,
  CoverageGap,
  CoverageGapKind,
  CoverageMatrix,
  CoverageOptions,
  CoverageTerm,
  UncountedService,
} from './types.js';
