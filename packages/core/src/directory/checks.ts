import type { Problem } from '../validation/problem.js';
import { nearest } from '../validation/suggest.js';
import type { Area, Service } from './schema.js';

/** Whether a person can reach the service directly: a website, email, phone or link on it or its organisation. */
export function hasContact(service: Service): boolean {
  const { contact, organisation } = service;
  return Boolean(
    contact?.website ||
    contact?.email ||
    contact?.phone ||
    contact?.text ||
    (contact?.links.length ?? 0) > 0 ||
    organisation.website ||
    organisation.email ||
    organisation.phone,
  );
}

/** What checking a service against the rest of the directory needs to know. */
export interface CheckContext {
  readonly areas: readonly Area[];
  readonly publishedAt: string | undefined;
  /** The maintainers' check: what would hide a service is an error, not a warning. */
  readonly strict: boolean;
}

/**
 * The area a word most likely meant: its id or name, a name it begins ("Brighton" → Brighton and
 * Hove), or one a typo or two away. Nothing when none is close: a far guess misleads.
 */
function nearestArea(word: string, areas: readonly Area[]): Area | undefined {
  const wanted = word.toLowerCase().replace(/[\s_]+/g, '-');
  const byName = areas.find((area) => area.name.toLowerCase().replace(/\s+/g, '-').startsWith(wanted) || area.id.startsWith(wanted));
  if (byName) return byName;
  const id = nearest(
    word,
    areas.map((area) => ({ id: area.id, names: [area.name] })),
  );
  return areas.find((area) => area.id === id);
}

/**
 * Checks of a valid service against the rest of the directory. Most are warnings: the service is
 * still shown, and the maintainer learns what to improve. An unknown area would keep the service
 * out of its area's filter: for the maintainers (`strict`) that is an error.
 */
export function serviceWarnings(service: Service, at: string, context: CheckContext): Omit<Problem, 'service'>[] {
  const warnings: Omit<Problem, 'service'>[] = [];
  if (!hasContact(service)) {
    warnings.push({
      severity: 'warning',
      code: 'no_contact',
      path: `${at}.contact`,
      message: 'has no website, email, phone or link, on the service or its organisation; it is shown with advice on how else to find it.',
    });
  }
  service.areas.forEach((area, index) => {
    if (context.areas.some((known) => known.id === area)) return;
    const near = nearestArea(area, context.areas);
    warnings.push({
      severity: context.strict ? 'error' : 'warning',
      code: 'unknown_area',
      path: `${at}.areas[${index}]`,
      message:
        `"${area}" is not one of the directory's areas, so the service would be missing from every area filter` +
        (near
          ? `; did you mean "${near.id}" (${near.name})?`
          : `; the areas are ${context.areas.map((a) => a.id).join(', ') || 'none (add them to directory.yaml)'}.`),
      ...(near ? { suggestion: near.id } : {}),
    });
  });
  if (!service.lastReviewed) {
    warnings.push({
      severity: 'warning',
      code: 'not_reviewed',
      path: `${at}.lastReviewed`,
      message: 'is missing: say when someone last checked this entry against its sources (YYYY-MM-DD), so readers know how fresh it is.',
    });
  } else if (context.publishedAt && service.lastReviewed > context.publishedAt.slice(0, 10)) {
    warnings.push({
      severity: 'warning',
      code: 'review_in_future',
      path: `${at}.lastReviewed`,
      message:
        `(${service.lastReviewed}) is after the day the directory is published (publishedAt, ${context.publishedAt.slice(0, 10)}). ` +
        'Set publishedAt in directory.yaml (or build with --published-at) to the day you publish, or correct this date.',
    });
  }
  return warnings;
}
