import { days } from '@peer-support-kit/core';
import { termId } from './terms.js';

export interface SessionInput {
  days: string[];
  opens: string;
  closes: string;
  overnight?: true;
  frequency?: 'fortnightly' | 'monthly';
  startsOn?: string;
  weeksOfMonth?: number[];
}

const WEEK = days.ids as readonly string[];
const GROUPS: Record<string, readonly string[]> = {
  weekdays: WEEK.slice(0, 5),
  weekday: WEEK.slice(0, 5),
  weekends: WEEK.slice(5),
  weekend: WEEK.slice(5),
  daily: WEEK,
  everyday: WEEK,
};

const TIME = String.raw`\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?`;
const SESSION = new RegExp(String.raw`^(.*?)\s*(${TIME})\s*(?:-|–|—|\bto\b)\s*(${TIME})(?:\s+(.*))?$`, 'i');

export const SESSION_EXAMPLE =
  'write days and times such as "tuesday 18:00-20:00", "sat, sun 10am-2pm" or "weekdays 17:00-22:30 fortnightly from 2026-01-06"';

/** One item of a `sessions` cell, such as `mon, wed 18:00-20:00` or `weekends 3pm-10.30pm monthly week 1`. */
export function parseSession(item: string): SessionInput | string {
  const match = SESSION.exec(item.trim());
  if (!match) return `"${item}" is not a session; ${SESSION_EXAMPLE}.`;
  const [, dayWords = '', opensText = '', closesText = '', rest] = match;
  const dayList = parseDays(dayWords);
  if (typeof dayList === 'string') return dayList;
  const opens = clock(opensText);
  const closes = clock(closesText);
  if (!opens || !closes) {
    return `"${item}" has a time that is not a time of day; use 24-hour times like 18:00 or times like 6pm or 6.30pm.`;
  }
  const session: SessionInput = { days: dayList, opens, closes };
  // A session cannot close before it opens on the same day, so it runs past midnight.
  if (closes <= opens) session.overnight = true;
  if (rest !== undefined && rest.trim() !== '') {
    const frequency = parseFrequency(rest.trim());
    if (typeof frequency === 'string') return `"${item}": ${frequency}`;
    Object.assign(session, frequency);
  }
  return session;
}

function parseDays(words: string): string[] | string {
  const tokens = words
    .toLowerCase()
    .replace(/every\s+day/g, 'daily')
    .split(/\s*(?:,|&|\/|\band\b|\s)\s*/)
    .filter((token) => token !== '' && token !== 'every' && token !== 'on');
  if (tokens.length === 0) return `no days are given; ${SESSION_EXAMPLE}.`;
  const found = new Set<string>();
  for (const token of tokens) {
    const range = /^([a-z]+)-([a-z]+)$/.exec(token);
    if (range) {
      const from = termId(days, range[1]!);
      const to = termId(days, range[2]!);
      if (!from || !to) return `"${token}" is not a range of days, like "mon-fri".`;
      const start = WEEK.indexOf(from);
      const end = WEEK.indexOf(to);
      for (let i = start; ; i = (i + 1) % 7) {
        found.add(WEEK[i]!);
        if (i === end) break;
      }
      continue;
    }
    const group = GROUPS[token];
    const day = group ? undefined : termId(days, token);
    if (!group && !day) return `"${token}" is not a day; use names such as "monday", "tue", "weekdays" or "weekends".`;
    for (const id of group ?? [day!]) found.add(id);
  }
  return WEEK.filter((day) => found.has(day));
}

/** `18:00`, `9.30`, `6pm`, `10.30pm` → `HH:MM`; a bare number ("6") is not a time (morning or evening?). */
function clock(text: string): string | undefined {
  const match = /^(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)?$/i.exec(text.trim());
  if (!match) return undefined;
  let hours = Number(match[1]);
  const minutes = Number(match[2] ?? 0);
  const half = match[3]?.toLowerCase();
  if (match[2] === undefined && !half) return undefined;
  if (half) {
    if (hours < 1 || hours > 12) return undefined;
    hours = (hours % 12) + (half === 'pm' ? 12 : 0);
  }
  if (hours > 23 || minutes > 59) return undefined;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

function parseFrequency(text: string): Partial<SessionInput> | string {
  const lower = text.toLowerCase();
  if (lower === 'weekly') return {};
  const fortnightly = /^fortnightly(?:\s+(?:from|starting))?\s+(\d{4}-\d{2}-\d{2})$/.exec(lower);
  if (fortnightly) return { frequency: 'fortnightly', startsOn: fortnightly[1]! };
  if (lower === 'fortnightly') return 'a fortnightly session needs the date of one session: "fortnightly from 2026-01-06".';
  const monthly = /^monthly(?:\s+on)?(?:\s+the)?\s+(?:(last)(?:\s+week)?|weeks?\s+([-\d,\s]+))$/.exec(lower);
  if (monthly) {
    const weeks = monthly[1]
      ? [-1]
      : monthly[2]!
          .split(/[\s,]+/)
          .filter(Boolean)
          .map(Number);
    return { frequency: 'monthly', weeksOfMonth: weeks };
  }
  return `"${text}" after the times is not understood; write "weekly", "fortnightly from 2026-01-06", "monthly week 1" or "monthly last week".`;
}
