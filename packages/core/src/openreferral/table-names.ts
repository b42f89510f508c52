// HSDS table names, and what the import does with each table.

/** HSDS table names: as in the tabular schema (`service`) or as CSV files (`services.csv`). */
const TABLE_NAMES: Record<string, string> = {
  organizations: 'organization',
  organization_identifiers: 'organization_identifier',
  programs: 'program',
  services: 'service',
  service_at_locations: 'service_at_location',
  locations: 'location',
  addresses: 'address',
  phones: 'phone',
  contacts: 'contact',
  schedules: 'schedule',
  service_areas: 'service_area',
  cost_options: 'cost_option',
  languages: 'language',
  attributes: 'attribute',
  taxonomy_terms: 'taxonomy_term',
  taxonomies: 'taxonomy',
  required_documents: 'required_document',
  meta_table_descriptions: 'meta_table_description',
};

const KNOWN_TABLES = new Set([...Object.values(TABLE_NAMES), 'accessibility', 'funding', 'metadata']);

/** What a table the directory has no place for holds, for the message that says it was left out. */
export const UNSUPPORTED_TABLES: Record<string, string> = {
  program: 'Programs (groups of services) are not part of the directory format',
  funding: 'Funding is not part of the directory format',
  required_document: 'Required documents are not part of the directory format',
  metadata: 'Change history (metadata) is not kept',
  meta_table_description: 'Table descriptions are not kept',
};

/** Tables that define terms rather than describe services: rows nobody uses are not reported. */
export const REFERENCE_TABLES = new Set(['taxonomy', 'taxonomy_term']);

export function tableName(key: string): string | undefined {
  const base = key.replace(/\.csv$/i, '').toLowerCase();
  const name = TABLE_NAMES[base] ?? base;
  return KNOWN_TABLES.has(name) ? name : undefined;
}

/** Whether a value looks like HSDS tabular data: an object with at least one known table. */
export function isTabular(value: Readonly<Record<string, unknown>>): boolean {
  return Object.entries(value).some(([key, rows]) => Array.isArray(rows) && tableName(key) !== undefined);
}
