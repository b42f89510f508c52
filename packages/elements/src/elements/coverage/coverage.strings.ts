import { defaultCrisisStrings, type CrisisStrings } from '../../parts/crisis-block/crisis-block.strings.js';
import type { CoverageDimension } from '@peer-support-kit/core';
import { defaultLoadStrings, type LoadStrings } from '../../parts/load-message/load-message.js';

/** Every visible string of `<peer-support-coverage>`; set `strings` to override any. */
export interface CoverageStrings extends LoadStrings, CrisisStrings {
  heading: string;
  showBy: string;
  dimensions: Record<CoverageDimension, string>;
  caption: string;
  area: string;
  none: string;
  partial: string;
  legend: string;
  gapsHeading: string;
  noGaps: string;
  counted: string;
  /** Heading of the services left out of the counts, and why each was. */
  uncountedHeading: string;
  uncounted: {
    unconfirmed: string;
    unconfirmedSince: string;
    active: string;
    closed: string;
    'temporarily-closed': string;
    'no-known-area': string;
  };
}

export const defaultCoverageStrings: CoverageStrings = {
  ...defaultCrisisStrings,
  loading: 'Loading the map of peer support…',
  loadFailed: defaultLoadStrings.loadFailed,
  invalidFile: defaultLoadStrings.invalidFile,
  notDirectory: defaultLoadStrings.notDirectory,
  incomplete: defaultLoadStrings.incomplete,
  retry: defaultLoadStrings.retry,
  heading: 'Where peer support is, and where it is missing',
  showBy: 'Show areas by',
  dimensions: { provision: 'Kind of peer support', community: 'Community', transition: 'Time of change' },
  caption: 'Number of running services in each area, by %{dimension}',
  area: 'Area',
  none: 'None',
  partial: '+%{count} in part of the area',
  legend: 'Darker cells have more services. "None" marks a gap; "in part" counts services for places inside the area.',
  gapsHeading: 'Gaps',
  noGaps: 'No gaps found.',
  counted: 'Counted the services %{title} lists as running (%{count}), leaving out those not heard of for over a year; published %{date}.',
  uncountedHeading: 'Not counted',
  uncounted: {
    unconfirmed: '%{name}: not confirmed as running',
    unconfirmedSince: '%{name}: last heard of in %{date}, not confirmed since',
    active: '%{name}: running',
    closed: '%{name}: closed',
    'temporarily-closed': '%{name}: temporarily closed',
    'no-known-area': "%{name}: names none of the directory's areas",
  },
};
