import { serviceSchema } from '../directory/schema.js';
import { fieldValue, readAttributes, termsOf, type Found } from './import-attributes.js';
import { readContact } from './import-contact.js';
import type { ImportContext } from './import-context.js';
import { readArea } from './import-details.js';
import { readLocation } from './import-location.js';
import { readOrganisation } from './import-organisation.js';
import { readAccess } from './import-service-access.js';
import { ServiceDraft } from './import-service-draft.js';
import { readServiceSchedule } from './import-service-schedule.js';
import { readStatus } from './import-service-status.js';
import { SERVICE_WHY } from './import-service-why.js';
import type { ServiceRef } from './input.js';
import { serviceTermFields } from './taxonomy.js';
import { accept, acceptEach, idFromName, uniqueId } from './validate.js';
import type { ServiceView } from './views.js';

/** One service read from the input, before `parseDirectory` checks it as a whole. */
export interface ImportedService {
  readonly service: Record<string, unknown>;
  readonly ref: ServiceRef;
  /** Where the service is in the input. */
  readonly root: string;
  /** Our field path (`contact.website`) → where its value came from (`contents[0].url`). */
  readonly origins: ReadonlyMap<string, string>;
}

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

  const draft = new ServiceDraft();
  const { put, origins } = draft;
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
  put('charters', acceptEach(shape.charters, attributes.charters, 10, 'charters', report, ref), attributes.charters[0]?.path ?? root);

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

  readStatus(item, attributes, draft, report, ref);
  readAccess(view, attributes, draft, report, ref);
  readServiceSchedule(view, placeIds, draft, report, ref);

  report.leftovers(item, ref, SERVICE_WHY);
  return { service: draft.fields, ref, root, origins };
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
