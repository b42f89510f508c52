import { vocabularies, type Directory, type DirectorySearch, type FilterGroup, type Filters } from '@peer-support-kit/core';
import { format } from '../../shared/fill.js';
import type { DirectoryStrings } from './directory.strings.js';
import { listOf } from '../../shared/bidi.js';

/** Where examples come from, in the order they are offered: a need, a community, a place, a way. */
const EXAMPLE_GROUPS: readonly FilterGroup[] = ['experience', 'community', 'area', 'format'];
/** Labels longer than this make poor examples to type ("Feeling unable to cope with life"). */
const MAX_LENGTH = 24;

const examples = new WeakMap<Directory, Map<string, readonly string[]>>();

/**
 * The hint under the search box: examples once the search is ready for text (`search`, when
 * given; each example is tried by a search), until then a general line.
 */
export function searchHint(
  strings: DirectoryStrings,
  directory: Directory | undefined,
  search: DirectorySearch | undefined,
  filters: Filters,
): string {
  const examples = directory && search ? hintExamples(directory, search, filters) : [];
  return examples.length ? format(strings.searchHint, { examples: listOf(examples) }) : strings.searchHintLoading;
}

/**
 * Examples for the search hint: the directory's own (`featured.searches`, its keepers' choice),
 * else worked out from its data: the most common term of each group (the area with the most
 * services, leaving out the one that covers all the others). Each is checked by searching for it
 * within the page's preset `filters`, so every example finds something here. Vocabulary labels
 * are written as a person would type them ("hearing voices").
 */
export function hintExamples(directory: Directory, search: DirectorySearch, filters: Filters): readonly string[] {
  const byFilters = examples.get(directory) ?? examples.set(directory, new Map()).get(directory)!;
  const key = JSON.stringify(filters);
  const known = byFilters.get(key);
  if (known) return known;
  const finds = (text: string) => search.search({ text, filters, limit: 0 }).total > 0;
  const chosen = (directory.featured?.searches ?? []).filter(finds);
  if (chosen.length) return byFilters.set(key, chosen).get(key)!;
  const { facets } = search.search({ filters, limit: 0 });
  const found: string[] = [];
  for (const group of EXAMPLE_GROUPS) {
    const counts = Object.entries(facets[group] ?? {}).filter(([, count]) => count > 0);
    counts.sort((a, b) => b[1] - a[1]);
    for (const [id] of counts) {
      const label = group === 'area' ? labelOf(group, id, directory) : labelOf(group, id, directory)?.toLowerCase();
      if (!label || label.length > MAX_LENGTH || (group === 'area' && isTop(id, directory))) continue;
      if (finds(label)) {
        found.push(label);
        break;
      }
    }
  }
  byFilters.set(key, found);
  return found;
}

function labelOf(group: FilterGroup, id: string, directory: Directory): string | undefined {
  if (group === 'area') return directory.areas.find((area) => area.id === id)?.name;
  return (vocabularies as Record<string, { terms: ReadonlyArray<{ id: string; label: string }> } | undefined>)[group]?.terms.find(
    (term) => term.id === id,
  )?.label;
}

/** An area that contains others and lies in none: every service of the directory is in it. */
const isTop = (id: string, directory: Directory) =>
  !directory.areas.find((area) => area.id === id)?.parent && directory.areas.some((area) => area.parent === id);
