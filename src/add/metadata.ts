/**
 * What the user may say about an article when adding it (front matter fields),
 * checked before anything is written, and written as a YAML front matter block.
 */
import { stringify } from 'yaml';
import { isCalendarDay } from '../lexicon/calendar.ts';

const HTTP_URL = /^https?:\/\/\S+$/i;
/** Written in this order, the order the README shows. */
const FIELDS = ['title', 'source', 'url', 'published', 'language'] as const;

export interface ArticleMeta {
  readonly title?: string;
  readonly source?: string;
  readonly url?: string;
  readonly published?: string;
  readonly language?: string;
}

/**
 * The problems with the given metadata, as sentences a user can act on (empty when it is fine).
 * @example metadataProblems({ published: '2016-13-01' }) // ['--published "2016-13-01" is not a date: write it as YYYY-MM-DD']
 */
export function metadataProblems(meta: ArticleMeta): string[] {
  const problems: string[] = [];
  if (meta.published !== undefined && !isCalendarDay(meta.published)) {
    problems.push(`--published "${meta.published}" is not a date: write it as YYYY-MM-DD`);
  }
  if (meta.url !== undefined && !HTTP_URL.test(meta.url)) problems.push(`--url "${meta.url}" is not a web address: it must start with http:// or https://`);
  for (const field of ['title', 'source'] as const) {
    if (meta[field] !== undefined && !meta[field]?.trim()) problems.push(`--${field} is empty`);
  }
  return problems;
}

/**
 * A YAML front matter block for the fields that are set, or '' when none is.
 * @example frontMatterBlock({ source: 'Arab News', published: '2016-12-11' }) // '---\nsource: Arab News\npublished: 2016-12-11\n---\n'
 */
export function frontMatterBlock(meta: ArticleMeta): string {
  const data: Record<string, string> = {};
  for (const field of FIELDS) {
    const value = meta[field]?.trim();
    if (value) data[field] = value;
  }
  if (!Object.keys(data).length) return '';
  // Dates are written as plain strings: YAML 1.1 readers would otherwise turn them into timestamps and back.
  return `---\n${stringify(data, { defaultStringType: 'PLAIN', lineWidth: 0 })}---\n`;
}

/**
 * Fields of `over` win over those of `base`; unset fields of `over` keep `base`'s.
 * @example mergeMetadata({ source: 'RT', url: 'https://rt.com/a' }, { source: 'TASS' }) // { source: 'TASS', url: 'https://rt.com/a' }
 */
export function mergeMetadata(base: ArticleMeta, over: ArticleMeta): ArticleMeta {
  const out: Record<string, string> = {};
  for (const field of FIELDS) {
    const value = over[field] ?? base[field];
    if (value !== undefined) out[field] = value;
  }
  return out;
}
