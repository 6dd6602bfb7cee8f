/**
 * The publication day that an article's address states: many sites file a story
 * under its day ("/2017/03/26/", "/2018/aug/09/", "-20170326-", "/201612091048367280"
 * where a time stamp follows the day). A month alone ("/202204/") names no day and
 * is not read here.
 */
import { isRealDay } from '../lexicon/calendar.ts';
import { monthNumber } from '../lexicon/calendar-words.ts';
import type { StatedDate } from '../model/types.ts';

const YEAR = '((?:19[89]|20[0-4])\\d)';
/** "/2017/03/26/", "/2018/8/10/", "/2018/aug/09/": year, month, day as folders. */
const FOLDERS = new RegExp(`/${YEAR}/(\\d{1,2}|[a-z]{3,9})/(\\d{1,2})(?=[/._-]|$)`, 'i');
/** "-20170326-", "/20170326/", "_2017-03-26": the day in one run, with or without dashes, between separators. */
const ONE_RUN = new RegExp(`(?:^|[/_-])${YEAR}(-?)(\\d{2})\\2(\\d{2})(?=[/._-]|$|\\d{6,})`);

/**
 * The day an article's address states, or null.
 * @example dateInAddress('https://example.org/world/2017/03/26/strikes/') // { date: '2017-03-26', evidence: 'the address: /2017/03/26/' }
 */
export function dateInAddress(url: string | undefined): StatedDate | null {
  if (!url) return null;
  // The query and fragment carry ids and tracking, not the filing day.
  const path = url.replace(/^[a-z]+:\/\/[^/]*/i, '').replace(/[?#].*$/, '');
  const folders = FOLDERS.exec(path);
  if (folders) {
    const month = monthOf(folders[2] ?? '');
    const day = dayOf(Number(folders[1]), month, Number(folders[3]));
    if (day) return { date: day, evidence: `the address: ${folders[0]}` };
  }
  const run = ONE_RUN.exec(path);
  if (run) {
    const day = dayOf(Number(run[1]), Number(run[3]), Number(run[4]));
    if (day) return { date: day, evidence: `the address: ${run[0].replace(/^[/_-]/, '')}` };
  }
  return null;
}

function monthOf(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  return monthNumber(text) ?? 0;
}

/** `YYYY-MM-DD` when the parts name a real day, else null. */
function dayOf(year: number, month: number, day: number): string | null {
  if (!isRealDay(year, month, day)) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
