import { getCharter } from '../charters/index.js';
import type { Directory, Location, Organisation } from '../directory/schema.js';
import { labelOf } from '../directory/vocabulary.js';
import { accessibilityFeatures, costs, organisationKinds } from '../directory/vocabularies.js';
import { directoryIds } from './ids.js';
import { describeSession, sessionToRule } from './rrule.js';
import {
  publishedTaxonomy,
  serviceTermFields,
  TAXONOMY_URI,
  termId,
  termRow,
  type FieldName,
  type ServiceTermVocabulary,
} from './taxonomy.js';
import type { HsdsAttribute, OpenReferralDataset } from './types.js';
import { BY_APPOINTMENT, ONLINE_LOCATION, organisationDescription, referralText, STATUS_TO_HSDS } from './wording.js';

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
  const id = directoryIds(directory.id);
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

  const termsWritten = new Set(terms.map((term) => term.id));
  /** A term of an open taxonomy (tag, charter), written once however many services use it. */
  const openTerm = (taxonomy: 'tag' | 'charter', code: string, name: string, description: string) => {
    const row = termRow(taxonomy, code, name, description);
    if (!termsWritten.has(row.id)) {
      termsWritten.add(row.id);
      data.taxonomy_term.push(row);
    }
    return row.id;
  };
  const attributeNames = new Map<string, number>();
  /** An attribute linking a record to a term; its id is named by the record and the term. */
  const attribute = (
    linkEntity: HsdsAttribute['link_entity'],
    linkId: string,
    key: string,
    taxonomy: string,
    code: string,
    value?: string,
  ) => {
    // A record can carry a term twice (two `source` fields); the second is `…#2`.
    const name = `attribute:${linkEntity}/${key}/${taxonomy}/${code}`;
    const count = (attributeNames.get(name) ?? 0) + 1;
    attributeNames.set(name, count);
    data.attribute.push(
      compact({
        id: id(count === 1 ? name : `${name}#${count}`),
        link_id: linkId,
        link_entity: linkEntity,
        taxonomy_term_id: termId(taxonomy, code),
        value,
      }),
    );
  };
  const field = (linkEntity: HsdsAttribute['link_entity'], linkId: string, key: string, name: FieldName, value: string) =>
    attribute(linkEntity, linkId, key, 'field', name, value);

  const organisations = new Map<string, { id: string; json: string }>();
  const exportOrganisation = (organisation: Organisation): string => {
    // One record per organisation. Services name their organisation each time; if two entries
    // of the same organisation differ, each version gets its own record so nothing is lost.
    const key = organisation.id ?? `name:${organisation.name}`;
    const json = JSON.stringify(organisation);
    const first = organisations.get(key);
    const mapKey = !first || first.json === json ? key : `${key}#${json}`;
    const seen = organisations.get(mapKey);
    if (seen) return seen.id;
    const orgId = id(`organization:${mapKey}`);
    organisations.set(mapKey, { id: orgId, json });
    data.organization.push(
      compact({
        id: orgId,
        name: organisation.name,
        description: organisationDescription(organisation.kind),
        email: organisation.email,
        website: organisation.website,
      }),
    );
    if (organisation.id) field('organization', orgId, mapKey, 'id', organisation.id);
    attribute('organization', orgId, mapKey, organisationKinds.id, organisation.kind);
    if (organisation.phone) {
      data.phone.push({
        id: id(`phone:organization:${mapKey}`),
        organization_id: orgId,
        number: organisation.phone,
        type: 'voice',
      });
    }
    if (organisation.charityNumber) {
      data.organization_identifier.push({
        id: id(`organization_identifier:${mapKey}/charity`),
        organization_id: orgId,
        identifier_type: 'Charity number',
        identifier: organisation.charityNumber,
      });
    }
    return orgId;
  };

  const areaNames = new Map(directory.areas.map((area) => [area.id, area.name]));

  for (const service of services) {
    const key = service.id;
    const serviceId = id(`service:${key}`);
    const organisationId = exportOrganisation(service.organisation);
    const contact = service.contact;
    data.service.push(
      compact({
        id: serviceId,
        organization_id: organisationId,
        name: service.name,
        // HSDS has one description: ours when there is one, else the summary.
        description: service.description ?? service.summary,
        url: contact?.website,
        email: contact?.email,
        status: STATUS_TO_HSDS[service.status],
        application_process: referralText(service.referral),
        fees_description: service.costNote,
        eligibility_description: service.eligibility,
        minimum_age: service.ageRange?.min,
        maximum_age: service.ageRange?.max,
        assured_date: service.lastReviewed,
        alert: service.notice,
      }),
    );

    // Fields without an HSDS column, then every vocabulary term, tag and charter.
    field('service', serviceId, key, 'id', service.id);
    if (service.description) field('service', serviceId, key, 'summary', service.summary);
    if (service.statusNote) field('service', serviceId, key, 'status-note', service.statusNote);
    if (service.activePartner) field('service', serviceId, key, 'active-partner', 'true');
    if (service.kind !== 'service') field('service', serviceId, key, 'kind', service.kind);
    if (!service.operatorConfirmed) field('service', serviceId, key, 'operator-not-confirmed', 'true');
    if (service.lastHeardOf) field('service', serviceId, key, 'last-heard-of', service.lastHeardOf);
    if (service.confirmedByService) field('service', serviceId, key, 'confirmed-by-service', service.confirmedByService);
    for (const link of contact?.links ?? []) field('service', serviceId, key, 'link', JSON.stringify(link));
    for (const source of service.sources) field('service', serviceId, key, 'source', JSON.stringify(source));
    for (const [vocab, name] of Object.entries(serviceTermFields) as Array<
      [ServiceTermVocabulary, (typeof serviceTermFields)[ServiceTermVocabulary]]
    >) {
      for (const term of service[name]) attribute('service', serviceId, key, vocab, term);
    }
    for (const tag of service.tags) {
      openTerm('tag', tag, tag, `A free tag: ${tag}.`);
      attribute('service', serviceId, key, 'tag', tag);
    }
    for (const charter of service.charters) {
      openTerm(
        'charter',
        charter,
        getCharter(charter)?.title ?? charter,
        `The service has signed this peer support charter (id "${charter}").`,
      );
      attribute('service', serviceId, key, 'charter', charter);
    }

    if (contact?.phone)
      data.phone.push({ id: id(`phone:service:${key}/voice`), service_id: serviceId, number: contact.phone, type: 'voice' });
    if (contact?.text)
      data.phone.push({ id: id(`phone:service:${key}/text`), service_id: serviceId, number: contact.text, type: 'text' });

    service.languages.forEach((code, index) => {
      data.language.push(compact({ id: id(`language:${key}/${index}`), service_id: serviceId, code, name: languageName(code) }));
    });

    if (service.cost) {
      data.cost_option.push({
        id: id(`cost_option:${key}`),
        service_id: serviceId,
        option: labelOf(costs, service.cost),
        ...(service.cost === 'free' ? { amount: 0, currency: 'GBP' } : {}),
      });
    }

    for (const area of service.areas) {
      const areaId = id(`service_area:${key}/${area}`);
      // An area the directory does not list keeps its id as its name, so it is still there.
      data.service_area.push({ id: areaId, service_id: serviceId, name: areaNames.get(area) ?? area });
      field('service_area', areaId, `${key}/${area}`, 'id', area);
    }

    const places = new Map<string, { locationId: string; salId: string }>();
    for (const location of service.locations) {
      places.set(location.id, exportLocation(location, service.id, serviceId, organisationId));
    }
    if (service.onlineOnly) {
      const locationId = id(`online-location:${key}`);
      data.location.push(
        compact({
          id: locationId,
          location_type: 'virtual' as const,
          organization_id: organisationId,
          name: ONLINE_LOCATION.name,
          description: ONLINE_LOCATION.description,
          url: contact?.website,
        }),
      );
      data.service_at_location.push({
        id: id(`service_at_location:${key}/online`),
        service_id: serviceId,
        location_id: locationId,
      });
    }

    const schedule = service.schedule;
    schedule?.sessions.forEach((session, index) => {
      const place = session.location ? places.get(session.location) : undefined;
      data.schedule.push(
        compact({
          id: id(`schedule:${key}/${index}`),
          service_id: serviceId,
          location_id: place?.locationId,
          service_at_location_id: place?.salId,
          ...sessionToRule(session),
          description: describeSession(session),
          notes: session.note,
        }),
      );
    });
    if (schedule && (schedule.byAppointment || schedule.note)) {
      // What is not a recurring session: by appointment, and the schedule's own note.
      data.schedule.push(
        compact({
          id: id(`schedule:${key}/general`),
          service_id: serviceId,
          description: schedule.byAppointment ? BY_APPOINTMENT : undefined,
          notes: schedule.note,
        }),
      );
    }
  }
  return data;

  function exportLocation(location: Location, serviceKey: string, serviceId: string, organisationId: string) {
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
    field('location', locationId, key, 'id', location.id);
    if (location.masked) field('location', locationId, key, 'masked', 'true');
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
      if (lines.length > 2) field('location', locationId, key, 'address-lines', JSON.stringify(lines));
    }
    location.accessibility.forEach((feature, index) => {
      attribute('location', locationId, key, 'accessibility', feature);
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
}

/** The English name of a language code, where the platform knows it (it is optional in HSDS). */
let languageNames: Intl.DisplayNames | undefined;

function languageName(code: string): string | undefined {
  try {
    languageNames ??= new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
    const name = languageNames.of(code);
    return name && name !== code ? name : undefined;
  } catch {
    return undefined;
  }
}

/** A copy without the keys whose value is undefined, so the JSON holds only what is known. */
function compact<T extends object>(record: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as {
    [K in keyof T]: Exclude<T[K], undefined>;
  };
}
