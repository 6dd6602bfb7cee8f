import type { DateMention, ExtractContext, Sentence } from '../../model.ts';

/** PLACEHOLDER (dates helper replaces): every date expression in the sentences, resolved against ctx.reference. */
export function extractDates(_sentences: readonly Sentence[], _ctx: ExtractContext): DateMention[] {
  return [];
}
