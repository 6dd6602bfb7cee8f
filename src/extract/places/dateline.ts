/**
 * Datelines: "MOSCOW, March 3. /TASS/.", "BEIRUT (Reuters) -", "KYIV, Ukraine
 * (AP) —", "Kyiv: Civilian evacuations...", "Abidjan – Eight soldiers ...". A dateline gives where the report
 * was filed, not where things happened: the place is kept as the article's
 * filing place, and counts as a place of the events only when the text names
 * it again.
 */
import type { PlaceMention, Sentence } from '../../model/types.ts';

/**
 * A place in capitals opening a paragraph (perhaps after a syndicator's tag in brackets: "(MENAFN- Nam
 * News Network) ADEN, Jan 13 (NNN-SABA) –"), then a comma, a parenthesis, a dash, a colon, a slash or a bullet ("WASHINGTON •").
 */
const CAPITALS_DATELINE = /^(\s*(?:\([^()]{1,60}\)\s*)?)\p{Lu}[\p{Lu}'’ .-]{2,40}?(?=\s*(?:,|\(|—|–|-{1,2}\s|:|\/|[•·]\s))/u;
/** A place written as a name, then a colon: "Kyiv: Civilian evacuations moved forward". */
const COLON_DATELINE = /^\s*\p{Lu}[\p{L}'’ .-]{2,30}?(?=:\s)/u;
/**
 * A place written as a name, then a spaced dash, perhaps after a comma's date or country: "Abidjan – Eight soldiers ...",
 * "Port Sudan, Sudan - Shelling ...", or a dash glued to the state a press release names: "Lakeside, Texas- Airstrikes ...".
 */
const DASH_DATELINE = /^\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}(?=(?:,[^,–—.]{1,30})?(?:\s+(?:[–—]|-{1,2})|(?<=\p{L})[–—-])\s)/u;
/** A dateline stands before the story's first sentences: page furniture may come first. */
const DATELINE_REACH = 8;

export interface Dateline {
  readonly mention: PlaceMention;
  /** The text names the place again: it is also a place of the events. */
  readonly alsoEvent: boolean;
}

/**
 * The dateline among the article's first sentences, or null.
 * @example readDateline(splitSentences('BEIRUT (Reuters) - Shelling hit Aleppo.'), mentions)?.mention.place.name // 'Beirut'
 */
export function readDateline(sentences: readonly Sentence[], body: readonly PlaceMention[]): Dateline | null {
  for (const s of sentences.slice(0, DATELINE_REACH)) {
    const head = CAPITALS_DATELINE.exec(s.text) ?? COLON_DATELINE.exec(s.text) ?? DASH_DATELINE.exec(s.text);
    if (!head) continue;
    const end = s.span[0] + head[0].length;
    // Where the place begins: past the white space, and past a tag in brackets before it.
    const lead = head[1]?.length ?? head[0].length - head[0].trimStart().length;
    const mention = body.find((m) => m.sentence === s.index && m.span[0] === s.span[0] + lead && m.span[1] <= end);
    if (!mention) continue;
    const alsoEvent = body.some((m) => m !== mention && m.place.id === mention.place.id);
    return { mention, alsoEvent };
  }
  return null;
}
