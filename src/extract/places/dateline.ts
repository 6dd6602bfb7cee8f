/**
 * Datelines: "MOSCOW, March 3. /TASS/.", "BEIRUT (Reuters) -", "KYIV, Ukraine
 * (AP) —", "Kyiv: Civilian evacuations...", "Abidjan – Eight soldiers ...", "Khartoum, Feb 1 (IANS)".
 * A dateline gives where the report was filed, not where things happened: the place is kept as the
 * article's filing place, and counts as a place of the events only when the text names it again
 * (the dateline itself never places a figure).
 */
import { ANY_MONTH_PATTERN } from '../../lexicon/calendar-words.ts';
import type { PlaceMention, Sentence } from '../../model/types.ts';

/**
 * A place in capitals opening a paragraph (perhaps after a syndicator's tag in brackets: "(MENAFN- Nam
 * News Network) ADEN, Jan 13 (NNN-SABA) –"), then a comma, a parenthesis, a dash, a colon, a slash or a bullet ("WASHINGTON •").
 */
const CAPITALS_DATELINE = /^(\s*(?:\([^()]{1,60}\)\s*)?)\p{Lu}[\p{Lu}'’ .-]{2,40}?(?:\/\p{Lu}[\p{Lu}'’ .-]{2,40}?)*(?=\s*(?:,|\(|—|–|-{1,2}\s|:|\/|[•·]\s))/u;
/** A place written as a name, then a colon: "Kyiv: Civilian evacuations moved forward". */
const COLON_DATELINE = /^\s*\p{Lu}[\p{L}'’ .-]{2,30}?(?=:\s)/u;
/**
 * A place written as a name, then a spaced dash, perhaps after a comma's date or country: "Abidjan – Eight soldiers ...",
 * "Port Sudan, Sudan - Shelling ...", or a dash glued to the state a press release names: "Lakeside, Texas- Airstrikes ...".
 */
const DASH_DATELINE = /^\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}(?=(?:,[^,–—.]{1,30})?(?:\s+(?:[–—]|-{1,2})|(?<=\p{L})[–—-])\s)/u;
/** A place written as a name, then a comma and a day: "Khartoum, Feb 1 (IANS) At least 45 ...", "Port Sudan, 3 March -". */
const DAY_DATELINE = new RegExp(
  `^\\s*\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3}(?=,\\s*(?:${ANY_MONTH_PATTERN}\\.?\\s+\\d{1,2}\\b|\\d{1,2}\\s+${ANY_MONTH_PATTERN}\\b))`,
  'u',
);
/** Before a place: what it is a bearing from ("a market in Omdurman, north of the Sudanese capital Khartoum"). */
const BEARING_FROM = /\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;
/** A dateline stands before the story's first sentences: page furniture may come first. */
const DATELINE_REACH = 8;

export interface Dateline {
  readonly mention: PlaceMention;
  /** The places the dateline names ("JERUSALEM/BEIRUT, July 27 (Reuters)") that the text does not name again: where the report was filed only. */
  readonly mentions: readonly PlaceMention[];
  /** The text names the place again: it is also a place of the events. */
  readonly alsoEvent: boolean;
}

/**
 * The dateline among the article's first sentences, or null.
 * @example readDateline(splitSentences('BEIRUT (Reuters) - Shelling hit Aleppo.'), mentions)?.mention.place.name // 'Beirut'
 */
export function readDateline(sentences: readonly Sentence[], body: readonly PlaceMention[]): Dateline | null {
  for (const s of sentences.slice(0, DATELINE_REACH)) {
    const head = datelineHead(s);
    if (!head) continue;
    const { lead, end } = head;
    const mention = body.find((m) => m.sentence === s.index && m.span[0] === lead && m.span[1] <= end);
    if (!mention) continue;
    const mentions = body.filter((m) => m.sentence === s.index && m.span[0] >= mention.span[0] && m.span[1] <= end);
    const again = (place: PlaceMention): boolean =>
      body.some((m) => !mentions.includes(m) && m.place.id === place.place.id && !isReferencePoint(m, sentences[m.sentence]));
    return { mention, mentions: mentions.filter((m) => !again(m)), alsoEvent: again(mention) };
  }
  return null;
}

/**
 * Whether a mention is (in) the dateline opening its sentence: where the report was filed. Its
 * sentence's figures take their place from another place the sentence names, when it names one.
 * @example opensAsDateline(mentionOf('Kyiv'), sentence('KYIV, April 8 (EWS) - 45 died in Irpin.')) // true
 */
export function opensAsDateline(m: PlaceMention, sentence: Sentence | undefined): boolean {
  // Only a place near the sentence's start can be its dateline: the others are not looked at further.
  if (!sentence || m.span[0] - sentence.span[0] > DATELINE_HEAD_REACH) return false;
  const head = datelineHead(sentence);
  return head !== null && m.span[0] >= head.lead && m.span[1] <= head.end;
}

/** How far into its sentence a dateline's places may reach: a tag in brackets, and two places joined by a slash. */
const DATELINE_HEAD_REACH = 120;

/** Where a sentence's dateline is, as offsets in the text: from its first place (past a tag in brackets) to the end of its places. */
function datelineHead(s: Sentence): { readonly lead: number; readonly end: number } | null {
  const head = CAPITALS_DATELINE.exec(s.text) ?? COLON_DATELINE.exec(s.text) ?? DASH_DATELINE.exec(s.text) ?? DAY_DATELINE.exec(s.text);
  if (!head) return null;
  // Where the place begins: past the white space, and past a tag in brackets before it.
  const lead = head[1]?.length ?? head[0].length - head[0].trimStart().length;
  return { lead: s.span[0] + lead, end: s.span[0] + head[0].length };
}

/**
 * The mention gives a bearing to another place rather than naming a scene: "in Omdurman, north of the
 * capital Khartoum". A dateline's place named so is not named again as a place of the events.
 */
function isReferencePoint(m: PlaceMention, sentence: Sentence | undefined): boolean {
  if (!sentence) return false;
  const at = m.span[0] - sentence.span[0];
  return BEARING_FROM.test(sentence.text.slice(Math.max(0, at - 48), at));
}
