import { scheduleSchema, serviceSchema } from '../directory/schema.js';
import type { ServiceStatus } from '../directory/vocabularies.js';
import { fieldValue, readAttributes, termsOf, type Found, type ReadAttributes } from './import-attributes.js';
import { readContact } from './import-contact.js';
import type { ImportContext } from './import-context.js';
import { readArea, readCosts, readLanguages } from './import-details.js';
import { readLocation } from './import-location.js';
import { readOrganisation } from './import-organisation.js';
import { emptySchedule, readSchedule } from './import-schedule.js';
import type { ServiceRef } from './input.js';
import { serviceTermFields, type FieldName } from './taxonomy.js';
import { accept, acceptEach, idFromName, parseJson, uniqueId } from './validate.js';
import type { ServiceView } from './views.js';
import { referralText } from './wording.js';

/** One service read from the input, before `parseDirectory` checks it as a whole. */
export interface ImportedService {
  readonly service: Record<string, unknown>;
  readonly ref: ServiceRef;
  /** Where the service is in the input. */
  readonly root: string;
  /** Our field path (`contact.website`) → where its value came from (`contents[0].url`). */
  readonly origins: ReadonlyMap<string, string>;
}

const SERVICE_WHY: Record<string, string> = {
  alternate_name: 'is another name for the service, which the directory does not keep',
  interpretation_services:
    'is free text about interpreting; the directory records the "interpreters" accessibility feature and languages instead',
  application_process:
    'is free text about how to get the service; the directory records referral routes instead (self-referral, professional …)',
  wait_time: 'is a waiting time, which the directory does not keep',
  fees: 'is the deprecated fees field, beside fees_description, which was kept',
  accreditations: 'are accreditations, which the directory does not keep',
  assurer_email: 'is who checked the entry, which the directory does not keep (it keeps when: assured_date)',
  licenses: 'are licences, which the directory does not keep',
  last_modified: 'is when the record changed; the directory keeps when it was last checked (assured_date) instead',
  program: 'is a program (a group of services), which the directory does not keep',
  funding: 'is funding, which the directory does not keep',
  required_documents: 'are documents a person must bring, which the directory does not keep',
  metadata: 'is change history, which the directory does not keep',
};

const HSDS_STATUS: Record<string, ServiceStatus> = {
  active: 'active',
  'temporarily closed': 'temporarily-closed',
  defunct: 'closed',
  inactive: 'temporarily-closed',
};

/**
 * Reads one HSDS service (with its organisation, places, schedules, attributes …) into a service
 * of the directory format. Returns `undefined`, with an error, when it cannot be a service at all
 * (no name, no organisation); otherwise every field it could not keep is a warning.
 */
