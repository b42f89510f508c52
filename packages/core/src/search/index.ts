export type * from './types.js';
export { createSearch, PREFERENCE_GROUPS, SEARCH_PAGE_SIZE } from './create-search.js';
export { isOpenAt, nextOccurrence } from './schedule.js';
export { localTime, type LocalTime } from './time.js';
export { FILTER_GROUPS, ATTENDANCE_TERMS, WHEN_TERMS } from './facet-index.js';
export { SEARCH_SYNONYMS } from './synonyms.js';
export { createPlaceFinder, postcodeDistrict, type Place, type PlaceFinder, type PlaceMatch } from './places.js';
export { distanceKm } from './geo.js';
