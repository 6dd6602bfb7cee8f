import type { ExtractContext, PlaceMention, Sentence } from '../../model.ts';

/** PLACEHOLDER (places helper replaces): places named in the sentences, resolved in the gazetteer. */
export function extractPlaces(_sentences: readonly Sentence[], _ctx: ExtractContext): PlaceMention[] {
  return [];
}

/** PLACEHOLDER (places helper replaces): place ids, most central to the article first. */
export function rankPlaces(_title: readonly PlaceMention[], _body: readonly PlaceMention[]): string[] {
  return [];
}
