import type { RuleIssue } from '../validation/rule.js';

// Rules of a directory that span fields. Written against the plain shapes (not the zod types) so
// this file stays free of zod: the browser's validation path imports it.

interface SessionShape {
  readonly opens: string;
  readonly closes: string;
  readonly overnight?: boolean;
  readonly frequency?: string;
  readonly weeksOfMonth?: readonly number[];
  readonly startsOn?: string;
  readonly location?: string;
}

/** `HH:MM` as minutes after midnight. */
export const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

export function sessionRules(session: SessionShape): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const opens = minutesOf(session.opens);
  const closes = minutesOf(session.closes);
  if (!session.overnight && closes <= opens) {
    issues.push({
      path: ['closes'],
      input: session.closes,
      message: `The session closes (${session.closes}) before it opens (${session.opens}). If it runs past midnight, add "overnight: true".`,
    });
  }
  if (session.overnight && closes > opens) {
    issues.push({
      path: ['overnight'],
      input: true,
      message: `The session is marked overnight but closes (${session.closes}) after it opens (${session.opens}) on the same day.`,
    });
  }
  if (session.frequency === 'fortnightly' && !session.startsOn) {
    issues.push({
      path: ['startsOn'],
      input: undefined,
      message: 'A fortnightly session needs startsOn, the date of one session, to know which weeks it runs.',
    });
  }
  if (session.frequency === 'monthly' && !session.weeksOfMonth) {
    issues.push({
      path: ['weeksOfMonth'],
      input: undefined,
      message: 'A monthly session needs weeksOfMonth, for example [1] for the first week or [-1] for the last.',
    });
  }
  if (session.weeksOfMonth && session.frequency !== 'monthly') {
    issues.push({
      path: ['weeksOfMonth'],
      input: session.weeksOfMonth,
      message: `weeksOfMonth is for monthly sessions; this one is ${session.frequency ?? 'weekly'}. Remove it, or set frequency: monthly.`,
    });
  }
  if (session.weeksOfMonth?.includes(0)) {
    issues.push({
      path: ['weeksOfMonth'],
      input: session.weeksOfMonth,
      message: 'Weeks of the month are 1 to 5, or -1 for the last; 0 is not one.',
    });
  }
  return issues;
}

export function ageRangeRules(ages: { readonly min?: number; readonly max?: number }): RuleIssue[] {
  if (ages.min === undefined || ages.max === undefined || ages.min <= ages.max) return [];
  return [{ path: ['min'], input: ages.min, message: `The minimum age (${ages.min}) is above the maximum age (${ages.max}).` }];
}

interface ServiceShape {
  readonly locations?: readonly { readonly id: string }[];
  readonly schedule?: { readonly sessions?: readonly SessionShape[] };
  readonly ageRange?: { readonly min?: number; readonly max?: number };
}

/** Each session's location, when it names one, is one of the service's locations. */
export function locationReferenceRules(service: ServiceShape): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const locationIds = new Set((service.locations ?? []).map((location) => location.id));
  (service.schedule?.sessions ?? []).forEach((session, index) => {
    if (session.location && !locationIds.has(session.location)) {
      issues.push({
        path: ['schedule', 'sessions', index, 'location'],
        input: session.location,
        message: `No location of this service has the id "${session.location}"; expected one of: ${[...locationIds].join(', ') || '(none listed)'}.`,
      });
    }
  });
  return issues;
}

/** All of a service's rules: its sessions', its age range's and its location references. */
export function serviceRules(service: ServiceShape): RuleIssue[] {
  const issues: RuleIssue[] = [];
  (service.schedule?.sessions ?? []).forEach((session, index) => {
    for (const issue of sessionRules(session)) issues.push({ ...issue, path: ['schedule', 'sessions', index, ...issue.path] });
  });
  if (service.ageRange) {
    for (const issue of ageRangeRules(service.ageRange)) issues.push({ ...issue, path: ['ageRange', ...issue.path] });
  }
  issues.push(...locationReferenceRules(service));
  return issues;
}
