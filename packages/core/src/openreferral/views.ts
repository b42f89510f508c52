import type { Item, Report } from './input.js';

// HSDS data comes nested (a service_full object holds its phones, schedules, locations …) or
// tabular (one array per object type, linked by ids). Both are read into the same view of one
// service and everything attached to it, so one mapping reads either form: nested data here,
// tabular data by \`Tabular\` (tabular.ts).

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
        report.warn(link.at('location'), 'not_linked', 'is missing, so this service_at_location and what it holds were left out.');
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
