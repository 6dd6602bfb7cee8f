/**
 * Ingest: one file's bytes in, one clean article out (decode, front matter,
 * furniture, headline, outlet, stated publication date). Pure: no file system.
 */
import { createHash } from 'node:crypto';
import { isCalendarDay } from '../lexicon/calendar.ts';
import { ANY_MONTH_PATTERN } from '../lexicon/calendar-words.ts';
import type { Diagnostic, IngestedArticle, Registries, SourceRef, StatedDate } from '../model/types.ts';
import { hasAnySentence } from './any-sentence.ts';
import { outletFromAddress, outletFromPage } from './byline.ts';
import { decodeArticle } from './decode.ts';
import { readFrontMatter } from './front-matter.ts';
import { isFurniture, teaserOf, withoutTrailingCredits } from './furniture.ts';
import { BULLET, isCaptionLine, isGluedMasthead, isProse, isStampInCapitals, pickHeadline, PROSE, wordCount } from './headline.ts';
import { slugify } from './ids.ts';
import type { SourcePatterns } from '../registry/user-pattern.ts';
import { foldName, foldsTo, identifyOutlet, sourceByName } from './outlet.ts';
import { dateInAddress } from './address-date.ts';
import { findPageDates, findStatedPublication } from './published.ts';
import { detectLanguage } from './language.ts';
import { squeezeSpaces } from './spaces.ts';
import { isYearlessDayLine } from '../lexicon/day-line.ts';
import { endsOnAbbreviation } from '../lexicon/abbreviations.ts';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** How many lines above the story may hold its headline, date and outlet. */
const HEADER_LINES = 25;
/** Words the line after a hard-wrapped line has at least, unless it ends the sentence ("... killed by an alleged" / "airstrike of the army on the town"). */
const WRAPPED_NEXT_WORDS = 3;
/** The stamp a stored copy of a page puts before its first line (read as the publication date by published.ts). */
const STORED_DATE = /^\s*date \d{4}-\d{2}(?:-\d{2})?\s+/;
/** How many lines after a caption may hold the headline. */
const CAPTION_LOOKAHEAD = 3;
/** Characters that end a sentence when nothing but white space follows them. */
const SENTENCE_END_CHARS = '.!?:;"”’)]';
/** File names that read well in every tool: letters, digits, dot, dash, underscore, slash. */
const PLAIN_FILE_NAME = /^[A-Za-z0-9._/-]+$/;
const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  arb: 'Arabic',
  ara: 'Arabic',
  fra: 'French',
  deu: 'German',
  spa: 'Spanish',
  rus: 'Russian',
  tur: 'Turkish',
  pes: 'Persian',
  fas: 'Persian',
  ita: 'Italian',
  por: 'Portuguese',
  nld: 'Dutch',
  ukr: 'Ukrainian',
  cmn: 'Chinese',
  heb: 'Hebrew',
  urd: 'Urdu',
  kmr: 'Kurdish',
  ckb: 'Kurdish',
};

export interface IngestOptions {
  /**
   * The day the build treats as today (`YYYY-MM-DD`, from --today or SOURCE_DATE_EPOCH): a stated
   * publication date after it is reported and not used. Without it no date counts as future here.
   */
  readonly today?: string;
  /** The outlets' patterns, compiled once by the build (compiled here for this article when not given). */
  readonly sourcePatterns?: SourcePatterns;
}

export interface RawArticle {
  /** Path relative to the project root, with forward slashes. */
  readonly file: string;
  readonly bytes: Uint8Array;
}

/**
 * Reads one article file into a clean article with its metadata.
 * @example ingestArticle({ file: 'content/articles/a.txt', bytes }, registries).title
 */
