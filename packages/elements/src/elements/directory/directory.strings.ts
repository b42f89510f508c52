import { defaultCrisisStrings, type CrisisStrings } from '../../parts/crisis-block/crisis-block.js';
import type { Plural } from '../../shared/i18n.js';

/**
 * Every visible string of `<peer-support-directory>`. Set the `strings` property to override any;
 * `%{name}` placeholders are filled in, plurals are chosen with Intl.PluralRules for the nearest
 * `lang`. Vocabulary term labels come from core; override one as `terms['format:group']`.
 */
export interface DirectoryStrings extends CrisisStrings {
  searchLabel: string;
  /** `%{examples}`: searches that find services in the loaded directory, worked out from its data. */
  searchHint: string;
  /** The hint before the directory has loaded (no examples yet). */
  searchHintLoading: string;
  skipToResults: string;
  searchButton: string;
  filtersHeading: string;
  filtersToggle: Plural;
  /** A filter group's heading with how many of its terms are chosen. */
  groupChosen: string;
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
  /** Nothing matches the filters alone. */
  noResults: string;
  /** Nothing matches the text: `%{text}` as typed. */
  noResultsFor: string;
  /** After "No services…": the scope the page set (`%{scope}`, such as an area it presets). */
  inScope: string;
  /** After "No services…": the filters the person chose, by name. */
  withFilters: string;
  /** The words that match nothing at all: `%{words}`, quoted and listed. */
  unmatchedWords: Plural;
  didYouMean: string;
  /** Heading of the ways to widen a search that found nothing. */
  widenHeading: string;
  removeFilter: string;
  /** Search again without one word: `%{word}`, with the number of services that finds. */
  searchWithout: Plural;
  showAll: string;
  /** Heading of the services that have some of the words, offered apart from results. */
  partialHeading: string;
  /** On such a card: `%{found}` the words it has, `%{missing}` those it lacks. */
  partialWords: string;
  /** Below the filters on a narrow screen: closes them and goes to the results. */
  showResults: Plural;
  /** A preset attribute names a term the directory does not have (shown to the webmaster). */
  unknownPreset: string;
  unknownPresetNearest: string;
  /** After the unknown presets: what the directory shows instead. */
  unknownPresetShowing: string;
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
  /** On a card, when no source names who runs the service. */
  runByUnconfirmed: string;
  /** In the details, when no source names who runs it: the organisation it is listed with. */
  listedWith: string;
  /** Nothing within a year says it still runs: `%{date}` the newest evidence ("2013", "August 2023"). */
  lastHeardOf: string;
  /** The entry gives no date of evidence that it runs, nor of the service confirming it. */
  notConfirmedByService: string;
  /** Recent evidence that it runs, in the details. */
  heardOf: string;
  confirmedByService: string;
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
  searchHint: 'For example: %{examples}',
  searchHintLoading: 'A place, what you are going through, or a name',
  skipToResults: 'Skip to results',
  searchButton: 'Search',
  filtersHeading: 'Filter the results',
  filtersToggle: { one: 'Filters (%{count} chosen)', other: 'Filters (%{count} chosen)', zero: 'Filters' },
  groupChosen: '%{label} (%{count} chosen)',
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
  noResults: 'No services match your filters',
  noResultsFor: 'No services for “%{text}”',
  inScope: 'in %{scope}',
  withFilters: 'with the filters %{filters}',
  unmatchedWords: {
    one: 'No service in this directory mentions %{words}.',
    other: 'No service in this directory mentions %{words}.',
  },
  didYouMean: 'Search for “%{text}” instead',
  widenHeading: 'Try a wider search',
  removeFilter: 'Remove filter: %{label}',
  searchWithout: { one: 'Search without “%{word}” (%{count} service)', other: 'Search without “%{word}” (%{count} services)' },
  showAll: 'Show all services',
  partialHeading: 'Services that match some of your words',
  partialWords: 'Mentions %{found}, but not %{missing}',
  showResults: { zero: 'Show results (none yet)', one: 'Show %{count} service', other: 'Show %{count} services' },
  unknownPreset: 'This page asks for %{group} “%{term}”, which this directory does not have.',
  unknownPresetNearest: 'Did the page mean “%{nearest}” (%{label})?',
  unknownPresetShowing: 'Showing services without that filter.',
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
  runByUnconfirmed: 'Who runs it is not confirmed',
  listedWith: 'Listed with %{name}, but no source says who runs it.',
  lastHeardOf: 'Last heard of in %{date}, not confirmed since',
  notConfirmedByService: 'Not yet confirmed by the service.',
  heardOf: 'Last heard of in %{date}.',
  confirmedByService: 'Confirmed by the service on %{date}.',
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
  website: 'Website: %{site}',
  email: 'Email',
  phone: 'Call',
  text: 'Text',
  noContact: 'We do not have contact details for this service.',
  noContactPublisher: 'Ask %{publisher}, who keep this list, how to reach it:',
  noContactSearch: 'Try searching for %{organisation} online, or ask your GP or a local mental health charity.',
  languages: 'Languages',
  lastReviewed: 'Checked against its sources on %{date}.',
  notReviewed: 'We do not know when these details were last checked.',
  reviewOverdue: 'These details have not been checked for over a year: check with the service before you go.',
  sharedWithYou: 'Shares what you chose: %{terms}',
  distance: '%{km} km away',
};
