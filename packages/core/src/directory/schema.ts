import * as z from 'zod/mini';
import {
  clockTime,
  email,
  httpsUrl,
  isoDate,
  partialDate,
  isoDateTime,
  languageTag,
  linkUrl,
  phone,
  postcode,
  slug,
  text,
  version,
} from '../validation/fields.js';
import { reportTo } from '../validation/rule.js';
import { ageRangeRules, locationReferenceRules, sessionRules } from './rules.js';
import { SCHEMA_VERSION } from './version.js';
import { FILTER_GROUPS } from './filter-terms.js';
import {
  accessibilityFeatures,
  communities,
  costs,
  days,
  experiences,
  formats,
  frequencies,
  organisationKinds,
  provisionKinds,
  referralRoutes,
  settings,
  statuses,
  entryKinds,
  transitions,
} from './vocabularies.js';

export { SCHEMA_VERSION };

/** A list of terms from one vocabulary (empty when left out). */
const termsOf = (vocab: { ids: readonly [string, ...string[]] }) => z._default(z.array(z.enum(vocab.ids)).check(z.maxLength(40)), []);

const list = <T extends z.core.SomeType>(item: T, max: number) => z._default(z.array(item).check(z.maxLength(max)), []);

export const organisationSchema = z.strictObject({
  /** Lets services of one organisation be grouped (for example on the signatories list). */
  id: z.optional(slug),
  name: text(160),
  kind: z.enum(organisationKinds.ids),
  website: z.optional(httpsUrl),
  email: z.optional(email),
  phone: z.optional(phone),
  /** Registered charity number, where it has one. */
  charityNumber: z.optional(text(20)),
});

export const contactSchema = z.strictObject({
  website: z.optional(httpsUrl),
  email: z.optional(email),
  phone: z.optional(phone),
  /** A number that takes text messages. */
  text: z.optional(phone),
  /** Other ways in, such as a referral form: https, mailto, tel or sms links only. */
  links: list(z.strictObject({ label: text(80), url: linkUrl }), 10),
});

export const coordinatesSchema = z.strictObject({
  lat: z.number().check(z.gte(-90), z.lte(90)),
  lng: z.number().check(z.gte(-180), z.lte(180)),
});

export const locationSchema = z.strictObject({
  id: slug,
  name: z.optional(text(160)),
  /** Street address lines, without the town and postcode. */
  address: z.optional(z.array(text(120)).check(z.minLength(1), z.maxLength(4))),
  town: z.optional(text(80)),
  postcode: z.optional(postcode),
  coordinates: z.optional(coordinatesSchema),
  /**
   * The coordinates are deliberately approximate and the address is not to be shown (for
   * example a safe space whose exact place is shared only on contact).
   */
  masked: z._default(z.boolean(), false),
  accessibility: termsOf(accessibilityFeatures),
  directions: z.optional(text(500)),
});

export const sessionSchema = z
  .strictObject({
    days: z.array(z.enum(days.ids)).check(z.minLength(1), z.maxLength(7)),
    /** Local time in the directory's area (Europe/London for UK directories), 24-hour `HH:MM`. */
    opens: clockTime,
    closes: clockTime,
    /** The session runs past midnight and closes the next day. */
    overnight: z._default(z.boolean(), false),
    frequency: z._default(z.enum(frequencies.ids), 'weekly'),
    /** For monthly sessions: which weeks of the month, 1 to 5, or -1 for the last. */
    weeksOfMonth: z.optional(z.array(z.int().check(z.gte(-1), z.lte(5))).check(z.minLength(1), z.maxLength(5))),
    /** The date of one session: fortnightly sessions count their weeks from it. */
    startsOn: z.optional(isoDate),
    /** The last date the session runs, when it is due to end. */
    endsOn: z.optional(isoDate),
    /** Which of the service's locations, when it has more than one. */
    location: z.optional(slug),
    note: z.optional(text(200)),
  })
  .check(z.superRefine((session, ctx) => reportTo(ctx)(sessionRules(session))));

export const scheduleSchema = z.strictObject({
  sessions: list(sessionSchema, 50),
  /** Support is arranged by appointment (instead of, or as well as, set sessions). */
  byAppointment: z._default(z.boolean(), false),
  note: z.optional(text(500)),
});

export const ageRangeSchema = z
  .strictObject({
    min: z.optional(z.int().check(z.gte(0), z.lte(120))),
    max: z.optional(z.int().check(z.gte(0), z.lte(120))),
  })
  .check(z.superRefine((ages, ctx) => reportTo(ctx)(ageRangeRules(ages))));

export const sourceSchema = z.strictObject({
  title: text(300),
  url: z.optional(httpsUrl),
  /** When the source was read or published, as free text ("2023", "read 2026-11-22"). */
  date: z.optional(text(60)),
});

