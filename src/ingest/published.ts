/**
 * Finds the publication date that a page states in its layout: a date line under
 * the headline ("11 December 2016 - 15:39", "Thu Mar 2, 2017 8:52AM"), a labelled
 * date ("Updated 11 December 2016", "Posted on April 2 2017", "Date of
 * publication 7 July 2016"), or a date that opens the first body line ("Sun 16 Apr
 * 2017 Death toll from ..."). A date inside a sentence of the story is not one.
 */
import type { StatedDate } from '../model/types.ts';
import { CREDIT_AFTER, isPictureDate, SEEN_IN_PICTURE } from './caption.ts';
import { isRealDay } from '../lexicon/calendar.ts';
import { ANY_MONTH_PATTERN, ANY_WEEKDAY_PATTERN, monthNumber } from '../lexicon/calendar-words.ts';

// ---------------------------------------------------------------- date grammar

const YEAR = '(?:19[89]\\d|20[0-4]\\d)';
/** Optional weekday in front of a date: "Thu ", "Wednesday, ". */
const WEEKDAY_PREFIX = `(?:${ANY_WEEKDAY_PATTERN}\\.?,?\\s+)?`;
/** "11 December 2016", "Sun 16 Apr 2017", "11 Dec, 2016". */
const DAY_MONTH_YEAR = `${WEEKDAY_PREFIX}(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+|-)(${ANY_MONTH_PATTERN})\\.?(?:,?\\s+|-)(${YEAR})(?!\\d)`;
/** "Thu Mar 2, 2017", "Aug. 1 2016", and the glued "Jan 202015" that some pages show. */
const MONTH_DAY_YEAR = `${WEEKDAY_PREFIX}(${ANY_MONTH_PATTERN})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s*(${YEAR})(?!\\d)`;
/** "13-08-2013", "21.08.2013", "21/08/2013": day first, as in the outlets that write them (unless the day cannot be a month). */
const NUMERIC_DMY = `(?<!\\d)(\\d{1,2})(?<sep>[-./])(\\d{1,2})\\k<sep>(${YEAR})(?!\\d)`;
/** "2016-12-11", "2016/12/11". */
const NUMERIC_YMD = `(?<!\\d)(${YEAR})[-/](\\d{2})[-/](\\d{2})(?!\\d)`;

/** Every date form holds a four-digit year (`YEAR`): a line without one holds no date. */
const YEAR_DIGITS = new RegExp(YEAR);
const FULL_DATE = new RegExp(`${DAY_MONTH_YEAR}|${MONTH_DAY_YEAR}|${NUMERIC_DMY}|${NUMERIC_YMD}`, 'gi');

// ---------------------------------------------------------------- layout

/** A clock time some pages put between the label and the date: "Posted at 5:16 PM, Mar 26, 2017". */
const CLOCK_BEFORE = '(?:\\d{1,2}[:.]\\d{2}\\s*(?:[AaPp]\\.?[Mm]\\.?)?\\s*(?:[A-Z]{2,4}\\s*)?[,|-]?\\s*)?';

/**
 * Labels that say the date is the publication date. Capitalised, as page labels
 * are: "the video was posted on 3 July 2016" inside a story is no label.
 */
const PUBLISHED_LABEL = new RegExp(
  `\\b(?:Published|PUBLISHED|Posted|POSTED|Date of publication|Publication date|First published)(?:\\s+(?:on|at))?\\s*:?\\s*${CLOCK_BEFORE}$`,
);
/** Labels that say the date is a later revision: used when nothing says "published". */
const UPDATED_LABEL = new RegExp(`\\b(?:Updated?|UPDATED?|Last [Uu]pdated?|LAST UPDATED?|Modified)(?:\\s+(?:on|at))?\\s*:?\\s*\\(?${CLOCK_BEFORE}$`);
/** A line that is only a label: "Published", "Last updated:", "First published on". */
const LABEL_LINE =
  /^\s*(?:Published|PUBLISHED|Posted|POSTED|Date of publication|Publication date|First published|Updated?|UPDATED?|Last [Uu]pdated?|LAST UPDATED?)(?:\s+(?:on|at))?\s*:?\s*$/;
