import type { PathSegment, Problem } from '@peer-support-kit/core';

/** A place in a source file; lines and columns count from 1. */
export interface Position {
  readonly line: number;
  readonly column: number;
  /** In a spreadsheet: the cell as the spreadsheet names it (row 3, column L), to show instead. */
  readonly cell?: { readonly row: number; readonly letter: string };
}

/**
 * Where one value (a service, or a directory's envelope) came from, so a problem's path inside
 * that value can be shown as the file, line and column a maintainer should open.
 */
export interface Origin {
  /** The file, as it is shown in messages. */
  readonly file: string;
  /** The position of `path` inside the value, or of the nearest enclosing value that is written. */
  locate(path: readonly PathSegment[]): Position;
  /** How `path` reads in this file: `contact.website`, `services[2].name`, or a CSV column. */
  describe(path: readonly PathSegment[]): string;
  /**
   * Whether reading the file already reported a problem with the value at `path` (a CSV cell
   * that is no date): the checks' own "is missing" would say the same thing less well.
   */
  readonly reported?: (path: readonly PathSegment[]) => boolean;
}

/** A problem with the place it was found. The file and position are missing only when no file is concerned. */
export interface LocatedProblem extends Problem {
  readonly file?: string;
  readonly position?: Position;
  /** The path as the maintainer reads it in that file. */
  readonly where: string;
}

/** One value read from a source, and where it came from. */
export interface SourceValue {
  readonly value: unknown;
  readonly origin: Origin;
}

/** What one source file holds. */
export interface SourceFile {
  readonly file: string;
  /** A directory's own fields (id, title, publisher, areas…), when the file has them. */
  readonly envelope?: SourceValue;
  readonly services: readonly SourceValue[];
  /** Problems in reading the file itself: unreadable, not YAML, an unknown CSV column… */
  readonly problems: readonly LocatedProblem[];
}
