const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

/** A local calendar day (days since 1970-01-01) and the minutes since its midnight. */
export interface LocalTime {
  readonly day: number;
  readonly minutes: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    // h23, so midnight is 00 and never 24; numeric parts in any locale's order.
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

/** The wall clock in `timeZone` at an instant (milliseconds since the epoch). */
export function localTime(instant: number, timeZone: string): LocalTime {
  const parts: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(instant)) parts[part.type] = Number(part.value);
  return {
    day: Date.UTC(parts.year!, parts.month! - 1, parts.day!) / DAY_MS,
    minutes: parts.hour! * 60 + parts.minute!,
  };
}

/** Minutes local time is ahead of UTC at an instant, worked out with Intl (slow: tens of µs). */
function exactOffsetAt(instant: number, timeZone: string): number {
  const local = localTime(instant, timeZone);
  return local.day * 1440 + local.minutes - Math.floor(instant / MINUTE_MS);
}

// The offsets at the start and end of each UTC day, by time zone. Clocks change at most once a
// day, so when both ends agree the whole day has that offset: cards work out next sessions on
// every keystroke, and this saves asking Intl again and again about the same few days.
const dayOffsets = new Map<string, Map<number, readonly [number, number]>>();

/** Minutes local time is ahead of UTC at an instant (60 in British Summer Time). */
function offsetAt(instant: number, timeZone: string): number {
  const byDay = dayOffsets.get(timeZone) ?? dayOffsets.set(timeZone, new Map()).get(timeZone)!;
  const day = Math.floor(instant / DAY_MS);
  let ends = byDay.get(day);
  if (!ends) {
    if (byDay.size > 4096) byDay.clear();
    byDay.set(day, (ends = [exactOffsetAt(day * DAY_MS, timeZone), exactOffsetAt((day + 1) * DAY_MS - MINUTE_MS, timeZone)]));
  }
  return ends[0] === ends[1] ? ends[0] : exactOffsetAt(instant, timeZone);
}

/**
 * The instant a local wall-clock time happens. When the clocks go back and the time happens
 * twice, the first; when they go forward and it never happens, the time the clocks show an
 * hour later (01:30 on the spring-forward morning is 02:30 BST), as a person would read it.
 */
export function wallToInstant(day: number, minutes: number, timeZone: string): number {
  const wall = (day * 1440 + minutes) * MINUTE_MS;
  // The offsets a day either side: the instant lies within 14 hours of `wall` (no zone is further
  // from UTC), so half a day is not enough; at +12:45 it lands on Chatham's own clock change.
  const before = offsetAt(wall - DAY_MS, timeZone);
  const after = offsetAt(wall + DAY_MS, timeZone);
  const fits = [before, after]
    .map((offset) => wall - offset * MINUTE_MS)
    .filter((instant, i) => offsetAt(instant, timeZone) === (i === 0 ? before : after));
  return fits.length ? Math.min(...fits) : wall - before * MINUTE_MS;
}

/** `YYYY-MM-DD` as days since 1970-01-01. */
export const dayOf = (date: string): number =>
  Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;

/** 0 for Monday … 6 for Sunday (1970-01-01 was a Thursday). */
export const weekdayOf = (day: number): number => (((day + 3) % 7) + 7) % 7;

/** The day of the month (1–31) and the length of that month. */
export function dateOf(day: number): { readonly date: number; readonly monthLength: number } {
  const at = new Date(day * DAY_MS);
  return {
    date: at.getUTCDate(),
    monthLength: new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + 1, 0)).getUTCDate(),
  };
}
