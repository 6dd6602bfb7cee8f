/**
 * Checks that need every article at once: publication dates that lie in the
 * future, and the same text under two file names. The build has no clock, so
 * "the future" is measured against a day the user gives (--today or
 * SOURCE_DATE_EPOCH) or, without one, against the other articles.
 */
import { daysBetween } from '../lexicon/calendar.ts';
import type { Diagnostic } from '../model/types.ts';
import type { TimelineData } from '../model/schema.ts';

/** Without a given today, a date this many days after every other article's is reported. */
export const OUTLIER_DAYS = 366;
const SPACES = /\s+/g;

export interface CrossCheckOptions {
  /** `YYYY-MM-DD`, or null when the build was given no today. */
  readonly today: string | null;
}

/**
 * Problems found across articles.
 * @example crossArticleChecks(data, { today: '2017-01-01' }).map((d) => d.code) // ['published-future']
 */
export function crossArticleChecks(data: TimelineData, options: CrossCheckOptions): Diagnostic[] {
  return [...futureDates(data, options.today), ...sameText(data)];
}

function futureDates(data: TimelineData, today: string | null): Diagnostic[] {
  const out: Diagnostic[] = [];
  const already = new Set(data.diagnostics.filter((d) => d.code === 'published-future').map((d) => d.file));
  const dated = data.articles.filter((a) => a.published !== null);
  // The latest and second-latest dates: an article is compared with the latest of the *others*.
  const sorted = [...new Set(dated.map((a) => a.published as string))].sort();
  const latest = sorted[sorted.length - 1] ?? null;
  const secondLatest = sorted[sorted.length - 2] ?? null;
  const latestCount = dated.filter((a) => a.published === latest).length;
  for (const a of dated) {
    const day = a.published as string;
    if (already.has(a.file)) continue;
    const how = a.publishedInferred ? 'reasoned from the text' : `stated${a.publishedEvidence ? `: ${a.publishedEvidence}` : ''}`;
    if (today !== null) {
      if (day > today) {
        out.push({
          file: a.file,
          severity: 'warning',
          code: 'published-future',
          message: `the publication date ${day} (${how}) is after ${today}, the day this build counts as today`,
          hint: 'check the date; if it is right, build with --today set to a later day',
        });
      }
      continue;
    }
    const othersLatest = day === latest && latestCount === 1 ? secondLatest : latest;
    if (othersLatest !== null && daysBetween(othersLatest, day) > OUTLIER_DAYS) {
      out.push({
        file: a.file,
        severity: 'warning',
        code: 'published-future',
        message: `the publication date ${day} (${how}) is more than a year after every other article's (the latest is ${othersLatest}); the build has no clock, so it cannot tell whether the date is in the future`,
        hint: 'check the date; build with --today YYYY-MM-DD (or SOURCE_DATE_EPOCH) to check dates against a day you choose',
      });
    }
  }
  return out;
}

/** The same article text in two files that differ in their bytes (encoding, line ends, front matter, furniture). */
function sameText(data: TimelineData): Diagnostic[] {
  const out: Diagnostic[] = [];
  const first = new Map<string, string>();
  for (const a of data.articles) {
    const key = a.body.replace(SPACES, ' ').trim();
    if (!key) continue;
    const twin = first.get(key);
    if (twin === undefined) first.set(key, a.file);
    else {
      out.push({
        file: a.file,
        severity: 'warning',
        code: 'duplicate-text',
        message: `same article text as ${twin} (the files differ only in encoding, line ends, front matter or page furniture): both are shown, so its figures count twice`,
        hint: `delete ${a.file} or ${twin}, unless they are different articles`,
      });
    }
  }
  return out;
}
