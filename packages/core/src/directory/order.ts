import type { Service } from './schema.js';

/**
 * The order a directory lists services in when nothing else ranks them (no search text): by
 * name, ignoring case, then by id. The search lists them so, and `peer-support build` publishes
 * them so, which lets a page show the first of a large file before the rest has arrived.
 */
export function byListOrder(a: Pick<Service, 'name' | 'id'>, b: Pick<Service, 'name' | 'id'>): number {
  const [x, y] = [a.name.toLowerCase(), b.name.toLowerCase()];
  return x < y ? -1 : x > y ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
