import type { Service } from './schema.js';

/**
 * The order a directory lists services in when nothing else ranks them (no search text): by
 * name, ignoring case, then by id (by code unit, not locale: the same order on every machine).
 * `peer-support build` publishes them so, and the search lists them by name too (services with
 * the same name in the order of the file, which for a published file is by id), so a page can
 * show the first of a large file before the rest has arrived.
 */
export function byListOrder(a: Pick<Service, 'name' | 'id'>, b: Pick<Service, 'name' | 'id'>): number {
  const [x, y] = [a.name.toLowerCase(), b.name.toLowerCase()];
  return x < y ? -1 : x > y ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
