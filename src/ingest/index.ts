/**
 * Ingest: one file's bytes in, one clean article out (decode, front matter,
 * furniture, headline, outlet, stated publication date). Pure: no file system.
 */
import { createHash } from 'node:crypto';
import type { Diagnostic, IngestedArticle, Registries, SourceRef, StatedDate } from '../model.ts';
import { decodeArticle } from './decode.ts';
import { readFrontMatter } from './front-matter.ts';
import { isFurniture, teaserOf } from './furniture.ts';
import { isProse, pickHeadline, wordCount } from './headline.ts';
import { slugify } from './ids.ts';
import { identifyOutlet, sourceByName } from './outlet.ts';
import { findStatedPublication } from './published.ts';
import { detectLanguage } from './language.ts';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** How many lines above the story may hold its headline, date and outlet. */
const HEADER_LINES = 25;
const SENTENCE_END = /[.!?:;"”’)\]]\s*$/;

export interface RawArticle {
  /** Path relative to the project root, with forward slashes. */
  readonly file: string;
  readonly bytes: Uint8Array;
}

/**
 * Reads one article file into a clean article with its metadata.
 * @example ingestArticle({ file: 'content/articles/a.txt', bytes }, registries).title
 */
export function ingestArticle(raw: RawArticle, registries: Registries): IngestedArticle {
  const { file } = raw;
  const hash = createHash('sha256').update(raw.bytes).digest('hex');
  const decoded = decodeArticle(raw.bytes, file);
  const split = readFrontMatter(decoded.text, file);
  const diagnostics: Diagnostic[] = [...decoded.diagnostics, ...split.diagnostics];
  const fm = split.data;
  const lines = split.content.split('\n');

  const published = statedPublication(fm.published, lines, file, diagnostics);
  const source = outletOf(fm.source, split.content, registries);
  const { title, body, teasers } = clean(lines, fm.title, published, source, registries);
  const language = fm.language ?? detectLanguage(body);

  if (!decoded.text.trim() && decoded.encoding !== 'binary') {
    diagnostics.push({ file, severity: 'warning', code: 'empty', message: 'the file is empty', hint: 'paste the article text into it, or delete it' });
  } else if (decoded.text.trim() && !body.trim()) {
    diagnostics.push({ file, severity: 'warning', code: 'no-text', message: 'no article text is left once the page furniture is removed' });
  }

  return {
    id: articleId(file),
    file,
    hash,
    title: title || fileTitle(file),
    body,
    teasers,
    source,
    url: fm.url ?? null,
    language,
    published,
    diagnostics,
  };
}

/** A stable id from the file's path: the same file keeps its id across builds. */
export function articleId(file: string): string {
  const name = file.replace(/^.*?content\/articles\//, '').replace(/\.(txt|md)$/i, '');
  return slugify(name, 'article');
}

function fileTitle(file: string): string {
  return (file.split('/').pop() ?? file).replace(/\.(txt|md)$/i, '');
}

function statedPublication(
  value: string | undefined,
  lines: readonly string[],
  file: string,
  diagnostics: Diagnostic[],
): StatedDate | null {
  if (value !== undefined) {
    const day = ISO_DAY.test(value) ? value : findStatedPublication([value])?.date;
    if (day && ISO_DAY.test(day) && !Number.isNaN(Date.parse(day))) return { date: day, evidence: 'front matter' };
    diagnostics.push({
      file,
      severity: 'warning',
      code: 'published-unreadable',
      message: `front matter "published: ${value}" is not a date dateline can read; the date was looked for in the text instead`,
      hint: 'write it as YYYY-MM-DD',
    });
  }
  return findStatedPublication(lines.slice(0, 60));
}

function outletOf(named: string | undefined, text: string, registries: Registries): SourceRef | null {
  if (named) {
    const entry = sourceByName(registries.sources, named);
    return entry
      ? { id: entry.id, name: entry.name, evidence: 'front matter' }
      : { id: slugify(named, 'source'), name: named, evidence: 'front matter' };
  }
  return identifyOutlet(registries.sources, text);
}

interface Cleaned {
  readonly title: string;
  readonly body: string;
  readonly teasers: string[];
}

/**
 * Drops page furniture, keeps teasers apart, finds the headline among the lines
 * above the story, and joins the rest into paragraphs (one per line, hard-wrapped
 * lines joined again).
 */
function clean(
  lines: readonly string[],
  givenTitle: string | undefined,
  published: StatedDate | null,
  source: SourceRef | null,
  registries: Registries,
): Cleaned {
  const teasers: string[] = [];
  const kept: string[] = [];
  for (const raw of lines) {
    const line = raw.replace(/\s+/g, ' ').trim();
    if (!line) {
      if (kept.length && kept[kept.length - 1] !== '') kept.push('');
      continue;
    }
    const teaser = teaserOf(line);
    if (teaser) teasers.push(teaser);
    else if (!isFurniture(line)) kept.push(line);
  }
  const nonEmpty = kept.filter((l) => l !== '');
  const storyStart = nonEmpty.findIndex(isProse);
  const headerEnd = Math.min(storyStart === -1 ? Math.min(3, nonEmpty.length) : storyStart, HEADER_LINES);
  const header = nonEmpty.slice(0, headerEnd);
  const outletNames = new Set(
    (source ? registries.sources.filter((s) => s.id === source.id).flatMap((s) => [s.name, ...s.aliases]) : []).map(fold),
  );

  let title = givenTitle ?? '';
  if (!title) {
    const pick = pickHeadline(header.filter((l) => !outletNames.has(fold(l))));
    title = pick === -1 ? '' : header.filter((l) => !outletNames.has(fold(l)))[pick] ?? '';
  }
  // Above the story only the headline, captions and other prose-like lines are kept;
  // short labels (sections, outlet names, dates, widgets) are furniture there.
  const drop = new Set<string>();
  for (const line of header) {
    const isDateLine = published !== null && published.evidence !== 'front matter' && line.includes(published.evidence) && line.length <= published.evidence.length + 12;
    if (fold(line) === fold(title) || outletNames.has(fold(line)) || isDateLine || wordCount(line) < 6) drop.add(line);
  }
  const seen = new Set<string>();
  const paragraphs: string[] = [];
  let index = 0;
  for (const line of kept) {
    if (line === '') continue;
    const inHeader = index++ < headerEnd;
    if (inHeader && drop.has(line)) continue;
    if (fold(line) === fold(title)) continue; // the headline, repeated by the page
    // A page repeats its headline and captions; the same short line twice is furniture.
    if (seen.has(line) && wordCount(line) < 40) continue;
    seen.add(line);
    const last = paragraphs.length - 1;
    const prev = paragraphs[last];
    if (prev !== undefined && !SENTENCE_END.test(prev) && /^[a-z]/.test(line)) paragraphs[last] = `${prev} ${line}`;
    else paragraphs.push(line);
  }
  if (!title) title = firstSentence(paragraphs[0] ?? '');
  return { title, body: paragraphs.join('\n\n'), teasers };
}

function firstSentence(paragraph: string): string {
  const m = /^(.{20,160}?[.!?])(?:\s|$)/.exec(paragraph);
  const s = m?.[1] ?? paragraph.slice(0, 120);
  return s.replace(/^[A-Z][A-Za-z ,.]{1,30}\s[-–—:]\s+/, '');
}

function fold(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
