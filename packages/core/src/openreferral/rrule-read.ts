import type { Day, Frequency } from '../directory/vocabularies.js';
import type { Session } from '../directory/schema.js';
import { DAY_CODES } from './rrule.js';

// The RFC 5545 recurrence fields of an HSDS 3.0 schedule (freq, interval, byday, wkst, dtstart,
// until) → sessions; rrule.ts writes them.

const DAYS_BY_CODE = new Map(Object.entries(DAY_CODES).map(([day, code]) => [code, day as Day]));

/** A session's timing, as read from a rule: everything but its location and note. */
export type RuleSession = Pick<Session, 'days' | 'opens' | 'closes' | 'overnight' | 'frequency'> &
  Partial<Pick<Session, 'weeksOfMonth' | 'startsOn' | 'endsOn'>>;

/** What is wrong with one field of a rule. */
export interface RuleIssue {
  readonly field: string;
  readonly message: string;
}

export type RuleResult =
  | { readonly ok: true; readonly sessions: RuleSession[]; readonly warnings: RuleIssue[] }
  | { readonly ok: false; readonly errors: RuleIssue[] };

/** The fields of an HSDS schedule that a rule is read from, as found (strings or numbers). */
export interface RuleInput {
  readonly freq?: unknown;
  readonly interval?: unknown;
  readonly byday?: unknown;
  readonly wkst?: unknown;
  readonly dtstart?: unknown;
  readonly until?: unknown;
  readonly valid_to?: unknown;
  readonly opens_at?: unknown;
  readonly closes_at?: unknown;
}

const LEFT_OUT = 'the schedule was left out';

/**
 * Reads an HSDS schedule's rule back into sessions. Weekly and fortnightly rules on days of the
 * week, and monthly rules on the nth (or last) weekday, are what the directory format holds;
 * anything else is an error naming the field, so the caller can leave the schedule out and say
 * why. A monthly rule on different weeks for different days (`1TU,3TH`) becomes one session per
 * group of days.
 */
export function ruleToSessions(input: RuleInput): RuleResult {
  const errors: RuleIssue[] = [];
  const warnings: RuleIssue[] = [];

  let freq = typeof input.freq === 'string' ? input.freq.trim().toUpperCase() : input.freq;
  if (freq === undefined && typeof input.byday === 'string' && /^[\s,A-Za-z]+$/.test(input.byday)) {
    // Days without a frequency (as HSDS 2 wrote opening hours) can only mean every week.
    freq = 'WEEKLY';
    warnings.push({ field: 'freq', message: 'is missing; the days without week numbers were read as every week (WEEKLY).' });
  }
  if (freq !== 'WEEKLY' && freq !== 'MONTHLY') {
    const what = freq === undefined ? 'is missing' : `is ${JSON.stringify(freq)}`;
    errors.push({ field: 'freq', message: `${what}; only WEEKLY and MONTHLY schedules can be read, so ${LEFT_OUT}.` });
  }
  const interval = input.interval === undefined ? 1 : Number(input.interval);
  if (!Number.isInteger(interval) || interval < 1 || interval > (freq === 'WEEKLY' ? 2 : 1)) {
    errors.push({
      field: 'interval',
      message: `is ${JSON.stringify(
        input.interval,
      )}; the directory holds weekly, fortnightly (WEEKLY with interval 2) and monthly (interval 1) sessions, so ${LEFT_OUT}.`,
    });
  }
  const opens = readTime(input.opens_at, 'opens_at', errors, warnings);
  const closes = readTime(input.closes_at, 'closes_at', errors, warnings);
  const dtstart = readDate(input.dtstart, 'dtstart', errors);
  let until = readDate(input.until, 'until', errors);
  const validTo = readDate(input.valid_to, 'valid_to', errors);
  if (validTo && !until)
    until = validTo; // the last date the schedule holds is when the session ends
  else if (validTo && validTo !== until) {
    warnings.push({ field: 'valid_to', message: `(${validTo}) differs from until (${until}); until was used.` });
  }
  if (freq === 'WEEKLY' && interval === 2) {
    if (!dtstart)
      errors.push({
        field: 'dtstart',
        message: `is missing; a fortnightly schedule (interval 2) needs the date of one session to know which weeks it runs, so ${LEFT_OUT}.`,
      });
    const wkst = typeof input.wkst === 'string' ? input.wkst.trim().toUpperCase() : input.wkst;
    if (wkst !== undefined && wkst !== 'MO') {
      warnings.push({
        field: 'wkst',
        message: `is ${JSON.stringify(input.wkst)}; fortnights are counted in weeks starting on Monday.`,
      });
    }
  }

  const parts = readByday(input.byday, errors);
  if (errors.length > 0 || !parts || !opens || !closes) return { ok: false, errors };

  const timing = {
    opens,
    closes,
    overnight: minutes(closes) <= minutes(opens),
    ...(dtstart ? { startsOn: dtstart } : {}),
    ...(until ? { endsOn: until } : {}),
  };
  const days = unique(parts.map((part) => part.day));
  const weeks = parts.map((part) => part.week);
  if (weeks.every((week) => week === undefined)) {
    // MONTHLY on plain weekdays means every such weekday of every month: that is weekly.
    const frequency: Frequency = interval === 2 ? 'fortnightly' : 'weekly';
    return { ok: true, sessions: [{ days, frequency, ...timing }], warnings };
  }
  if (freq !== 'MONTHLY' || weeks.some((week) => week === undefined)) {
    return {
      ok: false,
      errors: [
        {
          field: 'byday',
          message: `is ${JSON.stringify(
            input.byday,
          )}; week numbers (like 1TU) belong only in a MONTHLY rule where every day has one, so ${LEFT_OUT}.`,
        },
      ],
    };
  }
  // Group the days by the weeks they run in: one session per group.
  const weeksByDay = new Map<Day, number[]>();
  for (const part of parts) weeksByDay.set(part.day, unique([...(weeksByDay.get(part.day) ?? []), part.week!]));
  const groups = new Map<string, { days: Day[]; weeks: number[] }>();
  for (const day of days) {
    const dayWeeks = weeksByDay.get(day)!;
    const key = dayWeeks.join(',');
    const group = groups.get(key) ?? { days: [], weeks: dayWeeks };
    group.days.push(day);
    groups.set(key, group);
  }
  const sessions = [...groups.values()].map((group) => ({
    days: group.days,
    frequency: 'monthly' as const,
    weeksOfMonth: group.weeks,
    ...timing,
  }));
  return { ok: true, sessions, warnings };
}

