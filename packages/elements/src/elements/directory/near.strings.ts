import type { Plural } from '../../shared/i18n.js';

/** The strings of "Near you" in `<peer-support-directory>`; see DirectoryStrings. */
export interface NearStrings {
  nearHeading: string;
  /** What is done with a place or position: said before anything is typed or pressed. */
  nearHint: string;
  nearPlaceLabel: string;
  nearFind: string;
  nearUseLocation: string;
  /** `%{place}`: the place chosen, as the directory writes it. */
  nearPlace: string;
  nearPosition: string;
  /** After the place, when neither it nor the services have coordinates. */
  nearNoDistances: string;
  nearRadiusLabel: string;
  nearAnyDistance: string;
  /** `%{km}`: a distance to limit the list to. */
  nearWithin: string;
  nearOrderLabel: string;
  nearNearestFirst: string;
  nearBestFirst: string;
  /** How the results were placed, each said when there are some: `%{list}` joins them. */
  nearPlaced: string;
  nearCountDistance: Plural;
  nearCountArea: Plural;
  nearCountOnline: Plural;
  /** Services left out because they could not be placed (no coordinates, not listed for the area). */
  nearUnplaced: Plural;
  nearClear: string;
  /** `%{typed}` is not a place the directory knows; `%{examples}`: some that it does. */
  nearUnknown: string;
  /** A near spelling was taken: `%{typed}` as typed, `%{place}` the place used. */
  nearClosest: string;
  nearNotes: {
    loading: string;
    'places-failed': string;
    locating: string;
    denied: string;
    timeout: string;
    unavailable: string;
    unsupported: string;
    'cannot-measure': string;
  };
  /** Said after the count when the nearest come first. */
  sortedByDistance: string;
}

export const defaultNearStrings: NearStrings = {
  nearHeading: 'Near you',
  nearHint: 'Found on this device: the place you type, or where you are, is not sent anywhere or kept.',
  nearPlaceLabel: 'Town, area or postcode district',
  nearFind: 'Find',
  nearUseLocation: 'Use my location',
  nearPlace: 'Near %{place}.',
  nearPosition: 'Near where you are.',
  nearNoDistances: 'This directory does not give distances yet: services are found by the areas they cover.',
  nearRadiusLabel: 'How far',
  nearAnyDistance: 'Any distance',
  nearWithin: 'Within %{km} km',
  nearOrderLabel: 'Order',
  nearNearestFirst: 'Nearest first',
  nearBestFirst: 'Best match first',
  nearPlaced: 'Found: %{list}.',
  nearCountDistance: { one: '%{count} with its distance', other: '%{count} with their distance' },
  nearCountArea: { one: '%{count} that covers the area (distance not known)', other: '%{count} that cover the area (distance not known)' },
  nearCountOnline: { one: '%{count} online, by phone or text', other: '%{count} online, by phone or text' },
  nearUnplaced: {
    one: '%{count} more service has no known place and does not list this area, so it is not shown here.',
    other: '%{count} more services have no known place and do not list this area, so they are not shown here.',
  },
  nearClear: 'Clear the place',
  nearUnknown: '“%{typed}” is not a place this directory knows. Try a town or area, such as %{examples}.',
  nearClosest: 'Showing “%{place}”, the nearest name to “%{typed}”.',
  nearNotes: {
    loading: 'Loading the places this directory knows…',
    'places-failed': 'The places this directory knows could not be loaded, so nothing has changed. Try again.',
    locating: 'Finding where you are…',
    denied: 'Your location was not shared, so nothing has changed. You can type a town or area instead.',
    timeout: 'Finding your location took too long. Try again, or type a town or area.',
    unavailable: 'Your location could not be found. Try again, or type a town or area.',
    unsupported: 'This browser cannot share a location. Type a town or area instead.',
    'cannot-measure': 'This directory has no map positions yet, so a location cannot narrow the list. Type a town or area instead.',
  },
  sortedByDistance: 'nearest first',
};
