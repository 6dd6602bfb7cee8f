/**
 * The public data contract (`_site/data/timeline.json`), as a zod schema: the
 * writer validates against it before anything is written, and so do the tests.
 * Fields beyond the contract (bodies, marks, reports) are declared here too, so
 * the site reads one typed model.
 */
import { z } from 'zod';
import { DIAGNOSTIC_CODES } from './diagnostics.ts';
import { CATEGORIES, PLACE_KINDS, PRECISIONS, QUALIFIERS } from './enums.ts';

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
export const precisionSchema = z.enum(PRECISIONS);
export const dateRangeSchema = z
  .object({ start: isoDay, end: isoDay, precision: precisionSchema })
  .refine((d) => d.start <= d.end, { message: 'start must not be after end' });
const span = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]);

export const markSchema = z.object({
  kind: z.enum(['date', 'place', 'figure', 'claimant']),
  span,
  /** The page the mark links to: a place id, a claim id, a claimant id; null when it links nowhere. */
  ref: z.string().nullable(),
  /** Resolved value for the reader: "2016-12-10 – 2016-12-11", "Palmyra (Homs)". */
  title: z.string(),
});

export const articleSchema = z.object({
  id: z.string().min(1),
  file: z.string().min(1),
  title: z.string(),
  source: z.string().nullable(),
  published: isoDay.nullable(),
  publishedInferred: z.boolean(),
  places: z.array(z.string()),
  events: z.array(z.string()),
  // beyond the contract
  /** Where the report was filed, from its dateline (a place id): not a place of its events unless also in places. */
  filedFrom: z.string().nullable().optional(),
  url: z.string().nullable(),
  language: z.string(),
  publishedEvidence: z.string().nullable(),
  sourceEvidence: z.string().nullable(),
  body: z.string(),
  teasers: z.array(z.string()),
  marks: z.array(markSchema),
  claims: z.array(z.string()),
  warnings: z.array(z.string()),
});

export const sourceSchema = z.object({ id: z.string().min(1), name: z.string().min(1) });
export const claimantSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  // beyond the contract: the other names it goes by, from the claimants registry
  aliases: z.array(z.string()),
});
export const placeSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  admin1: z.string().nullable(),
  country: z.string().length(2).nullable(),
  lat: z.number(),
  lon: z.number(),
  kind: z.enum(PLACE_KINDS),
});

export const qualifierSchema = z.enum(QUALIFIERS);
export const categorySchema = z.enum(CATEGORIES);

export const claimSchema = z.object({
  id: z.string().min(1),
  article: z.string().min(1),
  value: z.number().nullable(),
  qualifier: qualifierSchema,
  category: categorySchema,
  what: z.string(),
  claimant: z.string().nullable(),
  place: z.string().nullable(),
  date: dateRangeSchema.nullable(),
  event: z.string().nullable(),
  group: z.string().nullable(),
  quote: z.string(),
  span,
  // beyond the contract
  text: z.string(),
  vague: z.string().nullable(),
  source: z.string().nullable(),
  published: isoDay.nullable(),
});

export const eventSchema = z.object({
  id: z.string().min(1),
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
  id: z.string().min(1),
  claims: z.array(z.string()),
  claimant: z.string().nullable(),
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
      line: z.number().optional(),
      hint: z.string().optional(),
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
