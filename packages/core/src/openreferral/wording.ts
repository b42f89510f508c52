import { labelOf } from '../directory/vocabulary.js';
import { organisationKinds, referralRoutes, type ServiceStatus } from '../directory/vocabularies.js';

// Text and codes the export writes and the import recognises, in one place so the two agree:
// what the import finds written exactly as the export writes it, it knows is derived and drops
// without a warning; anything else is a publisher's own words and is kept or reported.

export const STATUS_TO_HSDS = {
  active: 'active',
  'temporarily-closed': 'temporarily closed',
  // HSDS's "defunct" is the one that says it will not run again; "inactive" does not say.
  closed: 'defunct',
} as const satisfies Record<ServiceStatus, string>;

/** The virtual location that stands for an online-only service. */
export const ONLINE_LOCATION = {
  name: 'Online, by phone or by text',
  description: 'There is no place to visit: this service is offered only online, by phone or by text.',
} as const;

/** The description of a by-appointment schedule record. */
export const BY_APPOINTMENT = 'By appointment.';

/** HSDS requires an organisation description; ours is its kind in words. */
export function organisationDescription(kind: string): string {
  return `Organisation kind: ${labelOf(organisationKinds, kind)}.`;
}

/** `application_process`, in words, for HSDS readers that do not read our attributes. */
export function referralText(routes: readonly string[]): string | undefined {
  return routes.length ? routes.map((route) => `${labelOf(referralRoutes, route)}.`).join(' ') : undefined;
}
