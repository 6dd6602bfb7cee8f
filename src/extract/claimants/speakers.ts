/**
 * Finds who speaks in one sentence, as text: the subject of "X said",
 * "X told AFP", "X announced"; the name after "said X" (inverted), "according
 * to X", "X quoted Y as saying"; the appositive of "X, the head of Y, also said".
 * Resolving the phrase to a claimant is resolve.ts's job.
 */

import { boundaryBefore, clauseEndAfter, endsSentence, nameShaped, trimRegion, type Region } from './bounds.ts';
import { allMatches } from '../all-matches.ts';
import { ROLE_HEADS } from './names.ts';
import { ANY_MONTH_PATTERN, WEEKDAY_PATTERN } from '../../lexicon/calendar-words.ts';

/** Speech cues. Checked further in code: some need an object ("released the toll") or a subject ("the statement read"). */
const CUE =
  /\b(?:according to|as per|(?<=,\s{1,3})per|(?<=['’]s\s+)(?:(?:latest|new|own|official|updated|final)\s+)?(?:figures|data|statistics|tally|count|numbers)\s+(?:show|shows|showed|suggest|suggests|suggested|indicate|indicates|indicated)|citing|with\s+reference\s+to|(?:learned|learnt|heard)\s+from|in\s+the\s+(?:estimates?|words|count|tally|figures)\s+of|data\s+from|figures\s+from|said|says|say|told|tells|added|adds|announced|announces|reported|reports|report|estimated|estimates|estimate|stated|noted|notes|claimed|claims|confirmed|confirms|confirm|declared|insisted|warned|explained|revealed|disclosed|indicated|affirmed|stressed|asserted|alleged|wrote|writes|posted|tweeted|documented|recorded|recording|counted|saying|estimating|read|reads|released|updated|put|putting|gave|published|cited|cites|quoted|admitted|acknowledged|accused|accuses)\b/gi;
/** Cues whose speaker follows them, as after "according to": "citing X", "with reference to X", "in the estimates of X", "data from X". */
const AFTER_CUES = /^(?:citing|with\s+reference\s+to|(?:learned|learnt|heard)\s+from|in\s+the\s+\w+\s+of|data\s+from|figures\s+from)$/;
/** "learned from sources in the civil defence that ...": the source ends where what was learned begins. */
const LEARNED_FROM = /^(?:learned|learnt|heard)\s+from$/;
const THAT_CLAUSE = /\s+that\s/i;
/** After an office a cue is followed by: a comma and a name ending the sentence ("said the governor of the region, Jan Roe."). */
const NAME_AFTER_COMMA = /^,\s*([^,.;:!?()]{3,40}?)\s*(?=[.!?]?[\s”"'’»)]*$)/;
/** Cues a source follows, perhaps after its writing or press office: "according to", "citing", "with reference to". */
const SOURCE_CUES = /^(?:according\s+to|citing|with\s+reference\s+to)$/;
/** After a source's name: whom it answers to, which describes it ("the Ministry of Health under the de-facto government of ..."). */
const UNDER = /\s+(?:under|run\s+by|controlled\s+by|loyal\s+to|affiliated\s+with)\s/i;
/** After "according to": the writing its source put out, or its press office, before the source ("information from", "a press release issued by", "the press centre of"). */
const WRITING_OF =
  /^\s+(?:(?:the|a|an)\s+)?(?:(?:latest|preliminary|official|updated|new|initial)\s+)?(?:information|data|figures|statement|press\s+release|press\s+(?:service|centre|center|office)|report|reports|estimates?|statistics|update)\s+(?:(?:released|published|issued|provided|received)\s+)?(?:from|by|of)(?=\s)/i;
const DATA_VERB = /\s+(?:show|shows|showed|shown|indicate|indicates|indicated|suggest|suggests|suggested|put|puts|reveal|reveals|revealed)\b/i;
const BY_AGENT = /^\s+by\s+/i;
const AS_SAYING = /^\s+as\s+say(?:ing)?\b/i;
const AS_SAYING_AHEAD = /\s+as\s+say(?:ing)?\b/i;
const PASSIVE_AUX_END = /\s+(?:was|were|is|are|has\s+been|had\s+been)\s*$/i;
/** Before "claimed by": a deed whose responsibility is claimed ("the attack claimed by", "a bombing that was claimed by"). */
const CLAIMED_DEED =
  /\b(?:attacks?|bombings?|blasts?|assaults?|strikes?|explosions?|killings?|operations?|raids?|ambush(?:es)?|kidnappings?|abductions?|shootings?|massacres?)\s*,?\s+(?:(?:which|that)\s+)?(?:(?:was|were|has\s+been|had\s+been|is|are)\s+)?(?:(?:later|since|also|swiftly|quickly)\s+)?$/i;
/** "claimed responsibility for killing 300": a count of the deed the claim is of, which the claimer tells. */
const OWN_TOLL = String.raw`(?!\s+for\s+(?:killing|having\s+killed|the\s+(?:killing|deaths?)\s+of)\b)`;
/** Before a passive cue: what was just told ("This was said by ...", "These figures were reported by ..."). */
const TOLD_BEFORE = /^\s*(?:this|that|these(?:\s+figures)?|the\s+(?:figures?|toll|numbers?))\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+$/i;

/** After "accused": no one accused of a deed that takes lives or people ("accused the army of killing ..."). */
const ACCUSED_OF_NO_TOLL =
  /^(?!\s+[^,.;]{1,60}?\bof\s+(?:killing|murdering|massacring|executing|slaughtering|abducting|kidnapping|wounding|injuring|bombing|shelling)\b)/i;
/** What follows a cue that makes it not speech: "claimed the lives of", "alleged attack", "reports came". */
const NOT_SPEECH_AFTER: ReadonlyMap<string, RegExp> = new Map([
  ['claimed', new RegExp(String.raw`^\s+(?:the\s+lives?|lives|responsibility${OWN_TOLL}|victims|control)\b`, 'i')],
  ['claims', new RegExp(String.raw`^\s+(?:the\s+lives?|lives|responsibility${OWN_TOLL}|victims|of|were|was|are|is|came|have|had|that\s+(?:were|are))\b`, 'i')],
  ['alleged', /^(?!\s+that\b)/i],
  ['reports', /^(?!\s+(?:that|the|a|an|it|he|she|they|its|their|on)\b|\s+\p{Lu})/u],
  ['notes', /^(?!\s+(?:that|the|a|an|it|he|she|they))/i],
  ['estimates', /^(?!\s+(?:that|the|a|an|it|about|some|more|at|over|around|\d))/i],
  ['recorded', /^\s+(?:by|in|on|at|video|footage)\b/i],
  // "the army admitted to killing 200": a toll owned; not "12 were admitted to hospital" (patients), nor "admitted that
  // mistakes were made in a strike that killed 51" (the toll is the writer's account of the strike).
  ['admitted', /^(?!\s+(?:to\s+)?(?:killing|having\s+killed|the\s+(?:deaths?|killing)\s+of)\b)/i],
  // "accused the militia of killing 300": the subject tells a toll; "the army, accused of killing 300" (what others
  // say of it) and "accused Moscow of responsibility" (no toll) tell none.
  ['accused', ACCUSED_OF_NO_TOLL],
  ['accuses', ACCUSED_OF_NO_TOLL],
]);
/** Words before a cue that make it an adjective ("the reported attack", "killed in reported air strikes"). */
const ADJECTIVAL_BEFORE = /\b(?:the|a|an|its|their|his|her|this|that|these|those|of|in|by|after|amid|from|during)\s+$/i;
/** Capitalised forms that are nouns or names, not speech ("United States", "Reports said"). */
const NOUN_FORMS = new Set([
  'Reports',
  'Claims',
  'States',
  'Notes',
  'Reads',
  'Read',
  'Put',
  'Gave',
  'Released',
  'Published',
  'Recorded',
  'Counted',
  'Documented',
  'Saying',
  'Say',
  'Report',
  'Estimate',
  'Confirm',
]);
/** Cues that need a told-figure object to be speech: "released the toll", "put the death toll at". */
const NEEDS_OBJECT = new Set(['released', 'updated', 'put', 'putting', 'gave', 'published', 'cited', 'cites']);
/** Cues whose object may be the count itself: "a spokesman cited at least 13 civilians killed". */
const COUNT_OBJECT = new Set(['cited', 'cites']);
/** Speech that points back at what was just told: "announced this", "confirmed these figures". */
const BACK_REFERENCE = /^\s+(?:this|these\s+figures|the\s+figures?|the\s+toll)\b(?!\s+(?:week|month|year|morning|afternoon|evening|time|is|was))/i;
const BACK_CUES = new Set(['announced', 'said', 'reported', 'confirmed', 'stated', 'gave', 'revealed']);
const OBJECT =
  /^\s+(?:the|a|an|its|their|his|her)?\s*(?:(?:new|latest|updated|final|death|casualty|overall|total|official|first|preliminary|varying|differing|different|conflicting)\s+)*(toll|figures?|numbers?|estimates?|statistics|tally|count|data|statement|report|communiqu[eé]|video|footage|casualt(?:y|ies)|dead|deaths|wounded|injured)\b/i;
/** Objects that refer back to a figure already given ("released the toll"). */
const BACK_OBJECT = /^(?:toll|figures?|numbers?|statistics|tally|count|data)$/i;
/** "the statement read", "the communique reads": only documents read. */
const READER = /\b(?:statement|communiqu[eé]|report|message|letter|text|note)\s*$/i;
/** Cues that are also nouns: they speak only after a subject ("SANA reports", not "Earlier reports had said"). */
const NOUN_CAPABLE = new Set(['reports', 'report', 'claims', 'notes', 'reads', 'estimates', 'estimate', 'states', 'say']);
/** An inverted speaker is a name, not a clause: "said a large number of militants were killed" has none. */
const FINITE_VERB = /\b(?:was|were|is|are|had|has|have|will|would|could|did|killed|destroyed|fled|began|entered|took)\b/i;
const MAX_INVERTED_WORDS = 10;
/** After the verb, to whom it was said, not who said it: "the ministry confirmed to AFP", "said to reporters". */
const TO_WHOM = /^to\s/i;
/** More speech cues than any sentence of prose holds; those after them are not read. */
const MAX_CUES = 16;
/** "X told AFP": what follows is the medium, never the speaker. */
const TAKES_MEDIUM = new Set(['told', 'tells']);
/** Cues that continue a sentence's speaker rather than name one ("..., adding that"). */
const CONTINUATIONS = new Set(['saying', 'adding', 'recording', 'estimating']);

/** A verb whose object is blamed, urged or thanked: before "saying", the subject speaks, not its object. */
const OBJECT_VERB =
  /\s(?:blamed|blames|blaming|accused|accuses|condemned|condemns|critici[sz]ed|critici[sz]es|urged|urges|praised|praises|thanked|thanks|denounced|denounces|rejected|rejects|welcomed|welcomes|called\s+on|calls\s+on|warned|warns)\s/i;

/**
 * The part of the words before "saying" that is the subject of a verb taking an object
 * ("The opposition blamed the army saying ..." -> "The opposition"), or the words as they are.
 */
function subjectOfObjectVerb(region: Region): Region | null {
  const verb = OBJECT_VERB.exec(region.text);
  if (!verb) return region;
  return trimRegion(region.text.slice(0, verb.index), region.start);
}

/** A speaker described, not named: "the health ministry", "Gaza's Hamas-run health ministry", "a Red Cross official". */
const DESCRIBED_SPEAKER = /^(?:the\s|an?\s|\p{Lu}[\p{L}'’-]*['’]s\s)/u;

/** A body or an office described by its head word ("the health ministry", "Gaza's police chief", "a ministry official"): it can speak after its verb. */
function isDescribedSpeaker(phrase: string): boolean {
  if (!DESCRIBED_SPEAKER.test(phrase)) return false;
  const last = phrase.slice(phrase.lastIndexOf(' ') + 1).toLowerCase();
  return ROLE_HEADS.has(last);
}

/** A region before a cue of adverbs only: "initially", "later also", "separately". */
const ADVERBS_ONLY = /^\s*(?:(?:\p{Ll}+ly|also|later|earlier|then|again|first|still|now|previously|since|too)\s*)+$/u;

/** Cues a speaker may follow ("..., said the ministry"): not those that need an object, report a medium or are nouns. */
function canInvertAfter(cue: string): boolean {
  return !NEEDS_OBJECT.has(cue) && !TAKES_MEDIUM.has(cue) && !NOUN_CAPABLE.has(cue) && !CONTINUATIONS.has(cue);
}

/** What is told, not who tells it: "said at least 27 people", "said some 50", "said 12 civilians". */
const COUNTED_START =
  /^(?:at\s+least|at\s+most|more\s+than|less\s+than|fewer\s+than|over|about|around|some|nearly|almost|up\s+to|\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)\b)/i;
/** How many comma segments before a cue may hold its speaker, and how long one may be. */
const MAX_APPOSITIVES = 3;
const MAX_SEGMENT = 160;
/** The last ", which" or ", who" of a stretch with no comma or sentence end after it. */
const RELATIVE_OPENING = /,\s+(?:which|who|whose)\s[^,.;]*$/;
/** A name alone: one to four capitalised words, with the particles of names between them. */
const PERSON_NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:al|el|bin|ibn|de|van|von|der|da|abu)[\s-]+)?\p{Lu}[\p{L}'’.-]*){0,3}$/u;
/**
 * Capitalised openers that are not names ("Meanwhile, the army said"), and an adverb alone
 * ("Initially, the agency estimated"): a word of an adverb's endings, which surnames ending in
 * "ly" (Kelly, Connolly, Daly) do not have.
 */
const NOT_A_NAME =
  /^(?:Meanwhile|However|Earlier|Later|Also|But|And|Yesterday|Today|Separately|Elsewhere|Moreover|Furthermore|Instead|Still|Then|Now|Overall|Officially|Previously|Since|In|On|At|The|A|An|It|He|She|They|We|This|That|These|Those)\b|^\p{Lu}\p{Ll}{2,}(?:al|ent|ant|ous|ive|ful|ed|ate|ar|ing|ab|ib|ic|less)ly$/u;
const PASSIVE_END = /\b(?:was|were|is|are|been|be|being)$/i;
/** A subordinating word standing alone before a cue ("If confirmed", "Once reported"). */
const OPENER_ALONE = /^(?:if|when|unless|once|although|though|while|whether|until|because|as|where|after|before)$/i;
/** Cues in the plural present ("medical sources report", "officials confirm"): also nouns, so they speak only after a subject that is not an object. */
const PLURAL_PRESENT = new Set(['report', 'estimate', 'confirm']);
/** "to verify the Observatory's report": the words before the cue are a verb's object, the cue a noun. */
const OBJECT_BEFORE = /\bto\s+\w+\s+(?:the|a|an|its|their|his|her)\s+[^,;:]*$/i;
/** "investigating reports", "of claims": the cue is a noun here. */
const NOUN_BEFORE = /(?:ing|ed|\bof|\bon|\babout|\bby|\bto|\bthe|\bthese|\bthose|days?|days?['’]s?)$/i;

export type SpeakerRole = 'subject' | 'inverted' | 'according' | 'appositive' | 'quoted';

/** A speaker as written in a sentence, before it is resolved to a claimant. */
export interface SpeakerPhrase {
  /** `[start, end)` within the sentence text. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly role: SpeakerRole;
  /** The cue as written ("said", "according to"). */
  readonly cue: string;
  readonly cueStart: number;
  /** "released the toll", "gave the figures": the speech gives a figure told just before. */
  readonly refersBack: boolean;
  /** "was said to", "it was reported": speech without a named speaker. */
  readonly passive: boolean;
}

/**
 * The speaker phrases of one sentence, in order of their cues.
 * @example findSpeakerPhrases('The strikes killed 300, Rudskoy added.').map((p) => p.text) // ['Rudskoy']
 */
export function findSpeakerPhrases(text: string): SpeakerPhrase[] {
  const out: SpeakerPhrase[] = [];
  let cues = 0;
  for (const m of allMatches(CUE, text)) {
    if (!isSpeech(text, m[0], m.index)) continue;
    // Each cue reads a stretch of the sentence around it: past a few, a "sentence" of cues is no prose, and reading them all is quadratic.
    if (++cues > MAX_CUES) break;
    for (const phrase of phrasesOfCue(text, m[0], m.index)) out.push(phrase);
  }
  return out;
}

/** Cues whose source follows them: "according to the ministry", "as per the ministry", "..., per the ministry". */
const ACCORDING = new Set(['according to', 'as per', 'per']);
/** After ", per": a source ("per the ministry", "per Reuters"), not a rate's unit ("per day"). */
const SOURCE_AFTER_PER = /^\s+(?:the\s|an?\s|\p{Lu})/u;
/** What may follow "reports" that ends its clause: the sentence's end, a semicolon, a comma ("AP reports, citing ..."). */
const CLAUSE_ENDS_AFTER = /^\s*(?:[.;!]|,\s|$)/;
/**
 * Before "reports" at the end of a clause: a comma, then a name (a few words in lower case may describe it
 * first), as an outlet signs what the sentence told ("..., AP reports.", "..., the state news agency SANA
 * reports."). Not "according to local reports", "unlike the UN's reports", nor unnamed "media reports":
 * "reports" is a noun there.
 */
const NAMED_BEFORE_REPORTS =
  /,\s+(?:the\s+)?(?:(?!(?:according|to|by|of|in|from|on|at|with|citing|as|per|and|or|the|a|an|unlike|like|than|despite|after|before|amid|over|under|into|about|against|for|following|contrary)\b)\p{Ll}[\p{Ll}-]*\s+){0,3}\p{Lu}[\p{L}.'’&-]*(?:\s+\p{Lu}[\p{L}.'’&-]*){0,3}\s+$/u;
/** How far back before "reports" its named signer is looked for. */
const SIGNER_REACH = 80;

/** A cue word used as speech, not as a noun or adjective ("Reports said", "claimed the lives of", "the reported attack"). */
function isSpeech(text: string, cue: string, cueStart: number): boolean {
  const lower = cue.toLowerCase();
  if (NOUN_FORMS.has(cue)) return false;
  if (cue === 'reports' && CLAUSE_ENDS_AFTER.test(text.slice(cueStart + cue.length)))
    return NAMED_BEFORE_REPORTS.test(text.slice(Math.max(0, cueStart - SIGNER_REACH), cueStart));
  if (NOT_SPEECH_AFTER.get(lower)?.test(text.slice(cueStart + cue.length))) return false;
  // "an attack claimed by the Front": a claim of the attack, not of what it killed.
  if (lower === 'claimed' && BY_AGENT.test(text.slice(cueStart + cue.length)) && CLAIMED_DEED.test(text.slice(Math.max(0, cueStart - 40), cueStart)))
    return false;
  // ", per the ministry": a source after a comma; "12 per day", "per cent" are rates.
  if (lower === 'per') return SOURCE_AFTER_PER.test(text.slice(cueStart + cue.length));
  return ACCORDING.has(lower) || AFTER_CUES.test(lower) || !ADJECTIVAL_BEFORE.test(text.slice(Math.max(0, cueStart - 8), cueStart));
}

/** The phrases that may name the speaker of one cue: one, or the segments of an appositive. */
function phrasesOfCue(text: string, cue: string, cueStart: number): SpeakerPhrase[] {
  const cueEnd = cueStart + cue.length;
  const lower = cue.toLowerCase();
  const rest = text.slice(cueEnd);
  if (ACCORDING.has(lower) || AFTER_CUES.test(lower)) {
    // "Data from the health office show 45 ...": the owner of the data ends where its verb begins.
    const verb = LEARNED_FROM.test(lower) ? THAT_CLAUSE.exec(rest) : DATA_VERB.exec(rest);
    const end = verb ? cueEnd + verb.index : clauseEndAfter(text, cueEnd);
    // "according to information from X", "citing the press centre of X": X is the source.
    const from = cueEnd + (SOURCE_CUES.test(lower) ? (WRITING_OF.exec(rest)?.[0].length ?? 0) : 0);
    // "the Ministry of Health under the government of ...": what it is under describes the source.
    const under = UNDER.exec(text.slice(from, end));
    return listOf(phraseInClause(text, from, Math.min(under ? from + under.index : end, clauseEndAfter(text, cueEnd)), 'according', cue, cueStart, false));
  }
  // "X was quoted as saying", "X was quoted by Reuters (as saying)": the subject speaks; "AP quoted X as saying": X does.
  if (lower === 'quoted') {
    const passive = AS_SAYING.test(rest) || PASSIVE_AUX_END.test(text.slice(0, cueStart));
    return passive ? quotedSubject(text, cue, cueStart) : listOf(quotedPhrase(text, cueEnd, cue, cueStart));
  }
  // "an attack claimed by the Islamic State", "figures reported by the Observatory": the agent speaks.
  const by = BY_AGENT.exec(rest);
  // "This was said by President Jan Roe": the figures just told are the agent's.
  if (by) return listOf(afterPhrase(text, cueEnd + by[0].length, 'according', cue, cueStart, TOLD_BEFORE.test(text.slice(0, cueStart))));
  let refersBack = false;
  if (NEEDS_OBJECT.has(lower)) {
    const obj = OBJECT.exec(rest);
    if (!obj && !(COUNT_OBJECT.has(lower) && COUNTED_START.test(rest.trimStart()))) return [];
    refersBack = BACK_OBJECT.test(obj?.[1] ?? '');
  }
  if (!refersBack && BACK_CUES.has(lower) && BACK_REFERENCE.test(rest)) refersBack = true;
  const regionStart = boundaryBefore(text, cueStart);
  const raw = text.slice(regionStart, cueStart);
  if ((lower === 'read' || lower === 'reads') && !READER.test(raw)) return [];
  const region = trimRegion(raw, regionStart);
  // "Jane Roe, head of the command, initially said": an adverb after the appositive is no speaker; the appositive's name is.
  const whole = region && ADVERBS_ONLY.test(region.text) ? null : region;
  // "The opposition blamed the army, saying ...": the one who blamed says it, not the one blamed.
  const before = whole && CONTINUATIONS.has(lower) ? subjectOfObjectVerb(whole) : whole;
  const nounLike = NOUN_CAPABLE.has(lower);
  if (before) {
    if (nounLike && NOUN_BEFORE.test(before.text)) return [];
    if (PLURAL_PRESENT.has(lower) && OBJECT_BEFORE.test(before.text)) return [];
    // "If confirmed, the toll would...", "When asked, he said": a clause opener, not a speaker.
    if (OPENER_ALONE.test(before.text)) return [];
    // Punctuation-stripped text: "... in the town of Ghandoura said the Syrian Observatory." ends on its speaker.
    const canInvert = !nounLike && !NEEDS_OBJECT.has(lower) && !TAKES_MEDIUM.has(lower);
    const after = canInvert ? invertedAtEnd(text, cueEnd, cue, cueStart, refersBack) : null;
    if (after && nameShaped(after.text)) return [after];
    const subject = phraseOf(before, 'subject', cue, cueStart, refersBack, PASSIVE_END.test(before.text));
    // "Jane Roe, spokeswoman for the city council, said": the name before the appositive speaks.
    const name = nameBeforeAppositive(text, regionStart, cue, cueStart, refersBack);
    return name ? [name, subject] : [subject];
  }
  // Nothing before the cue: the speaker follows it ("said X"), or sits in an appositive ("X, the head of Y, also said").
  if (CONTINUATIONS.has(lower) || nounLike) return [];
  // "Jane Roe, of the civil defence, told the agency": only an appositive can speak here.
  if (TAKES_MEDIUM.has(lower)) return appositives(text, regionStart, cue, cueStart, refersBack);
  const after = NEEDS_OBJECT.has(lower) ? null : afterPhrase(text, cueEnd, 'inverted', cue, cueStart, refersBack);
  const inApposition = appositives(text, regionStart, cue, cueStart, refersBack);
  // "At least 11 people died ..., said Gaza's health ministry": a body described after the cue, at the sentence's end, speaks.
  const described = canInvertAfter(lower) ? invertedAtEnd(text, cueEnd, cue, cueStart, refersBack) : null;
  if (described && isDescribedSpeaker(described.text)) return [described];
  // "Jane Roe, the mayor, said at least 27 people ...": the appositive speaks, what follows is told.
  if (inApposition.length && (!after || COUNTED_START.test(after.text) || !nameShaped(after.text))) return inApposition;
  return after ? [after] : inApposition;
}

/**
 * "the Russian military was quoted as saying": the subject speaks; "Jane Roe, the head of the
 * ambulance service, was quoted by Reuters": the segments before the verb do.
 */
function quotedSubject(text: string, cue: string, cueStart: number): SpeakerPhrase[] {
  const start = boundaryBefore(text, cueStart);
  const region = trimRegion(text.slice(start, cueStart).replace(PASSIVE_AUX_END, ' '), start);
  return region ? [phraseOf(region, 'subject', cue, cueStart, false, false)] : appositives(text, start, cue, cueStart, false);
}

function afterPhrase(text: string, from: number, role: SpeakerRole, cue: string, cueStart: number, refersBack: boolean): SpeakerPhrase | null {
  const end = clauseEndAfter(text, from);
  const holder = role === 'inverted' ? holderAfter(text, end) : null;
  return holder
    ? phraseInClause(text, holder[0], holder[1], role, cue, cueStart, refersBack)
    : phraseInClause(text, from, end, role, cue, cueStart, refersBack);
}

/**
 * Where the name of an office's holder stands, when a comma sets it off after the office at the sentence's
 * end ("said the governor of the region, Jan Roe."): the name speaks, as in "said Jan Roe, the governor".
 */
function holderAfter(text: string, end: number): readonly [number, number] | null {
  const holder = NAME_AFTER_COMMA.exec(text.slice(end));
  const name = holder?.[1];
  if (!holder || !name || !isPersonName(name)) return null;
  const start = end + holder[0].indexOf(name);
  return [start, start + name.length];
}

/**
 * The inverted phrase after a cue when it ends the sentence ("... in Ghandoura said the Syrian Observatory.").
 * The phrase ends no later than its clause, and what follows a sentence's end ends it too,
 * so a clause that does not end the sentence holds none: it is not read.
 */
function invertedAtEnd(text: string, from: number, cue: string, cueStart: number, refersBack: boolean): SpeakerPhrase | null {
  const after = afterPhrase(text, from, 'inverted', cue, cueStart, refersBack);
  return after && endsSentence(text, after.end) ? after : null;
}

/** The speaker's phrase in `text[from, end)`, trimmed; an inverted one must be a short name, not a clause. */
function phraseInClause(text: string, from: number, end: number, role: SpeakerRole, cue: string, cueStart: number, refersBack: boolean): SpeakerPhrase | null {
  const region = trimRegion(text.slice(from, end), from);
  if (!region) return null;
  if (role === 'inverted' && (FINITE_VERB.test(region.text) || TO_WHOM.test(region.text) || region.text.split(/\s+/).length > MAX_INVERTED_WORDS)) return null;
  return phraseOf(region, role, cue, cueStart, refersBack, false);
}

/** "AP quoted SOHR as saying": the quoted one speaks. */
function quotedPhrase(text: string, from: number, cue: string, cueStart: number): SpeakerPhrase | null {
  const rest = text.slice(from);
  const as = AS_SAYING_AHEAD.exec(rest);
  if (!as) return null;
  const region = trimRegion(rest.slice(0, as.index), from);
  if (!region) return null;
  // "quoted Jane Roe, head of the delegation, as saying": the person named before the role speaks.
  const comma = region.text.indexOf(',');
  const name = comma > 0 ? region.text.slice(0, comma) : '';
  const named = name && isPersonName(name) ? { start: region.start, end: region.start + name.length, text: name } : region;
  return phraseOf(named, 'quoted', cue, cueStart, false, false);
}

/**
 * True for a person's name alone: capitalised words and the particles of names, not an opener ("Meanwhile").
 * @example isPersonName('Jane al-Roe') // true
 */
export function isPersonName(text: string): boolean {
  return PERSON_NAME.test(text) && !NOT_A_NAME.test(text);
}

/**
 * The bare name of "Name, role, said": the clause before the comma that ends right before
 * the role is a name only (capitalised words, "al-", "bin"), not a clause ("The strikes killed 30").
 */
function nameBeforeAppositive(text: string, regionStart: number, cue: string, cueStart: number, refersBack: boolean): SpeakerPhrase | null {
  const comma = text.lastIndexOf(',', regionStart - 1);
  if (comma < 0 || text.slice(comma + 1, regionStart).trim() !== '') return null;
  const start = boundaryBefore(text, comma);
  const raw = text.slice(start, comma).trim();
  // The whole clause is the name: "In a statement issued in Moscow, the ministry said" has none.
  if (!PERSON_NAME.test(raw) || NOT_A_NAME.test(raw) || TIME_ONLY.test(text.slice(text.lastIndexOf(',', comma - 1) + 1, comma))) return null;
  const region = trimRegion(text.slice(start, comma), start);
  if (!region) return null;
  return phraseOf(region, 'appositive', cue, cueStart, refersBack, false);
}

/** "Sergei Rudskoy, the chief of the General Staff, released the toll": the comma segments before the cue. */
function appositives(text: string, regionStart: number, cue: string, cueStart: number, refersBack: boolean): SpeakerPhrase[] {
  const out: SpeakerPhrase[] = [];
  let end = regionStart - 1;
  while (end > 0 && text[end] !== ',' && /\s/.test(text[end] ?? '')) end--;
  for (let k = 0; k < MAX_APPOSITIVES && end > 0 && text[end] === ','; k++) {
    // "The ministry, which condemned the strike as a "massacre", said": the relative clause is passed over.
    const relative = relativeClauseBefore(text, end);
    if (relative > 0) {
      end = relative;
      continue;
    }
    const start = segmentStart(text, end);
    const region = trimRegion(text.slice(start, end), start);
    // "Officials in the capital, Kyiv, said": the name renames the place before it; it does not speak.
    const namesPlace = region !== null && text[start - 1] === ',' && PLACE_NOUN_END.test(text.slice(Math.max(0, start - 1 - MAX_PLACE_NOUN), start - 1));
    if (region && !namesPlace && !TIME_ONLY.test(text.slice(start, end))) out.push(phraseOf(region, 'appositive', cue, cueStart, refersBack, false));
    end = start - 1;
  }
  // "Jane Roe, a spokeswoman for the Free Army, a rebel alliance, said": the bare name speaks first.
  const name = out.findIndex((p) => PERSON_NAME.test(p.text) && !NOT_A_NAME.test(p.text));
  return name > 0 ? [out[name]!, ...out.filter((_, i) => i !== name)] : out;
}

/**
 * A segment that only says when ("As recently as May, the army reported", "On Friday, officials said"):
 * no one who speaks. The word before the month says so ("May, the prime minister, said" names a person).
 */
const TIME_ONLY = new RegExp(
  `^\\s*(?:(?:as\\s+(?:recently|early|late|long)\\s+as|in|on|since|until|by|from|last|early|late|earlier|later|then|and)\\s+)+(?:${ANY_MONTH_PATTERN}\\.?|${WEEKDAY_PATTERN}|(?:19|20)\\d\\d)(?:\\s+(?:\\d{1,4}|morning|afternoon|evening|night))*\\s*$`,
  'i',
);

/** A segment that ends where someone is ("in the regional capital"): the name after its comma renames that place. */
const PLACE_NOUN_END =
  /\b(?:in|at|from|near|outside|inside|around|across|to)\s+(?:the\s+)?(?:\S+\s+){0,2}(?:capital|city|town|village|region|province|district|governorate|state|country|neighbou?rhood|camp)\s*$/i;
/** How far back from the comma the place noun is read. */
const MAX_PLACE_NOUN = 48;

/** The comma that opens a relative clause (", which ...", ", who ...") ending at the comma `end`, or -1. */
function relativeClauseBefore(text: string, end: number): number {
  const from = Math.max(0, end - MAX_SEGMENT);
  const m = RELATIVE_OPENING.exec(text.slice(from, end));
  return m ? from + m.index : -1;
}

/**
 * Start of an appositive segment ending at a comma: after the comma or boundary before it, with a
 * parenthesis inside it passed over ("the head of the Relief Cross (RC) in Eastmoor").
 */
function segmentStart(text: string, end: number): number {
  let depth = 0;
  for (let i = end - 1; i >= 0 && end - i <= MAX_SEGMENT; i--) {
    const ch = text[i];
    if (ch === ')') depth++;
    else if (ch === '(' && depth > 0) depth--;
    else if (depth === 0 && (ch === ',' || ch === ';' || ch === ':' || ch === '“' || ch === '”' || ch === '"' || (ch === '.' && /\s/.test(text[i + 1] ?? ''))))
      return i + 1;
  }
  return Math.max(0, end - MAX_SEGMENT);
}

/**
 * A region of the sentence as the phrase of a cue. Written out field by field: in V8 a
 * spread followed by new fields (`{ ...region, role }`) takes a slow path, some microseconds each.
 */
function phraseOf(region: Region, role: SpeakerRole, cue: string, cueStart: number, refersBack: boolean, passive: boolean): SpeakerPhrase {
  return { start: region.start, end: region.end, text: region.text, role, cue, cueStart, refersBack, passive };
}

function listOf(phrase: SpeakerPhrase | null): SpeakerPhrase[] {
  return phrase ? [phrase] : [];
}
