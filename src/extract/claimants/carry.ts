/**
 * When a sentence without a speaker of its own belongs to the statement before
 * it. A statement goes on through quotes that continue and through the
 * figures that follow it ("The strikes killed more than 300 ..." after "the
 * ministry said it had carried out 64 air raids"); it stops at a new speaker,
 * at background ("in March 2016", "since 2011", "last year"), at a change of
 * topic ("Meanwhile", "Separately", "Reports said") and at page furniture.
 */
import { MONTH_PATTERN } from '../../lexicon/calendar-words.ts';

/** A year or a month named without a day: the sentence tells background, not the statement. */
const BACKGROUND = new RegExp(
  String.raw`\b(?:19[5-9]\d|20[0-4]\d)\b|\b(?:last|earlier this|previous)\s+(?:year|month|summer|winter|spring|autumn|fall)\b|\bin\s+${MONTH_PATTERN}\b(?!\s+\d)|\bsince\s+the\s+(?:start|beginning|outbreak|onset)\b|\b(?:the|\w+['’]s)\s+(?:war|conflict|crisis)\s+(?:has|began|erupted|broke)\b`,
  'i',
);
/** Openers that change the subject. */
const TOPIC_SHIFT =
  /^\W*(?:Meanwhile|Separately|Elsewhere|In\s+(?:another|a\s+separate|other)\s+(?:development|news|incident)|On\s+the\s+other\s+hand|However|Earlier|Since|Back\s+in|Also\s+on|Additionally|In\s+addition|Moreover|Reports?|It\s+(?:was|has\s+been)\s+reported)\b/i;
/** "The announcement came a day after the raid": the writer tells of the statement, as of any happening. */
const ABOUT_THE_STATEMENT =
  /^\W*(?:The|This|That|His|Her|Its|Their)\s+(?:announcement|statement|remarks|comments|admission|denial)\s+(?:came|comes|followed|follows)\b/i;
/** "Reuters could not verify the toll": the outlet speaks of the figure; no statement runs into it. "Reportedly": neither does hearsay. */
const HEARSAY = /\b(?:reportedly|allegedly)\b/i;
const UNVERIFIED = /\b(?:could|can|was|were)\s*(?:not|n['’]t)\s+(?:be\s+)?(?:independently\s+)?(?:verif|confirm)/i;
/** Teasers and page furniture that sit between paragraphs. */
const FURNITURE = /^\W*(?:READ\s+MORE|Read\s+more|Related|See\s+also|Also\s+read|Watch|Photo|Source|Follow|Share|Send|Tags)\b/i;
/** Plain carrying goes this many sentences past the last named speaker. */
export const MAX_CARRY = 3;

/**
 * True when a sentence speaks of background or turns to another subject, so a statement cannot run into it.
 * @example breaksStatement('Russia has carried out a bombing campaign in Syria since September 2015.') // true
 */
export function breaksStatement(text: string): boolean {
  return (
    BACKGROUND.test(text) || TOPIC_SHIFT.test(text) || FURNITURE.test(text) || UNVERIFIED.test(text) || HEARSAY.test(text) || ABOUT_THE_STATEMENT.test(text)
  );
}

/**
 * True for teasers and page furniture ("READ MORE: ..."), which never carry a speaker.
 * @example isFurniture('READ MORE: Russian Reconciliation Center evacuated 50,000 civilians') // true
 */
export function isFurniture(text: string): boolean {
  return FURNITURE.test(text);
}

const QUOTE_MARK = /[“”«»"]/;
const OPENING_QUOTE = '“'.charCodeAt(0);
const CLOSING_QUOTE = '”'.charCodeAt(0);
const OPENING_GUILLEMET = '«'.charCodeAt(0);
const CLOSING_GUILLEMET = '»'.charCodeAt(0);
const STRAIGHT_QUOTE = '"'.charCodeAt(0);

export interface QuoteState {
  /** A quotation is open at the end of the sentence. */
  readonly open: boolean;
  /** The sentence goes on with a quotation opened before it (it closes one it did not open, or one was open). */
  readonly continues: boolean;
}

/**
 * Follows quotation marks across sentences.
 * @example quoteState('The militants used car bombs.”', false) // { open: false, continues: true }
 */
export function quoteState(text: string, openBefore: boolean): QuoteState {
  if (!QUOTE_MARK.test(text)) return { open: openBefore, continues: openBefore };
  let open = openBefore;
  let continues = openBefore;
  let seenOpening = false;
  // By UTF-16 unit: the marks are single units, and no half of a surrogate pair is one.
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === OPENING_QUOTE || ch === OPENING_GUILLEMET) {
      open = true;
      seenOpening = true;
    } else if (ch === CLOSING_QUOTE || ch === CLOSING_GUILLEMET) {
      if (!seenOpening) continues = true;
      open = false;
    } else if (ch === STRAIGHT_QUOTE) {
      if (open) {
        if (!seenOpening) continues = true;
        open = false;
      } else {
        open = true;
        seenOpening = true;
      }
    }
  }
  return { open, continues };
}
