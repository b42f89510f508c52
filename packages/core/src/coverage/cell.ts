import type { CoverageCell } from './types.js';

/** How many services reach a cell's area at all, in full or in part. */
export const reachOf = (cell: CoverageCell): number => cell.services.length + cell.partial.length;