function readByday(value: unknown, errors: RuleIssue[]): Array<{ day: Day; week?: number }> | undefined {
  if (typeof value !== 'string' || value.trim() === '') {
    errors.push({
      field: 'byday',
      message: `is missing; the directory needs the days of the week a session runs, so ${LEFT_OUT}.`,
    });
    return undefined;
  }
  const parts: Array<{ day: Day; week?: number }> = [];
  for (const raw of value.split(',')) {
    const match = /^([+-]?\d{1,2})?([A-Z]{2})$/.exec(raw.trim().toUpperCase());
    const day = match ? DAYS_BY_CODE.get(match[2]!) : undefined;
    const week = match?.[1] === undefined ? undefined : Number(match[1]);
    if (!day || (week !== undefined && !(week === -1 || (week >= 1 && week <= 5)))) {
      errors.push({
        field: 'byday',
        message: `has "${raw.trim()}", which the directory cannot hold (it holds days like TU, and in monthly rules 1TU to 5TU or -1TU for the last), so ${LEFT_OUT}.`,
      });
      return undefined;
    }
    parts.push(week === undefined ? { day } : { day, week });
  }
  return parts;
}

function readTime(value: unknown, field: string, errors: RuleIssue[], warnings: RuleIssue[]): string | undefined {
  const match =
    typeof value === 'string' ? /^(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i.exec(value.trim()) : null;
  const hours = Number(match?.[1]);
  const mins = Number(match?.[2]);
  if (!match || hours > 23 || mins > 59) {
    const what = value === undefined ? 'is missing' : `is ${JSON.stringify(value)}`;
    errors.push({ field, message: `${what}; expected a time like "18:30", so ${LEFT_OUT}.` });
    return undefined;
  }
  if (match[3]) {
    warnings.push({
      field,
      message: `gives a time zone (${match[3]}); the directory keeps local UK times, so it was read as ${match[1]!.padStart(
        2,
        '0',
      )}:${match[2]} UK time.`,
    });
  }
  return `${String(hours).padStart(2, '0')}:${match[2]}`;
}

function readDate(value: unknown, field: string, errors: RuleIssue[]): string | undefined {
  if (value === undefined) return undefined;
  // A date, or the date part of a date-time; RFC 5545's basic form (20260106) too.
  const match = typeof value === 'string' ? /^(\d{4})-?(\d{2})-?(\d{2})(?:$|T)/.exec(value.trim()) : null;
  if (!match || Number(match[2]) < 1 || Number(match[2]) > 12 || Number(match[3]) < 1 || Number(match[3]) > 31) {
    errors.push({ field, message: `is ${JSON.stringify(value)}; expected a date like "2026-01-06", so ${LEFT_OUT}.` });
    return undefined;
  }
  return `${match[1]}-${match[2]}-${match[3]}`;
}

function minutes(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
