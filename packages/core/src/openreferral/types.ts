import type { Directory } from '../directory/schema.js';

// The HSDS 3.0 records an export writes: the fields we fill, named and typed as in the official
// schemas (https://docs.openreferral.org/en/v3.0/, schema/*.json). Every record is flat, as in
// HSDS tabular form: records point at each other by id (`service_id`, `location_id` …) instead
// of nesting.

export interface HsdsOrganization {
  id: string;
  name: string;
  /** Required by HSDS; we write the organisation's kind in words ("A user-led organisation"). */
  description: string;
  email?: string;
  website?: string;
}

export interface HsdsOrganizationIdentifier {
  id: string;
  organization_id: string;
  identifier_type: string;
  identifier: string;
}

export interface HsdsService {
  id: string;
  organization_id: string;
  name: string;
  description?: string;
  url?: string;
  email?: string;
  status: 'active' | 'inactive' | 'defunct' | 'temporarily closed';
  application_process?: string;
  fees_description?: string;
  eligibility_description?: string;
  minimum_age?: number;
  maximum_age?: number;
  assured_date?: string;
  alert?: string;
}

export interface HsdsLocation {
  id: string;
  location_type: 'physical' | 'virtual';
  organization_id: string;
  name?: string;
  description?: string;
  url?: string;
  transportation?: string;
  latitude?: number;
  longitude?: number;
}

export interface HsdsAddress {
  id: string;
  location_id: string;
  address_1: string;
  address_2?: string;
  city: string;
  /** Required by HSDS; UK addresses have none, so it is empty. */
  state_province: string;
  postal_code: string;
  country: string;
  address_type: 'physical';
}

export interface HsdsAccessibility {
  id: string;
  location_id: string;
  description: string;
}

export interface HsdsServiceAtLocation {
  id: string;
  service_id: string;
  location_id: string;
}

export interface HsdsSchedule {
  id: string;
  service_id: string;
  location_id?: string;
  service_at_location_id?: string;
  freq?: 'WEEKLY' | 'MONTHLY';
  interval?: number;
  byday?: string;
  wkst?: 'MO';
  dtstart?: string;
  until?: string;
  opens_at?: string;
  closes_at?: string;
  description?: string;
  notes?: string;
}

export interface HsdsServiceArea {
  id: string;
  service_id: string;
  name: string;
}

export interface HsdsCostOption {
  id: string;
  service_id: string;
  option: string;
  amount?: number;
  currency?: string;
}

export interface HsdsLanguage {
  id: string;
  service_id: string;
  code: string;
  name?: string;
}

/** A named person to contact. Directory entries name no people, so an export writes none. */
export interface HsdsContact {
  id: string;
  service_id?: string;
  organization_id?: string;
  name?: string;
  email?: string;
}

export interface HsdsPhone {
  id: string;
  service_id?: string;
  organization_id?: string;
  number: string;
  /** RFC 6350 types, as HSDS asks: `voice`, or `text` for a number that takes text messages. */
  type: 'voice' | 'text';
}

export interface HsdsAttribute {
  id: string;
  link_id: string;
  link_entity: 'service' | 'organization' | 'location' | 'service_area';
  taxonomy_term_id: string;
  value?: string;
}

export interface HsdsTaxonomy {
  id: string;
  name: string;
  description: string;
  uri: string;
  version: string;
}

export interface HsdsTaxonomyTerm {
  id: string;
  code: string;
  name: string;
  description: string;
  taxonomy: string;
  taxonomy_id: string;
  language: string;
  term_uri: string;
}

/** What the dataset is and where it came from: not an HSDS table (HSDS has none for this). */
export interface OpenReferralAbout {
  readonly hsds_version: '3.0';
  readonly generator: 'Peer Support Kit';
  /**
   * The time zone of every `opens_at`, `closes_at` and date. HSDS 3.0's `schedule.timezone` is a
   * number (a fixed UTC offset), which cannot follow British Summer Time, so it is left out.
   */
  readonly timezone: 'Europe/London';
  /** Where our taxonomies live: each is this plus its name (`…/taxonomy/format/`). */
  readonly taxonomy_uri: string;
  /** The source directory without its services: id, title, publisher, publishedAt, areas. */
  readonly directory: Omit<Directory, 'services'>;
}

/**
 * A directory as HSDS 3.0 data, in tabular form: one array per HSDS object type, named as in
 * the official `schema/compiled/tabular.json`, plus the `about` header. JSON-serialisable; the
 * same directory always gives the same dataset, ids included.
 */
export interface OpenReferralDataset {
  about: OpenReferralAbout;
  organization: HsdsOrganization[];
  organization_identifier: HsdsOrganizationIdentifier[];
  service: HsdsService[];
  location: HsdsLocation[];
  address: HsdsAddress[];
  accessibility: HsdsAccessibility[];
  service_at_location: HsdsServiceAtLocation[];
  schedule: HsdsSchedule[];
  service_area: HsdsServiceArea[];
  cost_option: HsdsCostOption[];
  language: HsdsLanguage[];
  contact: HsdsContact[];
  phone: HsdsPhone[];
  attribute: HsdsAttribute[];
  taxonomy: HsdsTaxonomy[];
  taxonomy_term: HsdsTaxonomyTerm[];
}

/** The HSDS tables of a dataset, in the order they are written. */
export type OpenReferralTable = Exclude<keyof OpenReferralDataset, 'about'>;
