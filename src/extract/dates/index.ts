/**
 * Date mentions of an article: every date expression, placed on the calendar
 * against the reference (publication) date, with what was written and what was
 * inferred. See `steps.ts` for the order of the work.
 */
import type { DateMention, Sentence } from '../../model/types.ts';
import type { ArticleContext } from '../context.ts';
import { parseIsoDay } from '../../lexicon/calendar.ts';
import { closesCaption, isPictureDate } from '../../ingest/caption.ts';
import type { DateCandidate, DatesContext } from './candidate.ts';
import { EXTRACTORS, REFINERS } from './steps.ts';

/**
 * Every date expression in the article's sentences, resolved against `reference` (by default
 * the one the page states); with no reference only what the text states whole (or relative
 * to a stated date) is kept.
 * @example extractDates(textContext('Raids since last night.', { reference: '2016-12-11' }, lexicons))[0].range
 * // { start: '2016-12-10', end: '2016-12-11', precision: 'days' }
 */
export function extractDates(context: ArticleContext, reference: string | null = context.reference): DateMention[] {
  const byReference = (context.memo.datesByReference ??= new Map());
  const known = byReference.get(reference);
  if (known) return [...known];
  const mentions = readDates(context, reference);
  byReference.set(reference, mentions);
  return [...mentions];
}

/** The dates against one reference: the article's candidates, through the refiners. */
function readDates(context: ArticleContext, reference: string | null): DateMention[] {
  const datesCtx: DatesContext = {
    reference: reference === null ? null : parseIsoDay(reference),
    sentences: context.sentences,
  };
  let candidates = readSentences(context, datesCtx);
  for (const refine of REFINERS) candidates = refine(candidates, datesCtx);
  const mentions: DateMention[] = [];
  for (const c of candidates) if (c.expr.kind === 'absolute') mentions.push(toMention(c, c.expr.range));
  return mentions;
}

/**
 * The article's candidates, read once and kept in its context's memo. Extractors read only
 * the sentence (placing on the calendar is the refiners' job), and the pipeline reads the
 * same sentences again against another reference when it has to infer the publication date.
 */
function readSentences(context: ArticleContext, ctx: DatesContext): readonly DateCandidate[] {
  const known = context.memo.dateCandidates;
  if (known) return known;
  const found: DateCandidate[] = [];
  const sentences = context.sentences;
  for (let i = 0; i < sentences.length; i++) {
    const sentence = sentences[i]!;
    for (const extract of EXTRACTORS) {
      for (const c of extract(sentence, ctx)) if (!givesPictureDate(sentence, c, sentences[i + 1]?.text)) found.push(c);
    }
  }
  context.memo.dateCandidates = found;
  return found;
}

/** A date written with its year. */
const FULL_YEAR = /\b\d{4}\b/;
/** How far around a date its caption's words are read. */
const AROUND = 60;

/** A caption's date for its picture, which may be years older than the story. */
function givesPictureDate(sentence: Sentence, c: DateCandidate, next: string | undefined): boolean {
  const start = c.span[0] - sentence.span[0];
  const end = c.span[1] - sentence.span[0];
  const before = sentence.text.slice(Math.max(0, start - AROUND), start);
  const after = sentence.text.slice(end, end + AROUND);
  return isPictureDate(before, after, next) || (FULL_YEAR.test(c.text) && closesCaption(before, after));
}

function toMention(c: DateCandidate, range: DateMention['range']): DateMention {
  return { span: c.span, text: c.text, sentence: c.sentence, range, stated: c.stated, relative: c.relative };
}