/** A word just before the date that puts it inside a sentence: "seized it on March 27, 2016". */
const SENTENCE_WORD_BEFORE =
  /\b(?:on|in|since|until|till|from|to|by|before|after|between|and|or|during|at|for|of|the|a|an|its|their|his|her|this|that|late|early|mid|as|than|dated)\s*,?\s*$/i;
/**
 * Words that make a line a photo's caption wherever they stand in it: "in this handout
 * picture released January 26, 2022 ... /File Photo". The picture may be years older than the page.
 */

/** A short line with a site's bare domain in it: a widget's ("Srinagar booked.net"), not the page's own stamp. */
const WIDGET_DOMAIN = /(?:^|\s)[a-z0-9-]+\.(?:net|com|org|io|info)(?:\s|$)/i;
const WIDGET_LENGTH = 60;

function isWidget(line: string): boolean {
  return line.length <= WIDGET_LENGTH && WIDGET_DOMAIN.test(line);
}

/** How many non-empty lines from the top count as the page's head. */
const HEAD_LINES = 12;
/** Within a head line, how far in a date may stand (headline + agency + date). */
const HEAD_CHARS = 300;
/** How many characters before a date are read for a label or a sentence word. */
const LOOK_BEHIND = 40;

type Kind = 'published' | 'updated' | 'head';

interface Found {
  readonly kind: Kind;
  readonly date: string;
  readonly evidence: string;
  /** Order of appearance: line number * 1e6 + column. */
  readonly order: number;
  /** Alone on the page's first line, above everything: maybe the site's date of the day, not the story's. */
  readonly banner: boolean;
}

/**
 * The publication date stated in the page layout near the top of the text, or null.
 * @example findStatedPublication(['Service :', '11 December 2016 - 15:39', 'News ID: 425676'])
 * // { date: '2016-12-11', evidence: '11 December 2016 - 15:39' }
 */
export function findStatedPublication(lines: readonly string[]): StatedDate | null {
  const { labelled, unlabelled } = findPageDates(lines);
  return labelled ?? unlabelled;
}

/** The page's dates by how sure they are: one a label calls the publication date, and the first other one. */
export interface PageDates {
  /** "Published: ...", "Posted on ...": the page says this is when it was published. */
  readonly labelled: StatedDate | null;
  /** The first date line near the top, or an update date (marked so), when no label says "published". */
  readonly unlabelled: StatedDate | null;
}

/**
 * The dates a page's layout states near its top, by how sure they are.
 * @example findPageDates(['Headline', 'Posted on April 2 2017']).labelled?.date // '2017-04-02'
 */
