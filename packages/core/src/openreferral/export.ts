import type { Directory } from '../directory/schema.js';
import { OrganisationRecords } from './export-organisation.js';
import { exportService } from './export-service.js';
import { DatasetWriter, type OpenReferralRows } from './export-writer.js';
import { directoryIds } from './ids.js';
import { publishedTaxonomy, TAXONOMY_URI } from './taxonomy.js';
import type { OpenReferralAbout, OpenReferralDataset, OpenReferralTable } from './types.js';

export type { OpenReferralRows } from './export-writer.js';

/** The HSDS tables, in the order a dataset lists them (after `about`). */
export const OPEN_REFERRAL_TABLES: readonly OpenReferralTable[] = [
  'organization',
  'organization_identifier',
  'service',
  'location',
  'address',
  'accessibility',
  'service_at_location',
  'schedule',
  'service_area',
  'cost_option',
  'language',
  'contact',
  'phone',
  'attribute',
  'taxonomy',
  'taxonomy_term',
];

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
  const data = { about: openReferralAbout(directory) } as OpenReferralDataset;
  for (const table of OPEN_REFERRAL_TABLES) data[table] = [];
  exportOpenReferral(directory, data);
  return data;
}

/** The dataset's `about`: what it is, and the directory's own fields. */
export function openReferralAbout(directory: Directory): OpenReferralAbout {
  const { services: _, ...envelope } = directory;
  return {
    hsds_version: '3.0',
    generator: 'Peer Support Kit',
    timezone: 'Europe/London',
    taxonomy_uri: TAXONOMY_URI,
    directory: structuredClone(envelope),
  };
}

/**
 * toOpenReferral's records, each pushed onto its table in `rows` as it is made (services in
 * order, each with all its tables' records), the same records in the same order. A national
 * directory's dataset is as large again as the directory: a caller can write each record out
 * (to a file per table) instead of holding them all.
 */
export function exportOpenReferral(directory: Directory, rows: OpenReferralRows): void {
  const { taxonomies, terms } = publishedTaxonomy();
  for (const taxonomy of taxonomies) rows.taxonomy.push(taxonomy);
  for (const term of terms) rows.taxonomy_term.push(term);
  const writer = new DatasetWriter(
    rows,
    directoryIds(directory.id),
    terms.map((term) => term.id),
  );
  const organisations = new OrganisationRecords(writer);
  const areaNames = new Map(directory.areas.map((area) => [area.id, area.name]));
  for (const service of directory.services) {
    exportService(writer, service, organisations.write(service.organisation), areaNames);
    writer.serviceDone();
  }
}
