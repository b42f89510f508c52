import { byListOrder } from '../directory/order.js';
import { publicService } from '../directory/public.js';
import type { Directory, Location, Schedule, Service } from '../directory/schema.js';
import { slugify } from '../directory/slugify.js';
import { STOPWORDS, wordsOf } from '../search/normalize.js';
import {
  BROWSE_FORMAT,
  BROWSE_FORMAT_VERSION,
  FRAGMENT_SIZE,
  fragmentFile,
  NAME_HASH_LENGTH,
  type BrowseColumns,
  type BrowseFileRef,
  type BrowseIndex,
  type IndexedLocation,
  type IndexedSchedule,
  type IndexedSession,
  type TermField,
} from './format.js';
import { placesOf } from './places.js';

/** A file's Subresource Integrity string (`sha384-…`). */
export type Integrity = (text: string) => string;

const LIST_FIELDS = [
  'provision',
  'formats',
  'settings',
  'experiences',
  'communities',
  'transitions',
  'tags',
  'referral',
  'accessibility',
  'languages',
  'charters',
] as const satisfies readonly TermField[];

/**
 * The browse form of a checked directory (see format.ts), by file name: `browse.json` and the
 * files under `browse/`. Services are published as directory.json publishes them (masked places
 * reduced, in list order), so a fragment's service is the very one directory.json has.
 * `integrity` hashes a file's text; fragment names are made from it. The same directory gives the
 * same bytes.
 */
export function writeBrowseForm(directory: Directory, integrity: Integrity, excluded = 0): Map<string, string> {
  const files = [...browseFormFiles(directory, integrity, excluded)];
  // browse.json, made last, is listed first: it is what a reader opens.
  const index = files.pop()!;
  return new Map([index, ...files]);
}

/**
 * The files of writeBrowseForm one at a time, in the order they are made: the fragments, the
 * words, the places, then browse.json, which names them by their hashes. A national directory's
 * fragments are hundreds of megabytes: a caller that writes each file as it comes never holds
 * them all.
 */
