import type { PathSegment } from './problem.js';

/**
 * One thing wrong with a value, in the shape zod gives its issues, so one function (describeIssue)
 * words both zod's and the runtime validator's.
 */
export interface Issue {
  readonly code: 'invalid_type' | 'too_small' | 'too_big' | 'invalid_format' | 'invalid_value' | 'unrecognized_keys' | 'custom' | string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly input?: unknown;
  readonly expected?: string;
  readonly origin?: string;
  readonly minimum?: number | bigint;
  readonly maximum?: number | bigint;
  readonly inclusive?: boolean;
  readonly values?: readonly unknown[];
  readonly keys?: readonly string[];
}

export type { PathSegment };
