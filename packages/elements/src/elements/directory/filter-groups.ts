import {
  ATTENDANCE_TERMS,
  vocabularies,
  WHEN_TERMS,
  type Directory,
  type Featured,
  type FilterGroup,
  type Vocabulary,
} from '@peer-support-kit/core';
import { termLabel } from '../../parts/service-view/service-context.js';
import type { DirectoryStrings } from './directory.strings.js';

/** A filter group as shown: its heading and its terms with their labels. */
export interface ShownGroup {
  readonly group: FilterGroup;
  readonly label: string;
  readonly terms: ReadonlyArray<{ readonly id: string; readonly label: string }>;
}

/**
 * Groups a host can list in the `groups` attribute, in the default order. `age` is an input, not
 * a facet; `preferences` is "What matters to you", which ranks and never filters; `near` is
 * "Near you", a place or the person's position.
 */
export const DEFAULT_GROUPS = [
  'kind',
  'provision',
  'format',
  'attendance',
  'near',
  'area',
  'experience',
  'community',
  'when',
  'cost',
  'referral',
  'age',
  'preferences',
] as const;

/**
 * The groups a host's `groups` attribute names, in its order; or every default group, with the
 * groups of the directory's featured filters that are not among them (before "What matters to
 * you"), so a featured choice can also be seen and undone among the filters.
 */
export function groupNamesOf(groups: string | undefined, featured?: Featured): string[] {
  const named = (groups ?? '').split(/[\s,]+/).filter(Boolean);
  if (named.length) return named;
  const extra = new Set(
    (featured?.filters ?? []).map((filter) => filter.group).filter((group) => !DEFAULT_GROUPS.includes(group as never)),
  );
  return [...DEFAULT_GROUPS.slice(0, -1), ...extra, ...DEFAULT_GROUPS.slice(-1)];
}

const VOCABULARY_GROUPS: Partial<Record<FilterGroup, Vocabulary>> = {
  provision: vocabularies.provision,
  format: vocabularies.format,
  setting: vocabularies.setting,
  experience: vocabularies.experience,
  community: vocabularies.community,
  transition: vocabularies.transition,
  referral: vocabularies.referral,
  cost: vocabularies.cost,
  accessibility: vocabularies.accessibility,
  day: vocabularies.day,
  kind: vocabularies.kind,
};

// The groups depend only on the names asked for, the directory and the strings, and are asked
// for on every keystroke (a national directory has hundreds of areas): work them out once.
const shown = new WeakMap<Directory, WeakMap<DirectoryStrings, Map<string, ShownGroup[]>>>();

/** The groups to show, with every term each could offer (the facet counts decide which appear). */
export function shownGroups(names: readonly string[], directory: Directory, strings: DirectoryStrings): ShownGroup[] {
  const byStrings = shown.get(directory) ?? shown.set(directory, new WeakMap()).get(directory)!;
  const byNames = byStrings.get(strings) ?? byStrings.set(strings, new Map()).get(strings)!;
  const key = names.join(' ');
  return byNames.get(key) ?? byNames.set(key, groupsFor(names, directory, strings)).get(key)!;
}

function groupsFor(names: readonly string[], directory: Directory, strings: DirectoryStrings): ShownGroup[] {
  const groups: ShownGroup[] = [];
  for (const name of names) {
    const vocab = VOCABULARY_GROUPS[name as FilterGroup];
    if (vocab) {
      groups.push({
        group: name as FilterGroup,
        label: strings.groupLabels[name] ?? vocab.label,
        terms: vocab.terms.map((term) => ({ id: term.id, label: termLabel(strings, vocab, term.id) })),
      });
    } else if (name === 'area') {
      groups.push({
        group: 'area',
        label: strings.groupLabels.area ?? 'Area',
        terms: directory.areas.map((a) => ({ id: a.id, label: a.name })),
      });
    } else if (name === 'attendance') {
      const terms = ATTENDANCE_TERMS.map((id) => ({ id, label: strings.attendance[id] ?? id }));
      groups.push({ group: 'attendance', label: strings.groupLabels.attendance ?? 'Attendance', terms });
    } else if (name === 'when') {
      const terms = WHEN_TERMS.map((id) => ({ id, label: strings.when[id] ?? id }));
      groups.push({ group: 'when', label: strings.groupLabels.when ?? 'When', terms });
      groups.push({
        group: 'day',
        label: strings.groupLabels.day ?? vocabularies.day.label,
        terms: vocabularies.day.terms.map((term) => ({ id: term.id, label: termLabel(strings, vocabularies.day, term.id) })),
      });
    }
  }
  return groups;
}

/** Every group a filter can be in, so any chosen or preset term can be named. */
const ALL_GROUPS = [...DEFAULT_GROUPS, 'setting', 'transition', 'accessibility'] as const;

/** A filter term's name as a person reads it ("West Sussex", "Drop-in"), never its id. */
export function filterLabel(group: FilterGroup, term: string, directory: Directory, strings: DirectoryStrings): string {
  const groups = shownGroups(ALL_GROUPS, directory, strings);
  return groups.find((shown) => shown.group === group)?.terms.find((t) => t.id === term)?.label ?? term;
}

/** The filter groups a person sees with these group names: "when" brings the days with it. */
export function visibleGroups(names: readonly string[]): Set<string> {
  const visible = new Set(names);
  if (visible.has('when')) visible.add('day');
  return visible;
}
