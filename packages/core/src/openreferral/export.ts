import type { Directory } from '../directory/schema.js';
import { OrganisationRecords } from './export-organisation.js';
import { exportService } from './export-service.js';
import { DatasetWriter } from './export-writer.js';
import { directoryIds } from './ids.js';
import { publishedTaxonomy, TAXONOMY_URI } from './taxonomy.js';
import type { OpenReferralDataset } from './types.js';

/**
 * A directory as an Open Referral UK / HSDS 3.0 dataset, in tabular form (see
 * `OpenReferralDataset`). Pure and deterministic: ids are UUID v5 names under the directory's
 * namespace (`service:<id>`, `location:<service id>/<location id>` …), so exporting the same
 * directory twice gives identical JSON, and a record keeps its id when others change.
 *
 * A masked location leaves only its name, its accessibility and the fact that it is masked:
 * no address, no coordinates, no directions.
 */
export function toOpenReferral(directory: Directory): OpenReferralDataset {
  const { services, ...envelope } = directory;
  const { taxonomies, terms } = publishedTaxonomy();
  const data: OpenReferralDataset = {
    about: {
      hsds_version: '3.0',
      generator: 'Peer Support Kit',
      timezone: 'Europe/London',
      taxonomy_uri: TAXONOMY_URI,
      directory: structuredClone(envelope),
    },
    organization: [],
    organization_identifier: [],
    service: [],
    location: [],
    address: [],
    accessibility: [],
    service_at_location: [],
    schedule: [],
    service_area: [],
    cost_option: [],
    language: [],
    contact: [],
    phone: [],
    attribute: [],
    taxonomy: taxonomies,
    taxonomy_term: terms,
  };

  const writer = new DatasetWriter(data, directoryIds(directory.id));
  const organisations = new OrganisationRecords(writer);
  const areaNames = new Map(directory.areas.map((area) => [area.id, area.name]));
  for (const service of services) {
    exportService(writer, service, organisations.write(service.organisation), areaNames);
  }
  return data;
}