export function ingestArticle(raw: RawArticle, registries: Registries, options: IngestOptions = {}): IngestedArticle {
  const { file } = raw;
  const hash = createHash('sha256').update(raw.bytes).digest('hex');
  const decoded = decodeArticle(raw.bytes, file);
  const split = readFrontMatter(decoded.text, file);
  const diagnostics: Diagnostic[] = [...decoded.diagnostics, ...split.diagnostics];
  const fm = split.data;
  const lines = split.content.split('\n');

  const published = statedPublication(fm.published, fm.url, lines, file, diagnostics, options.today);
  const source = outletOf(fm, split.content, registries, options.sourcePatterns);
  const { title, body, teasers } = clean(lines, fm.title, published, source, registries);
  const language = fm.language ?? detectLanguage(body);

  if (!decoded.text.trim() && decoded.encoding !== 'binary') {
    const message = decoded.text ? 'the file holds only white space: there is no text to read' : 'the file is empty: there is no text to read';
    diagnostics.push({ file, severity: 'warning', code: 'empty', message, hint: 'paste the article text into it, or delete it' });
  } else if (decoded.text.trim() && !split.content.trim()) {
    diagnostics.push({
      file,
      severity: 'warning',
      code: 'no-text',
      message: 'the file holds front matter but no article text',
      hint: 'paste the article text below the front matter',
    });
  } else if (!hasAnySentence(split.content) && lines.some((l) => l.trim() && !isFurniture(l) && !teaserOf(l))) {
    diagnostics.push({
      file,
      severity: 'warning',
      code: 'no-sentences',
      message: 'no sentence could be read in the text (no line ends with a full stop, question or exclamation mark): no facts can be taken from it',
      hint: 'paste the article itself: a file of headings or a list of links gives no facts',
    });
  } else if (!body.trim()) {
    diagnostics.push({
      file,
      severity: 'warning',
      code: 'no-text',
      message: 'no article text is left once the page furniture (menus, share buttons, cookie lines) is removed',
      hint: 'check that the file holds the article text and not only the page around it',
    });
  }
  if (language !== 'eng' && body.trim()) {
    const name = LANGUAGE_NAMES[language] ?? `language code "${language}"`;
    diagnostics.push({
      file,
      severity: 'warning',
      code: 'other-language',
      message: `the text ${fm.language ? 'is marked as' : 'reads as'} ${name}, not English: dateline reads facts from English text only, so none are taken from it`,
      hint: fm.language ? 'nothing to do if this is intended' : 'nothing to do if this is intended; if it is English, add "language: eng" to its front matter',
    });
  }
  const name = file.split('/').pop() ?? file;
  if (!PLAIN_FILE_NAME.test(name) || name.includes('..')) {
    diagnostics.push({
      file,
      severity: 'info',
      code: 'file-name',
      message: `the file name has spaces, dots in a row or characters beyond plain ASCII; its page is at articles/${articleId(file)}/`,
      hint: 'nothing to do; rename it with letters, digits and dashes if links to it matter',
    });
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

/**
 * A stable id from the file's path below its articles/ folder: the same file keeps its id across builds.
 * @example articleId('content/articles/2016/Palmyra retaken.txt') // '2016-palmyra-retaken'
 */
export function articleId(file: string): string {
  const name = file.replace(/^(?:.*\/)?articles\//, '').replace(/\.(txt|md)$/i, '');
  return slugify(name, 'article');
}

function fileTitle(file: string): string {
  return (file.split('/').pop() ?? file).replace(/\.(txt|md)$/i, '');
}

function statedPublication(
  value: string | undefined,
  url: string | undefined,
  lines: readonly string[],
  file: string,
  diagnostics: Diagnostic[],
  today: string | undefined,
): StatedDate | null {
  let stated: StatedDate | null = null;
  if (value !== undefined) {
    const day = ISO_DAY.test(value) ? value : findStatedPublication([value])?.date;
    if (day && isCalendarDay(day)) stated = { date: day, evidence: 'front matter' };
    else {
      diagnostics.push({
        file,
        severity: 'warning',
        code: 'published-unreadable',
        message: `front matter "published: ${value}" is not a date dateline can read; the date was looked for in the text instead`,
        hint: 'write it as YYYY-MM-DD',
      });
    }
  }
  // What the page labels as its publication date first; then the day the site files the story
  // under in its address (surer than an unlabelled date line, which may be the clock of the
  // saved page or a photo's day); then the first date near the top, or an update date.
  if (!stated) {
    const page = findPageDates(lines);
    stated = page.labelled ?? dateInAddress(url) ?? page.unlabelled;
  }
  if (stated && today !== undefined && stated.date > today) {
    diagnostics.push({
      file,
      severity: 'warning',
      code: 'published-future',
      message: `the publication date ${stated.date} (${stated.evidence}) is after ${today}, the day this build counts as today: it was not used`,
      hint: 'check the date; if it is right, build with --today set to a later day',
    });
    return null;
  }
  return stated;
}

function outletOf(
  fm: { readonly source?: string; readonly url?: string },
  text: string,
  registries: Registries,
  patterns: SourcePatterns | undefined,
): SourceRef | null {
  const named = fm.source;
  if (named) {
    const entry = sourceByName(registries.sources, named);
    return entry ? { id: entry.id, name: entry.name, evidence: 'front matter' } : { id: slugify(named, 'source'), name: named, evidence: 'front matter' };
  }
  return (
    identifyOutlet(registries.sources, text, patterns) ??
    outletFromPage(registries.sources, registries.claimants, text) ??
    (fm.url ? outletFromAddress(registries.sources, fm.url) : null)
  );
}

/** A line opened by a dash, as a lead is after its dateline ("– Eight soldiers were killed ..."). */
const DASH_LEAD = /^[–—-]\s+\p{Lu}/u;
/** A line that is only a place, as a dateline is ("Abidjan", "KYIV, Ukraine"): up to four capitalised words. */
const DATELINE_PLACE = /^\p{Lu}[\p{L}'’.-]*(?:,?\s+\p{Lu}[\p{L}'’.-]*){0,3}$/u;

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
    // A stored copy's "date YYYY-MM-DD" stamp before the page's first line is not the page's text.
    const line = squeezeSpaces(kept.length === 0 ? raw.replace(STORED_DATE, '') : raw);
    if (!line) {
      if (kept.length && kept[kept.length - 1] !== '') kept.push('');
      continue;
    }
    const teaser = teaserOf(line);
    const before = kept[kept.length - 1];
    if (teaser) teasers.push(teaser);
    // "Abidjan" / "– Eight soldiers were killed ...": a dateline broken off its lead, not a bulleted point under a heading.
    else if (before !== undefined && DASH_LEAD.test(line) && DATELINE_PLACE.test(before)) kept[kept.length - 1] = `${before} ${line}`;
    else if (!isFurniture(line)) kept.push(withoutTrailingCredits(line));
  }
  const nonEmpty = kept.filter((l) => l !== '');
  // A line that goes on in lower case on the next ("... killed by an alleged" / "airstrike of ...") is
  // hard-wrapped prose, however short: the story starts there, and it is no headline.
  // Stacked widgets ("Thursday, April 25 | ..." / "clear sky" / "weather") are no prose: a wrapped line goes on with a line of some length, or one that ends the sentence.
  const wrappedStarts = new Set(
    kept.filter((l, i) => {
      const next = kept[i + 1] ?? '';
      return l !== '' && !endsSentence(l) && /^[a-z]/.test(next) && (wordCount(next, WRAPPED_NEXT_WORDS) >= WRAPPED_NEXT_WORDS || endsSentence(next));
    }),
  );
  const storyStart = nonEmpty.findIndex((l) => isProse(l) || wrappedStarts.has(l));
  const headerEnd = Math.min(storyStart === -1 ? Math.min(3, nonEmpty.length) : storyStart, HEADER_LINES);
  const header = nonEmpty.slice(0, headerEnd);
  const outletNames = new Set(
    (source ? [source.name, ...registries.sources.filter((s) => s.id === source.id).flatMap((s) => [s.name, ...s.aliases])] : []).map(outletKey),
  );

  let title = givenTitle ?? '';
  if (!title) {
    const glued = mastheadNames(source, registries);
    const candidates = header.filter((l) => !outletNames.has(outletKey(l)) && !isGluedMasthead(l, glued));
    const pick = pickHeadline(candidates);
    title = pick === -1 ? '' : (candidates[pick] ?? '');
    // A caption is a sentence of its own: a story's first line that goes on on the next is no caption.
    const startsWrapped = wrappedStarts.has(nonEmpty[storyStart] ?? '');
    // The story's first sentence a caption, or lines above it none of which is one: the headline may stand below.
    const belowCaption = isCaptionLine(nonEmpty[storyStart] ?? '') || (header.length > 0 && !header.every(isCaptionLine));
    if (!title && belowCaption && storyStart !== -1 && !startsWrapped) title = headlineBelowCaption(nonEmpty, storyStart, outletNames);
  }
  // Above the story only the headline, captions and other prose-like lines are kept;
  // short labels (sections, outlet names, dates, widgets) are furniture there.
  const titleKey = foldName(title);
  const drop = new Set<string>();
  for (const line of header) {
    const isDateLine =
      published !== null && published.evidence !== 'front matter' && line.includes(published.evidence) && line.length <= published.evidence.length + 12;
    const key = foldName(line);
    // A day without its year ("15 July, 09:27 AM") stays: the page's own day, its year read later (publication.ts datelineOf).
    const short = wordCount(line, 6) < 6 && !isYearlessDayLine(line);
    if (key === titleKey || outletNames.has(outletKey(line)) || isDateLine || short || isStampInCapitals(line)) drop.add(line);
  }
  const seen = new Set<string>();
  const paragraphs: string[] = [];
  let index = 0;
  /** The paragraph that hard-wrapped lines were last joined into, or -1. */
  let wrapped = -1;
  // A text wrapped at a fixed width throughout (lines going on in lower case twice or more) goes on
  // from any line that ends no sentence ("... the troops on" / "Monday close to the border"), up to a blank line.
  const wrappedThroughout = wrappedStarts.size >= 2;
  let blankBefore = false;
  for (const line of kept) {
    if (line === '') {
      blankBefore = true;
      continue;
    }
    const afterBlank = blankBefore;
    blankBefore = false;
    const inHeader = index++ < headerEnd;
    if (inHeader && drop.has(line)) continue;
    if (foldsTo(line, titleKey)) continue; // the headline, repeated by the page
    if (isCutHeadline(line, titleKey)) continue; // ... or cut short in a list of stories ("17 killed in drone s")
    // A page repeats its headline and captions; the same short line twice is furniture.
    if (seen.has(line) && wordCount(line, 40) < 40) continue;
    seen.add(line);
    const last = paragraphs.length - 1;
    const prev = paragraphs[last];
    // A hard-wrapped paragraph: a line that goes on in lower case, or any line once the paragraph was wrapped
    // ("... Deputy Prime" / "Minister Jane Roe said.") until a sentence ends.
    if (prev !== undefined && (/^[a-z]/.test(line) || wrapped === last || (wrappedThroughout && !inHeader && !afterBlank)) && !endsSentence(prev)) {
      paragraphs[last] = `${prev} ${line}`;
      wrapped = last;
    } else paragraphs.push(line);
  }
  // A story with no headline is titled by its lead, not by a summary's bulleted point above it.
  // Nor by a picture's caption above the story ("... attack (Picture: Agency)"), nor by a date line above it.
  if (!title) {
    const lead = (p: string): boolean => !BULLET.test(p) && !isStampInCapitals(p) && !isCaptionLine(p);
    title = firstSentence(paragraphs.find((p) => lead(p) && isProse(p)) ?? paragraphs.find(lead) ?? paragraphs[0] ?? '');
  }
  return { title, body: paragraphs.join('\n\n'), teasers };
}

