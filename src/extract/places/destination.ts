/**
 * Where people are moved to: "buses took the families to Lakeside", "civilians were
 * evacuated into Northland". The figure counts who leave the place the report is about;
 * the destination is where they go, not where the counted thing happened.
 */
import type { PlaceMention, Sentence } from '../../model/types.ts';

/** How far before a place a movement verb may stand, in characters. */
const REACH = 80;
/** A verb of moving people, then within the clause "to", "towards" or "into" right before the place. */
const MOVED_TO =
  /\b(?:move[sd]?|moving|transport(?:s|ed|ing)?|take[ns]?|taking|took|evacuat(?:e|es|ed|ing)|bus(?:s)?ed|carr(?:y|ies|ied|ying)|head(?:s|ed|ing)?|fle(?:e|es|d|eing)|relocat(?:e|es|ed|ing)|bound)\b[^.;:]*\b(?:to|towards?|into)\s+(?:the\s+)?(?:[\p{L}-]+\s+)?$/iu;

/**
 * True when the mention is the destination people are moved to.
 * @example isDestination(mentionOf('Lakeside'), sentence('Buses took 40 families to Lakeside.')) // true
 */
export function isDestination(m: PlaceMention, sentence: Sentence | undefined): boolean {
  if (!sentence) return false;
  const end = m.span[0] - sentence.span[0];
  return MOVED_TO.test(sentence.text.slice(Math.max(0, end - REACH), end));
}

/** A hospital or morgue, then "in" or "at" right before the place. */
const TREATED_IN =
  /\b(?:hospitals?|clinics?|morgues?|mortuar(?:y|ies)|(?:medical|health|healthcare)\s+(?:centres?|centers?|facilit(?:y|ies)))\s+(?:in|at)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?$/iu;
/** The sentence tells of victims brought in, not of the hospital being hit. */
const RECEIVED = /\b(?:receiv(?:e|es|ed|ing)|treat(?:s|ed|ing)?|admitt(?:ed|ing)|taken|brought|rushed|transferred|evacuated|airlifted|flown)\b/i;

/**
 * True when the mention is the town of a hospital the dead or wounded were brought to: "a
 * hospital in Lakeside received 30 bodies", "taken to hospitals ... and as far away as Lakeside".
 * They were brought there from where it happened.
 * @example isWhereTreated(mentionOf('Lakeside'), sentence('A hospital in Lakeside received 30 bodies.')) // true
 */
export function isWhereTreated(m: PlaceMention, sentence: Sentence | undefined): boolean {
  if (!sentence) return false;
  const end = m.span[0] - sentence.span[0];
  const treated =
    TREATED_IN.test(sentence.text.slice(Math.max(0, end - REACH), end)) ||
    (AS_FAR_AS.test(sentence.text.slice(Math.max(0, end - 16), end)) && TREATED_AS_FAR_AS.test(sentence.text.slice(Math.max(0, end - 120), end)));
  return treated && RECEIVED.test(sentence.text);
}

/** Right before a place: "as far as", "as far away as". */
const AS_FAR_AS = /\bfar\s+(?:away\s+)?as\s+$/i;
/** "taken to hospitals in the region and as far away as X": the farthest of the hospitals' towns. */
const TREATED_AS_FAR_AS = /\b(?:hospitals?|clinics?)\b[^.;:]{0,80}\bas\s+far\s+(?:away\s+)?as\s+$/i;
