/**
 * Places that describe who speaks, not where things happened: "Ahmed Salem, a
 * health official in Saada, said 43 were killed", "the governor of the Donetsk
 * region, Pavlo Kyrylenko, said 39 died". A figure after the speech verb belongs
 * to the event, so the places before that verb, in the speaker's phrase, are
 * not its place.
 */
import type { Attribution, Sentence } from '../../model.ts';

/** The verb that closes a speaker's phrase. */
const SPEECH_VERB = /\b(?:said|says|told|tells|stated|states|added|announced|confirmed|reported|reports|put|estimated|wrote|tweeted)\b/g;

/**
 * Article offsets [start, end) of the speaker's phrase that precedes a figure, or null when
 * the speaker does not speak before it.
 * @example speakerPhrase(sentence, attribution, figureStart) // [0, 52]
 */
export function speakerPhrase(sentence: Sentence, speaker: Attribution | undefined, figureStart: number): readonly [number, number] | null {
  if (!speaker || speaker.carried || speaker.sentence !== sentence.index || speaker.span[0] >= figureStart) return null;
  const offset = sentence.span[0];
  SPEECH_VERB.lastIndex = Math.max(0, speaker.span[1] - offset);
  const verb = SPEECH_VERB.exec(sentence.text);
  if (!verb || offset + verb.index >= figureStart) return null;
  return [offset, offset + verb.index];
}
