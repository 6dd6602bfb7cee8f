/**
 * Places that describe who speaks, not where things happened: "Ahmed Salem, a
 * health official in Saada, said 43 were killed", "the governor of the Donetsk
 * region, Pavlo Kyrylenko, said 39 died". A figure after the speech verb belongs
 * to the event, so the places before that verb, in the speaker's phrase, are
 * not its place.
 */
import type { Attribution, Sentence } from '../../model/types.ts';

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

/** A speech verb right before the speaker: "..., said Omar Haddad, ...". */
const VERB_BEFORE = /\b(?:said|says|told|added|announced|confirmed|reported|wrote|tweeted)\s*$/;
/** The appositive after a speaker's name: a comma, then his title up to the next break. */
const APPOSITIVE = /^,(?!\s*(?:adding|who|which|as|after|when|while|and|but)\b)[^,;:"“”]*/;

/** The appositive between a speaker's name and the verb: "Omar Haddad, an official in Lakeside, told ...". */
const APPOSITIVE_THEN_VERB = /^,[^,;:"“”]*(?=,\s*(?:said|says|told|tells|added|announced|confirmed|reported|wrote|tweeted)\b)/;

/**
 * Article offsets [start, end) of the parts of a sentence that name who speaks: each
 * speaker's own name ("Donetsk People's Republic", "Head of the Northtown administration
 * Omar Haddad") and the title after a name that follows its verb ("..., said Omar Haddad,
 * governor of the Lakeside region."). A place there tells who speaks, not where.
 * @example speakerSpans(sentence, attributions) // [[120, 151], [151, 190]]
 */
export function speakerSpans(sentence: Sentence, attributions: readonly Attribution[]): (readonly [number, number])[] {
  const offset = sentence.span[0];
  const spans: (readonly [number, number])[] = [];
  for (const a of attributions) {
    // A carried speaker keeps the span of the sentence it was named in.
    if (a.carried || a.sentence !== sentence.index || a.span[0] < offset || a.span[1] > sentence.span[1]) continue;
    spans.push(a.span);
    const before = sentence.text.slice(Math.max(0, a.span[0] - offset - 20), a.span[0] - offset);
    const after = sentence.text.slice(a.span[1] - offset);
    // "..., said Omar Haddad, governor of Lakeside." or "Omar Haddad, an official in Lakeside, said ..."
    const title = VERB_BEFORE.test(before) ? APPOSITIVE.exec(after) : APPOSITIVE_THEN_VERB.exec(after);
    if (title) spans.push([a.span[1], a.span[1] + title[0].length]);
  }
  return spans;
}