/** A line folded for comparing with outlets' names: "The Daily Example" is the outlet "Daily Example". */
function outletKey(line: string): string {
  return foldName(line).replace(/^the /, '');
}

/** The ending of a host's name: "washingtonpost.com", "news.example.co.uk". */
const HOST_ENDING = /(?:\.(?:co|com|org|net|gov|ac))?\.[a-z]+$/;

/** The outlet's names as letters and digits, without "the" or an address's ending: "washingtonpost" for "washingtonpost.com". */
function mastheadNames(source: SourceRef | null, registries: Registries): string[] {
  if (!source) return [];
  const names = [source.name, ...registries.sources.filter((s) => s.id === source.id).flatMap((s) => [s.name, ...s.aliases])];
  return names.map((n) =>
    n
      .toLowerCase()
      .replace(HOST_ENDING, '')
      .replace(/[^\p{L}\p{N}]+/gu, '')
      .replace(/^the/, ''),
  );
}

/**
 * A page may print a photo's caption (a full sentence) above its headline: with nothing
 * above the story that reads as a headline, the lines right after that first sentence may.
 */
function headlineBelowCaption(lines: readonly string[], storyStart: number, outletNames: ReadonlySet<string>): string {
  const after = lines.slice(storyStart + 1, storyStart + 1 + CAPTION_LOOKAHEAD);
  // The story goes on at the first sentence that is no repeat of the caption: a headline stands above it.
  const storyOn = after.findIndex((l) => isProse(l) && l !== lines[storyStart]);
  // A line ending a sentence is the story's ("The army said it hit a depot."), not a headline.
  const next = (storyOn === -1 ? after : after.slice(0, storyOn)).filter((l) => !isProse(l) && !PROSE.test(l) && !outletNames.has(outletKey(l)));
  const pick = pickHeadline(next);
  return pick === -1 ? '' : (next[pick] ?? '');
}

