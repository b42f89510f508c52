import type { Location } from '../directory/schema.js';
import { labelOf } from '../directory/vocabulary.js';
import { accessibilityFeatures } from '../directory/vocabularies.js';
import { compact, type DatasetWriter } from './export-writer.js';
import { ONLINE_LOCATION } from './wording.js';

/** The records a place of a service became, for its sessions to link to. */
export interface ExportedPlace {
  readonly locationId: string;
  readonly salId: string;
}

/**
 * One place a service runs: a physical `location`, its `address` and `accessibility`, and the
 * `service_at_location` linking it to the service. A masked location leaves only its name, its
 * accessibility and the fact that it is masked: no address, no coordinates, no directions.
 */
export function exportLocation(
  writer: DatasetWriter,
  location: Location,
  serviceKey: string,
  serviceId: string,
  organisationId: string,
): ExportedPlace {
  const { data, id } = writer;
  const key = `${serviceKey}/${location.id}`;
  const locationId = id(`location:${key}`);
  const shown = !location.masked;
  data.location.push(
    compact({
      id: locationId,
      location_type: 'physical' as const,
      organization_id: organisationId,
      name: location.name,
      transportation: shown ? location.directions : undefined,
      latitude: shown ? location.coordinates?.lat : undefined,
      longitude: shown ? location.coordinates?.lng : undefined,
    }),
  );
  writer.field('location', locationId, key, 'id', location.id);
  if (location.masked) writer.field('location', locationId, key, 'masked', 'true');
  const lines = location.address ?? [];
  if (shown && (lines.length > 0 || location.town || location.postcode)) {
    // HSDS requires these fields; a UK address has no state or province, and a part we do
    // not know is left empty rather than made up.
    data.address.push(
      compact({
        id: id(`address:${key}`),
        location_id: locationId,
        address_1: lines[0] ?? '',
        address_2: lines.length > 1 ? lines.slice(1).join(', ') : undefined,
        city: location.town ?? '',
        state_province: '',
        postal_code: location.postcode ?? '',
        country: 'GB',
        address_type: 'physical' as const,
      }),
    );
    if (lines.length > 2) writer.field('location', locationId, key, 'address-lines', JSON.stringify(lines));
  }
  location.accessibility.forEach((feature, index) => {
    writer.attribute('location', locationId, key, 'accessibility', feature);
    data.accessibility.push({
      id: id(`accessibility:${key}/${index}`),
      location_id: locationId,
      description: labelOf(accessibilityFeatures, feature),
    });
  });
  const salId = id(`service_at_location:${key}`);
  data.service_at_location.push({ id: salId, service_id: serviceId, location_id: locationId });
  return { locationId, salId };
}

/** An online-only service's one place: a `virtual` location, with the website as its url. */
export function exportOnlineLocation(
  writer: DatasetWriter,
  serviceKey: string,
  serviceId: string,
  organisationId: string,
  website: string | undefined,
): void {
  const { data, id } = writer;
  const locationId = id(`online-location:${serviceKey}`);
  data.location.push(
    compact({
      id: locationId,
      location_type: 'virtual' as const,
      organization_id: organisationId,
      name: ONLINE_LOCATION.name,
      description: ONLINE_LOCATION.description,
      url: website,
    }),
  );
  data.service_at_location.push({
    id: id(`service_at_location:${serviceKey}/online`),
    service_id: serviceId,
    location_id: locationId,
  });
}
