import { format } from '../../shared/fill.js';
import type { DirectoryStrings } from './directory.strings.js';
import {
  ATTENDANCE_TERMS,
  nearest,
  vocabularies,
  type Candidate,
  type Directory,
  type FilterGroup,
  type Filters,
} from '@peer-support-kit/core';

/** Groups a host can preset with an attribute of the same name, such as `area="west-sussex"`. */
export const PRESET_GROUPS = [
  'area',
  'provision',
  'format',
  'setting',
  'experience',
  'community',
  'transition',
  'referral',
  'cost',
  'attendance',
] as const;

/** A preset term the directory does not know, with the nearest one it does (when one is close). */
export interface UnknownPreset {
  readonly group: FilterGroup;
  readonly term: string;
  readonly nearest?: { readonly id: string; readonly label: string };
}

/** The preset filters an element's properties (set by its attributes) ask for, as written. */
export function presetsOf(element: Partial<Record<(typeof PRESET_GROUPS)[number], string>>): Filters {
  const filters: Record<string, string[]> = {};
  for (const group of PRESET_GROUPS) {
    const value = element[group];
    if (typeof value === 'string' && value.trim()) filters[group] = value.split(/[\s,]+/).filter(Boolean);
  }
  return filters as Filters;
}

function candidatesFor(group: FilterGroup, directory: Directory): Array<Candidate & { label: string }> {
  if (group === 'area') return directory.areas.map((area) => ({ id: area.id, names: [area.name], label: area.name }));
  if (group === 'attendance') return ATTENDANCE_TERMS.map((id) => ({ id, label: id }));
  const vocab = (vocabularies as Record<string, (typeof vocabularies)[keyof typeof vocabularies] | undefined>)[group];
  return (vocab?.terms ?? []).map((term) => ({ id: term.id, names: [term.label, ...(term.aliases ?? [])], label: term.label }));
}

/**
 * Splits presets into those the directory knows and those it does not. An unknown one is left
 * out of the filters (a typo in `area="westsussex"` would otherwise show zero services to someone
 * who typed nothing) and reported with the nearest known id.
 */
export function checkPresets(presets: Filters, directory: Directory): { known: Filters; unknown: UnknownPreset[] } {
  const known: Record<string, string[]> = {};
  const unknown: UnknownPreset[] = [];
  for (const [group, terms] of Object.entries(presets) as Array<[FilterGroup, readonly string[]]>) {
    const candidates = candidatesFor(group, directory);
    for (const term of terms) {
      if (candidates.some((candidate) => candidate.id === term)) {
        (known[group] ??= []).push(term);
        continue;
      }
      const id = nearest(term, candidates);
      const found = candidates.find((candidate) => candidate.id === id);
      unknown.push({ group, term, ...(found ? { nearest: { id: found.id, label: found.label } } : {}) });
    }
  }
  return { known: known as Filters, unknown };
}

/** The console message for an unknown preset: what the attribute said, and what it may have meant. */
export function describeUnknownPreset({ group, term, nearest }: UnknownPreset, directory: Directory): string {
  const ids = candidatesFor(group, directory).map((candidate) => candidate.id);
  return `<peer-support-directory>: ${group}="${term}" is not one of this directory's ${group} ids, so it is left out.${
    nearest ? ` Did you mean ${group}="${nearest.id}" (${nearest.label})?` : ''
  } Known: ${ids.join(', ')}.`;
}

/** The presets less those the directory does not know. */
export function knownPresets(presets: Filters, unknown: readonly UnknownPreset[]): Filters {
  const left = new Set(unknown.map(({ group, term }) => `${group}:${term}`));
  return Object.fromEntries(
    Object.entries(presets)
      .map(([group, terms]) => [group, (terms as readonly string[]).filter((term) => !left.has(`${group}:${term}`))] as const)
      .filter(([, terms]) => terms.length),
  ) as Filters;
}

/** What the page is told of each unknown preset, on screen. */
export function presetNotices(unknown: readonly UnknownPreset[], strings: DirectoryStrings): string[] {
  return unknown.map(({ group, term, nearest }) =>
    [
      format(strings.unknownPreset, { group, term }),
      nearest ? format(strings.unknownPresetNearest, { nearest: nearest.id, label: nearest.label }) : '',
      strings.unknownPresetShowing,
    ]
      .filter(Boolean)
      .join(' '),
  );
}
