/**
 * The words of a service's card and details, wherever they are shown (the directory, the service
 * element). `%{name}` placeholders are filled in; vocabulary term labels come from core, and a
 * host overrides one as `terms['format:group']`.
 */
export interface ServiceViewStrings {
  terms: Record<string, string>;
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
  /** While a service's details are fetched (a directory published in the browse form). */
  detailsLoading: string;
  /** When they cannot be; a Try again button follows. */
  detailsFailed: string;
  closed: string;
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
  /** Near a place: found by an area it covers, with no known distance. */
  nearByArea: string;
  /** Near a place: online, by phone or by text only. */
  nearOnline: string;
}

export const defaultServiceViewStrings: ServiceViewStrings = {
  terms: {},
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
  detailsLoading: 'Loading the details of this service…',
  detailsFailed: 'The details of this service could not be loaded. Check your connection and try again.',
  closed: 'Closed',
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
  sharedWithYou: 'Shares: %{terms}',
  distance: '%{km} km away',
  nearByArea: 'Covers this area; distance not known',
  nearOnline: 'Online, phone or text: no need to travel',
};
