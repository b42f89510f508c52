import * as z from 'zod/mini';
import { formats, type Format } from './formats.js';

const matching = (f: Format) => z.regex(f.pattern, f.message);

/**
 * Text that must not be blank, up to `max` characters. It is not trimmed: what a source says is
 * what is shown (the CLI tidies white space when it reads YAML and CSV).
 */
export const text = (max: number) => z.string().check(matching(formats.nonBlank), z.minLength(1), z.maxLength(max));

/** A lowercase identifier such as `sussex-pwow`, `west-sussex` or `capital-ward-peer-support`. */
export const slug = z.string().check(z.maxLength(80), matching(formats.slug));

/** A web address that must be https (a website). */
export const httpsUrl = z.string().check(z.maxLength(2000), matching(formats.httpsUrl));

/** A link a person may follow: a web page, an email, a phone call or a text. */
export const linkUrl = z.string().check(z.maxLength(2000), matching(formats.linkUrl));

export const email = z.string().check(z.maxLength(254), matching(formats.email));

/** A phone number as people write it: digits, spaces, brackets, hyphens and a leading +. */
export const phone = z.string().check(z.maxLength(30), matching(formats.phone));

/** A calendar date, `YYYY-MM-DD`. */
export const isoDate = z.string().check(matching(formats.date));

/** A year, a month or a day: `2013`, `2023-08` or `2026-11-22` (as precisely as a source says). */
export const partialDate = z.string().check(matching(formats.partialDate));

/** A date and time with a time zone, like `2026-11-22T09:00:00Z`. */
export const isoDateTime = z.string().check(matching(formats.dateTime));

/** A 24-hour clock time, `HH:MM`. */
export const clockTime = z.string().check(matching(formats.clockTime));

/** A language tag such as `en`, `cy` or `pt-BR`. */
export const languageTag = z.string().check(matching(formats.languageTag));

/** A UK postcode. */
export const postcode = z.string().check(matching(formats.postcode));

/** A format version, `MAJOR.MINOR`. */
export const version = z.string().check(matching(formats.version));
