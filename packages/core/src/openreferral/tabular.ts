import { formatPath } from '../validation/problem.js';
import { Item, type Report } from './input.js';
import { REFERENCE_TABLES, tableName, UNSUPPORTED_TABLES } from './table-names.js';
import type { AttributeView, ContactView, LocationView, OrganizationView, ServiceView } from './views.js';

// Tabular HSDS data (one array per object type, linked by ids) read into the same views of a
// service as nested data (views.ts).

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

  constructor(
    data: Readonly<Record<string, unknown>>,
    private readonly report: Report,
    skipKeys: readonly string[],
  ) {
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
        else report.add('error', formatPath([key, index]), 'not_object', `should be an object (one ${name} record), so it was left out.`);
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
        this.report.warn(link.at('location_id'), 'not_linked', 'names a location that is not in the data, so that place was left out.');
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
          phones: this.claim(this.linked('phone', 'service_at_location_id', link.text('id')).filter((row) => !row.text('service_id'))),
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
