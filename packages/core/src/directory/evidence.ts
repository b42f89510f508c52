import type { Service } from './schema.js';

/** How long evidence that a service runs counts as current: a year, the usual review cycle. */
export const EVIDENCE_MONTHS = 12;

/**
 * What is known of whether a service is running, for saying so honestly:
 * - `closed`: its status says it closed or paused;
 * - `confirmed`: the service confirmed its entry (`on`), within the last EVIDENCE_MONTHS;
 * - `recent`: the newest evidence that it runs (`on`) is within EVIDENCE_MONTHS;
 * - `unconfirmed`: the newest evidence (`on`) is older than that ("last heard of in 2013");
 * - `unknown`: the entry gives no date of evidence (`lastHeardOf`, `confirmedByService`) at all.
 *   Nothing is claimed either way: a directory that does not track evidence reads as before.
 */
export type RunningEvidence =
  | { readonly kind: 'closed' }
  | { readonly kind: 'unknown' }
  | { readonly kind: 'confirmed'; readonly on: string }
  | { readonly kind: 'recent'; readonly on: string }
  | { readonly kind: 'unconfirmed'; readonly on: string };

/** The first day after a partial date (`2013` → 2014-01-01): evidence dated 2013 is as new as its last day. */
function endOf(partial: string): Date {
  const [year, month, day] = partial.split('-').map(Number) as [number, number?, number?];
  if (day !== undefined) return new Date(Date.UTC(year, month! - 1, day + 1));
  if (month !== undefined) return new Date(Date.UTC(year, month, 1));
  return new Date(Date.UTC(year + 1, 0, 1));
}

export function runningEvidence(service: Service, now: Date): RunningEvidence {
  if (service.status !== 'active') return { kind: 'closed' };
  const since = new Date(now);
  since.setUTCMonth(since.getUTCMonth() - EVIDENCE_MONTHS);
  const current = (partial: string | undefined) => partial !== undefined && endOf(partial) > since;
  if (current(service.confirmedByService)) return { kind: 'confirmed', on: service.confirmedByService! };
  if (current(service.lastHeardOf)) return { kind: 'recent', on: service.lastHeardOf! };
  const newest = [service.confirmedByService, service.lastHeardOf]
    .filter((d): d is string => !!d)
    .sort()
    .at(-1);
  return newest ? { kind: 'unconfirmed', on: newest } : { kind: 'unknown' };
}
