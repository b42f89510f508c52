import type { Occurrence, Session } from '@peer-support-kit/core';
import { format } from '../../shared/fill.js';
import type { DirectoryStrings } from '../../elements/directory/directory.strings.js';

const TIME_ZONE = 'Europe/London';
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  return formatters.get(key) ?? formatters.set(key, new Intl.DateTimeFormat(locale, options)).get(key)!;
}

/** `2025-03-03` → "3 March 2025" (in the reader's language). */
export function formatDate(isoDate: string, locale: string): string {
  const date = new Date(`${isoDate.slice(0, 10)}T12:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoDate : formatter(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** A year, month or day as precise as the source: `2013` → "2013", `2023-08` → "August 2023". */
export function formatPartialDate(partial: string, locale: string): string {
  const [year, month, day] = partial.split('-');
  if (day) return formatDate(partial, locale);
  if (!month) return year!;
  return formatter(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(Number(year), Number(month) - 1, 15));
}

/** `18:30` → "18:30" (or "6:30 pm", as the reader's language writes times). */
export function formatClock(time: string, locale: string): string {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return formatter(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(Date.UTC(1970, 0, 1, hours, minutes));
}

const dayName = (day: string, locale: string) =>
  // 5 January 1970 was a Monday.
  formatter(locale, { weekday: 'long', timeZone: 'UTC' }).format(
    Date.UTC(1970, 0, 5 + ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].indexOf(day)),
  );

/** "Every Tuesday, 18:00 to 20:00", "The last Friday of the month, 10:00 to 12:00". */
export function describeSession(session: Session, strings: DirectoryStrings, locale: string): string {
  const days = new Intl.ListFormat(locale, { type: 'conjunction' }).format(session.days.map((day) => dayName(day, locale)));
  const weeks = new Intl.ListFormat(locale, { type: 'disjunction' }).format(
    (session.weeksOfMonth ?? []).map((week) => strings.weekOfMonth[String(week)] ?? String(week)),
  );
  const when = format(strings.frequency[session.frequency], { day: days, weeks });
  const times = `${formatClock(session.opens, locale)}–${formatClock(session.closes, locale)}`;
  return `${when}, ${times}${session.overnight ? ` ${strings.overnight}` : ''}${session.note ? `. ${session.note}` : ''}`;
}

/** "On now, until 20:00" or "Next: Tuesday 18:00". */
export function describeOccurrence(occurrence: Occurrence, strings: DirectoryStrings, locale: string): string {
  if (occurrence.ongoing) return format(strings.onNow, { time: formatClock(occurrence.session.closes, locale) });
  const when = formatter(locale, { weekday: 'long', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit', timeZone: TIME_ZONE }).format(occurrence.start);
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