/**
 * `/[.!?:;"”’)\]]\s*$/.test(text)`, read from the end: the regex would try every position
 * of a paragraph that grows line by line.
 */
function endsSentence(text: string): boolean {
  const end = text.trimEnd(); // trimEnd drops what `\s` matches
  return end !== '' && SENTENCE_END_CHARS.includes(end.charAt(end.length - 1));
}

/** The shortest cut headline taken for one: shorter beginnings are common phrases ("Fighting in"). */
const CUT_HEADLINE_LENGTH = 16;

/**
 * A line that is the beginning of the headline, cut inside a word or a phrase, with no
 * sentence end: a list of stories beside the article repeats its headline so.
 * @example isCutHeadline('17 killed in drone s', '17 killed in drone strike in tigray') // true
 */
function isCutHeadline(line: string, titleKey: string): boolean {
  if (line.length > titleKey.length || endsSentence(line)) return false;
  const key = foldName(line);
  return key.length >= CUT_HEADLINE_LENGTH && key.length < titleKey.length && titleKey.startsWith(key);
}

/** A lead's dateline: "LVIV, Ukraine (Reuters) –", "BANGKOK --", "BOGOTÁ:", "(AFP) -", "CAIRO—" (a dash glued to a name in capitals), "WASHINGTON •". */
const LEAD_DATELINE =
  /^(?:(?:\p{Lu}[\p{L} ,.]{1,30}(?:\s*\([\p{L} .&/-]{1,30}\))?|\([\p{L} .&/-]{1,30}\))(?:\s(?:-{1,2}|[–—:])|:)\s+|\p{Lu}{2}[\p{Lu} .'’-]{0,28}(?<=\p{Lu})[—–]\s*(?=\p{Lu})|\p{Lu}{2}[\p{Lu} .'’-]{0,28}\s[•·]\s+(?=\p{Lu}))/u;

