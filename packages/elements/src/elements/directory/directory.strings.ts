import { defaultCrisisStrings, type CrisisStrings } from '../../parts/crisis-block/crisis-block.strings.js';
import { defaultLoadStrings, type LoadStrings } from '../../parts/load-message/load-message.js';
import { defaultServiceViewStrings, type ServiceViewStrings } from '../../parts/service-view/service-view.strings.js';
import type { Plural } from '../../shared/i18n.js';
import { defaultNearStrings, type NearStrings } from './near.strings.js';

/**
 * Every visible string of `<peer-support-directory>`. Set the `strings` property to override any;
 * `%{name}` placeholders are filled in, plurals are chosen with Intl.PluralRules for the nearest
 * `lang`. Vocabulary term labels come from core; override one as `terms['format:group']`.
 */
export interface DirectoryStrings extends CrisisStrings, ServiceViewStrings, LoadStrings, NearStrings {
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
  /** Before the directory's featured filters, one-press choices above the results. */
  featuredLabel: string;
  /** "What matters to you": choices that rank services that share them first, hiding none. */
  preferencesHeading: string;
  preferencesHint: string;
  /** The heading of each kind of preference. */
  preferenceLabels: { experiences: string; communities: string; formats: string; transitions: string };
  clearPreferences: string;
  /** Said after the count when what matters to the person orders the results. */
  sortedByPreferences: string;
  openNow: string;
  ageLabel: string;
  ageHint: string;
  attendance: { 'in-person': string; online: string };
  when: { weekend: string; evening: string; 'by-appointment': string };
  groupLabels: Record<string, string>;
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
  /** The results heading while a large directory is still arriving (its first services shown). */
  loadingMore: string;
  /** In place of the filters while a large directory is still arriving. */
  filtersLoading: string;
  someLeftOut: Plural;
  staleData: string;
  updated: string;
  back: string;
}

export const defaultDirectoryStrings: DirectoryStrings = {
  ...defaultCrisisStrings,
  ...defaultServiceViewStrings,
  ...defaultLoadStrings,
  ...defaultNearStrings,
  searchLabel: 'Search for peer support',
  searchHint: 'For example: %{examples}',
  searchHintLoading: 'A place, what you are going through, or a name',
  skipToResults: 'Skip to results',
  searchButton: 'Search',
  filtersHeading: 'Filter the results',
  filtersToggle: { one: 'Filters (%{count} chosen)', other: 'Filters (%{count} chosen)', zero: 'Filters' },
  groupChosen: '%{label} (%{count} chosen)',
  clearFilters: 'Clear all filters',
  featuredLabel: 'Quick filters:',
  preferencesHeading: 'What matters to you',
  preferencesHint: 'Services that share more of what you choose come first, and say what they share. Nothing is hidden.',
  preferenceLabels: {
    experiences: 'What you are going through',
    communities: 'People like you',
    formats: 'Ways of meeting',
    transitions: 'A time of change',
  },
  clearPreferences: 'Clear what matters to you',
  sortedByPreferences: 'those that share what matters to you first',
  openNow: 'Open now',
  ageLabel: 'Your age',
  ageHint: 'Shows services open to your age',
  attendance: { 'in-person': 'In person', online: 'Online, phone or text' },
  when: { weekend: 'At weekends', evening: 'In the evening', 'by-appointment': 'By appointment' },
  groupLabels: { area: 'Area', attendance: 'In person or online', day: 'Day', when: 'When' },
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
  loadingMore: 'The first services found. Loading more…',
  filtersLoading: 'Filters appear once every service has loaded.',
  someLeftOut: {
    one: '%{count} service could not be shown because its details have mistakes.',
    other: '%{count} services could not be shown because their details have mistakes.',
  },
  staleData: 'This list was last updated on %{date} and may be out of date. Check with a service before you travel.',
  updated: 'Updated %{date}',
  back: 'Back to results',
};
