import type { Coordinates, Directory } from '../directory/schema.js';
import { editDistances } from './edit-distance.js';
import { wordsOf } from './normalize.js';

/** A place a person can name for "near me": one the directory itself knows. */
export interface Place {
  /** As the directory writes it: "Worthing", "West Sussex", "BN11". */
  readonly name: string;
  readonly kind: 'area' | 'town' | 'postcode-district';
  /**
   * Where distances are measured from: an area's own centre (with its source), else the middle
   * of the directory's locations there. Absent when neither is known.
   */
  readonly centre?: Coordinates;
  /** The directory areas the place is: an area, or a town that has an area's name. */
  readonly areas: readonly string[];
}

export interface PlaceMatch {
  readonly place: Place;
  /** The typed text names it exactly (ignoring case, accents and punctuation), not by a near spelling. */
  readonly exact: boolean;
}

export interface PlaceFinder {
  /** Every place the directory knows, areas first, then towns and postcode districts by name. */
  readonly places: readonly Place[];
  /** The places `typed` may mean, best first: exact names, then names it begins, then near spellings. */
  find(typed: string, limit?: number): PlaceMatch[];
}

/** The outward code of a UK postcode ("BN11 3AB" → "BN11"), or undefined when it is not one. */
export function postcodeDistrict(text: string): string | undefined {
  return /^\s*([A-Za-z]{1,2}\d[A-Za-z\d]?)(?:\s*\d[A-Za-z]{2})?\s*$/.exec(text)?.[1]?.toUpperCase();
}

/**
 * The places of a directory, matched on the person's device: nothing they type is sent
 * anywhere. Areas (with their centres when the data gives them), the towns of its locations and
 * the districts of their postcodes, each town or district centred on the middle of the
 * directory's locations there. A place with neither a centre nor an area is no use for "near"
 * and is not offered.
 */
export function createPlaceFinder(directory: Directory): PlaceFinder {
  const areaByKey = new Map(directory.areas.map((area) => [keyOf(area.name), area]));
  const towns = new Middles();
  const districts = new Middles();
  for (const service of directory.services) {
    for (const { town, postcode, coordinates } of service.locations) {
      if (town) towns.add(town, coordinates);
      const district = postcode && postcodeDistrict(postcode);
      if (district) districts.add(district, coordinates);
    }
  }
  const places: Place[] = directory.areas.map((area) => {
    const centre = area.centre ? { lat: area.centre.lat, lng: area.centre.lng } : towns.middleOf(area.name);
    return { name: area.name, kind: 'area', areas: [area.id], ...(centre ? { centre } : {}) };
  });
  for (const [name, centre] of towns.all()) {
    if (!areaByKey.has(keyOf(name)) && centre) places.push({ name, kind: 'town', areas: [], centre });
  }
  for (const [name, centre] of districts.all()) if (centre) places.push({ name, kind: 'postcode-district', areas: [], centre });
  const keys = places.map((place) => keyOf(place.name));

  return {
    places,
    find(typed, limit = 5) {
      const district = postcodeDistrict(typed);
      const key = district ? keyOf(district) : keyOf(typed);
      if (!key) return [];
      const ranked: Array<{ place: Place; rank: number }> = [];
      places.forEach((place, i) => {
        const rank = rankOf(key, keys[i]!, place.kind === 'postcode-district' || !!district);
        if (rank !== undefined) ranked.push({ place, rank });
      });
      ranked.sort((a, b) => a.rank - b.rank || a.place.name.localeCompare(b.place.name));
      return ranked.slice(0, limit).map(({ place, rank }) => ({ place, exact: rank === 0 }));
    },
  };
}

/** A name as compared: its words, folded (case, accents) and without punctuation. */
const keyOf = (name: string) => wordsOf(name).join(' ');

/**
 * 0 for the same name, 1 for a name the typed text begins, 2 + edits for a near spelling (one
 * edit from five letters, two from nine); postcodes only exactly.
 */
function rankOf(typed: string, name: string, exactOnly: boolean): number | undefined {
  if (typed === name) return 0;
  if (exactOnly) return undefined;
  if (typed.length >= 3 && name.startsWith(typed)) return 1;
  const allowed = typed.length >= 9 ? 2 : typed.length >= 5 ? 1 : 0;
  if (!allowed) return undefined;
  const [whole] = editDistances(typed, name, allowed);
  return whole <= allowed ? 2 + whole : undefined;
}

/** Names with the middle of their coordinates (as typed first; later spellings of a name join it). */
class Middles {
  readonly #sums = new Map<string, { name: string; lat: number; lng: number; count: number }>();

  add(name: string, at: Coordinates | undefined) {
    const key = keyOf(name);
    const sum = this.#sums.get(key) ?? this.#sums.set(key, { name, lat: 0, lng: 0, count: 0 }).get(key)!;
    if (!at) return;
    sum.lat += at.lat;
    sum.lng += at.lng;
    sum.count++;
  }

  middleOf(name: string): Coordinates | undefined {
    const sum = this.#sums.get(keyOf(name));
    return sum?.count ? { lat: sum.lat / sum.count, lng: sum.lng / sum.count } : undefined;
  }

  all(): Array<[string, Coordinates | undefined]> {
    return [...this.#sums.values()].sort((a, b) => a.name.localeCompare(b.name)).map((sum) => [sum.name, this.middleOf(sum.name)]);
  }
}
