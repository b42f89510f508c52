import type { Directory, Location, Service } from '../directory/schema.js';
import { check } from '../validation/check.js';
import { describeIssue, describeValue } from '../validation/describe-issue.js';
import type { Issue } from '../validation/issue.js';
import { formatPath, type PathSegment } from '../validation/problem.js';
import type { BrowseFileRef, PlaceOf } from './format.js';
import { fields } from './index-tables.js';
import { sources } from './sources.js';

// The places file of the browse form (see format.ts): where each location is, for "near", fetched
// only when a person first looks near a place.

/**
 * Where each of a published service's locations is, for the places file: 0 when none has
 * coordinates or a postcode. `service` is as directory.json publishes it (publicService); a
 * masked location's postcode is left out here too, whatever it is given.
 */
export function placesOf(service: Service): readonly PlaceOf[] | 0 {
  const places = service.locations.map((location): PlaceOf => {
    const { coordinates } = location;
    const postcode = location.masked ? undefined : location.postcode;
    if (coordinates) return postcode ? [coordinates.lat, coordinates.lng, postcode] : [coordinates.lat, coordinates.lng];
    return postcode ?? 0;
  });
  return places.some((place) => place !== 0) ? places : 0;
}

/** The places file's address and integrity, for a directory read from a browse index that lists one. */
export function placesFileOf(directory: Directory): (BrowseFileRef & { readonly url: string }) | undefined {
  const source = sources.get(directory);
  return source?.places && { ...source.places, url: new URL(source.places.file, source.base).href };
}

/** Whether withPlaces has put a directory's places file in (or it has none to put in). */
export const hasPlaces = (directory: Directory): boolean => !placesFileOf(directory) || sources.get(directory)!.placesIn === true;

const location = fields.locations!.items!.properties!;

/**
 * The directory with each location's coordinates and postcode from the places file (parsed): what
 * "near" needs to measure distances and to know postcode districts. The new directory has the same
 * source, with what withSearchWords added kept (and withSearchWords keeps what this adds). Throws
 * an Error that says what is wrong, and where, when the file is not the places of this directory's
 * services: nothing in it is taken on trust.
 */
export function withPlaces(directory: Directory, value: unknown): Directory {
  const source = sources.get(directory);
  if (!source?.places) throw new Error('The directory was not read from a browse index that lists a places file.');
  const places = (value as { places?: unknown } | null)?.places;
  if (!Array.isArray(places) || places.length !== source.count) {
    const got = Array.isArray(places)
      ? `it has ${places.length} entries`
      : typeof value === 'object' && value !== null && !Array.isArray(value)
        ? `its "places" is ${describeValue(places)}`
        : `it is ${describeValue(value)}`;
    throw new Error(`The places file should list one entry per service (${source.count}), but ${got}.`);
  }
  const services = directory.services.map((service) => {
    const position = source.positions.get(service.id)!;
    const entry: unknown = places[position];
    if (entry === 0) return service;
    const count = service.locations.length;
    if (!Array.isArray(entry) || entry.length !== count) {
      const got = Array.isArray(entry) ? `${entry.length} entries` : describeValue(entry);
      throw wrong(['places', position], service, `should be 0 or list its ${count} location(s), but it has ${got}.`);
    }
    return { ...service, locations: service.locations.map((at, i) => placed(at, entry[i], ['places', position, i], service)) };
  });
  const next = { ...directory, services };
  sources.set(next, { ...source, placesIn: true });
  return next;
}

/** `location` with the coordinates and postcode `place` gives, each checked as directory.json's are. */
function placed(at: Location, place: unknown, path: readonly PathSegment[], service: Service): Location {
  if (place === 0) return at;
  let coordinates: unknown;
  let postcode: unknown;
  if (typeof place === 'string') postcode = place;
  else if (Array.isArray(place) && (place.length === 2 || place.length === 3)) {
    coordinates = { lat: place[0], lng: place[1] };
    postcode = place[2];
  } else {
    throw wrong(path, service, `should be 0, a postcode, [lat, lng] or [lat, lng, postcode], but it is ${describeValue(place)}.`);
  }
  if (postcode !== undefined && at.masked) {
    throw wrong(path, service, `gives a postcode for a masked location, which directory.json never publishes.`);
  }
  const issues: Issue[] = [];
  if (coordinates !== undefined) check(location.coordinates!, coordinates, [...path, 'coordinates'], issues);
  if (postcode !== undefined) check(location.postcode!, postcode, [...path, 'postcode'], issues);
  const [issue] = issues;
  if (issue) throw wrong(issue.path as PathSegment[], service, describeIssue(issue));
  return {
    ...at,
    ...(postcode !== undefined ? { postcode: postcode as string } : {}),
    ...(coordinates !== undefined ? { coordinates: coordinates as Location['coordinates'] } : {}),
  };
}

const wrong = (path: readonly PathSegment[], service: Service, message: string) =>
  new Error(`The places file is not this directory's: ${formatPath(path)} (of "${service.name}") ${message}`);
