/**
 * Date mentions of an article: every date expression, placed on the calendar
 * against the reference (publication) date, with what was written and what was
 * inferred. See `steps.ts` for the order of the work.
 */
import type { DateMention, ExtractContext, Sentence } from '../../model.ts';
import { parseIsoDay } from './calendar.ts';
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
  let candidates: DateCandidate[] = [];
  for (const sentence of sentences) candidates.push(...readSentence(sentence, datesCtx));
  for (const refine of REFINERS) candidates = refine(candidates, datesCtx);
  return candidates.flatMap((c) => (c.expr.kind === 'absolute' ? [toMention(c, c.expr.range)] : []));
}

/**
 * Candidates by sentence object. Extractors read only the sentence (placing on the calendar
 * is the refiners' job), and the pipeline reads the same sentences twice when it has to
 * infer the publication date.
 */
const read = new WeakMap<Sentence, readonly DateCandidate[]>();

function readSentence(sentence: Sentence, ctx: DatesContext): readonly DateCandidate[] {
  const known = read.get(sentence);
  if (known) return known;
  const found: DateCandidate[] = [];
  for (const extract of EXTRACTORS) found.push(...extract(sentence, ctx));
  read.set(sentence, found);
  return found;
}

function toMention(c: DateCandidate, range: DateMention['range']): DateMention {
  return { span: c.span, text: c.text, sentence: c.sentence, range, stated: c.stated, relative: c.relative };
}
