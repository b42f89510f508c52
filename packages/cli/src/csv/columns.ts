import {
  accessibilityFeatures,
  communities,
  costs,
  entryKinds,
  experiences,
  formats,
  organisationKinds,
  provisionKinds,
  referralRoutes,
  settings,
  statuses,
  transitions,
  type PathSegment,
  type Vocabulary,
} from '@peer-support-kit/core';

/**
 * How a cell is read. Cells of list kinds hold several items separated by `;`.
 * - text: as written (trimmed); slug: an id; slugs: ids, "West Sussex" read as `west-sussex`
 * - term/terms: words of a vocabulary, by id, English label or alias, in any case
 * - list: free words; lines: address lines
 * - boolean: yes/no, true/false, y/n, 1/0; integer and number: digits (a number may have a decimal
 *   point or, as Excel writes it in much of Europe, a decimal comma: 50,8179)
 * - date: a day as UK spreadsheets write it (03/12/2026, 3 Dec 2026, 2026-12-03); partial-date:
 *   a year, a month or a day (2013, 2023-08)
 * - sessions, sources, links: small structured items (see templates/README.md)
 */
export type CellKind =
  | 'text'
  | 'slug'
  | 'slugs'
  | 'term'
  | 'terms'
  | 'list'
  | 'lines'
  | 'boolean'
  | 'integer'
  | 'number'
  | 'date'
  | 'partial-date'
  | 'sessions'
  | 'sources'
  | 'links';

export interface Column {
  /** The header, as in the template. */
  readonly name: string;
  /** Where the cell goes in a service. */
  readonly path: readonly PathSegment[];
  readonly kind: CellKind;
  readonly vocab?: Vocabulary;
  /** What to write, for templates/README.md and `import-csv --help`. */
  readonly help: string;
}

const col = (name: string, path: readonly PathSegment[], kind: CellKind, help: string, vocab?: Vocabulary): Column => ({
  name,
  path,
  kind,
  help,
  ...(vocab ? { vocab } : {}),
});

