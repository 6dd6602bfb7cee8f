import type { DateMention, Sentence } from '../model.ts';

export interface InferredPublication {
  readonly date: string;
  readonly evidence: string;
}

/** PLACEHOLDER (dates helper replaces): reasons out a publication date when none is stated. */
export function inferPublication(_sentences: readonly Sentence[], _dates: readonly DateMention[]): InferredPublication | null {
  return null;
}
