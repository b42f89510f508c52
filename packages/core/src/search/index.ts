export type * from './types.js';
export { createSearch } from './create-search.js';
export { isOpenAt, nextOccurrence } from './schedule.js';
