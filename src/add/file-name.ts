/**
 * The name an added article gets: a slug of its headline (or of the file it
 * came from) and a short hash of its text, so names are readable, stable for
 * the same text, and different for different texts.
 */
import { createHash } from 'node:crypto';
import { slugify } from '../ingest/ids.ts';

/** Long enough to read, short enough for any file system and for the article id made from it. */
const MAX_SLUG = 60;
const EXTENSION = /\.(?:txt|md|text)$/i;

/**
 * The hash that decides whether two articles are the same text: line ends and surrounding blank space do not count.
 * @example textHash('a\r\nb\n') === textHash('a\nb') // true
 */
export function textHash(text: string): string {
  return createHash('sha256').update(text.replace(/\r\n?/g, '\n').trim()).digest('hex');
}

/**
 * A clean file name for an article.
 * @example articleFileName('Syria’s army retakes Palmyra', 'c0ffee00d1…') // 'syrias-army-retakes-palmyra-c0ffee00.txt'
 */
export function articleFileName(nameHint: string, hash: string): string {
  const slug = slugify(nameHint.replace(EXTENSION, ''), 'article').slice(0, MAX_SLUG).replace(/-+$/, '') || 'article';
  return `${slug}-${hash.slice(0, 8)}.txt`;
}
