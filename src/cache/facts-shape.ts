/**
 * Whether a cache entry's facts have the shape the build reads. An entry that parses but
 * is wrong (hand-edited, written by a broken tool, `{"facts": {}}`) made every later build
 * fail with a TypeError until the cache was deleted by hand; checked here, it is a miss,
 * and the article is read again and its entry replaced. The check goes as deep as the
 * fields the link step reads from every article: each list must be a list of records.
 */
import type { ArticleFacts } from '../model/types.ts';

type Check = (value: unknown) => boolean;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString: Check = (v) => typeof v === 'string';
const orNull =
  (check: Check): Check =>
  (v) =>
    v === null || check(v);
const listOf =
  (check: Check): Check =>
  (v) =>
    Array.isArray(v) && v.every(check);
const recordWith =
  (fields: Readonly<Record<string, Check>>): Check =>
  (v) =>
    isRecord(v) && Object.entries(fields).every(([k, check]) => check(v[k]));

const diagnostic = recordWith({ file: isString, severity: isString, code: isString, message: isString });

const ARTICLE = recordWith({
  id: isString,
  file: isString,
  hash: isString,
  title: isString,
  body: isString,
  language: isString,
  teasers: listOf(isString),
  source: orNull(recordWith({ id: isString, name: isString })),
  url: orNull(isString),
  published: orNull(recordWith({ date: isString })),
  diagnostics: listOf(diagnostic),
});

const FACTS = recordWith({
  article: ARTICLE,
  published: orNull(isString),
  publishedInferred: (v) => typeof v === 'boolean',
  publishedEvidence: orNull(isString),
  dates: listOf(isRecord),
  places: listOf(isRecord),
  placeRanking: listOf(isString),
  figures: listOf(isRecord),
  attributions: listOf(isRecord),
  claims: listOf(isRecord),
  events: listOf(isRecord),
  diagnostics: listOf(diagnostic),
});

/**
 * True when `value` has the shape of an article's facts (its lists hold records; the
 * records' own fields are the extractors' and are trusted, as entries are written whole).
 * @example looksLikeFacts({}) // false
 */
export function looksLikeFacts(value: unknown): value is ArticleFacts {
  return FACTS(value);
}
