import type { Location, Service } from './schema.js';

/**
 * What of a location may be published and shown. A masked location (a safe space whose place
 * is shared only on contact) keeps its town, its accessibility and its deliberately approximate
 * coordinates; its name, address, postcode and directions stay with the maintainers.
 */
export function publicLocation(location: Location): Location {
  if (!location.masked) return location;
  const { id, masked, town, coordinates, accessibility } = location;
  return { id, masked, accessibility, ...(town ? { town } : {}), ...(coordinates ? { coordinates } : {}) };
}

/** A service as it may be published: its masked locations reduced to what may be shown. */
export function publicService(service: Service): Service {
  return service.locations.some((location) => location.masked) ? { ...service, locations: service.locations.map(publicLocation) } : service;
}
