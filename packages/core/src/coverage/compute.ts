import type { Directory, Service } from '../directory/schema.js';
import { communities, provisionKinds, transitions, type ServiceStatus } from '../directory/vocabularies.js';
import type { Vocabulary } from '../directory/vocabulary.js';
import { areaTree } from './areas.js';
import { findGaps } from './gaps.js';
import { runningEvidence } from '../directory/evidence.js';
import type {
  Coverage,
  CoverageArea,
  CoverageCell,
  CoverageDimension,
  CoverageMatrix,
  CoverageOptions,
  UncountedService,
} from './types.js';

const WEEKEND = new Set(['saturday', 'sunday']);

/**
 * Crisis peer support: a service for the crisis transition point, or one working in a crisis
 * setting (seed 004 names crisis as a transition point; seeds 002 and 003 name crisis services
 * as a setting). Either way a person in crisis can turn to it, so both count.
 */
export const isCrisisSupport = (service: Service): boolean => service.transitions.includes('crisis') || service.settings.includes('crisis');

/** Has at least one session on a Saturday or a Sunday. */
export const hasWeekendSessions = (service: Service): boolean =>
  service.schedule?.sessions.some((session) => session.days.some((day) => WEEKEND.has(day))) ?? false;

const termsOf: Record<CoverageDimension, { vocab: Vocabulary; has: (service: Service, term: string) => boolean }> = {
  provision: { vocab: provisionKinds, has: (s, term) => (s.provision as readonly string[]).includes(term) },
  community: { vocab: communities, has: (s, term) => (s.communities as readonly string[]).includes(term) },
  transition: {
    vocab: transitions,
    has: (s, term) => (term === 'crisis' ? isCrisisSupport(s) : (s.transitions as readonly string[]).includes(term)),
  },
};

/**
 * Coverage of a directory: for each area, how many services there are of each kind of provision,
 * for each community and at each transition point, and the gaps in plain words.
 *
 * Areas nest (a town's `parent` is its county). A service listed for an area serves every place
 * inside it: one listed for West Sussex counts in full for Worthing. A service listed only for
 * Worthing counts for West Sussex as `partial`: there is support in part of the county, not all.
 * Only active services count, unless `options.statuses` says otherwise, and of those only the ones
 * not known to be out of date: those whose newest evidence that they run is over a year older
 * than the directory's publication (`runningEvidence`) are left out, unless
 * `options.includeUnconfirmed`. The rest are listed in
 * `uncounted` with the reason, so nothing leaves the picture unexplained. Pure: no DOM, no I/O.
 */
export function computeCoverage(directory: Directory, options: CoverageOptions = {}): Coverage {
  const statuses: readonly ServiceStatus[] = options.statuses ?? ['active'];
  const tree = areaTree(directory.areas);
  const known = new Set(directory.areas.map((area) => area.id));

  const counted: Service[] = [];
  const uncounted: UncountedService[] = [];
  const publishedAt = new Date(directory.publishedAt);
  for (const service of directory.services) {
    const evidence = runningEvidence(service, publishedAt);
    if (!statuses.includes(service.status)) uncounted.push({ id: service.id, name: service.name, reason: service.status });
    else if (evidence.kind === 'unconfirmed' && !options.includeUnconfirmed) {
      uncounted.push({ id: service.id, name: service.name, reason: 'unconfirmed', lastHeardOf: evidence.on });
    } else if (!service.areas.some((area) => known.has(area)))
      uncounted.push({ id: service.id, name: service.name, reason: 'no-known-area' });
    else counted.push(service);
  }

  // Which counted services reach each area, in full or in part; every cell is a filter of these.
  const reach = new Map<string, { full: Service[]; part: Service[] }>();
  for (const { area } of tree.ordered) {
    const whole = tree.selfAndAncestors(area.id);
    const inside = tree.descendants(area.id);
    const full = counted.filter((s) => s.areas.some((id) => whole.has(id)));
    // A set, not the list: a national directory's county has thousands of services in full.
    const inFull = new Set(full);
    const part = counted.filter((s) => !inFull.has(s) && s.areas.some((id) => inside.has(id)));
    reach.set(area.id, { full, part });
  }
  const cell = (areaId: string, keep: (service: Service) => boolean): CoverageCell => {
    const { full, part } = reach.get(areaId)!;
    return { services: idsOf(full.filter(keep)), partial: idsOf(part.filter(keep)) };
  };

  const areas: CoverageArea[] = tree.ordered.map(({ area, parent, depth }) => ({
    id: area.id,
    name: area.name,
    ...(parent ? { parent } : {}),
    depth,
    all: cell(area.id, () => true),
    weekendCrisis: cell(area.id, (s) => isCrisisSupport(s) && hasWeekendSessions(s)),
  }));

  const matrix = (dimension: CoverageDimension): CoverageMatrix => {
    const { vocab, has } = termsOf[dimension];
    const cells: Record<string, Record<string, CoverageCell>> = {};
    for (const area of areas) {
      cells[area.id] = Object.fromEntries(vocab.terms.map((term) => [term.id, cell(area.id, (s) => has(s, term.id))]));
    }
    return { dimension, label: vocab.label, terms: vocab.terms.map(({ id, label }) => ({ id, label })), cells };
  };

  const coverage = {
    directory: { id: directory.id, title: directory.title, publishedAt: directory.publishedAt },
    statuses: [...statuses],
    counted: counted.length,
    areas,
    provision: matrix('provision'),
    community: matrix('community'),
    transition: matrix('transition'),
    uncounted,
  };
  return { ...coverage, gaps: findGaps(coverage) };
}

/** Ids in a stable order, so the same directory always gives the same coverage. */
const idsOf = (services: readonly Service[]) => services.map((s) => s.id).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
