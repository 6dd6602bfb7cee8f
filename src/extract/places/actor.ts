/**
 * A city or country named as the one who speaks or acts ("Damascus said",
 * "Moscow has been criticised", "Ankara claims", "Washington has labelled",
 * "the Damascus government") is a government, not a place where something
 * happened: such mentions are not places.
 */
import type { Candidate } from './match.ts';
import type { SentenceView } from './context.ts';
import { isSpaceAt } from '../word-runs.ts';

const STANCE_VERB =
  'said|says|say|saying|told|tells|claims?|claimed|claiming|stated|states|announced|announces|denied|denies|deny|' +
  'accused|accuses|accuse|views?|viewed|insists?|insisted|warned|warns?|urged|urges?|condemned|condemns?|blamed|' +
  'blames?|rejected|rejects?|demanded|demands?|called|calls|labell?ed|labels?|considers?|considered|believes?|' +
  'believed|wants?|wanted|hopes?|hoped|argues?|argued|maintains?|maintained|responded|responds?|reacted|vowed|' +
  'vows?|threatened|threatens?|critici[sz]ed|critici[sz]es|welcomed|welcomes?|denounced|denounces?|confirmed|' +
  'confirms?|sees|saw|regards?|regarded|described|describes?|agreed|agrees?|refused|refuses?|expects?|expected|' +
  'supports?|supported|backs|opposes?|opposed|asked|asks|promised|promises?|pledged|pledges?|attributed|attributes|' +
  'reports|reported|estimates|estimated|admits|admitted|acknowledged|acknowledges|alleges|alleged|' +
  'quick\\s+to|' +
  'under\\s+(?:\\w+\\s+)?(?:criticism|pressure)';
const AUXILIARY =
  'has|have|had|was|is|are|were|would|will|could|may|might|also|then|repeatedly|already|previously|officially|' +
  'publicly|strongly|long|earlier|later|now|not|never|been|itself';
const ASIDE = ',\\s*(?:however|meanwhile|for its part|in turn|in response|too),?';
/** After the name: the verb of a sentence whose subject it is (an adverb may stand between: "promptly warned"). */
const SUBJECT_OF_STANCE = new RegExp(`^(?:\\s*(?:${ASIDE}|\\b(?:${AUXILIARY}|[a-z]+ly)\\b))*\\s*\\b(?:${STANCE_VERB})\\b`, 'i');
/** After the name: "and a monitor said" (a shared subject, up to four words). */
const SHARED_SUBJECT = new RegExp(`^\\s+and\\s+(?:[\\w’'-]+\\s+){1,4}?(?:(?:${AUXILIARY})\\s+)*(?:${STANCE_VERB})\\b`, 'i');
/** After a capital's name: the government it stands for ("the Damascus government", "Ankara's forces"). */
const GOVERNMENT_NOUN = /^(?:['’]s)?\s+(?:government|regime|authorities|administration|officials|leadership|ally|allies|forces|troops|army|military)\b/i;
/** After a capital's possessive: what its government wages or says ("Kyiv's shelling", "Moscow's offensive", "Moscow's statement"), not what befell the city. */
const GOVERNMENT_ACTION =
  /^['’]s\s+(?:(?:air\s+|missile\s+|drone\s+)?(?:strikes|attacks)|airstrikes|shelling|bombardment|bombing\s+campaign|offensive|counter-?offensive|invasion|war|missiles|drones|warplanes|campaign|statements?|claims?|denials?|version|account|response|reaction|position|comments?)\b/i;
/** Before the name: a verb or noun whose object is a government ("accused Damascus of", "ties with Moscow", "no comment from Moscow"). */
export const OBJECT_OF_STANCE =
  /\b(?:accused|accuses|accusing|urged|urges|urging|called\s+on|calls\s+on|pressed|presses|asked|asks|warned|warns|blamed|blames|critici[sz]ed|critici[sz]es|condemned|condemns|pressure\s+on|ties\s+with|talks\s+with|support\s+for|(?:comment|response|reaction|confirmation|statement)\s+from)\s+$/i;
/** Before the name: "according to", the words then credited to the name alone ("According to Moscow, ..."). */
const ACCORDING_TO = /\baccording\s+to\s+$/i;
/** Before the name: a preposition, so the name is no subject ("in Aleppo and the Observatory said"). */
export const PREPOSITION_BEFORE =
  /\b(?:in|of|at|from|near|to|on|around|into|towards?|outside|across|inside|over|against|with|by|for|between|through|throughout|via|within|beyond|under|toward)\s+$/i;

/**
 * True when the named city or country is an actor in the sentence, not a place.
 * @example isActor(candidate('Damascus'), view('Damascus said the attack failed.')) // true
 */
export function isActor(c: Candidate, s: SentenceView): boolean {
  const kind = c.entry.place.kind;
  if (kind !== 'city' && kind !== 'country') return false;
  const first = s.tokens[c.first];
  const last = s.tokens[c.last];
  if (!first || !last) return false;
  const after = s.text.slice(last.possessive ? last.end : last.fullEnd);
  if (OBJECT_OF_STANCE.test(s.text.slice(lastWordsStart(s.text, first.start, 2), first.start))) return true;
  if (c.entry.featureRank === 0 && kind === 'city' && (GOVERNMENT_NOUN.test(after) || GOVERNMENT_ACTION.test(s.text.slice(last.end)))) return true;
  // "According to Moscow, more than 60 soldiers were killed": a capital or a country the words are credited to.
  if (
    (kind === 'country' || c.entry.featureRank === 0) &&
    ACCORDING_TO.test(s.text.slice(lastWordsStart(s.text, first.start, 2), first.start)) &&
    /^\s*[,.;]/.test(after)
  ) {
    return true;
  }
  if (last.possessive || PREPOSITION_BEFORE.test(s.text.slice(lastWordsStart(s.text, first.start, 1), first.start))) return false;
  return SUBJECT_OF_STANCE.test(after) || SHARED_SUBJECT.test(after);
}

/**
 * Where to cut text[0, end) so that OBJECT_OF_STANCE (two words at most) or
 * PREPOSITION_BEFORE (one word) still finds exactly what it finds in all of it:
 * they match ASCII letters (the /i without /u folds nothing else onto them),
 * white space between them and to the end, after a \b. So a match starts where
 * one of the last `words` runs of letters before the trailing white space starts;
 * the cut keeps one character more, a non-letter, for the \b. Scanning a sentence's
 * whole beginning for each name cost more than the rest of isActor.
 */
export function lastWordsStart(text: string, end: number, words: number): number {
  let i = skipSpaceBack(text, end);
  for (let w = 0; w < words; w++) {
    if (w > 0) i = skipSpaceBack(text, i);
    while (i > 0 && isAsciiLetter(text.charCodeAt(i - 1))) i--;
  }
  return Math.max(0, i - 1);
}

function skipSpaceBack(text: string, end: number): number {
  let i = end;
  while (i > 0 && isSpaceAt(text, i - 1)) i--;
  return i;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}
