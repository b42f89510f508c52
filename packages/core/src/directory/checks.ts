import type { Problem } from '../validation/problem.js';
import type { Service } from './schema.js';

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

/**
 * Checks of a valid service against the rest of the directory. Each is a warning: the service is
 * still shown, and the maintainer learns what to improve.
 */
export function serviceWarnings(
  service: Service,
  at: string,
  context: { readonly areaIds: ReadonlySet<string>; readonly publishedAt: string | undefined },
): Omit<Problem, 'service'>[] {
  const warnings: Omit<Problem, 'service'>[] = [];
  if (!hasContact(service)) {
    warnings.push({
      severity: 'warning',
      code: 'no_contact',
      path: `${at}.contact`,
      message:
        'has no website, email, phone or link, on the service or its organisation; it is shown with advice on how else to find it.',
    });
  }
  service.areas.forEach((area, index) => {
    if (!context.areaIds.has(area)) {
      warnings.push({
        severity: 'warning',
        code: 'unknown_area',
        path: `${at}.areas[${index}]`,
        message: `"${area}" is not one of the directory's areas (${[...context.areaIds].join(', ') || 'none are listed'}).`,
      });
    }
  });
  if (!service.lastReviewed) {
    warnings.push({
      severity: 'warning',
      code: 'not_reviewed',
      path: `${at}.lastReviewed`,
      message: 'is missing: say when someone last checked this entry (YYYY-MM-DD), so readers know how fresh it is.',
    });
  } else if (context.publishedAt && service.lastReviewed > context.publishedAt.slice(0, 10)) {
    warnings.push({
      severity: 'warning',
      code: 'review_in_future',
      path: `${at}.lastReviewed`,
      message: `(${service.lastReviewed}) is after the directory's publishedAt (${context.publishedAt}).`,
    });
  }
  return warnings;
}
