import type { Service } from '../directory/schema.js';
import { add, bitset, has, type Bitset } from './bitset.js';
import { distanceKm } from './geo.js';
import { compileSessions, inProgress, type CompiledSession } from './schedule.js';
import { localTime } from './time.js';
import type { Near, NearBy, SearchQuery } from './types.js';

/** How `near` placed each service: by number, as `Conditions.placed` holds them (0: not placed). */
export const PLACED_BY: readonly (NearBy | undefined)[] = [undefined, 'distance', 'area', 'online'];
const [, BY_DISTANCE, BY_AREA, ONLINE] = [0, 1, 2, 3] as const;

/** The services that pass a query's conditions other than text and filters. */
export interface Conditions {
  /** Names the conditions, so counts kept for them can be found again. */
  readonly key: string;
  readonly set: Bitset;
  /** Distance to each service's nearest location, when `near` has a point (Infinity: none). */
  readonly distance: Float32Array | undefined;
  /** With `near`: how each service was placed, a number into PLACED_BY. */
  readonly placed: Uint8Array | undefined;
  /** With `near`: services left out only because they could not be placed. */
  readonly unplaced: Bitset | undefined;
}

/**
 * Status (closed left out unless asked for), age, open now and nearness. A person changes
 * these rarely while typing, so the last answer is kept. `areaServices` gives the services an
 * area filter on some areas would keep.
 */
export function createConditions(
  services: readonly Service[],
  timeZone: string,
  areaServices: (areas: readonly string[]) => Bitset,
): (query: SearchQuery) => Conditions {
  // Compiled on the first "open now" question.
  let sessions: CompiledSession[][] | undefined;
  let last: Conditions | undefined;

  return function conditions({ age, openAt, near, includeClosed }) {
    const key = JSON.stringify([includeClosed, age, openAt?.getTime(), near]);
    if (last?.key === key) return last;
    const now = openAt && localTime(openAt.getTime(), timeZone);
    if (now) sessions ??= services.map(compileSessions);
    const nearness = near && placeServices(services, near, areaServices);
    const set = bitset(services.length);
    const unplaced = nearness && bitset(services.length);
    services.forEach((service, s) => {
      if (service.status === 'closed' && !includeClosed) return;
      const ages = service.ageRange;
      if (age !== undefined && ages && (age < (ages.min ?? 0) || age > (ages.max ?? Infinity))) return;
      if (now && (service.status !== 'active' || !inProgress(sessions![s]!, now))) return;
      if (nearness?.leavesOut(s)) {
        if (!nearness.placed[s]) add(unplaced!, s);
        return;
      }
      add(set, s);
    });
    return (last = { key, set, distance: nearness?.distance, placed: nearness?.placed, unplaced });
  };
}

/**
 * How each service stands to `near`. Distance uses every location with coordinates, masked
 * ones too: they are deliberately approximate (within a street or two), which is close enough
 * to say how far away a service is, and leaving them out would hide the safe spaces that are
 * masked for good reason. An online-only service is placed as online wherever it is; one
 * without coordinates by the areas it covers. With a radius, or with no point to measure from,
 * what cannot be placed is left out (and counted, for the person to be told).
 */
function placeServices(services: readonly Service[], near: Near, areaServices: (areas: readonly string[]) => Bitset) {
  const point = near.lat !== undefined && near.lng !== undefined ? { lat: near.lat, lng: near.lng } : undefined;
  const inAreas = near.areas?.length ? areaServices(near.areas) : undefined;
  const distance = point ? new Float32Array(services.length).fill(Infinity) : undefined;
  const placed = new Uint8Array(services.length);
  services.forEach((service, s) => {
    if (distance) {
      for (const { coordinates: at } of service.locations) {
        if (at) distance[s] = Math.min(distance[s]!, distanceKm(point!.lat, point!.lng, at.lat, at.lng));
      }
    }
    if (service.onlineOnly) placed[s] = ONLINE;
    else if (distance && distance[s]! < Infinity) placed[s] = BY_DISTANCE;
    else if (inAreas && has(inAreas, s)) placed[s] = BY_AREA;
  });
  const restricts = near.radiusKm !== undefined || !point;
  const leavesOut = (s: number) =>
    restricts && (!placed[s] || (placed[s] === BY_DISTANCE && near.radiusKm !== undefined && !(distance![s]! <= near.radiusKm)));
  return { distance, placed, leavesOut };
}
