/**
 * The text formats of the directory and charter schemas: each a pattern and the advice a person
 * gets when a value does not match. Plain data, no zod: the zod schemas (fields.ts) read them,
 * and the generated schema carries them to the browser's validator (check.ts). No regex flags: they would
 * not carry over to the generated JSON Schema.
 */
import { LINK_URL_PATTERN } from './link-pattern.js';

export interface Format {
  readonly pattern: RegExp;
  readonly message: string;
}

const format = (pattern: RegExp, message: string): Format => ({ pattern, message });

export const formats = {
  nonBlank: format(/\S/, 'Write some text, or leave the field out.'),
  slug: format(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lowercase letters, digits and single hyphens, like "west-sussex".'),
  httpsUrl: format(/^https:\/\/[^\s/?#]+\.[^\s]*$/, 'Use a full https:// web address, like "https://example.org".'),
  /** A link a person may follow (see link-pattern.ts). */
  linkUrl: format(LINK_URL_PATTERN, 'Use an https://, mailto:, tel: or sms: link; other kinds of link are not allowed.'),
  email: format(/^[^\s@<>()",;:]+@[^\s@<>()",;:]+\.[^\s@<>()",;:]+$/, 'Use an email address like "name@example.org".'),
  phone: format(/^\+?[0-9][0-9 ()-]{1,27}[0-9]$/, 'Use a phone number of digits and spaces, like "0800 123 4567".'),
  date: format(/^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/, 'Use a date written as YYYY-MM-DD, like "2025-03-31".'),
  partialDate: format(
    /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/,
    'Use a year, a month or a day: "2013", "2023-08" or "2026-11-22".',
  ),
  dateTime: format(
    /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/,
    'Use a date and time with a time zone, like "2026-11-22T09:00:00Z".',
  ),
  clockTime: format(/^(?:[01]\d|2[0-3]):[0-5]\d$/, 'Use a 24-hour time written as HH:MM, like "18:30".'),
  languageTag: format(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'Use a language code such as "en", "cy" or "pl".'),
  postcode: format(/^[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}$/, 'Use a UK postcode, like "BN11 1AA".'),
  version: format(/^\d+\.\d+$/, 'Use a version like "1.0".'),
} as const;

const bySource = new Map<string, string>(Object.values(formats).map((f) => [f.pattern.source, f.message]));

/** The advice for a pattern (by its source text): the schema generator writes it beside the pattern. */
export function formatMessage(pattern: string): string {
  return bySource.get(pattern) ?? 'is not in the expected format.';
}
