import type { Day } from '../directory/vocabularies.js';
import type { Session } from '../directory/schema.js';

// Sessions → the RFC 5545 recurrence fields of an HSDS 3.0 schedule (freq, interval, byday,
// wkst, dtstart, until), plus a plain English description of each. Reading them back is
// rrule-read.ts.

/** The RFC 5545 code of each day of the week (rrule-read.ts reads them back). */
export const DAY_CODES: Record<Day, string> = {
  monday: 'MO',
  tuesday: 'TU',
  wednesday: 'WE',
  thursday: 'TH',
  friday: 'FR',
  saturday: 'SA',
  sunday: 'SU',
};

/** The recurrence part of a schedule record. */
export interface Rule {
  freq: 'WEEKLY' | 'MONTHLY';
  interval: number;
  byday: string;
  /** Weeks start on Monday in the UK; it matters for the fortnight count. */
  wkst?: 'MO';
  dtstart?: string;
  until?: string;
  opens_at: string;
  closes_at: string;
}

export function sessionToRule(session: Session): Rule {
  const codes = session.days.map((day) => DAY_CODES[day]);
  const monthly = session.frequency === 'monthly';
  const byday = monthly ? (session.weeksOfMonth ?? []).flatMap((week) => codes.map((code) => `${week}${code}`)).join(',') : codes.join(',');
  return {
    freq: monthly ? 'MONTHLY' : 'WEEKLY',
    interval: session.frequency === 'fortnightly' ? 2 : 1,
    byday,
    ...(session.frequency === 'fortnightly' ? { wkst: 'MO' as const } : {}),
    ...(session.startsOn ? { dtstart: session.startsOn } : {}),
    ...(session.endsOn ? { until: session.endsOn } : {}),
    opens_at: session.opens,
    closes_at: session.closes,
  };
}

const ORDINALS: Record<string, string> = { '1': 'first', '2': 'second', '3': 'third', '4': 'fourth', '5': 'fifth', '-1': 'last' };
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

function and(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** `2026-01-06` → `6 January 2026`: written out, so no locale data is needed. */
function longDate(date: string): string {
  const [year, month, day] = date.split('-');
  return `${Number(day)} ${MONTHS[Number(month) - 1]} ${year}`;
}

/**
 * One session in plain English, for HSDS readers that show `description` and ignore the rule:
 * "Every other Tuesday (counting from 6 January 2026), 18:00 to 20:00, UK time."
 */
export function describeSession(session: Session): string {
  const days = and(session.days.map(capitalise));
  let when: string;
  switch (session.frequency) {
    case 'fortnightly':
      when = `Every other ${days}${session.startsOn ? ` (counting from ${longDate(session.startsOn)})` : ''}`;
      break;
    case 'monthly':
      when = `On the ${and((session.weeksOfMonth ?? []).map((week) => ORDINALS[String(week)] ?? String(week)))} ${days} of the month`;
      break;
    default:
      when = `Every ${days}`;
  }
  const time = `${session.opens} to ${session.closes}${session.overnight ? ' the next day' : ''}`;
  const from = session.startsOn && session.frequency !== 'fortnightly' ? `, from ${longDate(session.startsOn)}` : '';
  const until = session.endsOn ? `, until ${longDate(session.endsOn)}` : '';
  return `${when}, ${time}, UK time${from}${until}.`;
}
