import { getCharter } from '../charters/index.js';
import type { Service } from '../directory/schema.js';
import { labelOf } from '../directory/vocabulary.js';
import { costs } from '../directory/vocabularies.js';
import { exportLocation, exportOnlineLocation, type ExportedPlace } from './export-location.js';
import { exportSchedule } from './export-schedule.js';
import { compact, type DatasetWriter } from './export-writer.js';
import { serviceTermFields, type FieldName, type ServiceTermVocabulary } from './taxonomy.js';
import { referralText, STATUS_TO_HSDS } from './wording.js';

/**
 * One service and everything it holds: its `service` record, attributes for its terms and the
 * fields HSDS has no column for, phones, languages, cost, areas, places and schedule. Its
 * organisation is already written (`organisationId`).
 */
export function exportService(
  writer: DatasetWriter,
  service: Service,
  organisationId: string,
  areaNames: ReadonlyMap<string, string>,
): void {
  const { data, id } = writer;
  const key = service.id;
  const serviceId = id(`service:${key}`);
  const contact = service.contact;
  /** One of the service's fields that HSDS has no column for. */
  const field = (name: FieldName, value: string) => writer.field('service', serviceId, key, name, value);
  /** One of the service's terms. */
  const term = (taxonomy: string, code: string) => writer.attribute('service', serviceId, key, taxonomy, code);
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
  field('id', service.id);
  if (service.description) field('summary', service.summary);
  if (service.statusNote) field('status-note', service.statusNote);
  if (service.activePartner) field('active-partner', 'true');
  if (service.kind !== 'service') field('kind', service.kind);
  if (!service.operatorConfirmed) field('operator-not-confirmed', 'true');
  if (service.lastHeardOf) field('last-heard-of', service.lastHeardOf);
  if (service.confirmedByService) field('confirmed-by-service', service.confirmedByService);
  for (const link of contact?.links ?? []) field('link', JSON.stringify(link));
  for (const source of service.sources) field('source', JSON.stringify(source));
  for (const [vocab, name] of Object.entries(serviceTermFields) as Array<
    [ServiceTermVocabulary, (typeof serviceTermFields)[ServiceTermVocabulary]]
  >) {
    for (const code of service[name]) term(vocab, code);
  }
  for (const tag of service.tags) {
    writer.openTerm('tag', tag, tag, `A free tag: ${tag}.`);
    term('tag', tag);
  }
  for (const charter of service.charters) {
    writer.openTerm(
      'charter',
      charter,
      getCharter(charter)?.title ?? charter,
      `The service has signed this peer support charter (id "${charter}").`,
    );
    term('charter', charter);
  }

  if (contact?.phone)
    data.phone.push({ id: id(`phone:service:${key}/voice`), service_id: serviceId, number: contact.phone, type: 'voice' });
  if (contact?.text) data.phone.push({ id: id(`phone:service:${key}/text`), service_id: serviceId, number: contact.text, type: 'text' });

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
    writer.field('service_area', areaId, `${key}/${area}`, 'id', area);
  }

  const places = new Map<string, ExportedPlace>();
  for (const location of service.locations) {
    places.set(location.id, exportLocation(writer, location, service.id, serviceId, organisationId));
  }
  if (service.onlineOnly) exportOnlineLocation(writer, key, serviceId, organisationId, contact?.website);

  exportSchedule(writer, service, serviceId, places);
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
