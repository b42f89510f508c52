import type { Problem } from '../validation/problem.js';
import { nearest } from '../validation/suggest.js';
import { filterTermIds } from './filter-terms.js';
import type { Area, Featured } from './schema.js';
import { termCandidates } from './terms.js';

/**
 * A directory's featured filters, less each that names something the directory cannot have (an
 * id no vocabulary of its group has, an area it does not list): left out with an error naming
 * it and the nearest id, so the page offers no choice that finds nothing for a reason nobody sees.
 */
export function checkFeatured(featured: Featured | undefined, areas: readonly Area[], problems: Problem[]): Featured | undefined {
  if (!featured) return undefined;
  const filters = featured.filters.filter(({ group, term }, index) => {
    const ids = filterTermIds(group, areas);
    if (ids.includes(term)) return true;
    const near = nearest(term, group === 'area' ? areas.map((area) => ({ id: area.id, names: [area.name] })) : termCandidates(ids));
    problems.push({
      severity: 'error',
      code: group === 'area' ? 'unknown_area' : 'unknown_term',
      path: `featured.filters[${index}].term`,
      message:
        `"${term}" is not ${group === 'area' ? "one of the directory's areas" : `one of the ${group} terms`}, so the filter is not offered` +
        (near ? `; did you mean "${near}"?` : `; the ${group === 'area' ? 'areas' : 'terms'} are ${ids.join(', ') || 'none'}.`),
      ...(near ? { suggestion: near } : {}),
    });
    return false;
  });
  return { ...featured, filters };
}
