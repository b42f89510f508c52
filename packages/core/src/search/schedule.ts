import type { Service, Session } from '../directory/schema.js';
import { days } from '../directory/vocabularies.js';
import type { Occurrence } from './types.js';
import { dateOf, dayOf, localTime, wallToInstant, weekdayOf, type LocalTime } from './time.js';
import { minutesOf } from '../directory/rules.js';

export const DEFAULT_TIME_ZONE = 'Europe/London';

/** A session as numbers, because "open now" checks every session of the directory. */
export interface CompiledSession {
  readonly session: Session;
  /** Bit 0 Monday … bit 6 Sunday. */
  readonly days: number;
  readonly opens: number;
  readonly closes: number;
  readonly overnight: boolean;
  readonly frequency: Session['frequency'];
  /** First and last day it runs (days since 1970-01-01). */
  readonly from: number;
  readonly until: number;
  /** Monthly: bit n for the nth week of the month, bit 0 for the last. */
  readonly weeks: number;
}

export function compileSessions(service: Service): CompiledSession[] {
  return (service.schedule?.sessions ?? []).map((session) => ({
    session,
    days: session.days.reduce((mask, day) => mask | (1 << days.ids.indexOf(day)), 0),
    opens: minutesOf(session.opens),
    closes: minutesOf(session.closes),
    overnight: session.overnight,
    frequency: session.frequency,
    from: session.startsOn ? dayOf(session.startsOn) : -Infinity,
    until: session.endsOn ? dayOf(session.endsOn) : Infinity,
    weeks: (session.weeksOfMonth ?? []).reduce((mask, week) => mask | (1 << Math.max(week, 0)), 0),
  }));
}

/** Monday-based weeks since the epoch, to count fortnights. */
const weekOf = (day: number) => Math.floor((day + 3) / 7);

/**
 * Whether a session starts on a day. `startsOn` is the first day it runs and, for a fortnightly
 * session, the week its fortnights are counted from; `endsOn` is the last day it can start.
 */
export function runsOn(s: CompiledSession, day: number): boolean {
  if (!((s.days >> weekdayOf(day)) & 1) || day < s.from || day > s.until) return false;
  if (s.frequency === 'fortnightly') return s.from === -Infinity || (weekOf(day) - weekOf(s.from)) % 2 === 0;
  if (s.frequency === 'monthly') {
    const { date, monthLength } = dateOf(day);
    return ((s.weeks >> Math.ceil(date / 7)) & 1) === 1 || ((s.weeks & 1) === 1 && date + 7 > monthLength);
  }
  return true;
}

/** In progress at a local time: a session across midnight is still on after midnight. */
export function inProgress(sessions: readonly CompiledSession[], at: LocalTime): boolean {
  return sessions.some((s) =>
    s.overnight
      ? (at.minutes >= s.opens && runsOn(s, at.day)) || (at.minutes < s.closes && runsOn(s, at.day - 1))
      : at.minutes >= s.opens && at.minutes < s.closes && runsOn(s, at.day),
  );
}

/**
 * Whether a session of the service is on at `instant`, its times read as local time in
 * `timeZone` (clock changes included). A service that is not running (temporarily closed or
 * closed) is never open.
 */
export function isOpenAt(service: Service, instant: Date, timeZone = DEFAULT_TIME_ZONE): boolean {
  return service.status === 'active' && inProgress(compileSessions(service), localTime(instant.getTime(), timeZone));
}

/**
 * The session in progress at `from`, or else the next to start, for "next session" on a card;
 * `undefined` when the service is not running or has no session within about a year.
 */
export function nextOccurrence(service: Service, from: Date, timeZone = DEFAULT_TIME_ZONE): Occurrence | undefined {
  if (service.status !== 'active') return undefined;
  const sessions = compileSessions(service);
  const now = from.getTime();
  const today = localTime(now, timeZone).day;
  const last = Math.min(today + 400, Math.max(...sessions.map((s) => s.until)));
  // Day by day from yesterday (a session across midnight may still be on), so the first day
  // with an occurrence that has not ended holds the earliest one.
  for (let day = today - 1; day <= last; day++) {
    let best: Occurrence | undefined;
    for (const s of sessions) {
      if (!runsOn(s, day)) continue;
      const start = wallToInstant(day, s.opens, timeZone);
      const end = wallToInstant(s.overnight ? day + 1 : day, s.closes, timeZone);
      if (end > now && (!best || start < best.start.getTime())) {
        best = { session: s.session, start: new Date(start), end: new Date(end), ongoing: start <= now };
      }
    }
    if (best) return best;
  }
  return undefined;
}
