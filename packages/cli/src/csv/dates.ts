// Dates as UK spreadsheets write them. Excel, LibreOffice and Google Sheets show a date cell in
// the computer's own format and save it that way in a CSV: 03/12/2026, 3/12/2026, 3 Dec 2026.
// Numbers are read day first, as in the UK; a date that cannot be day first (12/13/2026, as a
// computer set to US English writes it), or is no date, is refused with the exact text to write.
// A US date whose day is 12 or less (3/12/2026 for 12 March) cannot be told apart here.

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_NAMES = new Map(
  MONTHS.flatMap((name, i) => [[name, i + 1], [name.slice(0, 3), i + 1], ...(name === 'september' ? [['sept', 9] as const] : [])]),
);
const pad = (n: number) => String(n).padStart(2, '0');
const iso = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;
const DAYS_IN = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const spoken = (year: number, month: number, day: number) =>
  `${day} ${MONTHS[month - 1]![0]!.toUpperCase()}${MONTHS[month - 1]!.slice(1)} ${year}`;

export type DateReading = { readonly date: string } | { readonly problem: string };

/** `2026-12-03`, `03/12/2026`, `3-12-2026`, `2026/12/03`, `3 Dec 2026`, `3 December 2026` → `2026-12-03`. */
export function readUkDate(cell: string): DateReading {
  const text = cell.trim();
  let parts: [year: number, month: number, day: number] | undefined;
  let match: RegExpExecArray | null;
  if ((match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text))) parts = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text))) {
    const [first, second, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
    // Day first, as UK spreadsheets write it; a "month" over 12 means the day came second.
    if (second > 12 && first <= 12) {
      return {
        problem: `"${text}" has no month ${second}: UK dates put the day first. If you mean ${spoken(year, first, second)}, write ${iso(year, first, second)}.`,
      };
    }
    parts = [year, second, first];
  } else if ((match = /^(\d{1,2})(?:st|nd|rd|th)? ([a-z]+)\.? (\d{4})$/i.exec(text))) {
    const month = MONTH_NAMES.get(match[2]!.toLowerCase());
    if (!month) return { problem: `"${text}" names no month we know; write the date as year-month-day, such as 2026-12-03.` };
    parts = [Number(match[3]), month, Number(match[1])];
  }
  if (!parts) return { problem: `"${text}" is not a date we can read; write it as year-month-day, such as 2026-12-03 (or as 03/12/2026).` };
  const [year, month, day] = parts;
  if (month < 1 || month > 12) return { problem: `"${text}" has no month ${month}; write the date as year-month-day, such as 2026-12-03.` };
  if (day < 1 || day > DAYS_IN(year, month)) {
    return {
      problem: `"${text}": there is no ${day} ${MONTHS[month - 1]![0]!.toUpperCase()}${MONTHS[month - 1]!.slice(1)} ${year}; check the day.`,
    };
  }
  return { date: iso(year, month, day) };
}

/** A year, a month or a day, for `last_heard_of`: `2013`, `2023-08`, `08/2023`, `Aug 2023`, or a date as above. */
export function readPartialDate(cell: string): DateReading {
  const text = cell.trim();
  let match: RegExpExecArray | null;
  if (/^\d{4}$/.test(text)) return { date: text };
  if ((match = /^(\d{4})-(\d{1,2})$/.exec(text)) || (match = /^(\d{1,2})\/(\d{4})$/.exec(text))) {
    const [year, month] = text.includes('/') ? [Number(match[2]), Number(match[1])] : [Number(match[1]), Number(match[2])];
    return month >= 1 && month <= 12
      ? { date: `${year}-${pad(month)}` }
      : { problem: `"${text}" has no month ${month}; write a year, a month or a day: 2013, 2023-08 or 2026-12-03.` };
  }
  if ((match = /^([a-z]+)\.? (\d{4})$/i.exec(text))) {
    const month = MONTH_NAMES.get(match[1]!.toLowerCase());
    if (month) return { date: `${match[2]}-${pad(month)}` };
  }
  const day = readUkDate(text);
  return 'date' in day ? day : { problem: `"${text}" is not a year, a month or a day we can read; write 2013, 2023-08 or 2026-12-03.` };
}
