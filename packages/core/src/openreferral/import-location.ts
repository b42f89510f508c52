import { coordinatesSchema, locationSchema } from '../directory/schema.js';
import { accessibilityFeatures } from '../directory/vocabularies.js';
import type { Vocabulary } from '../directory/vocabulary.js';
import { ONLINE_LOCATION } from './wording.js';
import { fieldValue, readAttributes, termsOf, type Found } from './import-attributes.js';
import type { Item, Report, ServiceRef } from './input.js';
import { accept, idFromName, uniqueId } from './validate.js';
import type { LocationView } from './views.js';

export type ReadLocation =
  | {
      readonly kind: 'physical';
      readonly location: Record<string, unknown>;
      /** Our field (relative to the location, '' for itself) → where it came from in the input. */
      readonly origins: ReadonlyArray<readonly [string, string]>;
    }
  | { readonly kind: 'virtual'; readonly url?: Found };

const LOCATION_WHY: Record<string, string> = {
  description: 'is a description of the place, which the directory does not keep',
  alternate_name: 'is another name for the place, which the directory does not keep',
  external_identifier: 'is a reference such as a UPRN, which the directory does not keep',
  external_identifier_type: 'is the kind of an external reference, which the directory does not keep',
  languages: 'are languages of the place; the directory keeps languages for the whole service',
  phones: "are phones of the place; the directory keeps the service's and the organisation's phones",
  contacts: 'are named contacts, which the directory does not keep',
  schedules: "are the opening hours of the place itself, not the service's sessions",
  url: 'is a web address of a physical place, which the directory does not keep',
};

const ADDRESS_WHY: Record<string, string> = {
  attention: 'is a name to address post to, which the directory does not keep',
  region: 'is a region; the directory keeps the street, town and postcode',
  state_province: 'is a county or state; the directory keeps the street, town and postcode',
};

const UK = /^(?:gb|gbr|uk|united kingdom|great britain|england|scotland|wales|northern ireland)$/i;

/**
 * Reads one place where a service runs. A virtual location marks the service as online; a
 * physical one becomes one of the service's locations, with one address.
 */
