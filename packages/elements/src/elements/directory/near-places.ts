import { createPlaceFinder, distanceKm, type Directory, type Near, type PlaceFinder } from '@peer-support-kit/core';
import type { NearChoice } from '../../controllers/view-state.js';

/** Around a position with no radius chosen: areas whose centre lies this close are the person's. */
const AREAS_AROUND_KM = 15;

// Each directory's places, worked out once: matched on the device, never sent anywhere.
const finders = new WeakMap<Directory, PlaceFinder>();

export const placesOf = (directory: Directory): PlaceFinder =>
  finders.get(directory) ?? finders.set(directory, createPlaceFinder(directory)).get(directory)!;

/** Whether any service or area of the directory has coordinates: else a position can narrow nothing. */
export const canMeasure = (directory: Directory): boolean =>
  directory.areas.some((area) => area.centre) || directory.services.some((s) => s.locations.some((l) => l.coordinates));

/**
 * The search's `near` for what the person chose: a named place's centre and areas, or their
 * position with the areas whose centre lies within reach. Undefined when the name is not (or
 * no longer) one of the directory's places.
 */
export function nearOf(directory: Directory, choice: NearChoice): Near | undefined {
  const radius = choice.radiusKm !== undefined ? { radiusKm: choice.radiusKm } : {};
  if (choice.position) {
    const { lat, lng } = choice.position;
    const reach = choice.radiusKm ?? AREAS_AROUND_KM;
    const areas = placesOf(directory)
      .places.filter((place) => place.kind === 'area' && place.centre && distanceKm(place.centre.lat, place.centre.lng, lat, lng) <= reach)
      .flatMap((place) => place.areas);
    return { lat, lng, areas, ...radius };
  }
  const match = choice.place ? placesOf(directory).find(choice.place, 1)[0] : undefined;
  if (!match?.exact) return undefined;
  const { centre, areas } = match.place;
  return { ...(centre ? { lat: centre.lat, lng: centre.lng } : {}), areas, ...radius };
}
