// Dates and times in the reader's language, with one formatter per locale and options: cards
// format dates on every keystroke.

const formatters = new Map<string, Intl.DateTimeFormat>();

export function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  return formatters.get(key) ?? formatters.set(key, new Intl.DateTimeFormat(locale, options)).get(key)!;
}

/** `2025-03-03` → "3 March 2025" (in the reader's language). */
export function formatDate(isoDate: string, locale: string): string {
  const date = new Date(`${isoDate.slice(0, 10)}T12:00:00Z`);
  return Number.isNaN(date.getTime())
    ? isoDate
    : formatter(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
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