export function readLocation(
  view: LocationView,
  index: number,
  taken: Set<string>,
  report: Report,
  service: ServiceRef,
): ReadLocation | undefined {
  const item = view.location;
  const attributes = readAttributes(view.attributes, 'location', report, service);
  if (view.link) {
    report.leftovers(view.link, service, {
      description: 'is a description of the service at this place, which the directory does not keep',
    });
  }
  const type = item.text('location_type')?.trim().toLowerCase();

  if (type === 'virtual') {
    // Our own export names it in fixed words; a publisher's own name for it has no place here.
    for (const key of ['name', 'description'] as const) {
      const text = item.text(key);
      if (text !== undefined && text !== ONLINE_LOCATION[key]) {
        report.warn(
          item.at(key),
          'not_imported',
          `belongs to an online location; the directory only marks the service as online, so it was left out.`,
          service,
        );
      }
    }
    const url = item.text('url');
    report.leftovers(item, service, LOCATION_WHY);
    return { kind: 'virtual', ...(url ? { url: { value: url, path: item.at('url') } } : {}) };
  }
  if (type === 'postal') {
    report.warn(
      item.at('location_type'),
      'not_imported',
      'is "postal": an address for post, not a place to visit, so the location was left out.',
      service,
    );
    return undefined;
  }
  if (type !== 'physical') {
    report.warn(
      item.at('location_type'),
      'invalid_value',
      `is ${type === undefined ? 'missing' : JSON.stringify(type)}; the location was read as a physical place.`,
      service,
    );
  }

  const origins: Array<[string, string]> = [['', item.at()]];
  const location: Record<string, unknown> = {};
  const put = (field: string, value: unknown, from: string) => {
    if (value === undefined) return;
    location[field] = value;
    origins.push([field, from]);
  };

  const name = accept(locationSchema.shape.name, item.text('name'), report, item.at('name'), service);
  const ownId = fieldValue(attributes, 'id');
  const id = accept(locationSchema.shape.id, ownId?.value, report, ownId?.path ?? item.at(), service);
  put('id', id ? uniqueId(id, taken) : uniqueId(idFromName(name ?? '', `location-${index + 1}`), taken), ownId?.path ?? item.at());
  put('name', name, item.at('name'));
  if (fieldValue(attributes, 'masked')?.value === 'true') put('masked', true, fieldValue(attributes, 'masked')!.path);

  const [address, ...others] = [...view.addresses].sort((a, b) => rank(a) - rank(b));
  for (const other of others) {
    report.warn(other.at(), 'not_imported', 'is a second address of one place; the directory keeps one, so it was left out.', service);
  }
  if (address) {
    address.skip('address_type');
    const lines = addressLines(fieldValue(attributes, 'address-lines'), report, service);
    if (lines) address.skip('address_1', 'address_2');
    const written = lines?.value ?? [address.text('address_1'), address.text('address_2')].filter((line) => line !== undefined);
    const from = lines?.path ?? address.at('address_1');
    put('address', accept(locationSchema.shape.address, written.length ? written : undefined, report, from, service), from);
    put('town', accept(locationSchema.shape.town, address.text('city'), report, address.at('city'), service), address.at('city'));
    const postcode = address.text('postal_code')?.trim();
    put('postcode', accept(locationSchema.shape.postcode, postcode, report, address.at('postal_code'), service), address.at('postal_code'));
    const country = address.text('country');
    if (country !== undefined && !UK.test(country.trim())) {
      report.warn(
        address.at('country'),
        'not_imported',
        `is ${JSON.stringify(country)}; the directory holds places in the UK, and keeps no country.`,
        service,
      );
    }
    report.leftovers(address, service, ADDRESS_WHY);
  }

  const lat = item.get('latitude');
  const lng = item.get('longitude');
  if (lat !== undefined || lng !== undefined) {
    if (lat === undefined || lng === undefined) {
      report.warn(
        item.at(lat === undefined ? 'longitude' : 'latitude'),
        'invalid_value',
        'has no partner (latitude and longitude go together), so it was left out.',
        service,
      );
    } else {
      put(
        'coordinates',
        accept(coordinatesSchema, { lat: Number(lat), lng: Number(lng) }, report, item.at('latitude'), service),
        item.at('latitude'),
      );
    }
  }
  put(
    'directions',
    accept(locationSchema.shape.directions, item.text('transportation'), report, item.at('transportation'), service),
    item.at('transportation'),
  );

  const features = termsOf(attributes, accessibilityFeatures.id);
  for (const row of view.accessibility) {
    const description = row.text('description');
    const feature = description === undefined ? undefined : matchTerm(accessibilityFeatures, description);
    if (feature) {
      if (!features.includes(feature)) features.push(feature);
    } else {
      report.warn(
        row.at('description'),
        'not_imported',
        `${
          description === undefined ? 'is missing' : `is ${JSON.stringify(description)}`
        }, not one of the accessibility features the directory knows (${accessibilityFeatures.terms
          .map((t) => t.label)
          .join(', ')}), so it was left out.`,
        service,
      );
    }
    report.leftovers(row, service, {
      details: 'is more about accessibility, which the directory does not keep',
      url: 'is a link about accessibility, which the directory does not keep',
    });
  }
  if (features.length) put('accessibility', features, view.accessibility[0]?.at() ?? item.at('attributes'));

  report.leftovers(item, service, LOCATION_WHY);
  return { kind: 'physical', location, origins };
}

/** Our `address-lines` field: the lines as a JSON list, when there are more than two. */
function addressLines(found: Found | undefined, report: Report, service: ServiceRef): Found<string[]> | undefined {
  if (!found) return undefined;
  try {
    const lines: unknown = JSON.parse(found.value);
    if (Array.isArray(lines) && lines.every((line) => typeof line === 'string')) return { value: lines, path: found.path };
  } catch {
    // reported below
  }
  report.warn(
    found.path,
    'invalid_value',
    'should be a JSON list of address lines, so address_1 and address_2 were used instead.',
    service,
  );
  return undefined;
}

/** A physical address first, then one of no stated type, then a postal one. */
function rank(address: Item): number {
  const type = typeof address.value.address_type === 'string' ? address.value.address_type.toLowerCase() : undefined;
  return type === 'physical' ? 0 : type === undefined ? 1 : 2;
}

/** The term whose id, label or alias is this text (ignoring case and a closing full stop). */
export function matchTerm(vocab: Vocabulary, text: string): string | undefined {
  const wanted = text.trim().replace(/\.$/, '').toLowerCase();
  return vocab.terms.find((term) => [term.id, term.label, ...(term.aliases ?? [])].some((name) => name.toLowerCase() === wanted))?.id;
}
