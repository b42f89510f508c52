import type { Occurrence, Session } from '@peer-support-kit/core';
import { formatClock, formatter } from '../../shared/dates.js';
import { format } from '../../shared/fill.js';
import type { ServiceViewStrings } from './service-view.strings.js';

const TIME_ZONE = 'Europe/London';

const dayName = (day: string, locale: string) =>
  // 5 January 1970 was a Monday.
  formatter(locale, { weekday: 'long', timeZone: 'UTC' }).format(
    Date.UTC(1970, 0, 5 + ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].indexOf(day)),
  );

/** "Every Tuesday, 18:00 to 20:00", "The last Friday of the month, 10:00 to 12:00". */
export function describeSession(session: Session, strings: ServiceViewStrings, locale: string): string {
  const days = new Intl.ListFormat(locale, { type: 'conjunction' }).format(session.days.map((day) => dayName(day, locale)));
  const weeks = new Intl.ListFormat(locale, { type: 'disjunction' }).format(
    (session.weeksOfMonth ?? []).map((week) => strings.weekOfMonth[String(week)] ?? String(week)),
  );
  const when = format(strings.frequency[session.frequency], { day: days, weeks });
  const times = `${formatClock(session.opens, locale)}–${formatClock(session.closes, locale)}`;
  return `${when}, ${times}${session.overnight ? ` ${strings.overnight}` : ''}${session.note ? `. ${session.note}` : ''}`;
}

/** "On now, until 20:00" or "Next: Tuesday 18:00". */
export function describeOccurrence(occurrence: Occurrence, strings: ServiceViewStrings, locale: string): string {
  if (occurrence.ongoing) return format(strings.onNow, { time: formatClock(occurrence.session.closes, locale) });
  const when = formatter(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'short',
    hour: 'numeric',
    minute: '2-digit',
    timeZone: TIME_ZONE,
  }).format(occurrence.start);
  return format(strings.nextSession, { when });
}

/** Half-open `[start, end)` ranges of `value` → text with the matched parts in <mark>. */
export function splitMatches(value: string, ranges: ReadonlyArray<readonly [number, number]>): Array<[string, boolean]> {
  const parts: Array<[string, boolean]> = [];
  let at = 0;
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    if (start < at) continue;
    if (start > at) parts.push([value.slice(at, start), false]);
    parts.push([value.slice(start, end), true]);
    at = end;
  }
  if (at < value.length) parts.push([value.slice(at), false]);
  return parts;
}
