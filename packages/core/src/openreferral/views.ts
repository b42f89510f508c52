import { formatPath } from '../validation/problem.js';
import { Item, type Report } from './input.js';

// HSDS data comes nested (a service_full object holds its phones, schedules, locations …) or
// tabular (one array per object type, linked by ids). Both are read into the same view of one
// service and everything attached to it, so one mapping reads either form.

export interface AttributeView {
  readonly item: Item;
  readonly term?: Item;
  readonly taxonomy?: Item;
}

export interface ContactView {
  readonly item: Item;
  readonly phones: Item[];
}

export interface OrganizationView {
  readonly item: Item;
  readonly phones: Item[];
  readonly identifiers: Item[];
  readonly attributes: AttributeView[];
}

export interface AreaView {
  readonly item: Item;
  readonly attributes: AttributeView[];
}

/** One place where the service runs: the service_at_location record and its location. */
export interface LocationView {
  readonly link?: Item;
  readonly location: Item;
  readonly addresses: Item[];
  readonly accessibility: Item[];
  readonly attributes: AttributeView[];
  /** The service's schedules at this location. */
  readonly schedules: Item[];
  readonly phones: Item[];
  readonly contacts: ContactView[];
}

export interface ServiceView {
  readonly item: Item;
  readonly organization?: OrganizationView;
  readonly phones: Item[];
  readonly schedules: Item[];
  readonly areas: AreaView[];
  readonly languages: Item[];
  readonly costs: Item[];
  readonly contacts: ContactView[];
  readonly attributes: AttributeView[];
  readonly locations: LocationView[];
}

// ---- nested (service_full) ----

export function nestedService(item: Item, report: Report): ServiceView {
  const organization = item.object('organization');
  return {
    item,
    ...(organization
      ? {
          organization: {
            item: organization,
            phones: organization.list('phones'),
            identifiers: organization.list('organization_identifiers'),
            attributes: nestedAttributes(organization),
          },
        }
      : {}),
    phones: item.list('phones'),
    schedules: item.list('schedules'),
    areas: item.list('service_areas').map((area) => ({ item: area, attributes: nestedAttributes(area) })),
    languages: item.list('languages'),
    costs: item.list('cost_options'),
    contacts: item.list('contacts').map(nestedContact),
    attributes: nestedAttributes(item),
    locations: item.list('service_at_locations').flatMap((link): LocationView[] => {
      const location = link.object('location');
      if (!location) {
        report.warn(
          link.at('location'),
          'not_linked',
          'is missing, so this service_at_location and what it holds were left out.',
        );
        return [];
      }
      return [
        {
          link,
          location,
          addresses: location.list('addresses'),
          accessibility: location.list('accessibility'),
          attributes: nestedAttributes(location),
          schedules: link.list('schedules'),
          phones: link.list('phones'),
          contacts: link.list('contacts').map(nestedContact),
        },
      ];
    }),
  };
}

function nestedContact(item: Item): ContactView {
  return { item, phones: item.list('phones') };
}

function nestedAttributes(item: Item): AttributeView[] {
  return item.list('attributes').map((attribute) => {
    const term = attribute.object('taxonomy_term');
    const taxonomy = term?.object('taxonomy_detail');
    return { item: attribute, ...(term ? { term } : {}), ...(taxonomy ? { taxonomy } : {}) };
  });
}

// ---- tabular ----

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
const UNSUPPORTED_TABLES: Record<string, string> = {
  program: 'Programs (groups of services) are not part of the directory format',
  funding: 'Funding is not part of the directory format',
  required_document: 'Required documents are not part of the directory format',
  metadata: 'Change history (metadata) is not kept',
  meta_table_description: 'Table descriptions are not kept',
};

/** Tables that define terms rather than describe services: rows nobody uses are not reported. */
const REFERENCE_TABLES = new Set(['taxonomy', 'taxonomy_term']);

export function tableName(key: string): string | undefined {
  const base = key.replace(/\.csv$/i, '').toLowerCase();
  const name = TABLE_NAMES[base] ?? base;
  return KNOWN_TABLES.has(name) ? name : undefined;
}

/** Whether a value looks like HSDS tabular data: an object with at least one known table. */
export function isTabular(value: Readonly<Record<string, unknown>>): boolean {
  return Object.entries(value).some(([key, rows]) => Array.isArray(rows) && tableName(key) !== undefined);
}

interface Table {
  readonly rows: Item[];
}

/**
 * Reads a tabular dataset into one view per service row. Rows that no service uses are
 * reported by `reportUnused`, once every service has been read.
 */
export class Tabular {
  private readonly tables = new Map<string, Table>();
  private readonly claimed = new Set<Item>();
  private readonly indexes = new Map<string, Map<string, Item[]>>();

  constructor(data: Readonly<Record<string, unknown>>, private readonly report: Report, skipKeys: readonly string[]) {
    for (const [key, rows] of Object.entries(data)) {
      if (skipKeys.includes(key)) continue;
      const name = tableName(key);
      if (!name || !Array.isArray(rows)) {
        report.warn(
          formatPath([key]),
          'unknown_table',
          name ? `should be a list of ${name} records, so it was left out.` : 'is not an HSDS 3.0 table, so it was left out.',
        );
        continue;
      }
      const items: Item[] = [];
      rows.forEach((row, index) => {
        if (row !== null && typeof row === 'object' && !Array.isArray(row))
          items.push(new Item(row as Record<string, unknown>, [key, index]));
        else
          report.add(
            'error',
            formatPath([key, index]),
            'not_object',
            `should be an object (one ${name} record), so it was left out.`,
          );
      });
      const table = this.tables.get(name);
      this.tables.set(name, { rows: [...(table?.rows ?? []), ...items] });
    }
  }