/** Every column of the template, in the order of a service's fields. */
export const columns: readonly Column[] = [
  col(
    'id',
    ['id'],
    'slug',
    'A short id in lowercase letters, digits and hyphens, such as `capital-ward-peer-support`. Left empty, it is made from the name (and a warning says so).',
  ),
  col('name', ['name'], 'text', 'The name of the service.'),
  col(
    'kind',
    ['kind'],
    'term',
    'What the entry is: empty or `service` for a service; `network` for a network or forum of providers; `organisation` for a whole organisation.',
    entryKinds,
  ),
  col('summary', ['summary'], 'text', 'One or two sentences for the result card (up to 300 characters).'),
  col('description', ['description'], 'text', 'A longer description; line breaks are kept.'),
  col('organisation_id', ['organisation', 'id'], 'slug', "An id for the organisation, so one organisation's services are grouped."),
  col('organisation_name', ['organisation', 'name'], 'text', 'Who runs it.'),
  col('organisation_kind', ['organisation', 'kind'], 'term', 'What kind of organisation runs it.', organisationKinds),
  col('organisation_website', ['organisation', 'website'], 'text', "The organisation's website, starting https://."),
  col('organisation_email', ['organisation', 'email'], 'text', "The organisation's email address."),
  col('organisation_phone', ['organisation', 'phone'], 'text', "The organisation's phone number."),
  col('organisation_charity_number', ['organisation', 'charityNumber'], 'text', 'Its registered charity number.'),
  col('provision', ['provision'], 'terms', 'The kind of peer support (seed 004).', provisionKinds),
  col('formats', ['formats'], 'terms', 'How it works.', formats),
  col('settings', ['settings'], 'terms', 'Where it happens.', settings),
  col('experiences', ['experiences'], 'terms', 'Shared experiences it centres on.', experiences),
  col('communities', ['communities'], 'terms', 'Communities it is for.', communities),
  col('transitions', ['transitions'], 'terms', 'Times of change it supports people through.', transitions),
  col('tags', ['tags'], 'list', 'Other words people may search for.'),
  col(
    'areas',
    ['areas'],
    'slugs',
    'Ids of the directory\'s areas it serves, such as `west-sussex` ("West Sussex" is read as `west-sussex`).',
  ),
  col('online_only', ['onlineOnly'], 'boolean', 'yes when there is nowhere to go in person.'),
  col('location_name', ['locations', 0, 'name'], 'text', 'The name of the place, such as a hospital or a community centre.'),
  col('location_address', ['locations', 0, 'address'], 'lines', 'Street address lines, without the town and postcode.'),
  col('location_town', ['locations', 0, 'town'], 'text', 'The town.'),
  col('location_postcode', ['locations', 0, 'postcode'], 'text', 'The postcode.'),
  col(
    'location_lat',
    ['locations', 0, 'coordinates', 'lat'],
    'number',
    'Where the place is, for "near me": its latitude in decimal degrees, such as 50.8179 (from -90 to 90; positive north of the equator). Give location_lng with it, both read from a map at the place; leave both empty rather than guess.',
  ),
  col(
    'location_lng',
    ['locations', 0, 'coordinates', 'lng'],
    'number',
    'Its longitude in decimal degrees, such as -0.3729 (from -180 to 180; negative west of Greenwich).',
  ),
  col(
    'location_masked',
    ['locations', 0, 'masked'],
    'boolean',
    'yes when the address must not be shown (a place shared only on contact); its coordinates, if given, are then only approximate.',
  ),
  col('location_accessibility', ['locations', 0, 'accessibility'], 'terms', 'Accessibility of the place.', accessibilityFeatures),
  col('location_directions', ['locations', 0, 'directions'], 'text', 'How to find it.'),
  col(
    'sessions',
    ['schedule', 'sessions'],
    'sessions',
    'When it runs: days and times, such as `tuesday 18:00-20:00; sat, sun 10am-2pm; weekdays 17:00-22:30`. Add `fortnightly from 2026-01-06` or `monthly week 1` after the times when it is not weekly. A session that closes before it opens runs overnight.',
  ),
  col('by_appointment', ['schedule', 'byAppointment'], 'boolean', 'yes when support is arranged by appointment.'),
  col('schedule_note', ['schedule', 'note'], 'text', 'Anything else about when it runs.'),
  col('referral', ['referral'], 'terms', 'How to get support.', referralRoutes),
  col('eligibility', ['eligibility'], 'text', 'Who can use it.'),
  col('age_min', ['ageRange', 'min'], 'integer', 'The youngest age it takes.'),
  col('age_max', ['ageRange', 'max'], 'integer', 'The oldest age it takes.'),
  col('cost', ['cost'], 'term', 'What it costs.', costs),
  col('cost_note', ['costNote'], 'text', 'More about the cost.'),
  col('accessibility', ['accessibility'], 'terms', 'Accessibility of the service.', accessibilityFeatures),
  col('languages', ['languages'], 'list', 'Language codes, such as `en; pl`.'),
  col('contact_website', ['contact', 'website'], 'text', "The service's own web page, starting https://."),
  col('contact_email', ['contact', 'email'], 'text', 'Email address.'),
  col('contact_phone', ['contact', 'phone'], 'text', 'Phone number.'),
  col('contact_text', ['contact', 'text'], 'text', 'A number that takes text messages.'),
  col(
    'contact_links',
    ['contact', 'links'],
    'links',
    'Other ways in, as `label | link`, such as `Referral form | https://example.org/refer`.',
  ),
  col('charters', ['charters'], 'slugs', 'Ids of the charters signed, such as `sussex-pwow`.'),
  col('active_partner', ['activePartner'], 'boolean', 'yes when the organisation is an active partner of the network.'),
  col('status', ['status'], 'term', 'Whether it is running (empty means active).', statuses),
  col('status_note', ['statusNote'], 'text', 'Why it is closed or paused, or when it reopens.'),
  col('notice', ['notice'], 'text', 'Something a reader should know first, such as an uncertainty.'),
  col(
    'operator_confirmed',
    ['operatorConfirmed'],
    'boolean',
    'no when no source names the organisation as the one that runs it (it is only listed with it); empty means yes.',
  ),
  col(
    'last_heard_of',
    ['lastHeardOf'],
    'partial-date',
    'The newest evidence that it runs, as precisely as the source says: a year (2013), a month (08/2023) or a day.',
  ),
  col('confirmed_by_service', ['confirmedByService'], 'date', 'When the service itself confirmed this entry, such as 03/12/2026.'),
  col(
    'last_reviewed',
    ['lastReviewed'],
    'date',
    'When someone last checked the entry against its sources, such as 03/12/2026 or 2026-12-03.',
  ),
  col('sources', ['sources'], 'sources', 'Where the facts come from, as `title | https://link | date`; link and date are optional.'),
];

/** Headers match however they are written: `Organisation name`, `organisation_name`, `organisationName`. */
export const headerKey = (header: string) => header.toLowerCase().replace(/[^a-z0-9]/g, '');

const byKey = new Map(columns.map((column) => [headerKey(column.name), column]));

export const columnFor = (header: string): Column | undefined => byKey.get(headerKey(header));