export function* browseFormFiles(directory: Directory, integrity: Integrity, excluded = 0): Generator<[name: string, text: string]> {
  const services = directory.services.map(publicService).sort(byListOrder);
  /** The file's text and the hash its name carries (see format.ts). */
  const hashed = (value: unknown) => {
    const text = `${JSON.stringify(value)}\n`;
    const hash = integrity(text);
    const start = hash.indexOf('-') + 1;
    return {
      text,
      hash,
      named: hash
        .slice(start, start + NAME_HASH_LENGTH)
        .replace(/\+/g, '-')
        .replace(/\//g, '_'),
    };
  };
  const hashes: string[] = [];
  for (let first = 0; first < services.length; first += FRAGMENT_SIZE) {
    const { text, named } = hashed({ first, services: services.slice(first, first + FRAGMENT_SIZE) });
    yield [fragmentFile(hashes.length, named), text];
    hashes.push(named);
  }
  const wordsFile = hashed({ words: services.map(searchWordsOf) });
  const words: BrowseFileRef = { file: `browse/words.${wordsFile.named}.json`, integrity: wordsFile.hash };
  yield [words.file, wordsFile.text];
  const placesFile = hashed({ places: services.map(placesOf) });
  const places: BrowseFileRef = { file: `browse/places.${placesFile.named}.json`, integrity: placesFile.hash };
  yield [places.file, placesFile.text];

  const { services: _, $schema: __, ...fields } = directory as Directory & { $schema?: string };
  const { services: columns, ...tables } = columnsOf(services, directory);
  // In this order: a reader can look at the names, and fetch a fragment, before the rest has come
  // (see IndexStart): with a national directory that is seconds sooner on a slow connection.
  const index: BrowseIndex = {
    format: BROWSE_FORMAT,
    formatVersion: BROWSE_FORMAT_VERSION,
    directory: fields,
    excluded,
    fragments: { size: FRAGMENT_SIZE, hashes },
    words,
    places,
    services: columns,
    ...tables,
  };
  yield ['browse.json', `${JSON.stringify(index)}\n`];
}

/**
 * The words of a service's description, and of its places' names and postcodes (unless masked:
 * they could give away where it is), that its name and summary do not have, once each, in the
 * order they come: all a search needs of them, a fraction of their bytes.
 */
export function searchWordsOf(service: Service): string {
  const known = new Set([...STOPWORDS, ...wordsOf(service.name), ...wordsOf(service.summary)]);
  const places = service.locations.flatMap((location) => (location.masked ? [] : [location.name ?? '', location.postcode ?? '']));
  const words: string[] = [];
  for (const word of wordsOf([service.description ?? '', ...places].join(' '))) {
    if (!known.has(word)) {
      known.add(word);
      words.push(word);
    }
  }
  return words.join(' ');
}

function columnsOf(
  services: readonly Service[],
  directory: Directory,
): Pick<BrowseIndex, 'organisations' | 'terms' | 'locations' | 'schedules' | 'services'> {
  const organisations = numbering<Service['organisation']>((organisation) => JSON.stringify(organisation));
  const terms = numbering<readonly [TermField, string]>((term) => term.join('\u0000'));
  const locations = numbering<IndexedLocation>((location) => JSON.stringify(location));
  const schedules = numbering<IndexedSchedule>((schedule) => JSON.stringify(schedule));
  const areaNumbers = new Map(directory.areas.map((area, i) => [area.id, i]));
  const columns: { [K in keyof BrowseColumns]: Array<BrowseColumns[K][number]> } = {
    name: [],
    id: [],
    summary: [],
    organisation: [],
    terms: [],
    areas: [],
    locations: [],
    schedule: [],
    ageRange: [],
    flags: [],
    evidence: [],
  };
  for (const service of services) {
    columns.name.push(service.name);
    columns.id.push(service.id === slugify(service.name) ? 0 : service.id);
    columns.summary.push(service.summary);
    columns.organisation.push(organisations.number(service.organisation));
    const own: number[] = [];
    if (service.kind !== 'service') own.push(terms.number(['kind', service.kind]));
    if (service.status !== 'active') own.push(terms.number(['status', service.status]));
    if (service.cost) own.push(terms.number(['cost', service.cost]));
    for (const field of LIST_FIELDS) for (const id of service[field]) own.push(terms.number([field, id]));
    columns.terms.push(own);
    columns.areas.push(service.areas.map((id) => areaNumbers.get(id)!));
    columns.locations.push(service.locations.length ? service.locations.map((location) => locations.number(indexedLocation(location))) : 0);
    const schedule = indexedSchedule(service.schedule);
    columns.schedule.push(schedule ? 1 + schedules.number(schedule) : 0);
    columns.ageRange.push(service.ageRange ?? 0);
    columns.flags.push((service.onlineOnly ? 1 : 0) | (service.activePartner ? 2 : 0) | (service.operatorConfirmed ? 0 : 4));
    const { lastHeardOf = 0, confirmedByService = 0 } = service;
    columns.evidence.push(lastHeardOf || confirmedByService ? [lastHeardOf, confirmedByService] : 0);
  }
  return {
    organisations: organisations.values,
    terms: terms.values,
    locations: locations.values,
    schedules: schedules.values,
    services: columns,
  };
}

function indexedLocation(location: Location): IndexedLocation {
  const { id, town, masked, accessibility } = location;
  return {
    id,
    ...(town ? { town } : {}),
    ...(masked ? { masked: true as const } : {}),
    ...(accessibility.length ? { accessibility } : {}),
  };
}

/** The sessions without notes or defaults: what "open now", the day filters and a card's next session need. */
function indexedSchedule(schedule: Schedule | undefined): IndexedSchedule | 0 {
  if (!schedule || (!schedule.sessions.length && !schedule.byAppointment)) return 0;
  const sessions = schedule.sessions.map(({ note: _, overnight, frequency, ...session }): IndexedSession => ({
    ...session,
    ...(overnight ? { overnight } : {}),
    ...(frequency !== 'weekly' ? { frequency } : {}),
  }));
  return { sessions, ...(schedule.byAppointment ? { byAppointment: true as const } : {}) };
}

/** Numbers values as they are first met, the same value (by `key`) the same number. */
function numbering<T>(key: (value: T) => string) {
  const numbers = new Map<string, number>();
  const values: T[] = [];
  return {
    values,
    number(value: T): number {
      const k = key(value);
      let n = numbers.get(k);
      if (n === undefined) numbers.set(k, (n = values.push(value) - 1));
      return n;
    },
  };
}
