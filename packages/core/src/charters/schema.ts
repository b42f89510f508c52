import * as z from 'zod/mini';
import { httpsUrl, slug, text } from '../validation/fields.js';
import { reportTo } from '../validation/rule.js';
import { charterRules } from './rules.js';

/** A lowercase identifier such as `sussex-pwow` or `mutual-benefit`. */
export const slugSchema = slug;

/**
 * One principle of a charter, in the charter's own words. A charter gives a one-line
 * definition, a full text, or both.
 */
export const principleSchema = z.strictObject({
  id: slugSchema,
  /** The number the charter gives the principle, when it numbers them. */
  number: z.optional(z.int().check(z.positive())),
  name: text(120),
  definition: z.optional(text(500)),
  text: z.optional(text(4000)),
});

/** Where the charter's words were taken from. */
export const charterSourceSchema = z.strictObject({
  /** The document the text is quoted from. */
  title: text(300),
  author: z.optional(text(200)),
  /** The date of that document, as the document gives it (for example "January 2021"). */
  date: z.optional(text(60)),
  url: z.optional(httpsUrl),
});

/**
 * Who signed a charter, as its source counts them: how many organisations signed it, and how
 * many are active partners now. The directory lists services, so it cannot count signatories
 * that have no entry; this says how many there are in all.
 */
export const charterSignatoriesSchema = z.strictObject({
  signed: z.int().check(z.gte(1), z.lte(100000)),
  activePartners: z.optional(z.int().check(z.gte(0), z.lte(100000))),
  /** The source's own words, quoted. */
  quote: text(600),
  /** When the source says so ("January 2021"). */
  date: text(60),
});

/** A peer support charter, as data. A network can publish its own as JSON in this shape. */
export const charterSchema = z
  .strictObject({
    id: slugSchema,
    title: text(200),
    publisher: text(200),
    publisherUrl: z.optional(httpsUrl),
    /** Where the charter itself is published, when it has a page of its own. */
    url: z.optional(httpsUrl),
    /** The year the charter was produced, where the source gives it. */
    year: z.optional(z.int().check(z.gte(1900), z.lte(2100))),
    region: z.optional(text(120)),
    /** The charter's own definition of peer support, where it gives one. */
    definition: z.optional(text(2000)),
    source: charterSourceSchema,
    signatories: z.optional(charterSignatoriesSchema),
    principles: z.array(principleSchema).check(z.minLength(1), z.maxLength(100)),
  })
  .check(z.superRefine((charter, ctx) => reportTo(ctx)(charterRules(charter))));

export interface Principle extends z.infer<typeof principleSchema> {}
export interface CharterSource extends z.infer<typeof charterSourceSchema> {}
export interface Charter extends z.infer<typeof charterSchema> {}
export interface CharterSignatories extends z.infer<typeof charterSignatoriesSchema> {}
/** A charter's id, title and signatories, without its text: what a page that names it needs. */
export type CharterSummary = Pick<Charter, 'id' | 'title' | 'signatories'>;
