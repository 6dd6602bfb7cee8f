/**
 * Places a report names that are not where its news happened: the scene of another war, a
 * destination, a camera's standpoint, a town a distance is measured from. They rank behind the
 * countries (rank.ts); those but a war's scene give no figure its place (claims.ts): "Israel's
 * war in Gaza has killed 40,000" still counts its dead there.
 */
import type { PlaceMention, Sentence } from '../../model/types.ts';
import { isDestination } from './destination.ts';

/** Before a place: the war it is the scene of, told as a party's ("Israel's war in", "Russia's invasion of", "a year of war against Hamas in") or as "the war in". */
const ANOTHER_WAR_BEFORE =
  /(?:\p{L}['’]s|\bthe|\b(?:year|years|months|weeks)\s+of)\s+(?:(?:full-scale|ongoing|brutal|devastating|years-long|[\d-]+-month|[\d-]+-year)\s+)?(?:war|offensive|invasion|campaign|conflict|occupation|bombardment|siege)\s+(?:(?:against|with)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?\s+)?(?:in|on|of|against)\s+(?:the\s+)?$/iu;
/** How far before a place its war is read. */
const WAR_REACH = 60;

/** After a place, with "the" before it: the war it names ("since the Gaza war began"). */
const WAR_AFTER = /^\s+(?:war|conflict|offensive|invasion)\b/i;
const THE_BEFORE = /\bthe\s+$/i;
/** Before a place: where a picture was taken from ("as seen from X"), what it measures a distance from ("200 miles southeast of X"), or what lies across from it ("across the Nile from X"). */
const NOT_THE_SCENE_BEFORE =
  /\bas\s+seen\s+from\s+(?:the\s+)?$|\bacross\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}from\s+(?:the\s+)?$|\b\d[\d,.]*\s*(?:miles?|km|kilometres?|kilometers?)\s+(?:\([^()]{1,20}\)\s+)?(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+)?(?:of|from)\s+(?:the\s+)?$/i;

/**
 * The mention names no scene of the report's news: where another war is waged ("a region already
 * beset by Israel's war in Gaza", "since the Gaza war began"), where people were moved to ("cars
 * heading toward Beirut"), where a picture was taken from, or a town a distance is measured from.
 * @example isNotTheScene(mentionOf('Kyiv'), sentence('Poltava is about 200 miles southeast of Kyiv.')) // true
 */
export function isNotTheScene(m: PlaceMention, sentence: Sentence | undefined): boolean {
  if (!sentence) return false;
  const { before, after } = around(m, sentence);
  return (
    ANOTHER_WAR_BEFORE.test(before) || (THE_BEFORE.test(before) && WAR_AFTER.test(after)) || NOT_THE_SCENE_BEFORE.test(before) || isDestination(m, sentence)
  );
}

/** "since the Gaza war began": the war dates the news, it does not place it. */
const SINCE_THE_BEFORE = /\bsince\s+the\s+$/i;

/**
 * The mention gives no figure of its sentence its place: a destination, a camera's standpoint, a
 * distance's origin, where the source it is told by sits ("according to officials in X"), or the
 * war a time is counted from ("the deadliest day since the Gaza war began").
 * @example isNoFigurePlace(mentionOf('Gaza'), sentence('492 were killed, the deadliest day since the Gaza war began.')) // true
 */
export function isNoFigurePlace(m: PlaceMention, sentence: Sentence | undefined): boolean {
  if (!sentence) return false;
  const { before, after } = around(m, sentence);
  return (SINCE_THE_BEFORE.test(before) && WAR_AFTER.test(after)) || NOT_THE_SCENE_BEFORE.test(before) || isDestination(m, sentence) || isInSource(m, sentence);
}

/** Before a place, in the same clause: the source a figure is told by ("according to the president and other officials in"). */
const ACCORDING_TO_BEFORE = /\baccording\s+to\b[^,;:.!?()]*$/i;
/** How far before a place its "according to" is read. */
const SOURCE_REACH = 100;

/** "killing 51, according to the president and other top officials in Kyiv": where the source sits, not where the figure happened. */
function isInSource(m: PlaceMention, sentence: Sentence): boolean {
  if (!sentence.text.includes('ccording')) return false;
  const at = m.span[0] - sentence.span[0];
  return ACCORDING_TO_BEFORE.test(sentence.text.slice(Math.max(0, at - SOURCE_REACH), at));
}

/** How far after a place its war is read ("the Gaza war"). */
const AFTER_REACH = 16;

/** The words of the mention's sentence just before and just after it. */
function around(m: PlaceMention, sentence: Sentence): { readonly before: string; readonly after: string } {
  const at = m.span[0] - sentence.span[0];
  const end = m.span[1] - sentence.span[0];
  return { before: sentence.text.slice(Math.max(0, at - WAR_REACH), at), after: sentence.text.slice(end, end + AFTER_REACH) };
}