  services(): ServiceView[] {
    return this.rows('service').map((item) => this.service(item));
  }

  reportUnused(): void {
    const report = this.report;
    for (const [name, table] of this.tables) {
      if (REFERENCE_TABLES.has(name)) continue;
      const unused = table.rows.filter((row) => !this.claimed.has(row));
      if (unused.length === 0) continue;
      if (UNSUPPORTED_TABLES[name]) {
        report.warn(
          formatPath(unused[0]!.path.slice(0, 1)),
          'not_imported',
          `${UNSUPPORTED_TABLES[name]} (${unused.length} ${unused.length === 1 ? 'row' : 'rows'}), so it was left out.`,
        );
        continue;
      }
      for (const row of unused) {
        report.warn(row.at(), 'not_linked', `is not linked to any service that was read (check its ids), so it was left out.`);
      }
    }
  }

  private service(item: Item): ServiceView {
    this.claimed.add(item);
    const serviceId = item.text('id');
    const orgRow = this.byId('organization', item.text('organization_id'));
    const links = this.claim(this.linked('service_at_location', 'service_id', serviceId));
    const phones = this.claim(this.linked('phone', 'service_id', serviceId));
    const contacts = this.claim(this.linked('contact', 'service_id', serviceId));
    const schedules = this.claim([
      ...this.linked('schedule', 'service_id', serviceId),
      ...links.flatMap((link) =>
        this.linked('schedule', 'service_at_location_id', link.text('id')).filter((row) => row.text('service_id') === undefined),
      ),
    ]);
    const locations = links.flatMap((link): LocationView[] => {
      const location = this.byId('location', link.text('location_id'));
      if (!location) {
        this.report.warn(
          link.at('location_id'),
          'not_linked',
          'names a location that is not in the data, so that place was left out.',
        );
        return [];
      }
      const locationId = location.text('id');
      const atHere = (row: Item) =>
        row.text('service_at_location_id') === link.text('id') ||
        (row.text('service_at_location_id') === undefined && row.text('location_id') === locationId);
      return [
        {
          link,
          location,
          addresses: this.claim(this.linked('address', 'location_id', locationId)),
          accessibility: this.claim(this.linked('accessibility', 'location_id', locationId)),
          attributes: this.attributes(locationId),
          schedules: schedules.filter(atHere),
          phones: this.claim(
            this.linked('phone', 'service_at_location_id', link.text('id')).filter((row) => !row.text('service_id')),
          ),
          contacts: this.claim(
            this.linked('contact', 'service_at_location_id', link.text('id')).filter((row) => !row.text('service_id')),
          ).map((contact) => this.contact(contact)),
        },
      ];
    });
    const atLocations = new Set(locations.flatMap((view) => view.schedules));
    return {
      item,
      ...(orgRow ? { organization: this.organization(orgRow) } : {}),
      phones,
      schedules: schedules.filter((row) => !atLocations.has(row)),
      areas: this.claim(this.linked('service_area', 'service_id', serviceId)).map((area) => ({
        item: area,
        attributes: this.attributes(area.text('id')),
      })),
      languages: this.claim(this.linked('language', 'service_id', serviceId)),
      costs: this.claim(this.linked('cost_option', 'service_id', serviceId)),
      contacts: contacts.map((contact) => this.contact(contact)),
      attributes: this.attributes(serviceId),
      locations,
    };
  }

  private organization(item: Item): OrganizationView {
    this.claimed.add(item);
    const id = item.text('id');
    return {
      item,
      phones: this.claim(this.linked('phone', 'organization_id', id).filter((row) => !row.text('service_id'))),
      identifiers: this.claim(this.linked('organization_identifier', 'organization_id', id)),
      attributes: this.attributes(id),
    };
  }

  private contact(item: Item): ContactView {
    return {
      item,
      phones: this.claim(this.linked('phone', 'contact_id', item.text('id')).filter((row) => !row.text('service_id'))),
    };
  }

  private attributes(linkId: string | undefined): AttributeView[] {
    return this.claim(this.linked('attribute', 'link_id', linkId)).map((item) => {
      const term = this.byId('taxonomy_term', item.text('taxonomy_term_id'));
      const taxonomy = term ? this.byId('taxonomy', term.text('taxonomy_id')) : undefined;
      return { item, ...(term ? { term } : {}), ...(taxonomy ? { taxonomy } : {}) };
    });
  }

  private rows(table: string): Item[] {
    return this.tables.get(table)?.rows ?? [];
  }

  private byId(table: string, id: string | undefined): Item | undefined {
    const found = this.linked(table, 'id', id)[0];
    if (found && table !== 'taxonomy_term' && table !== 'taxonomy') this.claimed.add(found);
    return found;
  }

  /** The rows of `table` whose `field` is `value`, through an index built on first use. */
  private linked(table: string, field: string, value: string | undefined): Item[] {
    if (value === undefined) return [];
    const key = `${table}.${field}`;
    let index = this.indexes.get(key);
    if (!index) {
      index = new Map();
      for (const row of this.rows(table)) {
        const linked = row.value[field];
        if (typeof linked !== 'string' && typeof linked !== 'number') continue;
        const list = index.get(String(linked).toLowerCase()) ?? [];
        list.push(row);
        index.set(String(linked).toLowerCase(), list);
      }
      this.indexes.set(key, index);
    }
    return index.get(value.toLowerCase()) ?? [];
  }

  private claim(rows: Item[]): Item[] {
    for (const row of rows) this.claimed.add(row);
    return rows;
  }
}
