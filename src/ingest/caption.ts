/**
 * A picture's caption pasted with an article. A reader takes it for the picture's words:
 * its places repeat one beside the text, and the date it gives the picture ("in this
 * handout picture released January 26, 2022", "Aleppo, March 2, 2017. REUTERS/Name") is
 * the picture's, which may be years older than the page. Other dates a caption tells
 * ("... retook the city on Dec. 10") are the story's.
 */
import { ANY_MONTH_PATTERN, WEEKDAY_PATTERN } from '../lexicon/calendar-words.ts';

const CAPTION =
  /\b(?:in\s+this\s+(?:handout\s+|file\s+|undated\s+|satellite\s+|aerial\s+)?(?:picture|photo|photograph|image)|(?:picture|photo|photograph|image)\s+(?:provided|released|distributed|taken|obtained)\s+by)\b|^this\s+(?:handout\s+|file\s+)?(?:picture|photo|photograph|image)\s+(?:taken|released|provided|obtained|distributed|made\s+available)\b.{0,200}?\bshows?\b/i;
/**
 * A caption's present tense: "Injured staff are seen after the explosion ... Oct. 3, 2015.", "A boy is
 * pictured in the ruins". News prose tells what was seen in the past tense.
 */
export const SEEN_IN_PICTURE = /\b(?:is|are)\s+(?:seen|pictured|shown)\b/i;
/** Words that give the picture its date, just before the date: "picture released", "photo taken on", "This file photo, taken on". */
const PICTURE_DATED =
  /\b(?:picture|photo|photograph|image)s?,?\s+(?:was\s+)?(?:taken|released|dated|shot|made)\s+(?:on\s+|in\s+)?$|\b(?:photo|picture|image)\s*:\s*$/i;
/** A picture's credit right after its date: "March 2, 2017. REUTERS/Name", "(AFP)", "Photo: ...", "[Photo: REUTERS]", "(Screen grab/BBC)", "(AFP/Name)". */
export const CREDIT_AFTER =
  /^[.,]?\s*(?:[([]?(?:Photo|File photo|AP Photo)\b|(?:REUTERS|Reuters|AFP|AP)\s*\/|\((?:REUTERS|Reuters|AFP|AP)\)|\((?:Screen\s*grab|Screenshot|Image)\b[^()]{0,40}\)|\([^()\s]+\s*\/\s*[^()]{1,40}\))/;
/** A credit in brackets right after a date ("... in Eastmoor Oct 14, 2017 [Photo: AGENCY]"): prose puts none there. */
const CREDIT_IN_BRACKETS = /^[.,]?\s*[([](?:Photo|File photo|AP Photo)\b/;
/** A credit standing as a sentence of its own after the caption: "AGENCY/Name/File Photo" (not an agency tag, "/TASS/"). */
const CREDIT_SENTENCE = /^[A-Z][\w.]*\s*\/\s*[A-Z]|\b(?:file\s+photo|handout)\b/i;
/** A place (a name, then perhaps a comma and its country or area), then a comma: "Khartoum North, Sudan, ". */
const PLACE_THEN_COMMA = String.raw`(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*(?:,\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*)?,\s*`;
/** A place without the comma a caption may leave out before its date: "in Eastmoor City August 10, 2024". */
const PLACE_NO_COMMA = String.raw`(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*`;
/** Where the picture was taken, then a comma, just before a date: "in Khartoum North, Sudan, " (prose says "on" before a date). */
const PLACE_COMMA_BEFORE = new RegExp(String.raw`\b(?:in|near|outside)\s+${PLACE_THEN_COMMA}$`, 'u');

/** Words in a credit standing alone. */
const CREDIT_WORDS = 8;

/**
 * A caption closed by where and when its picture was taken: "... near Aden, Yemen, Friday, Aug. 30,
 * 2019." (prose says "on" before a date, and seldom ends on a date's year).
 */
const CLOSED_BY_PLACE_AND_DATE = new RegExp(
  String.raw`\b(?:[Ii]n|[Nn]ear|[Oo]utside)\s+(?:${PLACE_THEN_COMMA}|${PLACE_NO_COMMA}\s+)(?:${WEEKDAY_PATTERN},\s*)?${ANY_MONTH_PATTERN}\.?\s+\d{1,2},\s+\d{4}\.?\s*$`,
  'u',
);

/**
 * Whether a sentence is a picture's caption as a whole ("... in this handout picture", "... near
 * Aden, Yemen, Friday, Aug. 30, 2019.").
 * @example isPhotoCaption('Smoke rises over Homs in this handout picture provided by the agency.') // true
 * @example isPhotoCaption('The photographer was taken to hospital.') // false
 */
export function isPhotoCaption(text: string): boolean {
  return CAPTION.test(text) || CLOSED_BY_PLACE_AND_DATE.test(text);
}

/**
 * Whether a full date closes a caption: it ends its sentence right after a place and a comma
 * ("A man walks past the ruins in Khartoum North, Sudan, May 1, 2023"), where a story's
 * sentence would say "on May 1". Read in the story's sentences, not in a page's date lines
 * ("Cairo, Egypt, May 1, 2023" may head a page).
 * @example closesCaption('Smoke rises over the port in Eastmoor, Northland, ', '') // true
 */
export function closesCaption(before: string, after: string): boolean {
  return PLACE_COMMA_BEFORE.test(before) && /^[\s.]*$/.test(after);
}

/**
 * Whether the date between `before` and `after` (the text around it) is the date a caption gives
 * its picture. `nextSentence` is the sentence after the date's, when the date ends its own.
 * @example isPictureDate('Troops train in this handout picture released ', '.') // true
 * @example isPictureDate('The town fell on ', '.') // false
 */
export function isPictureDate(before: string, after: string, nextSentence?: string): boolean {
  if (PICTURE_DATED.test(before) || CREDIT_IN_BRACKETS.test(after)) return true;
  // A story's date comes after a word ("struck on August 2, 2018"); a picture's stands after the
  // place it was taken ("Aleppo, March 2, 2017"), then comes the credit.
  if (!/(?:^|,)\s*$/.test(before)) return false;
  if (CREDIT_AFTER.test(after)) return true;
  // "A convoy crosses the bridge, March 3, 2014." then "AGENCY/Name/File Photo".
  return /^\W*$/.test(after) && nextSentence !== undefined && CREDIT_SENTENCE.test(nextSentence) && nextSentence.split(/\s+/).length <= CREDIT_WORDS;
}
