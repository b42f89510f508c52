import type { ServiceStatus } from '../directory/vocabularies.js';

/** The three ways coverage is broken down, each a closed vocabulary of the directory schema. */
export type CoverageDimension = 'provision' | 'community' | 'transition';

export interface CoverageOptions {
  /** Which statuses count as provision. Default: only `active` services. */
  readonly statuses?: readonly ServiceStatus[];
  /**
   * Count running services whose newest evidence that they run is over a year older than the
   * directory's publication. Default false: they are listed apart as `unconfirmed`.
   */
  readonly includeUnconfirmed?: boolean;
}

/** The services counted in one cell, by id, sorted. */
export interface CoverageCell {
  /** Services that serve the whole area: listed for it, or for a larger area that contains it. */
  readonly services: readonly string[];
  /** Services listed only for places inside the area: support exists in part of it. */
  readonly partial: readonly string[];
}

export interface CoverageArea {
  readonly id: string;
  readonly name: string;
  readonly parent?: string;
  /** How many larger areas contain it: 0 for a county, 1 for a town in it, and so on. */
  readonly depth: number;
  /** Every counted service in the area, whatever it offers. */
  readonly all: CoverageCell;
  /** Crisis peer support with sessions on a Saturday or Sunday. */
  readonly weekendCrisis: CoverageCell;
}

export interface CoverageTerm {
  readonly id: string;
  readonly label: string;
}

/** One table: areas (rows) × the terms of one vocabulary (columns). */
export interface CoverageMatrix {
  readonly dimension: CoverageDimension;
  /** The vocabulary's heading, such as "Kind of peer support". */
  readonly label: string;
  readonly terms: readonly CoverageTerm[];
  /** `cells[areaId][termId]`. */
  readonly cells: Readonly<Record<string, Readonly<Record<string, CoverageCell>>>>;
}

export type CoverageGapKind = 'no-services' | 'provision' | 'transition' | 'weekend-crisis' | 'community';

/** Something a commissioner may want to know is missing, in plain words. */
export interface CoverageGap {
  readonly kind: CoverageGapKind;
  /** The area's id. */
  readonly area: string;
  /** The vocabulary term that is missing, for provision, transition and community gaps. */
  readonly term?: string;
  /** For example "No weekend crisis peer support in East Sussex". */
  readonly message: string;
}

/** A service that is in the directory but not in the counts, and why. */
export interface UncountedService {
  readonly id: string;
  readonly name: string;
  /**
   * Its status (when that status is not counted); `unconfirmed` when the newest evidence that it
   * runs is over a year old; or `no-known-area` when it names none of the directory's areas.
   */
  readonly reason: ServiceStatus | 'unconfirmed' | 'no-known-area';
  /** For `unconfirmed`: the newest evidence that it runs (`2013`). */
  readonly lastHeardOf?: string;
}

export interface Coverage {
  readonly directory: { readonly id: string; readonly title: string; readonly publishedAt: string };
  /** The statuses that were counted. */
  readonly statuses: readonly ServiceStatus[];
  /** How many services were counted. */
  readonly counted: number;
  /** The directory's areas, each larger area followed by the places inside it. */
  readonly areas: readonly CoverageArea[];
  readonly provision: CoverageMatrix;
  readonly community: CoverageMatrix;
  readonly transition: CoverageMatrix;
  readonly gaps: readonly CoverageGap[];
  readonly uncounted: readonly UncountedService[];
}