/** Where a title's first sentence may end: a full stop, question or exclamation mark before white space. */
const SENTENCE_END = /[.!?](?=\s|$)/g;
/** The shortest and longest first sentence a title is cut to. */
const TITLE_SENTENCE = { shortest: 20, longest: 240 } as const;

/**
 * The end (exclusive) of a paragraph's first sentence of 20 to 240 characters, past a full stop
 * that ends an abbreviation ("the Oct. 7 attack", "a U.S. drone"); -1 when there is none.
 * @example sentenceEnd('Five died in a U.S. strike on Oct. 7, officials said. More follow.') // 53
 */
function sentenceEnd(paragraph: string): number {
  for (const m of paragraph.matchAll(SENTENCE_END)) {
    const end = m.index + 1;
    if (end > TITLE_SENTENCE.longest) return -1;
    if (end < TITLE_SENTENCE.shortest) continue;
    if (m[0] === '.' && endsOnAbbreviation(paragraph, 0, end)) continue;
    return end;
  }
  return -1;
}

/** A wire's dateline with its day, and its agency if named: "MOSCOW, October 1. /TASS/.", "Kabul, May 8 (EFE).-", "BEIRUT, Dec. 10 (AP) -", "Khartoum, Feb 1". */
const WIRE_DATELINE = new RegExp(
  String.raw`^\p{Lu}[\p{L} .'’-]{1,30},(?:\s+\p{Lu}[\p{L} .'’-]{1,30},)?\s+(?:${ANY_MONTH_PATTERN})\.?\s+\d{1,2}(?:,?\s+\d{4})?(?:\.?\s*\/\p{Lu}[\p{L}-]{1,20}\/\.?|\s*\([\p{L} .&/-]{2,30}\)\s*\.?\s*[-–—]{0,2})?\s+(?=\p{Lu})`,
  'u',
);

function firstSentence(lead: string): string {
  const paragraph = lead.replace(WIRE_DATELINE, '');
  const end = sentenceEnd(paragraph);
  // A paragraph with no sentence end is a headline-like line: whole when short, cut at a word when long.
  const s = end !== -1 ? paragraph.slice(0, end) : paragraph.length <= 200 ? paragraph : paragraph.slice(0, 160).replace(/\s+\S*$/, '');
  // "LVIV, Ukraine (Reuters) – Russian attacks ...": the dateline is where the story was filed, not its title.
  return s.replace(LEAD_DATELINE, '');
}
