import type { ExtractContext, Figure, Sentence } from '../../model.ts';

/** PLACEHOLDER (figures helper replaces): claimed figures in the sentences. */
export function extractFigures(_sentences: readonly Sentence[], _ctx: ExtractContext): Figure[] {
  return [];
}
