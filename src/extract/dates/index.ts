/**
 * Date mentions of an article: every date expression, placed on the calendar
 * against the reference (publication) date, with what was written and what was
 * inferred. See `steps.ts` for the order of the work.
 */
import type { DateMention, ExtractContext, Sentence } from '../../model/types.ts';
import { parseIsoDay } from '../../lexicon/calendar.ts';
import type { DateCandidate, DatesContext } from './candidate.ts';
import { EXTRACTORS, REFINERS } from './steps.ts';

/**
 * Every date expression in the sentences, resolved against `ctx.reference`; with
 * no reference only what the text states whole (or relative to a stated date) is kept.
 * @example extractDates(splitSentences('Raids since last night.'), { reference: '2016-12-11', registries })[0].range
 * // { start: '2016-12-10', end: '2016-12-11', precision: 'days' }
 */
export function extractDates(sentences: readonly Sentence[], ctx: ExtractContext): DateMention[] {
  const datesCtx: DatesContext = {
    reference: ctx.reference === null ? null : parseIsoDay(ctx.reference),
    sentences,
  };
  let candidates = readSentences(sentences, datesCtx);
  for (const refine of REFINERS) candidates = refine(candidates, datesCtx);
  const mentions: DateMention[] = [];
  for (const c of candidates) if (c.expr.kind === 'absolute') mentions.push(toMention(c, c.expr.range));
  return mentions;
}

/**
 * Candidates by sentence list. Extractors read only the sentence (placing on the calendar
 * is the refiners' job), and the pipeline reads the same sentences twice when it has to
 * infer the publication date. One entry per article, not per sentence: weak entries cost
 * the garbage collector more than the lookups save.
 */
const read = new WeakMap<readonly Sentence[], readonly DateCandidate[]>();

function readSentences(sentences: readonly Sentence[], ctx: DatesContext): readonly DateCandidate[] {
  const known = read.get(sentences);
  if (known) return known;
  const found: DateCandidate[] = [];
  for (const sentence of sentences) {
    for (const extract of EXTRACTORS) for (const c of extract(sentence, ctx)) found.push(c);
  }
  read.set(sentences, found);
  return found;
}

function toMention(c: DateCandidate, range: DateMention['range']): DateMention {
  return { span: c.span, text: c.text, sentence: c.sentence, range, stated: c.stated, relative: c.relative };
}