export function importService(view: ServiceView, index: number, context: ImportContext): ImportedService | undefined {
  const { report } = context;
  const item = view.item;
  const root = item.at();
  const ref: { index: number; id?: string; name?: string } = { index };

  const name = item.text('name');
  if (name === undefined) {
    report.add('error', item.at('name'), 'missing_name', 'is missing; a service needs a name, so it was left out.', ref);
    return undefined;
  }
  if (name.length <= 160) ref.name = name;

  const out: Record<string, unknown> = {};
  const origins = new Map<string, string>();
  const put = (field: string, value: unknown, from: string) => {
    if (value === undefined) return;
    out[field] = value;
    origins.set(field, from);
  };
  const shape = serviceSchema.shape;
  const attributes = readAttributes(view.attributes, 'service', report, ref);

  // Our id when the attributes carry it; otherwise one made from the name.
  const ownId = fieldValue(attributes, 'id');
  let id = accept(shape.id, ownId?.value, report, ownId?.path ?? root, ref);
  if (id) context.serviceIds.add(id);
  else id = uniqueId(idFromName(name, `service-${index + 1}`), context.serviceIds);
  ref.id = id;
  put('id', id, ownId?.path ?? root);
  put('name', name, item.at('name'));

  // HSDS has one description. Ours, with the summary beside it, or the publisher's.
  const description = accept(shape.description, item.text('description'), report, item.at('description'), ref);
  const ownSummary = fieldValue(attributes, 'summary');
  const summary = ownSummary ? accept(shape.summary, ownSummary.value, report, ownSummary.path, ref) : undefined;
  if (summary) {
    put('summary', summary, ownSummary!.path);
    put('description', description, item.at('description'));
  } else if (description !== undefined && description.length <= 300) {
    put('summary', description, item.at('description'));
  } else if (description !== undefined) {
    put('summary', shorten(description, 300), item.at('description'));
    put('description', description, item.at('description'));
    report.warn(
      item.at('description'),
      'summary_made',
      'is longer than a summary (300 characters): its opening was used as the summary, and all of it kept as the description.',
      ref,
    );
  } else {
    put('summary', name.slice(0, 300), item.at('name'));
    report.warn(root, 'summary_made', 'has no description, so its name was used as the summary; write a summary.', ref);
  }

  const organisation = view.organization ? readOrganisation(view.organization, context, ref) : undefined;
  if (!organisation) {
    if (!view.organization) {
      report.add(
        'error',
        item.at(item.value.organization_id === undefined ? 'organization' : 'organization_id'),
        'missing_organization',
        'does not lead to an organization; a service needs the organisation that runs it, so it was left out.',
        ref,
      );
    }
    return undefined;
  }
  put('organisation', organisation.value, organisation.origins.get('') ?? root);
  for (const [field, from] of organisation.origins) if (field) origins.set(`organisation.${field}`, from);

  // Vocabulary terms, tags and charters.
  for (const [vocab, field] of Object.entries(serviceTermFields)) {
    const terms = termsOf(attributes, vocab);
    if (terms.length) put(field, terms, attributes.terms.get(vocab)![0]!.path);
  }
  put('tags', acceptEach(shape.tags, attributes.tags, 20, 'tags', report, ref), attributes.tags[0]?.path ?? root);
  put(
    'charters',
    acceptEach(shape.charters, attributes.charters, 10, 'charters', report, ref),
    attributes.charters[0]?.path ?? root,
  );

  const areas = [...new Set(view.areas.map((area) => readArea(area, context, ref)).filter((area) => area !== undefined))];
  put('areas', areas.length ? areas : undefined, view.areas[0]?.item.at() ?? root);

  // Places. Sessions refer to them by our location id.
  const taken = new Set<string>();
  const locations: Array<Record<string, unknown>> = [];
  const placeIds: Array<string | undefined> = [];
  let online: { url?: Found; path: string } | undefined;
  view.locations.forEach((place, i) => {
    const read = readLocation(place, i, taken, report, ref);
    placeIds.push(read?.kind === 'physical' ? (read.location.id as string) : undefined);
    if (read?.kind === 'physical') {
      const at = `locations[${locations.length}]`;
      for (const [field, from] of read.origins) origins.set(field ? `${at}.${field}` : at, from);
      locations.push(read.location);
    } else if (read?.kind === 'virtual') {
      online ??= { ...(read.url ? { url: read.url } : {}), path: place.location.at() };
    }
  });
  put('locations', locations.length ? locations : undefined, view.locations[0]?.location.at() ?? root);
  if (online && (locations.length === 0 || context.ours)) {
    put('onlineOnly', true, online.path);
  } else if (online) {
    report.warn(
      online.path,
      'not_imported',
      'is an online location beside places to visit, so the service was not marked online only; give it the "online" format if it fits.',
      ref,
    );
  }

  put('contact', readContact(view, online?.url, attributes, origins, report, ref), root);

  const status = item.text('status')?.trim().toLowerCase();
  const ourStatus = status === undefined ? undefined : HSDS_STATUS[status];
  if (!ourStatus) {
    report.warn(
      item.at('status'),
      'invalid_value',
      `is ${
        status === undefined ? 'missing' : JSON.stringify(status)
      }; expected active, inactive, defunct or temporarily closed, so it was read as active.`,
      ref,
    );
  } else if (status === 'inactive') {
    report.warn(
      item.at('status'),
      'status_read',
      'is "inactive", which does not say whether the service will run again; it was read as temporarily closed.',
      ref,
    );
  }
  put('status', ourStatus, item.at('status'));
  putField(attributes, 'status-note', shape.statusNote, 'statusNote');
  put('notice', accept(shape.notice, item.text('alert'), report, item.at('alert'), ref), item.at('alert'));
  const assured = item.text('assured_date');
  put(
    'lastReviewed',
    accept(
      shape.lastReviewed,
      assured && /^\d{4}-\d{2}-\d{2}T/.test(assured) ? assured.slice(0, 10) : assured,
      report,
      item.at('assured_date'),
      ref,
    ),
    item.at('assured_date'),
  );
  origins.set('lastReviewed', item.at('assured_date'));
  if (fieldValue(attributes, 'active-partner')?.value === 'true')
    put('activePartner', true, fieldValue(attributes, 'active-partner')!.path);
  putField(attributes, 'kind', shape.kind, 'kind');
  if (fieldValue(attributes, 'operator-not-confirmed')?.value === 'true')
    put('operatorConfirmed', false, fieldValue(attributes, 'operator-not-confirmed')!.path);
  putField(attributes, 'last-heard-of', shape.lastHeardOf, 'lastHeardOf');
  putField(attributes, 'confirmed-by-service', shape.confirmedByService, 'confirmedByService');
  const sources = (attributes.fields.get('source') ?? []).map((found) => parseJson(found, report, ref));
  put(
    'sources',
    acceptEach(
      shape.sources,
      sources.filter((s) => s !== undefined),
      20,
      'sources',
      report,
      ref,
    ),
    attributes.fields.get('source')?.[0]?.path ?? root,
  );

  // Access.
  put(
    'eligibility',
    accept(shape.eligibility, item.text('eligibility_description'), report, item.at('eligibility_description'), ref),
    item.at('eligibility_description'),
  );
  const ages = { min: item.get('minimum_age'), max: item.get('maximum_age') };
  if (ages.min !== undefined || ages.max !== undefined) {
    const range = Object.fromEntries(
      Object.entries(ages)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, Number(v)]),
    );
    put(
      'ageRange',
      accept(shape.ageRange, range, report, item.at(ages.min !== undefined ? 'minimum_age' : 'maximum_age'), ref),
      item.at('minimum_age'),
    );
  }
  let costNote = accept(shape.costNote, item.text('fees_description'), report, item.at('fees_description'), ref);
  put('costNote', costNote, item.at('fees_description'));
  const fees = item.text('fees');
  if (fees !== undefined && costNote === undefined) {
    costNote = accept(shape.costNote, fees, report, item.at('fees'), ref);
    put('costNote', costNote, item.at('fees'));
  } else if (fees !== undefined && fees !== costNote) {
    report.warn(item.at('fees'), 'not_imported', `${SERVICE_WHY.fees}, so it was left out.`, ref);
  }
  const cost = readCosts(view.item, view.costs, report, ref);
  put('cost', cost?.value, cost?.path ?? root);
  const referral = termsOf(attributes, 'referral');
  const process = item.text('application_process');
  if (process !== undefined && process !== referralText(referral)) {
    report.warn(item.at('application_process'), 'not_imported', `${SERVICE_WHY.application_process}, so it was left out.`, ref);
  }
  put('languages', readLanguages(view.languages, report, ref), view.languages[0]?.at() ?? root);

  // When: sessions from rules, by appointment and a note from the rest.
  const schedule = emptySchedule();
  const rows = [
    ...view.schedules.map((row) => ({ row, place: undefined as string | undefined })),
    ...view.locations.flatMap((place, i) => place.schedules.map((row) => ({ row, place: placeIds[i] }))),
  ];
  // Rows of one table keep the table's order (sessions are listed in it); nested lists keep theirs.
  if (rows.every(({ row }) => row.path.length === 2 && row.path[0] === rows[0]!.row.path[0]))
    rows.sort((a, b) => Number(a.row.path[1]) - Number(b.row.path[1]));
  for (const { row, place } of rows) readSchedule(row, place, schedule, report, ref);
  const note = schedule.notes.length
    ? accept(scheduleSchema.shape.note, schedule.notes.map((n) => n.value).join(' '), report, schedule.notes[0]!.path, ref)
    : undefined;
  if (schedule.sessions.length > 50) {
    for (const extra of schedule.sessions.slice(50))
      report.warn(extra.path, 'not_imported', 'is more than the 50 sessions a service can list, so it was left out.', ref);
  }
  const sessions = schedule.sessions.slice(0, 50);
  if (sessions.length || schedule.byAppointment || note) {
    put(
      'schedule',
      {
        sessions: sessions.map((s) => s.value),
        ...(schedule.byAppointment ? { byAppointment: true } : {}),
        ...(note ? { note } : {}),
      },
      sessions[0]?.path ?? schedule.byAppointment ?? root,
    );
    sessions.forEach((session, i) => origins.set(`schedule.sessions[${i}]`, session.path));
    if (note) origins.set('schedule.note', schedule.notes[0]!.path);
  }

  report.leftovers(item, ref, SERVICE_WHY);
  return { service: out, ref, root, origins };

  function putField(read: ReadAttributes, name: FieldName, schema: Parameters<typeof accept>[0], field: string) {
    const found = fieldValue(read, name);
    if (found) put(field, accept(schema, found.value, report, found.path, ref), found.path);
  }
}

/** The opening of a long text, ending at a sentence where one ends early enough. */
function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const sentence = cut.lastIndexOf('. ');
  if (sentence > max / 3) return cut.slice(0, sentence + 1);
  const space = cut.lastIndexOf(' ');
  return `${cut.slice(0, space > 0 ? space : cut.length)}…`;
}
