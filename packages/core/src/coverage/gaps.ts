import { communities, provisionKinds, transitions } from '../directory/vocabularies.js';
import { reachOf } from './cell.js';
import { noCommunity, noProvision, noServices, noTransition, noWeekendCrisis } from './phrases.js';
import type { Coverage, CoverageArea, CoverageGap, CoverageMatrix } from './types.js';

/**
 * The gaps a commissioner asks about, area by area: no peer support at all; no provision of a
 * kind; nothing at a transition point (seed 004: entering and leaving services, leaving
 * hospital, crisis); no crisis peer support at weekends (seed 004: "particularly at weekends");
 * nothing for a community.
 *
 * A gap is named once, at the largest area that has it: when Sussex has nothing for young
 * people, saying so again for each county and town inside it would bury the other gaps. A place
 * inside an area is named only when the larger area has that support somewhere else.
 */
export function findGaps(coverage: Omit<Coverage, 'gaps'>): CoverageGap[] {
  const byId = new Map(coverage.areas.map((area) => [area.id, area]));
  const gaps: CoverageGap[] = [];
  for (const area of coverage.areas) {
    const parent = area.parent ? byId.get(area.parent) : undefined;
    // Named here only if the larger area has the support somewhere (else the larger area's gap says it).
    const missing = (matrix: CoverageMatrix, term: string) =>
      reachOf(matrix.cells[area.id]![term]!) === 0 && (!parent || reachOf(matrix.cells[parent.id]![term]!) > 0);

    if (reachOf(area.all) === 0) {
      // Every kind is missing too; one line says it all.
      if (!parent || reachOf(parent.all) > 0) gaps.push({ kind: 'no-services', area: area.id, message: noServices(area.name) });
      continue;
    }
    for (const term of provisionKinds.ids) {
      if (missing(coverage.provision, term))
        gaps.push({ kind: 'provision', area: area.id, term, message: noProvision(provisionKinds, term, area.name) });
    }
    for (const term of transitions.ids) {
      if (missing(coverage.transition, term))
        gaps.push({ kind: 'transition', area: area.id, term, message: noTransition(transitions, term, area.name) });
    }
    const weekend = weekendCrisisGap(coverage, area, parent);
    if (weekend) gaps.push(weekend);
    for (const term of communities.ids) {
      if (missing(coverage.community, term))
        gaps.push({ kind: 'community', area: area.id, term, message: noCommunity(communities, term, area.name) });
    }
  }
  return gaps;
}

/** Crisis peer support exists in the area but none of it lists weekend sessions. */
function weekendCrisisGap(coverage: Omit<Coverage, 'gaps'>, area: CoverageArea, parent: CoverageArea | undefined): CoverageGap | undefined {
  const crisis = reachOf(coverage.transition.cells[area.id]!.crisis!);
  // No crisis support at all is already a gap of its own; no weekend support in the larger area is named there.
  if (crisis === 0 || reachOf(area.weekendCrisis) > 0 || (parent && reachOf(parent.weekendCrisis) === 0)) return undefined;
  return { kind: 'weekend-crisis', area: area.id, message: noWeekendCrisis(area.name, crisis) };
}
