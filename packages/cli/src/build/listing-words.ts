import { localTime, vocabularies, type Session } from '@peer-support-kit/core';

// The words of the static listing (directory.html), in British English. Where the elements say
// the same thing, the words are theirs (packages/elements, service-view.strings.ts), so a person
// reads the same sentence with or without the script. Dates and times are worked out here rather
// than by Intl's formatting, whose words differ between Node and browser versions: the workbench
// in a browser must make the very same bytes as the CLI.

export const words = {
  listedWith: 'Listed with %{name}, but no source says who runs it.',
  runByUnconfirmed: 'Who runs it is not confirmed.',
  runBy: 'Run by %{name}',
  lastHeardOf: 'Last heard of in %{date}, not confirmed since.',
  notConfirmedByService: 'Not yet confirmed by the service.',
  heardOf: 'Last heard of in %{date}.',
  confirmedByService: 'Confirmed by the service on %{date}.',
  byAppointment: 'By appointment',
  onlineOnly: 'Online only',
  temporarilyClosed: 'Temporarily closed',
  closed: 'Closed',
  whoFor: 'Who it is for',
  howToGetSupport: 'How to get support',
  whenHeading: 'When',
  whereHeading: 'Where',
  contactHeading: 'Contact',
  accessHeading: 'Access',
  chartersHeading: 'Charters signed',
  sourcesHeading: 'Where this information comes from',
  areas: 'Areas: %{areas}',
  ages: { range: 'Ages %{min} to %{max}', from: 'Ages %{min} and over', upTo: 'Ages up to %{max}' },
  frequency: { weekly: 'Every %{day}', fortnightly: 'Every other %{day}', monthly: 'The %{weeks} %{day} of the month' },
  weekOfMonth: { '1': 'first', '2': 'second', '3': 'third', '4': 'fourth', '5': 'fifth', '-1': 'last' } as Record<string, string>,
  overnight: '(into the next day)',
  website: 'Website: %{site}',
  email: 'Email',
  phone: 'Call',
  text: 'Text',
  noContact: 'We do not have contact details for this service.',
  noContactPublisher: 'Ask %{publisher}, who keep this list, how to reach it:',
  noContactSearch: 'Try searching for %{organisation} online, or ask your GP or a local mental health charity.',
  languages: 'Languages',
  lastReviewed: 'Checked against its sources on %{date}.',
  notReviewed: 'We do not know when these details were last checked.',
  reviewOverdue: 'These details have not been checked for over a year: check with the service before you go.',
} as const;

/** `%{name}` placeholders filled in from `values`. */
export const fill = (template: string, values: Readonly<Record<string, string | number>>) =>
  template.replace(/%\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A year, month or day as precise as the source: `2013`, `2023-08` → "August 2023", `2026-11-22` → "22 November 2026". */
export function formatDate(partial: string): string {
  const [year, month, day] = partial.split('-');
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (!monthName) return year ?? partial;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

/** An instant as the clocks in London show it: "22 November 2026", with "at 09:00" unless it is midnight. */
export function formatLondon(isoDateTime: string): string {
  const instant = new Date(isoDateTime).getTime();
  if (Number.isNaN(instant)) return isoDateTime;
  // Core's wall clock gives numbers only, the same in every Intl; the words are ours.
  const { day, minutes } = localTime(instant, 'Europe/London');
  const date = formatDate(new Date(day * 86_400_000).toISOString().slice(0, 10));
  const two = (n: number) => String(n).padStart(2, '0');
  return minutes === 0 ? date : `${date} at ${two(Math.floor(minutes / 60))}:${two(minutes % 60)}`;
}

/** "Monday", "Monday and Friday", "Monday, Tuesday or Friday": a list as British English writes it. */
export function listOf(items: readonly string[], joiner: 'and' | 'or' = 'and'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${joiner} ${items.at(-1)}`;
}

/** "Every Tuesday, 18:00 to 20:00", "The last Friday of the month, 10:00 to 12:00 (into the next day)". */
export function describeSession(session: Session, where?: string): string {
  const days = listOf(session.days.map((day) => vocabularies.day.terms.find((term) => term.id === day)?.label ?? day));
  const weeks = listOf(
    (session.weeksOfMonth ?? []).map((week) => words.weekOfMonth[String(week)] ?? String(week)),
    'or',
  );
  const when = fill(words.frequency[session.frequency], { day: days, weeks });
  const overnight = session.overnight ? ` ${words.overnight}` : '';
  const at = where ? `, at ${where}` : '';
  return `${when}, ${session.opens} to ${session.closes}${overnight}${at}${session.note ? `. ${session.note}` : ''}`;
}

const LANGUAGE_NAMES = typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames(['en-GB'], { type: 'language' }) : undefined;

/** A language code's English name ("cy" → "Welsh"), or the code itself when Intl cannot name it. */
export function languageName(code: string): string {
  try {
    return LANGUAGE_NAMES?.of(code) ?? code;
  } catch {
    return code;
  }
}
