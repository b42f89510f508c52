import { defaultCrisisStrings, type CrisisStrings } from '../shared/crisis-help.js';
import type { Plural } from '../shared/i18n.js';

/**
 * Every visible string of `<peer-support-directory>`. Set the `strings` property to override any;
 * `%{name}` placeholders are filled in, plurals are chosen with Intl.PluralRules for the nearest
 * `lang`. Vocabulary term labels come from core; override one as `terms['format:group']`.
 */
export interface DirectoryStrings extends CrisisStrings {
  searchLabel: string;
  searchHint: string;
  searchButton: string;
  filtersHeading: string;
  filtersToggle: Plural;
  clearFilters: string;
  openNow: string;
  ageLabel: string;
  ageHint: string;
  attendance: { 'in-person': string; online: string };
  when: { weekend: string; evening: string; 'by-appointment': string };
  groupLabels: Record<string, string>;
  terms: Record<string, string>;
  results: Plural;
  resultsAnnouncement: Plural;
  noResults: string;
  noResultsHint: string;
  removeFilter: string;
  showAll: string;
  showMore: Plural;
  loading: string;
  /** The results heading while a large directory is still arriving (its first services shown). */
  loadingMore: string;
  /** In place of the filters while a large directory is still arriving. */
  filtersLoading: string;
  loadFailed: string;
  invalidFile: string;
  retry: string;
  someLeftOut: Plural;
  staleData: string;
  updated: string;
  // result cards and the detail view
  runBy: string;
  nextSession: string;
  onNow: string;
  byAppointment: string;
  onlineOnly: string;
  temporarilyClosed: string;
  closed: string;
  back: string;
  serviceNotFound: string;
  aboutHeading: string;
  howToGetSupport: string;
  whenHeading: string;
  whereHeading: string;
  contactHeading: string;
  accessHeading: string;
  chartersHeading: string;
  sourcesHeading: string;
  ages: { range: string; from: string; upTo: string };
  frequency: { weekly: string; fortnightly: string; monthly: string };
  weekOfMonth: Record<string, string>;
  overnight: string;
  website: string;
  email: string;
  phone: string;
  text: string;
  noContact: string;
  noContactPublisher: string;
  noContactSearch: string;
  languages: string;
  lastReviewed: string;
  notReviewed: string;
  reviewOverdue: string;
  sharedWithYou: string;
  distance: string;
}

export const defaultDirectoryStrings: DirectoryStrings = {
  ...defaultCrisisStrings,
  searchLabel: 'Search for peer support',
  searchHint: 'For example: hearing voices, LGBTQ+, Worthing, drop-in',
  searchButton: 'Search',
  filtersHeading: 'Filter the results',
  filtersToggle: { one: 'Filters (%{count} chosen)', other: 'Filters (%{count} chosen)', zero: 'Filters' },
  clearFilters: 'Clear all filters',
  openNow: 'Open now',
  ageLabel: 'Your age',
  ageHint: 'Shows services open to your age',
  attendance: { 'in-person': 'In person', online: 'Online, phone or text' },
  when: { weekend: 'At weekends', evening: 'In the evening', 'by-appointment': 'By appointment' },
  groupLabels: { area: 'Area', attendance: 'In person or online', day: 'Day', when: 'When' },
  terms: {},
  results: { one: '%{count} service', other: '%{count} services' },
  resultsAnnouncement: { zero: 'No services found', one: '%{count} service found', other: '%{count} services found' },
  noResults: 'No services match your search.',
  noResultsHint: 'Try fewer words, check the spelling, or remove a filter:',
  removeFilter: 'Remove filter: %{label}',
  showAll: 'Show all services',
  showMore: { one: 'Show %{count} more service', other: 'Show %{count} more services' },
  loading: 'Loading peer support services…',
  loadingMore: 'The first services found. Loading more…',
  filtersLoading: 'Filters appear once every service has loaded.',
  loadFailed: 'The list of services could not be loaded. Check your connection and try again.',
  invalidFile: 'The list of services could not be shown because its file has a problem.',
  retry: 'Try again',
  someLeftOut: {
    one: '%{count} service could not be shown because its details have mistakes.',
    other: '%{count} services could not be shown because their details have mistakes.',
  },
  staleData: 'This list was last updated on %{date} and may be out of date. Check with a service before you travel.',
  updated: 'Updated %{date}',
  runBy: 'Run by %{name}',
  nextSession: 'Next: %{when}',
  onNow: 'On now, until %{time}',
  byAppointment: 'By appointment',
  onlineOnly: 'Online only',
  temporarilyClosed: 'Temporarily closed',
  closed: 'Closed',
  back: 'Back to results',
  serviceNotFound: 'This service could not be found in the directory.',
  aboutHeading: 'About',
  howToGetSupport: 'How to get support',
  whenHeading: 'When',
  whereHeading: 'Where',
  contactHeading: 'Contact',
  accessHeading: 'Access',
  chartersHeading: 'Charters signed',
  sourcesHeading: 'Where this information comes from',
  ages: { range: 'Ages %{min} to %{max}', from: 'Ages %{min} and over', upTo: 'Ages up to %{max}' },
  frequency: { weekly: 'Every %{day}', fortnightly: 'Every other %{day}', monthly: 'The %{weeks} %{day} of the month' },
  weekOfMonth: { '1': 'first', '2': 'second', '3': 'third', '4': 'fourth', '5': 'fifth', '-1': 'last' },
  overnight: '(into the next day)',
  website: 'Website',
  email: 'Email',
  phone: 'Call',
  text: 'Text',
  noContact: 'We do not have contact details for this service.',
  noContactPublisher: 'Ask %{publisher}, who keep this list, how to reach it:',
  noContactSearch: 'Try searching for %{organisation} online, or ask your GP or a local mental health charity.',
  languages: 'Languages',
  lastReviewed: 'Details last checked on %{date}.',
  notReviewed: 'We do not know when these details were last checked.',
  reviewOverdue: 'These details have not been checked for over a year: check with the service before you go.',
  sharedWithYou: 'Shares what you chose: %{terms}',
  distance: '%{km} km away',
};
