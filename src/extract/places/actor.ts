/**
 * A city or country named as the one who speaks or acts ("Damascus said",
 * "Moscow has been criticised", "Ankara claims", "Washington has labelled",
 * "the Damascus government") is a government, not a place where something
 * happened: such mentions are not places.
 */
import type { Candidate } from './match.ts';
import type { SentenceView } from './context.ts';

const STANCE_VERB =
  'said|says|say|saying|told|tells|claims?|claimed|claiming|stated|states|announced|announces|denied|denies|deny|' +
  'accused|accuses|accuse|views?|viewed|insists?|insisted|warned|warns?|urged|urges?|condemned|condemns?|blamed|' +
  'blames?|rejected|rejects?|demanded|demands?|called|calls|labell?ed|labels?|considers?|considered|believes?|' +
  'believed|wants?|wanted|hopes?|hoped|argues?|argued|maintains?|maintained|responded|responds?|reacted|vowed|' +
  'vows?|threatened|threatens?|critici[sz]ed|critici[sz]es|welcomed|welcomes?|denounced|denounces?|confirmed|' +
  'confirms?|sees|saw|regards?|regarded|described|describes?|agreed|agrees?|refused|refuses?|expects?|expected|' +
  'supports?|supported|backs|opposes?|opposed|asked|asks|promised|promises?|pledged|pledges?|quick\\s+to|' +
  'under\\s+(?:\\w+\\s+)?(?:criticism|pressure)';
const AUXILIARY =
  'has|have|had|was|is|are|were|would|will|could|may|might|also|then|repeatedly|already|previously|officially|' +
  'publicly|strongly|long|earlier|later|now|not|never|been|itself';
const ASIDE = ',\\s*(?:however|meanwhile|for its part|in turn|in response|too),?';
/** After the name: the verb of a sentence whose subject it is. */
const SUBJECT_OF_STANCE = new RegExp(`^(?:\\s*(?:${ASIDE}|\\b(?:${AUXILIARY})\\b))*\\s*\\b(?:${STANCE_VERB})\\b`, 'i');
/** After the name: "and a monitor said" (a shared subject, up to four words). */
const SHARED_SUBJECT = new RegExp(`^\\s+and\\s+(?:[\\w’'-]+\\s+){1,4}?(?:(?:${AUXILIARY})\\s+)*(?:${STANCE_VERB})\\b`, 'i');
/** After a capital's name: the government it stands for ("the Damascus government", "Ankara's forces"). */
const GOVERNMENT_NOUN = /^(?:['’]s)?\s+(?:government|regime|authorities|administration|officials|leadership|ally|allies|forces|troops|army|military)\b/i;
/** Before the name: a verb or noun whose object is a government ("accused Damascus of", "ties with Moscow"). */
const OBJECT_OF_STANCE =
  /\b(?:accused|accuses|accusing|urged|urges|urging|called\s+on|calls\s+on|pressed|presses|asked|asks|warned|warns|blamed|blames|critici[sz]ed|critici[sz]es|condemned|condemns|pressure\s+on|ties\s+with|talks\s+with|support\s+for)\s+$/i;
/** Before the name: a preposition, so the name is no subject ("in Aleppo and the Observatory said"). */
const PREPOSITION_BEFORE =
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
  const before = s.text.slice(0, first.start);
  const after = s.text.slice(last.possessive ? last.end : last.fullEnd);
  if (OBJECT_OF_STANCE.test(before)) return true;
  if (c.entry.featureRank === 0 && kind === 'city' && GOVERNMENT_NOUN.test(after)) return true;
  if (last.possessive || PREPOSITION_BEFORE.test(before)) return false;
  return SUBJECT_OF_STANCE.test(after) || SHARED_SUBJECT.test(after);
}
