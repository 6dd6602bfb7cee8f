import type { ExtractContext, Attribution, Sentence } from '../../model.ts';

/** PLACEHOLDER (claimants helper replaces): who speaks in each sentence. */
export function extractAttributions(_sentences: readonly Sentence[], _ctx: ExtractContext): Attribution[] {
  return [];
}
