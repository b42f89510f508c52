import '../jitless.js';
import * as z from 'zod/mini';

/**
 * Text that must not be blank, up to `max` characters. Surrounding white space (a YAML block's
 * closing newline) is trimmed first. No check uses regex flags: they do not carry over to the
 * generated JSON Schema.
 */
export const text = (max: number) =>
  z.string().check(z.regex(/\S/, 'is blank; write some text or leave the field out.'), z.trim(), z.minLength(1), z.maxLength(max));

/** A lowercase identifier such as `sussex-pwow`, `west-sussex` or `capital-ward-peer-support`. */
export const slug = z.string().check(
  z.maxLength(80),
  z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lowercase letters, digits and single hyphens, like "west-sussex".'),
);

/** A web address that must be https (a website). */
export const httpsUrl = z.string().check(
  z.maxLength(2000),
  z.regex(/^https:\/\/[^\s/?#]+\.[^\s]*$/, 'Use a full https:// web address, like "https://example.org".'),
);

/**
 * A link a person may follow: a web page, an email, a phone call or a text. Nothing else (no
 * `javascript:`, no `data:`, no plain `http:`) is ever put into a link on a partner's page.
 */
export const linkUrl = z.string().check(
  z.maxLength(2000),
  z.regex(
    /^(?:https:\/\/[^\s/?#]+\.\S*|mailto:[^\s@]+@[^\s@]+|tel:\+?[0-9]{3,15}|sms:\+?[0-9]{3,15}(?:\?body=\S*)?)$/,
    'Use an https://, mailto:, tel: or sms: link; other kinds of link are not allowed.',
  ),
);

export const email = z.string().check(
  z.maxLength(254),
  z.regex(/^[^\s@<>()",;:]+@[^\s@<>()",;:]+\.[^\s@<>()",;:]+$/, 'Use an email address like "name@example.org".'),
);

/** A phone number as people write it: digits, spaces, brackets, hyphens and a leading +. */
export const phone = z.string().check(
  z.maxLength(30),
  z.regex(/^\+?[0-9][0-9 ()-]{1,27}[0-9]$/, 'Use a phone number of digits and spaces, like "0800 123 4567".'),
);

/** A calendar date, `YYYY-MM-DD`. */
export const isoDate = z.string().check(
  z.regex(/^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/, 'Use a date written as YYYY-MM-DD, like "2025-03-31".'),
);

/** A date and time with a time zone, like `2026-11-22T09:00:00Z`. */
export const isoDateTime = z.string().check(
  z.regex(
    /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/,
    'Use a date and time with a time zone, like "2026-11-22T09:00:00Z".',
  ),
);

/** A 24-hour clock time, `HH:MM`. */
export const clockTime = z.string().check(
  z.regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, 'Use a 24-hour time written as HH:MM, like "18:30".'),
);

/** A language tag such as `en`, `cy` or `pt-BR`. */
export const languageTag = z.string().check(
  z.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'Use a language code such as "en", "cy" or "pl".'),
);
