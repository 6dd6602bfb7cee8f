/**
 * Checks that need every article at once: publication dates that lie in the
 * future, and the same text under two file names. The build has no clock, so
 * "the future" is measured against a day the user gives (--today or
 * SOURCE_DATE_EPOCH) or, without one, against the other articles.
 */
import { daysBetween } from '../lexicon/calendar.ts';
import type { Diagnostic } from '../model/types.ts';
import type { TimelineData } from '../model/schema.ts';
import { KeptByBuild } from '../link/kept-by-build.ts';

/** Without a given today, a date this many days after every other article's is reported. */
export const OUTLIER_DAYS = 366;
const SPACES = /\s+/g;

export interface CrossCheckOptions {
  /** `YYYY-MM-DD`, or null when the build was given no today. */
  readonly today: string | null;
  /** Fingerprints of the texts an earlier build read, kept by a long-running process (the dev server). */
  readonly fingerprints?: TextFingerprints;
}

/**
 * Problems found across articles.
 * @example crossArticleChecks(data, { today: '2017-01-01' }).map((d) => d.code) // ['published-future']
 */
export function crossArticleChecks(data: TimelineData, options: CrossCheckOptions): Diagnostic[] {
  return [...futureDates(data, options.today), ...sameText(data, options.fingerprints ?? null)];
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

/**
 * The same article text in two files that differ in their bytes (encoding, line ends, front matter, furniture).
 * Texts are the same when they are with their spaces folded (see spacedText); they are first told apart
 * by a fingerprint of that text, which needs no copy of it (ten thousand bodies are tens of MB).
 */
function sameText(data: TimelineData, fingerprints: TextFingerprints | null): Diagnostic[] {
  const out: Diagnostic[] = [];
  /** The first file of each text, by fingerprint (rarely more than one text under one fingerprint). */
  const first = new Map<string, { text: string | null; body: string; file: string }[]>();
  for (const a of data.articles) {
    const fingerprint = fingerprints ? fingerprints.of(a.body) : textFingerprint(a.body);
    if (fingerprint === EMPTY) continue;
    const seen = first.get(fingerprint);
    let twin: string | undefined;
    if (!seen) first.set(fingerprint, [{ text: null, body: a.body, file: a.file }]);
    else {
      let text: string | null = null;
      for (const s of seen) {
        // The same body is the same text: neither need be folded (a rebuild meets its copies every time).
        if (s.body === a.body) {
          twin = s.file;
          break;
        }
        text ??= spacedText(a.body);
        s.text ??= spacedText(s.body);
        if (s.text === text) {
          twin = s.file;
          break;
        }
      }
      if (twin === undefined) seen.push({ text, body: a.body, file: a.file });
    }
    if (twin !== undefined) {
      out.push({
        file: a.file,
        severity: 'warning',
        code: 'duplicate-text',
        message: `same article text as ${twin} (the files differ only in encoding, line ends, front matter or page furniture): both are shown, so its figures count twice`,
        hint: `delete ${a.file} or ${twin}, unless they are different articles`,
      });
    }
  }
  fingerprints?.endBuild();
  return out;
}

/** The text with every run of spaces one space, trimmed: two files of one article differ in nothing else. */
function spacedText(body: string): string {
  return body.replace(SPACES, ' ').trim();
}

/** The fingerprint of a text that holds nothing but spaces. */
const EMPTY = '0';

/**
 * A fingerprint of spacedText(body), read from the body itself: two 32-bit FNV-1a hashes over
 * its characters, each run of spaces counted as one space, leading and trailing runs not at
 * all, and the length of that text. Equal texts have equal fingerprints; the few unequal
 * texts that share one are told apart by their text.
 * @example textFingerprint(' a  b\n') === textFingerprint('a b') // true
 */
export function textFingerprint(body: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  let length = 0;
  let space = false;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (isSpace(c)) {
      space = length > 0;
      continue;
    }
    if (space) {
      h1 = Math.imul(h1 ^ SPACE, FNV_PRIME);
      h2 = Math.imul(h2 ^ SPACE, FNV_PRIME_2);
      length++;
      space = false;
    }
    h1 = Math.imul(h1 ^ c, FNV_PRIME);
    h2 = Math.imul(h2 ^ c, FNV_PRIME_2);
    length++;
  }
  return length === 0 ? EMPTY : `${length}:${h1 >>> 0}:${h2 >>> 0}`;
}

const SPACE = 32;
const FNV_PRIME = 0x01000193;
/** A second odd multiplier, so that the two hashes fail apart. */
const FNV_PRIME_2 = 0x5bd1e995;

/** The characters `\s` matches (and trim removes): ASCII spaces and controls 9-13, and Unicode's spaces. */
function isSpace(c: number): boolean {
  if (c < 0x80) return c === SPACE || (c >= 9 && c <= 13);
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/**
 * Fingerprints of article texts, kept by a long-running process between builds: the dev
 * server's rebuild after one article changed reads only that article's text again.
 * Keyed by the text itself (an unchanged article gives back the same string).
 */
export class TextFingerprints {
  readonly #kept = new KeptByBuild<string, string>();

  /**
   * The fingerprint of a text (see textFingerprint).
   * @example new TextFingerprints().of('a  b') === textFingerprint('a b') // true
   */
  of(body: string): string {
    const found = this.#kept.last(body) ?? textFingerprint(body);
    this.#kept.keep(body, found);
    return found;
  }

  /** Forgets the texts this build did not ask for: the checks call it once per build, when done. */
  endBuild(): void {
    this.#kept.endBuild();
  }
}
