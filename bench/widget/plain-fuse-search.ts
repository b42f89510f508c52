import Fuse from 'fuse.js';
import type { Directory, DirectorySearch, FilterGroup, SearchQuery, SearchResult, Service } from '../../packages/core/src/index.js';

// The widget with plain fuse.js in place of our search, for the benchmark's comparison: fuse.js
// with its default options over the same fields, and what the widget also needs from a search
// (filters, facet counts per term) done the obvious way, service by service.

const GROUPS: Partial<Record<FilterGroup, (service: Service) => readonly string[]>> = {
  provision: (s) => s.provision,
  format: (s) => s.formats,
  setting: (s) => s.settings,
  experience: (s) => s.experiences,
  community: (s) => s.communities,
  transition: (s) => s.transitions,
  referral: (s) => s.referral,
  cost: (s) => (s.cost ? [s.cost] : []),
  accessibility: (s) => s.accessibility,
  area: (s) => s.areas,
  day: (s) => [...new Set(s.schedule?.sessions.flatMap((session) => session.days) ?? [])],
};

export function plainFuseSearch(directory: Directory): DirectorySearch {
  const fuse = new Fuse(directory.services, {
    keys: ['name', 'organisation.name', 'summary', 'description', 'tags'],
  });
  return {
    directory,
    search(query: SearchQuery): SearchResult {
      const text = query.text?.trim() ?? '';
      const matched = text
        ? fuse.search(text).map((r) => ({ service: r.item, score: 1 - (r.score ?? 0) }))
        : directory.services.map((service) => ({ service, score: 0 }));
      const filters = query.filters ?? {};
      const passes = (service: Service, except?: FilterGroup) =>
        Object.entries(filters).every(([group, terms]) => {
          if (group === except || !terms?.length) return true;
          const values = GROUPS[group as FilterGroup]?.(service) ?? [];
          return terms.some((term) => values.includes(term));
        });
      const facets: Record<string, Record<string, number>> = {};
      for (const [group, valuesOf] of Object.entries(GROUPS)) {
        const counts: Record<string, number> = {};
        for (const { service } of matched) {
          if (!passes(service, group as FilterGroup)) continue;
          for (const value of valuesOf(service)) counts[value] = (counts[value] ?? 0) + 1;
        }
        facets[group] = counts;
      }
      const hits = matched.filter(({ service }) => passes(service));
      return {
        results: hits.slice(0, query.limit ?? hits.length).map(({ service, score }) => ({ service, score, matches: [], shared: [] })),
        total: hits.length,
        facets: facets as SearchResult['facets'],
        // A plain engine drops no words and names no terms: it has nothing to say about them.
        unmatched: [],
        named: [],
      };
    },
  };
}
