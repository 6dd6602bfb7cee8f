/**
 * Datelines: "MOSCOW, March 3. /TASS/.", "BEIRUT (Reuters) -", "KYIV, Ukraine
 * (AP) —". A dateline gives where the report was filed, not where things
 * happened: the place is kept as the article's filing place, and counts as a
 * place of the events only when the text names it again.
 */
import type { PlaceMention, Sentence } from '../../model.ts';

/** The opening of a dateline: a place in capitals, then a comma, a parenthesis or a dash. */
const DATELINE_START = /^\s*[\p{Lu}][\p{Lu}'’ .-]{2,40}?(?=\s*(?:,|\(|—|–|-{1,2}\s|:|\/))/u;

export interface Dateline {
  readonly mention: PlaceMention;
  /** The text names the place again: it is also a place of the events. */
  readonly alsoEvent: boolean;
}

/**
 * The dateline of an article whose first sentence opens with one, or null.
 * @example readDateline(first, mentions)?.mention.place.name // 'Beirut'
 */
export function readDateline(first: Sentence | undefined, body: readonly PlaceMention[]): Dateline | null {
  if (!first) return null;
  const head = DATELINE_START.exec(first.text);
  if (!head) return null;
  const end = first.span[0] + head[0].length;
  const mention = body.find((m) => m.sentence === first.index && m.span[0] >= first.span[0] && m.span[1] <= end);
  if (!mention) return null;
  const alsoEvent = body.some((m) => m !== mention && m.place.id === mention.place.id);
  return { mention, alsoEvent };
}
