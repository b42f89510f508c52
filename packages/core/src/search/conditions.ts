import type { Service } from '../directory/schema.js';
import { add, bitset, type Bitset } from './bitset.js';
import { distanceKm } from './geo.js';
import { compileSessions, inProgress, type CompiledSession } from './schedule.js';
import { localTime } from './time.js';
import type { SearchQuery } from './types.js';

/** The services that pass a query's conditions other than text and filters. */
export interface Conditions {
  /** Names the conditions, so counts kept for them can be found again. */
  readonly key: string;
  readonly set: Bitset;
  /** Distance to each service's nearest location, when the query has `near` (Infinity: none). */
  readonly distance: Float32Array | undefined;
}

/**
 * Status (closed left out unless asked for), age, open now and distance. A person changes
 * these rarely while typing, so the last answer is kept. Distance uses every location with
 * coordinates, masked ones too: they are deliberately approximate (within a street or two),
 * which is close enough to say how far away a service is, and leaving them out would hide the
 * safe spaces that are masked for good reason.
 */
export function createConditions(services: readonly Service[], timeZone: string): (query: SearchQuery) => Conditions {
  // Compiled on the first "open now" question.
  let sessions: CompiledSession[][] | undefined;
  let last: Conditions | undefined;

  return function conditions({ age, openAt, near, includeClosed }) {
    const key = JSON.stringify([includeClosed, age, openAt?.getTime(), near]);
    if (last?.key === key) return last;
    const now = openAt && localTime(openAt.getTime(), timeZone);
    if (now) sessions ??= services.map(compileSessions);
    let distance: Float32Array | undefined;
    if (near) {
      distance = new Float32Array(services.length).fill(Infinity);
      services.forEach((service, s) => {
        for (const { coordinates: at } of service.locations) {
          if (at) distance![s] = Math.min(distance![s]!, distanceKm(near.lat, near.lng, at.lat, at.lng));
        }
      });
    }
    const set = bitset(services.length);
    services.forEach((service, s) => {
      if (service.status === 'closed' && !includeClosed) return;
      const ages = service.ageRange;
      if (age !== undefined && ages && (age < (ages.min ?? 0) || age > (ages.max ?? Infinity))) return;
      if (now && (service.status !== 'active' || !inProgress(sessions![s]!, now))) return;
      if (near && !(distance![s]! <= near.radiusKm)) return;
      add(set, s);
    });
    return (last = { key, set, distance });
  };
}
