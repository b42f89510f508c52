import type { Area } from './schema.js';
import { days, vocabularies } from './vocabularies.js';

/** Every filter group, in the order facets are listed (search's `FilterGroup` describes each). */
export const FILTER_GROUPS = [
  'provision',
  'format',
  'setting',
  'experience',
  'community',
  'transition',
  'referral',
  'cost',
  'accessibility',
  'kind',
  'area',
  'attendance',
  'day',
  'when',
] as const;

/** The terms of the groups the search works out from the data, rather than a vocabulary. */
export const ATTENDANCE_TERMS = ['in-person', 'online'] as const;
export const WHEN_TERMS = ['weekend', 'evening', 'by-appointment'] as const;

/** The ids a filter of `group` can name in a directory with these areas. */
export function filterTermIds(group: (typeof FILTER_GROUPS)[number], areas: readonly Pick<Area, 'id'>[]): readonly string[] {
  switch (group) {
    case 'area':
      return areas.map((area) => area.id);
    case 'attendance':
      return ATTENDANCE_TERMS;
    case 'when':
      return WHEN_TERMS;
    case 'day':
      return days.ids;
    default:
      return vocabularies[group].ids;
  }
}
