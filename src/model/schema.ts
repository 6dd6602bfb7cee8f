/**
 * The public data contract (`_site/data/timeline.json`), as a zod schema (zod's small
 * build, `zod/mini`, as the front matter and the registries are read with): the
 * writer validates against it before anything is written, and so do the tests.
 * Fields beyond the contract (bodies, marks, reports) are declared here too, so
 * the site reads one typed model.
 */
import * as z from 'zod/mini';
import { DIAGNOSTIC_CODES } from './diagnostics.ts';
import { CATEGORIES, PLACE_KINDS, PRECISIONS, QUALIFIERS } from './enums.ts';
import './zod-messages.ts';

const isoDay = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
/** Text of at least one character. */
const filled = z.string().check(z.minLength(1));
const count = z.int().check(z.nonnegative());
export const precisionSchema = z.enum(PRECISIONS);
export const dateRangeSchema = z
  .object({ start: isoDay, end: isoDay, precision: precisionSchema })
  .check(z.refine((d) => d.start <= d.end, { message: 'start must not be after end' }));
const span = z.tuple([count, count]);

export const markSchema = z.object({
  kind: z.enum(['date', 'place', 'figure', 'claimant']),
  span,
  /** The page the mark links to: a place id, a claim id, a claimant id; null when it links nowhere. */
  ref: z.nullable(z.string()),
  /** Resolved value for the reader: "2016-12-10 – 2016-12-11", "Palmyra (Homs)". */
  title: z.string(),
});

export const articleSchema = z.object({
  id: filled,
  file: filled,
  title: z.string(),
  source: z.nullable(z.string()),
  published: z.nullable(isoDay),
  publishedInferred: z.boolean(),
  places: z.array(z.string()),
  events: z.array(z.string()),
  // beyond the contract
  /** Where the report was filed, from its dateline (a place id): not a place of its events unless also in places. */
  filedFrom: z.optional(z.nullable(z.string())),
  url: z.nullable(z.string()),
  language: z.string(),
  publishedEvidence: z.nullable(z.string()),
  sourceEvidence: z.nullable(z.string()),
  body: z.string(),
  teasers: z.array(z.string()),
  marks: z.array(markSchema),
  claims: z.array(z.string()),
  warnings: z.array(z.string()),
});

export const sourceSchema = z.object({ id: filled, name: filled });
export const claimantSchema = z.object({
  id: filled,
  name: filled,
  // beyond the contract: the other names it goes by, from the claimants registry
  aliases: z.array(z.string()),
});
export const placeSchema = z.object({
  id: filled,
  name: filled,
  admin1: z.nullable(z.string()),
  country: z.nullable(z.string().check(z.length(2))),
  lat: z.number(),
  lon: z.number(),
  kind: z.enum(PLACE_KINDS),
});

export const qualifierSchema = z.enum(QUALIFIERS);
export const categorySchema = z.enum(CATEGORIES);

export const claimSchema = z.object({
  id: filled,
  article: filled,
  value: z.nullable(z.number()),
  qualifier: qualifierSchema,
  category: categorySchema,
  what: z.string(),
  claimant: z.nullable(z.string()),
  place: z.nullable(z.string()),
  date: z.nullable(dateRangeSchema),
  event: z.nullable(z.string()),
  group: z.nullable(z.string()),
  quote: z.string(),
  span,
  // beyond the contract
  text: z.string(),
  vague: z.nullable(z.string()),
  source: z.nullable(z.string()),
  published: z.nullable(isoDay),
});

export const eventSchema = z.object({
  id: filled,
  title: z.string(),
  date: dateRangeSchema,
  places: z.array(z.string()),
  articles: z.array(z.string()),
  claims: z.array(z.string()),
  // beyond the contract
  action: z.string(),
  sources: z.array(z.string()),
});

export const groupSchema = z.object({
  id: filled,
  claims: z.array(z.string()),
  claimant: z.nullable(z.string()),
  category: categorySchema,
  what: z.string(),
  /** Claim id of the first report (earliest publication, then file order). */
  first: z.string(),
});

export const disagreementSchema = z.object({
  event: z.string(),
  /** What the figures count: the category, and the side or thing ("killed:militants", "destroyed:tank"). */
  subject: z.string(),
  category: categorySchema,
  what: z.string(),
  low: z.number(),
  high: z.number(),
  versions: z.array(
    z.object({
      value: z.number(),
      qualifier: qualifierSchema,
      claims: z.array(z.string()),
      sources: z.array(z.string()),
      claimants: z.array(z.string()),
    }),
  ),
});

export const timelineSchema = z.object({
  articles: z.array(articleSchema),
  sources: z.array(sourceSchema),
  claimants: z.array(claimantSchema),
  places: z.array(placeSchema),
  events: z.array(eventSchema),
  claims: z.array(claimSchema),
  groups: z.array(groupSchema),
  disagreements: z.array(disagreementSchema),
  diagnostics: z.array(
    z.object({
      file: z.string(),
      severity: z.enum(['error', 'warning', 'info']),
      code: z.enum(DIAGNOSTIC_CODES),
      message: z.string(),
      line: z.optional(z.number()),
      hint: z.optional(z.string()),
    }),
  ),
});

export type TimelineData = z.infer<typeof timelineSchema>;
export type ArticleRecord = z.infer<typeof articleSchema>;
export type ClaimRecord = z.infer<typeof claimSchema>;
export type EventRecord = z.infer<typeof eventSchema>;
export type GroupRecord = z.infer<typeof groupSchema>;
export type PlaceRecord = z.infer<typeof placeSchema>;
export type Mark = z.infer<typeof markSchema>;
export type DisagreementRecord = z.infer<typeof disagreementSchema>;