export const serviceSchema = z
  .strictObject({
    id: slug,
    name: text(160),
    /** What the entry is: a service (the default), or a network or an organisation, shown as such. */
    kind: z._default(z.enum(entryKinds.ids), 'service'),
    /** One or two sentences for the result card. */
    summary: text(300),
    description: z.optional(text(5000)),
    organisation: organisationSchema,

    provision: termsOf(provisionKinds),
    formats: termsOf(formats),
    settings: termsOf(settings),
    experiences: termsOf(experiences),
    communities: termsOf(communities),
    transitions: termsOf(transitions),
    /** Free words that no vocabulary covers. */
    tags: list(text(40), 20),

    /** Ids of the directory's areas that the service covers. */
    areas: list(slug, 50),
    locations: list(locationSchema, 50),
    /** Only online, by phone or by text: nowhere to go in person. */
    onlineOnly: z._default(z.boolean(), false),
    schedule: z.optional(scheduleSchema),

    referral: termsOf(referralRoutes),
    eligibility: z.optional(text(600)),
    ageRange: z.optional(ageRangeSchema),
    cost: z.optional(z.enum(costs.ids)),
    costNote: z.optional(text(300)),
    accessibility: termsOf(accessibilityFeatures),
    /** Languages support is offered in, as language codes (`en`, `cy`, `pl`). */
    languages: list(languageTag, 30),

    contact: z.optional(contactSchema),

    /** Ids of the charters the service has signed, such as `sussex-pwow`. */
    charters: list(slug, 10),
    /** The organisation is an active partner of the network that publishes the directory. */
    activePartner: z._default(z.boolean(), false),

    /**
     * Whether a source names `organisation` as the one that runs it. False when the entry is only
     * listed with an organisation (developed in its partnership, say): shown as "not confirmed".
     */
    operatorConfirmed: z._default(z.boolean(), true),
    /** The newest evidence found that it runs, as precisely as the source says: `2013`, `2023-08`. */
    lastHeardOf: z.optional(partialDate),
    /** When the service itself confirmed this entry to the directory's keepers, `YYYY-MM-DD`. */
    confirmedByService: z.optional(isoDate),
    status: z._default(z.enum(statuses.ids), 'active'),
    /** Why it is closed or paused, or when it reopens. */
    statusNote: z.optional(text(300)),
    /** Something a reader should know first, such as "Current activity is uncertain". */
    notice: z.optional(text(500)),
    /** When someone last checked this entry against its sources, `YYYY-MM-DD`. */
    lastReviewed: z.optional(isoDate),
    /** Where the entry's facts come from. */
    sources: list(sourceSchema, 20),
  })
  .check(z.superRefine((service, ctx) => reportTo(ctx)(locationReferenceRules(service))));

export const areaSchema = z.strictObject({
  id: slug,
  name: text(120),
  /** The id of the larger area this one is part of (a town within a county). */
  parent: z.optional(slug),
  /**
   * The area's middle, for "near me" when a person names the area: distances are measured from
   * it. With the source it was read from (a gazetteer, a map), never guessed.
   */
  centre: z.optional(z.strictObject({ ...coordinatesSchema.shape, source: sourceSchema })),
});

/**
 * What the directory's pages offer first, chosen by its keepers: filters as one-press choices
 * under the search box, and example searches for its hint (worked out from the data when none
 * are given). Each must find something in the directory.
 */
export const featuredSchema = z.strictObject({
  filters: list(z.strictObject({ group: z.enum(FILTER_GROUPS), term: slug }), 6),
  searches: list(text(40), 4),
});

export const publisherSchema = z.strictObject({
  name: text(200),
  url: z.optional(httpsUrl),
  email: z.optional(email),
});

const envelopeShape = {
  /** Lets editors find the JSON Schema; ignored otherwise. */
  $schema: z.optional(z.string()),
  schemaVersion: version,
  id: slug,
  title: text(200),
  description: z.optional(text(2000)),
  publisher: publisherSchema,
  publishedAt: isoDateTime,
  areas: list(areaSchema, 500),
  featured: z.optional(featuredSchema),
};

/** A whole directory document, as published: the contract a JSON Schema is generated from. */
export const directorySchema = z.strictObject({
  ...envelopeShape,
  services: z.array(serviceSchema),
});

/** The document without its services, which parseDirectory checks one by one. */
export const directoryEnvelopeSchema = z.strictObject({
  ...envelopeShape,
  services: z.array(z.unknown()),
});

export interface Organisation extends z.infer<typeof organisationSchema> {}
export interface Contact extends z.infer<typeof contactSchema> {}
export interface Coordinates extends z.infer<typeof coordinatesSchema> {}
export interface Location extends z.infer<typeof locationSchema> {}
export interface Session extends z.infer<typeof sessionSchema> {}
export interface Schedule extends z.infer<typeof scheduleSchema> {}
export interface AgeRange extends z.infer<typeof ageRangeSchema> {}
export interface Source extends z.infer<typeof sourceSchema> {}
export interface Service extends z.infer<typeof serviceSchema> {}
export interface Area extends z.infer<typeof areaSchema> {}
export interface Publisher extends z.infer<typeof publisherSchema> {}
export interface Featured extends z.infer<typeof featuredSchema> {}
export interface Directory extends z.infer<typeof directorySchema> {}
/** A service as written in a source file, before defaults are filled in. */
export type ServiceInput = z.input<typeof serviceSchema>;
export type DirectoryInput = z.input<typeof directorySchema>;