export function findPageDates(lines: readonly string[]): PageDates {
  const found: Found[] = [];
  let seen = 0;
  // A label on a line of its own ("First published", then the date below it) labels the next line.
  let labelLine = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (!line.trim()) continue;
    seen++;
    const inHead = seen <= HEAD_LINES;
    const label = labelLine;
    labelLine = line.length <= LOOK_BEHIND && LABEL_LINE.test(line) ? line.trim() : '';
    // "02-Jan-2025  Srinagar booked.net": a weather or clock widget's day, credited to its site, is the reader's day, not the page's.
    const dates = YEAR_DIGITS.test(line) && !isWidget(line) ? line.matchAll(FULL_DATE) : [];
    for (const m of dates) {
      const date = isoOf(m);
      if (!date) continue;
      const ahead = m.index === 0 || !line.slice(0, m.index).trim() ? `${label} ` : '';
      const before = ahead + line.slice(Math.max(0, m.index - LOOK_BEHIND), m.index);
      const after = line.slice(m.index + m[0].length, m.index + m[0].length + LOOK_BEHIND);
      // A caption's date is the picture's ("in Aleppo, March 2, 2017. REUTERS/Name"): a caption of an old photo may head a page.
      const kind = CREDIT_AFTER.test(after) || isPictureDate(before, after) || SEEN_IN_PICTURE.test(line) ? null : kindOf(before, m.index, inHead);
      if (kind) found.push({ kind, date, evidence: evidenceOf(line, m.index, m[0]), order: i * 1e6 + m.index, banner: seen === 1 && isWholeLine(line, m) });
    }
    // Outside the head only labelled dates count, and a body line rarely has more than one.
    if (!inHead && found.length > 0) break;
  }
  const published = found.find((f) => f.kind === 'published');
  // A head date line says no more than an update label does: the page's first date wins, but an
  // update date is only the day the page last changed, so it is marked as such.
  const first = storyDate(found);
  return {
    labelled: published ? { date: published.date, evidence: published.evidence } : null,
    unlabelled:
      !first || published
        ? null
        : first.kind === 'updated'
          ? { date: first.date, evidence: first.evidence, updated: true }
          : { date: first.date, evidence: first.evidence },
  };
}

/**
 * The first date, unless it is alone on the page's first line, above the headline, and a later
 * date line of the head names an earlier day: "Friday, April 26, 2024" atop a site's every page
 * is the day it was saved; "May 22, 2018" under the headline is the story's.
 */
function storyDate(found: readonly Found[]): Found | undefined {
  const first = found[0];
  if (!first?.banner || first.kind !== 'head') return first;
  const below = found.find((f) => f !== first && f.kind === 'head' && f.date < first.date);
  return below ?? first;
}

/** The date is all the line holds, but for a weekday, a clock time and a bullet ("• Sat. Dec 10th, 2022"). */
function isWholeLine(line: string, m: RegExpMatchArray): boolean {
  const rest = (line.slice(0, m.index) + line.slice((m.index ?? 0) + m[0].length)).replace(/^[\s•·▪|]+/, '').trim();
  return rest === '' || /^[|,–—-]?\s*\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s*[A-Z]{2,4})?$/.test(rest);
}

/** Why a date found at `column` (with `before` the text just ahead of it) is a publication date, if it is. */
function kindOf(before: string, column: number, inHead: boolean): Kind | null {
  if (PUBLISHED_LABEL.test(before)) return 'published';
  if (UPDATED_LABEL.test(before)) return 'updated';
  if (!inHead || column > HEAD_CHARS) return null;
  if (column === 0 || !before.trim()) return 'head';
  return SENTENCE_WORD_BEFORE.test(before) ? null : 'head';
}

/** The matched date as `YYYY-MM-DD`, or null when it names no real day. */
function isoOf(m: RegExpMatchArray): string | null {
  let y: number, mo: number, d: number;
  if (m[1] !== undefined) [d, mo, y] = [Number(m[1]), monthOf(m[2]), Number(m[3])];
  else if (m[4] !== undefined) [mo, d, y] = [monthOf(m[4]), Number(m[5]), Number(m[6])];
  else if (m[7] !== undefined) {
    [d, mo, y] = [Number(m[7]), Number(m[9]), Number(m[10])];
    // "1/14/2023": no month 14, so the month came first, as American pages write it.
    if (mo > 12 && d <= 12) [d, mo] = [mo, d];
  } else [y, mo, d] = [Number(m[11]), Number(m[12]), Number(m[13])];
  if (!isRealDay(y, mo, d)) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function monthOf(name: string | undefined): number {
  return monthNumber(name ?? '') ?? 0;
}

/** The date with what follows it on a short layout line ("11 December 2016 - 15:39"), else the date alone. */
function evidenceOf(line: string, column: number, text: string): string {
  const trimmed = line.trim();
  return trimmed.length <= 40 ? trimmed : line.slice(column, column + text.length).trim();
}
