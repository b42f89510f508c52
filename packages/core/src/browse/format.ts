import type { AgeRange, Area, Featured, Organisation, Publisher, Service, Session } from '../directory/schema.js';

// The browse form: a directory published for browsing at scale. `peer-support build` writes it
// beside directory.json (which stays as it is, for developers and the Open Referral export):
//
//   browse.json                        the index: what the first screen, search, filters and
//                                      their counts need, in columns (compact, and quick to read)
//   browse/services-<n>.<hash>.json    every service in full, FRAGMENT_SIZE at a time, fetched
//                                      when a person opens one
//   browse/words.<hash>.json           the words of the descriptions, fetched on the first
//                                      search with text (browsing and filtering never need them)
//   browse/places.<hash>.json          each location's coordinates and postcode, fetched when a
//                                      person first looks "near" a place (nothing else needs them)
//
// Fragment names carry a hash of their content, so a CDN may cache them forever and a new build
// never serves a mix of old and new: only browse.json changes name-for-name. The hash in a
// fragment's name is also what a reader checks it against, so the index lists 12 characters per
// fragment rather than a full integrity string (at 50,000 services, 20 KB rather than 80). The format is
// described by browseJsonSchema() (browse.schema.json) and versioned by `formatVersion`.
//
// `formatVersion` rises only when a reader of the old version could not read the new: a field
// added that an old reader may ignore does not raise it. `places` came so (an index written before
// it has none, and a reader then has towns but no coordinates or postcodes to go on).

/** The value of `format` that marks a browse index, always its first field. */
export const BROWSE_FORMAT = 'peer-support-browse';
/** Raised when a reader of the old version could not read the new one. */
export const BROWSE_FORMAT_VERSION = 1;
/** Services per fragment: about 4 KB compressed, one request for a person opening a service. */
export const FRAGMENT_SIZE = 32;

/**
 * The hash in a fragment's name: the first 12 characters of its sha384 in base64url (72 bits),
 * the first 9 bytes of the digest.
 */
export const NAME_HASH_LENGTH = 12;
/** What a name hash may be: base64url, NAME_HASH_LENGTH characters (a JSON Schema `pattern`). */
export const NAME_HASH_PATTERN = `^[A-Za-z0-9_-]{${NAME_HASH_LENGTH}}$`;

/** Fragment `k`'s file, relative to the index. */
export const fragmentFile = (k: number, hash: string): string => `browse/services-${k}.${hash}.json`;

/** A file the index points to, relative to the index's own address, with its Subresource Integrity. */
export interface BrowseFileRef {
  readonly file: string;
  readonly integrity: string;
}

/**
 * A location as the index carries it: what filters, a card and a search by town need. Its name
 * and postcode are searched through the words file; its coordinates and postcode, for "near", are
 * in the places file; the rest is in the fragment.
 */
export interface IndexedLocation {
  readonly id: string;
  readonly town?: string;
  readonly masked?: true;
  readonly accessibility?: readonly string[];
}

/** A session as the index carries it: no note, and `overnight` and `frequency` only when not the default. */
export type IndexedSession = Omit<Session, 'note' | 'overnight' | 'frequency'> & Partial<Pick<Session, 'overnight' | 'frequency'>>;

export interface IndexedSchedule {
  readonly sessions: readonly IndexedSession[];
  readonly byAppointment?: true;
}

/** The services, one array per field, each as long as `name`. */
export interface BrowseColumns {
  readonly name: readonly string[];
  /** The service's id, or 0 where it is `slugify(name)` (nearly always). */
  readonly id: ReadonlyArray<string | 0>;
  readonly summary: readonly string[];
  /** An index into `organisations`. */
  readonly organisation: readonly number[];
  /** Indexes into `terms`: every vocabulary term, tag, language, charter, kind, cost and status. */
  readonly terms: ReadonlyArray<readonly number[]>;
  /** Indexes into `directory.areas`. */
  readonly areas: ReadonlyArray<readonly number[]>;
  /** Indexes into `locations`; 0 for none. */
  readonly locations: ReadonlyArray<readonly number[] | 0>;
  /** 1 + an index into `schedules`; 0 for none. */
  readonly schedule: readonly number[];
  readonly ageRange: ReadonlyArray<AgeRange | 0>;
  /** Bits: 1 online only, 2 active partner, 4 who runs it is not confirmed. */
  readonly flags: readonly number[];
  /** `[lastHeardOf, confirmedByService]`, 0 for either left out; 0 for both. */
  readonly evidence: ReadonlyArray<readonly [string | 0, string | 0] | 0>;
}

/** Fields a term can fill: a list of ids, or (kind, cost, status) one value. */
export type TermField =
  | 'kind'
  | 'provision'
  | 'formats'
  | 'settings'
  | 'experiences'
  | 'communities'
  | 'transitions'
  | 'tags'
  | 'referral'
  | 'cost'
  | 'accessibility'
  | 'languages'
  | 'charters'
  | 'status';

export const SINGLE_TERM_FIELDS: ReadonlySet<TermField> = new Set(['kind', 'cost', 'status']);

export interface BrowseIndex {
  readonly format: typeof BROWSE_FORMAT;
  readonly formatVersion: number;
  /** The directory's own fields, as in directory.json. */
  readonly directory: {
    readonly schemaVersion: string;
    readonly id: string;
    readonly title: string;
    readonly description?: string;
    readonly publisher: Publisher;
    readonly publishedAt: string;
    readonly areas: readonly Area[];
    readonly featured?: Featured;
  };
  /** Services the publisher left out for errors, to be reported as a page reading directory.json would. */
  readonly excluded: number;
  readonly organisations: readonly Organisation[];
  readonly terms: ReadonlyArray<readonly [TermField, string]>;
  /**
   * Every different location and schedule once (a national directory has thousands of "main"
   * venues in the same towns, and of Tuesday evening groups): less to read and to keep in memory.
   */
  readonly locations: readonly IndexedLocation[];
  readonly schedules: readonly IndexedSchedule[];
  readonly services: BrowseColumns;
  /**
   * Fragment `k` holds services `k × size` to `(k + 1) × size − 1`, in index order, in full; its
   * file is `fragmentFile(k, hashes[k])`.
   */
  readonly fragments: { readonly size: number; readonly hashes: readonly string[] };
  readonly words: BrowseFileRef;
  /** Always written; absent from an index written before there was a places file (see above). */
  readonly places?: BrowseFileRef;
}

/** A fragment: services in full, as directory.json has them. */
export interface BrowseFragment {
  readonly first: number;
  readonly services: readonly Service[];
}

/**
 * The words file: for each service in index order, the words its description and its places'
 * names and postcodes add to what the index has.
 */
export interface BrowseWords {
  readonly words: readonly string[];
}

/**
 * Where a location is, in the places file: `[lat, lng]`, `[lat, lng, postcode]`, the postcode
 * alone, or 0 for neither. As directory.json publishes it: a masked location's coordinates
 * (deliberately approximate), never its postcode.
 */
export type PlaceOf = readonly [lat: number, lng: number] | readonly [lat: number, lng: number, postcode: string] | string | 0;

/**
 * The places file: for each service in index order, where each of its locations is, in the order
 * of its locations; 0 for a service with no location that has either.
 * `{ "places": [[[50.8179, -0.3729, "BN11 1AA"], 0], 0, [[50.83, -0.14]]] }`
 */
export interface BrowsePlaces {
  readonly places: ReadonlyArray<readonly PlaceOf[] | 0>;
}
