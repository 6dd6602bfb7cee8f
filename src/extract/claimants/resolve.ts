/**
 * Resolves a speaker phrase to a claimant: a registered name, a description
 * that points back ("the ministry", "the defense ministry", "the statement"),
 * a pronoun ("it said"), a known surname ("Rahman said"), or a new named speaker.
 * The steps are tried in the order `resolvePhrase` lists them.
 */
import type { Claimant, SourceEntry } from '../../model/types.ts';
import type { Tagger } from '../tagger.ts';
import { nounPhraseAtEnd } from './noun-phrase.ts';
import { isOneSource, oneSourceNamed, partyNamed, sourcesNamed } from './plural-sources.ts';
import { documentOwner, outletOwnCount } from './owners.ts';
import { ARMED_PLURALS, BODY_NAME_HEADS, claimantSlug, isNationalAdjective, PEOPLE_PLURALS, readName, ROLE_HEADS, tidy, type NameReading } from './names.ts';
import { splitRole } from './roles.ts';
import { hasHitWithin, hitsWithin, normalWords, type AliasHit, type RegistryMatcher } from './registry.ts';
import type { SpeakerPhrase } from './speakers.ts';
import { allMatches } from '../all-matches.ts';

const PRONOUN = /^(?:he|she|it|they|we)$/i;
/** "Reports said", "local media reported", "activists told AFP": someone speaks, no claimant is named. */
const REPORTS =
  /(?:^|\s)(?:(?:earlier|other|local|media|news|unconfirmed|some|initial|press|several|previous|opposition|pro-government|state|activist|medical|security|military|rebel|unnamed|informed|witness)\s+)*(?:reports?|sources?|activists|witnesses|residents|observers|medics|media|rumou?rs|accounts)$/i;
/** Heads of a description that points back at the last speaker ("the statement read", "the source added"). */
const SPEAKER_HEADS = new Set([
  'statement',
  'source',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'official',
  'group',
  'monitor',
  'report',
  'communique',
  'agency',
  'organisation',
  'organization',
  'watchdog',
  'body',
  'charity',
  'network',
  'channel',
  'website',
  'outlet',
  'center',
  'centre',
  'office',
  'commander',
  'minister',
  'chief',
  'head',
]);
const MAX_OFFICE_WORDS = 10;
const OFFICE_WORD =
  /\b(?:governor|mayor|president|minister|spokes(?:man|woman|person)|head|chief|director|commander|secretary|envoy|ambassador|official|leader)\b/i;
const OFFICE_PREFIX =
  /^(?:(?:\p{Lu}[\p{L}'’-]*|town|city|regional|provincial|district|state|deputy|acting|local)\s+){0,2}(?:town|city|regional|provincial|district|state|deputy|acting|local)$/u;
const LEADING_FILLER = /^(?:[\s,]*(?:and|but|the|a|an))+\b/i;
/** Adverbs and auxiliaries after a speaker's name, read from the end only. */
const TRAILING_ADVERBS = /(?:\s+(?:had|has|have|was|were|is|initially|first|originally|subsequently|already|just|since|\p{Ll}+ly))+$/u;
/** Heads that name a body, not a person: "the organisation" is the body named last. */
const BODY_HEADS = new Set(['organisation', 'organization', 'group', 'agency', 'body', 'charity', 'watchdog', 'network', 'monitor']);
/** Offices held by one person: "the mayor" is the mayor the article named. */
const OFFICE_HEADS = new Set([
  'mayor',
  'governor',
  'president',
  'premier',
  'envoy',
  'ambassador',
  'prosecutor',
  'secretary',
  'chairman',
  'chairwoman',
  'general',
  'colonel',
  'admiral',
  'director',
  'coordinator',
]);
/** Heads of a description that points back at a named claimant of the same kind ("the defense ministry"). */
const KIND_HEADS = new Set([
  'ministry',
  'observatory',
  'army',
  'military',
  'police',
  'mission',
  'command',
  'coalition',
  'government',
  'council',
  'committee',
  'forces',
  'force',
  'department',
  'directorate',
  'staff',
  'agency',
  'monitor',
  'center',
  'centre',
  'office',
  // "sources in the civil defence", "officials at the Eastmoor hospital".
  'defence',
  'defense',
  'hospital',
  'administration',
]);
/** Words in a description that say nothing about which claimant it is. */
const NEUTRAL = new Set(['the', 'so', 'called', 'britain', 'based', 'uk', 'london', 'monitoring', 'war', 'said', 'its', 'their', 'his', 'her', 'same', 'also']);
/** A subject this short may hold its registered speaker anywhere. */
const SHORT_PHRASE = 8;
const MAX_DESCRIPTION = 5;
const PLACE_PREPOSITION = /\b(?:in|near|inside|outside|around|across|into|on|over|towards?)\s+(?:the\s+)?$/i;
/** "the defence ministry in Moscow": a description placed by a capital. */
const PLACED_DESCRIPTION = /^(the\s+(?:[\w'’-]+\s+){0,2}[\w'’-]+)\s+in\s+\S.*$/i;
/** A name followed by where it sits: "the Monitoring Centre in Freedonia". */
const PLACED_NAME = /^(.*\p{Lu}[\p{L}'’-]*)\s+(?:in|at|based\s+in)\s+\p{Lu}[\p{L}'’ -]{0,40}$/u;
const MAX_PLACED = 120;
/** A voice of a body with no name of its own: "spokesman for the ministry", "an official at the council". */
const VOICE_OF =
  /^(?:the\s+|a\s+|an\s+)?((?:\p{L}+\s+)?(?:spokes(?:man|woman|person)|officials?|representatives?|sources))\s+(?:for|of|at|in|within|from)\s+(.+)$/iu;
/** "... in Eastmoor", "... based in Eastmoor", "... in the besieged territory" at the end of a phrase, from its start (the phrase is short). */
const PLACED_TAIL = /\s+(?:in|at|based\s+in)\s+(?:\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}|the\s+(?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+)$/u;
const RELATIVE = /\s+(?:which|who|whose)\s+/i;
const HAS_LOWERCASE = /\p{Ll}/u;
/** "... and the monitor": a description closing a longer phrase, from its last article on. */
const TRAILING_DESCRIPTION = /\b(?:the|an?)\s+((?:(?!(?:the|an?)\s)[\w'’-]+\s+){0,2}[\w'’-]+)$/i;
const DESCRIPTION = /^the\s+(.+)$/i;
/** Capitalised words that do not make a description a name ("the so-called", "the Britain-based"). */
const DESCRIPTION_PLACES = /\b(?:so-called|Britain|UK|London|US|U\.S\.)\b/g;
const INNER_CAPITAL = /\s\p{Lu}/u;
const LEADING_ARTICLE = /^(?:the\s+|so-called\s+)*$/i;
const QUOTES_AROUND = /^[\s“”"'‘’]+|[\s“”"'‘’]+$/g;
const BARE_SURNAME = /^\p{Lu}[\p{L}'’-]+$/u;
const WORD = /\S+/g;
/** A role word right after a registered name makes the name the speaker's body ("PYD spokesman Nawaf Khalil"). */
const ROLE_AFTER = /^\s*(?:['’]?s\s+)?(?:[\p{L}-]+\s+){0,2}(\p{L}+)/u;

/** What the article has named so far, most recent last. */
export interface Memory {
  readonly named: { readonly claimant: Claimant; readonly words: ReadonlySet<string> }[];
}

export type Resolution =
  | {
      readonly kind: 'claimant';
      readonly claimant: Claimant;
      /** `[start, end)` within the sentence text of the words that name it. */
      readonly start: number;
      readonly end: number;
      readonly anaphor: boolean;
    }
  | { readonly kind: 'unnamed' }
  | { readonly kind: 'none' };

export interface ResolveContext {
  readonly matcher: RegistryMatcher;
  /** The part-of-speech tagger, loaded on first ask (src/extract/lexicons.ts). */
  readonly tagger: () => Tagger;
  /** The registered outlets: only their own reporters' counts make them claimants. */
  readonly outlets: readonly SourceEntry[];
  readonly memory: Memory;
  /** The claimant of the last speaker, or null after an unnamed one. */
  readonly lastSpeaker: Claimant | null;
  /** The last speaker that is not people in the plural: whom "it" may mean. */
  readonly lastBody: Claimant | null;
  /** Whether the last speaker was a person, or a body a named person spoke for: whom "he" or "she" may mean. */
  readonly lastByPerson?: boolean;
  /**
   * The sentence the phrase stands in and the registered names found in it: they save a second
   * search, and give the named subject the sentence opens with ("a video that it said", "which it says").
   */
  readonly sentence: { readonly text: string; readonly hits: readonly AliasHit[] };
}

/** A possessive at the end of a speaker phrase: "the ministry's" (before "figures show"). */
const POSSESSIVE_END = /['’]s$/;

/**
 * Resolves one speaker phrase of a sentence.
 * @example resolvePhrase(phrase, { matcher, memory, lastSpeaker, sentence: { text, hits: matcher.find(text) } }) // { kind: 'claimant', claimant: { id: 'ru-mod', ... } }
 */
export function resolvePhrase(given: SpeakerPhrase, ctx: ResolveContext): Resolution {
  if (given.passive) return { kind: 'unnamed' };
  // "The US-led coalition against the Islamic State ... said": the speaker is the subject's head, not what it fights.
  const against = given.role === 'subject' ? AGAINST.exec(given.text) : null;
  const head = against?.[1];
  if (head) return resolvePhrase({ ...given, end: given.start + head.length, text: head }, ctx);
  // "Ministry spokesman Jan Roe had initially reported": the adverbs and auxiliaries are not the name.
  const tail = given.text.length <= MAX_PLACED ? TRAILING_ADVERBS.exec(given.text) : null;
  const phrase = tail && tail.index > 0 ? { ...given, end: given.start + tail.index, text: given.text.slice(0, tail.index) } : given;
  const text = phrase.text.replace(QUOTES_AROUND, '');
  // "The Doctors Without Borders (MSF) NGO reported": the name, not the kind of body written after its acronym.
  const named = KIND_WORD.test(text) ? NAME_AND_ACRONYM.exec(ctx.sentence.text.slice(0, phrase.start)) : null;
  if (named?.[1]) {
    const start = named.index + named[0].indexOf(named[1]);
    return resolvePhrase({ ...phrase, start, end: start + named[1].length, text: named[1] }, ctx);
  }
  // "the ministry's (latest figures show)": the owner speaks, by its name without the possessive (a registered
  // name is found with it: "the UN's").
  const known = registered(phrase, ctx);
  const owner = known ? null : POSSESSIVE_END.exec(phrase.text);
  if (owner) return resolvePhrase({ ...phrase, end: phrase.end - owner[0].length, text: phrase.text.slice(0, owner.index) }, ctx);
  return (
    known ??
    firstListed(phrase, ctx) ??
    statementIssuer(phrase, text, ctx) ??
    ownCount(phrase, text, ctx) ??
    document(phrase, text, ctx) ??
    author(phrase, text, ctx) ??
    authoritiesIn(phrase, text) ??
    qualifiedSources(phrase, text) ??
    officialsOfBody(phrase, text, ctx) ??
    (REPORTS.test(text) ? UNNAMED : null) ??
    voiceOfBody(phrase, text, ctx) ??
    withoutPlace(phrase, text, ctx) ??
    placed(phrase, text, ctx) ??
    trailingDescription(phrase, text, ctx) ??
    pronoun(phrase, text, ctx) ??
    described(phrase, text, ctx) ??
    surname(phrase, text, ctx) ??
    newName(phrase, ctx) ??
    conjoined(phrase, ctx) ??
    // Someone else speaks ("a spokesman at the hospital said"): not a claimant, but the statement before has ended.
    UNNAMED
  );
}

const UNNAMED: Resolution = { kind: 'unnamed' };
/** The kind of body a name's acronym may be followed by: "the Eastmoor Relief Network (ERN) charity". */
const KIND_WORD = /^(?:NGO|charity|group|organi[sz]ation|agency|network|monitor)$/i;
/** Just before it, the name and its acronym in brackets. */
const NAME_AND_ACRONYM = /((?:\p{Lu}[\p{L}'’-]*\s+(?:(?:of|for|and|without)\s+)?){0,5}\p{Lu}[\p{L}'’-]*)\s*\(\p{Lu}[\p{Lu}\p{N}&.-]{1,9}\)\s*$/u;
/**
 * A subject of a few words, "the" first, then "against" and a name: "The US-led coalition against
 * the Islamic State". What follows "against" is what the subject fights, not who speaks.
 */
const AGAINST = /^((?:the|The)\s+\S+(?:\s+\S+){0,3}?)\s+against\s+(?:the\s+)?\p{Lu}/u;

/** "Authorities in Kinshasa said": the place's authorities, as "the Kinshasa authorities" names them. */
const AUTHORITIES_IN = /^(?:[Tt]he\s+)?([Aa]uthorities|[Oo]fficials)\s+in\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})$/u;

/** The authorities or officials of a place named after them ("Officials in Kyiv"), not people who happen to be there. */
function authoritiesIn(phrase: SpeakerPhrase, text: string): Resolution | null {
  const m = AUTHORITIES_IN.exec(text);
  return m ? whole(phrase, named(`${m[2]} ${(m[1] ?? '').toLowerCase()}`), false) : null;
}

/** "medical sources", "Freedonian officials": people who know, named as the text names them. */
function qualifiedSources(phrase: SpeakerPhrase, text: string): Resolution | null {
  // "Russian-installed officials in the eastern town of Horlivka": where they are is no part of who they are.
  const tail = text.length <= MAX_PLACED ? PLACED_TAIL.exec(text) : null;
  const found = sourcesNamed(text) ?? oneSourceNamed(text) ?? partyNamed(text) ?? (tail && tail.index > 0 ? sourcesNamed(text.slice(0, tail.index)) : null);
  return found ? at(phrase, found.start, found.end, named(found.name), false) : null;
}

/**
 * "health ministry officials", "the army's sources", "a police spokesman": people who speak for the
 * body named before them (their rank is no part of it, nor the possessive: "the army's spokesman" speaks for the army).
 */
const OFFICIALS_OF_BODY =
  /^(?:the\s+|an?\s+)?(?:(?:senior|top|local|high-ranking|unnamed)\s+)?((?:[\p{L}'’-]+\s+){0,3}?([\p{L}'’-]+?))(?:['’]s)?\s+(?:officials?|sources|spokes(?:men|man|woman|person)|representatives?)$/iu;

/** A spokesman or spokeswoman, at the end of a speaker phrase. */
const SPOKES = /\bspokes(?:men|man|woman|person)$/i;
/** A body's own name: one to three capitalised words. */
const PROPER_BODY = /^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}$/u;

/** A body named by its own name ("Taliban", "Kachin Artists Association"), not by a people's adjective ("Israeli"). */
function isBodyName(body: string): boolean {
  return PROPER_BODY.test(body) && !body.split(/\s+/).some(isNationalAdjective);
}

/** "Libyan health ministry officials said": the ministry speaks through them. */
function officialsOfBody(phrase: SpeakerPhrase, text: string, ctx: ResolveContext): Resolution | null {
  const m = OFFICIALS_OF_BODY.exec(text);
  const body = m?.[1];
  const head = (m?.[2] ?? '').toLowerCase();
  // "the army's sources" speak for the army; "forces officials" are no body's; "aid workers and hospital officials" are a list of people.
  // "a Taliban spokesman": a body named by its own name speaks through its spokesman too (not "an Israeli spokesman").
  const namedBody = body !== undefined && SPOKES.test(text) && isBodyName(body);
  if (!body || (!KIND_HEADS.has(head) && !namedBody) || head === 'forces' || /\s(?:and|or)\s/i.test(body)) return null;
  const r = resolvePhrase({ ...phrase, text: `the ${body}` }, ctx);
  return r.kind === 'claimant' ? whole(phrase, r.claimant, r.anaphor) : null;
}

/**
 * "A spokesman for the Freedonian interior ministry said": the body speaks through its voice, named
 * as the body would be on its own (a name the text gives it, the registry's, or a description).
 */
function voiceOfBody(phrase: SpeakerPhrase, text: string, ctx: ResolveContext): Resolution | null {
  if ((phrase.role !== 'subject' && phrase.role !== 'according') || text.length > MAX_PLACED) return null;
  const voice = VOICE_OF.exec(text);
  const body = voice?.[2];
  if (!body || !DEFINITE.test(body)) return null;
  const words = normalWords(body);
  // "a spokesman for the Kachin Artists Association": a body named by its own name speaks through its spokesman too.
  const named = SPOKES.test(voice?.[1] ?? '') && isBodyName(body.replace(DEFINITE, ''));
  if (!KIND_HEADS.has(words[words.length - 1] ?? '') && !named) return null;
  const start = text.length - body.length;
  const r = resolvePhrase({ ...phrase, start: phrase.start + start, end: phrase.start + text.length, text: body }, ctx);
  return r.kind === 'claimant' ? whole(phrase, r.claimant.role ? r.claimant : { ...r.claimant, role: tidy(voice[1] ?? '').toLowerCase() }, r.anaphor) : null;
}

/** A body's voice is written after "the": "a spokesman for the ministry", not "an official of a hospital". */
const DEFINITE = /^the\s/i;

/**
 * "A spokesman for the health ministry in Eastmoor said", "a police spokesman in Eastmoor": where the
 * speaker sits is no part of who speaks; the words before it are read alone.
 */
function withoutPlace(phrase: SpeakerPhrase, text: string, ctx: ResolveContext): Resolution | null {
  if ((phrase.role !== 'subject' && phrase.role !== 'according') || text.length > MAX_PLACED) return null;
  const tail = PLACED_TAIL.exec(text);
  // "A medical source at the town hospital": the body the one source is at speaks (placed, below).
  if (!tail || tail.index === 0 || isOneSource(text.slice(0, tail.index))) return null;
  const r = resolvePhrase({ ...phrase, end: phrase.start + tail.index, text: text.slice(0, tail.index) }, ctx);
  return r.kind === 'claimant' ? r : null;
}

/** "AFP journalists on the scene reported": the outlet's own count. */
function ownCount(phrase: SpeakerPhrase, text: string, ctx: ResolveContext): Resolution | null {
  const outlet = outletOwnCount(text, ctx.outlets);
  return outlet ? whole(phrase, outlet, false) : null;
}

/** "the ministry's statement said", "a defence ministry statement said": the owner speaks. */
function document(phrase: SpeakerPhrase, text: string, ctx: ResolveContext): Resolution | null {
  const owner = documentOwner(text);
  if (!owner) return null;
  const r = resolvePhrase({ ...phrase, start: phrase.start + owner.start, text: owner.text }, ctx);
  return r.kind === 'claimant' ? whole(phrase, r.claimant, r.anaphor) : null;
}

/** "a post by X", "a video statement from X", "a Telegram message by X": what X wrote or said. */
const BY_AUTHOR = /^(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:post|statement|tweet|message|video|update|briefing|address)\s+(?:by|from)\s+/iu;

/**
 * "according to a post by Governor Jan Roe": the one who posted it speaks.
 * @example author(phrase('a post by Governor Jan Roe'), …) // Jan Roe
 */
function author(phrase: SpeakerPhrase, text: string, ctx: ResolveContext): Resolution | null {
  const by = BY_AUTHOR.exec(text);
  if (!by) return null;
  const start = by[0].length;
  const r = resolvePhrase({ ...phrase, start: phrase.start + start, text: text.slice(start) }, ctx);
  return r.kind === 'claimant' ? r : null;
}

/** "the ministry issued a statement in which it (said)": the one who issued the statement speaks in it. */
const ISSUED_IN_WHICH =
  /^(.+?)\s+(?:issued|released|published|put\s+out|made|posted)\s+(?:a|an|its|their)\s+(?:[\p{L}-]+\s+)?(?:statement|report|communiqu[eé]|update|announcement|message)\s+(?:in\s+which|which|where)\s+(?:it|they|he|she)$/iu;

/**
 * "the Health Ministry issued a statement in which it said 52 were killed": the issuer.
 * @example statementIssuer(phrase('the ministry issued a statement in which it'), …) // the ministry
 */
function statementIssuer(phrase: SpeakerPhrase, text: string, ctx: ResolveContext): Resolution | null {
  const issuer = ISSUED_IN_WHICH.exec(text)?.[1];
  if (!issuer) return null;
  const r = resolvePhrase({ ...phrase, end: phrase.start + issuer.length, text: issuer }, ctx);
  return r.kind === 'claimant' ? r : null;
}

/** After "and" in a list of speakers: the others, told as a group ("and other top officials", "and others"). */
const OTHERS_AFTER = /^(?:(?:several|many|some|a\s+few)\s+)?(?:other|others|fellow)\b/i;

/**
 * "according to President Jan Roe and other top officials", "Jan Roe and others said": the one
 * named first speaks for the list.
 */
function firstListed(phrase: SpeakerPhrase, ctx: ResolveContext): Resolution | null {
  const at = phrase.text.indexOf(' and ');
  const rest = phrase.text.slice(at + 5);
  // "according to rebels and an aid group": a second source left unnamed adds no claimant to the first.
  if (at <= 0 || !(OTHERS_AFTER.test(rest) || (phrase.role === 'according' && UNNAMED_SECOND.test(rest)))) return null;
  const first = phrase.text.slice(0, at).trim();
  const r = resolvePhrase({ ...phrase, end: phrase.start + first.length, text: first }, ctx);
  return r.kind === 'claimant' ? r : null;
}

/** A second source named only by its kind: "an aid group", "a hospital official". */
const UNNAMED_SECOND = /^an?\s+[\p{Ll}\s-]+$/u;

/**
 * "40 people had died and the director of the Eastmoor region put the toll at 50": the subject
 * of the second clause is what follows the last "and the".
 */
function conjoined(phrase: SpeakerPhrase, ctx: ResolveContext): Resolution | null {
  if (phrase.role !== 'subject' || phrase.text.length > MAX_PLACED) return null;
  const at = phrase.text.lastIndexOf(' and ');
  const rest = at > 0 ? phrase.text.slice(at + 5) : '';
  if (!/^(?:the|a|an)\s/i.test(rest)) return null;
  const r = resolvePhrase({ ...phrase, start: phrase.start + at + 5, text: rest }, ctx);
  return r.kind === 'claimant' ? r : null;
}

/** A description is the last few words ("The attack also injured dozens and the monitor" -> "the monitor"): resolved on its own. */
function trailingDescription(phrase: SpeakerPhrase, text: string, ctx: ResolveContext): Resolution | null {
  const tail = TRAILING_DESCRIPTION.exec(text);
  if (!tail || tail.index === 0 || INNER_CAPITAL.test(` ${tail[1] ?? ''}`)) return null;
  // "the health ministry in the territory": a description after "in" says where, not who.
  if (PLACE_PREPOSITION.test(text.slice(0, tail.index))) return null;
  return resolvePhrase({ ...phrase, start: phrase.start + tail.index, text: text.slice(tail.index) }, ctx);
}

/**
 * A registered name in the phrase. In a long subject (punctuation-stripped text) a
 * name far from the cue is not the speaker, unless the subject starts with it; a
 * name after a preposition of place ("a source in Damascus") is where, not who.
 */
function registered(phrase: SpeakerPhrase, ctx: ResolveContext): Resolution | null {
  const hits = ctx.sentence.hits;
  // Most phrases hold no registered name at all; every part tried below lies within the phrase.
  if (!hasHitWithin(hits, phrase.start, phrase.start + phrase.text.length)) return null;
  const subject = phrase.role === 'subject' || phrase.role === 'appositive';
  // "US Central Command which oversees US military operations in the Middle East said": when the whole
  // phrase names nobody near its end, the part before the relative clause may.
  const relative = subject ? RELATIVE.exec(phrase.text) : null;
  const owns = relative ? [phrase.text, phrase.text.slice(0, relative.index)] : [phrase.text];
  for (const own of owns) {
    const hit = pickHit(
      hitsWithin(hits, phrase.start, phrase.start + own.length).filter((h) => !isPlaceMention(own, h)),
      subject,
    );
    if (!hit) continue;
    // The cheap tests first: the name is read only when they fail.
    const leads = LEADING_ARTICLE.test(own.slice(0, hit.start));
    if (leads || own.split(/\s+/).length <= SHORT_PHRASE || inReadName(own, hit, subject)) return at(phrase, hit.start, hit.end, hit.claimant, false);
  }
  return null;
}

/** The registered name is the speaker of the name read from the phrase, or no name is read. */
function inReadName(own: string, hit: AliasHit, subject: boolean): boolean {
  const reading = readName(own, { leading: !subject });
  return reading.kind !== 'name' || (subject ? nearEnd(own, hit, reading.start) : hit.start < reading.end);
}

/** "the defence ministry in Moscow". */
function placed(phrase: SpeakerPhrase, text: string, ctx: ResolveContext): Resolution | null {
  const m = PLACED_DESCRIPTION.exec(text);
  const found = m ? placedDescription(m[1] ?? '', text, ctx) : null;
  return found ? at(phrase, 0, phrase.text.length, found, false) : null;
}

/** "it said", "he added"; "a video that it said" refers to the sentence's own subject. */
function pronoun(phrase: SpeakerPhrase, text: string, ctx: ResolveContext): Resolution | null {
  if (!PRONOUN.test(text)) return null;
  const own = openingSubject(ctx.sentence.text, phrase, ctx.sentence.hits);
  if (own) return at(phrase, 0, phrase.text.length, own, true);
  const last = ctx.lastSpeaker;
  // "It said" is a body, not "Iraqi officials and witnesses" who spoke last: the body that spoke before them.
  if (last && isPeople(last) && IT.test(text)) return ctx.lastBody ? at(phrase, 0, phrase.text.length, ctx.lastBody, true) : { kind: 'none' };
  // "She said ... she saw seven people die", after "The RSF claims ...": one person, not the body that spoke last.
  if (last && HE_SHE.test(text) && isBody(last) && !ctx.lastByPerson) return { kind: 'none' };
  return last ? at(phrase, 0, phrase.text.length, last, true) : { kind: 'none' };
}

const IT = /^it$/i;
const HE_SHE = /^(?:he|she)$/i;
/** Words of a body's name: "he" or "she" is never one. The heads of a body's name, and the armed and public bodies named by a word of their own. */
const BODY_WORDS: ReadonlySet<string> = new Set([
  // A commissioner is one person, though "the Office of the High Commissioner" is a body's name.
  ...[...BODY_NAME_HEADS].filter((w) => w !== 'commissioner'),
  ...ARMED_PLURALS,
  'army',
  'military',
  'force',
  'group',
  'media',
  'government',
  'movement',
  'front',
  'party',
  'mission',
  'service',
  'monitor',
  'command',
  'police',
  'hospital',
]);
/** An acronym: "RSF", "UN", "SOHR". */
const ACRONYM_NAME = /^[\p{Lu}\d&.-]{2,8}$/u;

/** A claimant that names a body (a ministry, an army, "RSF"), not one person or an office one person holds. */
export function isBody(claimant: Claimant): boolean {
  if (ACRONYM_NAME.test(claimant.name)) return true;
  return claimant.name
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .some((w) => BODY_WORDS.has(w));
}

/** A claimant named as people in the plural ("Iraqi officials", "medical sources"): "they", never "it". */
export function isPeople(claimant: Claimant): boolean {
  const last = claimant.name.slice(claimant.name.lastIndexOf(' ') + 1).toLowerCase();
  // "Israeli forces", named, speak for an army.
  return PEOPLE_PLURALS.has(last) && !ARMED_PLURALS.has(last);
}

/**
 * "the ministry", "the defense ministry", "the statement": the claimant named
 * before that fits; a description that fits none but says what it is ("the
 * foreign ministry") becomes a claimant of its own.
 */
function described(phrase: SpeakerPhrase, text: string, ctx: ResolveContext): Resolution | null {
  const description = DESCRIPTION.exec(text);
  if (!description || text.split(/\s+/).length > MAX_DESCRIPTION) return null;
  // A description names no one itself: "the defense ministry", not "the Palmyra Coordination network".
  if (INNER_CAPITAL.test(text.replace(DESCRIPTION_PLACES, ''))) return null;
  const words = normalWords(description[1] ?? '').filter((w) => !NEUTRAL.has(w));
  if (words.some((w) => w === 'a' || w === 'an')) return null;
  const head = words[words.length - 1] ?? '';
  // "the mayor", "the governor": the person the article gave that office, else the office as named.
  if (OFFICE_HEADS.has(head)) return whole(phrase, recall(ctx.memory, words) ?? named(tidy(text)), true);
  const speakerHead = SPEAKER_HEADS.has(head);
  if (!speakerHead && !KIND_HEADS.has(head)) return null;
  // "the organisation said": the body named last, even in this sentence ("A hospital supported by the Relief Cross ...").
  const lastNamed = ctx.memory.named[ctx.memory.named.length - 1];
  if (BODY_HEADS.has(head) && words.length === 1 && lastNamed && !lastNamed.claimant.role) return whole(phrase, lastNamed.claimant, true);
  if (speakerHead && words.length === 1 && ctx.lastSpeaker) return whole(phrase, ctx.lastSpeaker, true);
  const earlier = recall(ctx.memory, words);
  if (earlier) return whole(phrase, earlier, true);
  if (words.length >= 2 && KIND_HEADS.has(head)) return whole(phrase, named(tidy(text)), false);
  if (speakerHead && ctx.lastSpeaker) return whole(phrase, ctx.lastSpeaker, true);
  // "the organisation said" after a sentence that named a relief body: the body named last.
  const last = ctx.memory.named[ctx.memory.named.length - 1];
  if (speakerHead && words.length === 1 && last) return whole(phrase, last.claimant, true);
  // "the coalition said" with no coalition named before: the body as the text names it.
  if (KIND_HEADS.has(head)) return whole(phrase, named(tidy(text)), false);
  return UNNAMED;
}

/** A bare surname of a claimant named earlier: "Rahman said". */
function surname(phrase: SpeakerPhrase, text: string, ctx: ResolveContext): Resolution | null {
  if (!BARE_SURNAME.test(text)) return null;
  const lower = text.toLowerCase();
  for (let i = ctx.memory.named.length - 1; i >= 0; i--) {
    const c = ctx.memory.named[i];
    if (c && ctx.matcher.byId(c.claimant.id)?.surnames.has(lower)) return at(phrase, 0, phrase.text.length, c.claimant, false);
    // A person the article named in full before: "Jan Nowak said ... Nowak added".
    if (c?.claimant.name.toLowerCase().endsWith(` ${lower}`)) return at(phrase, 0, phrase.text.length, c.claimant, true);
    // The spokesman of a registered body named before: "WHO spokesman Tarik Nowak said ... Nowak added".
    if (c && ctx.matcher.byId(c.claimant.id) && c.words.has(lower) && !ctx.matcher.byId(c.claimant.id)?.words.has(lower))
      return at(phrase, 0, phrase.text.length, c.claimant, true);
  }
  return null;
}

/** A speaker in no registry, named as written ("Turkish President Recep Tayyip Erdogan"). */
function newName(phrase: SpeakerPhrase, ctx: ResolveContext): Resolution | null {
  const subject = phrase.role === 'subject' || phrase.role === 'appositive';
  const relative = subject ? RELATIVE.exec(phrase.text) : null;
  let name: NameReading = readName(phrase.text, { leading: !subject });
  if (name.kind !== 'name' && relative) name = readName(phrase.text.slice(0, relative.index));
  // "The Health Ministry in the blockaded Gaza said": a name only in where the body sits is not who speaks
  // (an acronym there is: "killed in the bombardments FNA reported", a full stop lost).
  const sits = subject && name.kind === 'name' && phrase.text.length <= MAX_PLACED ? PLACED_TAIL.exec(phrase.text) : null;
  if (sits && sits.index > 0 && name.kind === 'name' && name.start > sits.index && HAS_LOWERCASE.test(name.text))
    name = readName(phrase.text.slice(0, sits.index));
  // "The Eastmoor Monitoring Centre in Freedonia said": the body, without where it sits.
  const placed = subject && name.kind !== 'name' && phrase.text.length <= MAX_PLACED ? PLACED_NAME.exec(phrase.text) : null;
  if (placed?.[1]) name = readName(placed[1]);
  if (name.kind === 'name') {
    // "the Relief Network" after "the Eastmoor Relief Network": the body named in full before, by a short form.
    const earlier = namedInFull(ctx.memory, name.text);
    if (earlier) return at(phrase, name.start, name.end, earlier, true);
    return at(phrase, name.start, name.end, withOffice(named(name.text), phrase.text.slice(0, name.start)), false);
  }
  if (name.kind === 'unnamed') return UNNAMED;
  // "Freedonia's state railway company said": a body with a common noun for its head, read from the tags
  // ("spokesman for the health ministry in Eastmoor": without where it sits).
  const where = subject && phrase.text.length <= MAX_PLACED ? PLACED_TAIL.exec(phrase.text) : null;
  const np = subject ? nounPhraseAtEnd(where ? phrase.text.slice(0, where.index) : phrase.text, ctx.tagger) : null;
  if (np?.start !== 0) return null;
  // "spokesman for the health ministry": no one is named; the body speaks, through its spokesman.
  const voice = VOICE_OF.exec(np.text);
  const claimant = voice?.[2] ? { ...named(tidy(voice[2])), role: voice[1] ?? '' } : named(tidy(np.text));
  return at(phrase, 0, np.text.length, claimant, false);
}

/** "Governor of the Eastmoor region of Freedonia Ivan Petrov": the office written before the name is the person's role. */
function withOffice(claimant: Claimant, before: string): Claimant {
  const office = before.replace(LEADING_FILLER, '').trim();
  // "Eastmoor town mayor Ivan Petrenko": the words of the office the name reading left out.
  if (claimant.role && office && OFFICE_PREFIX.test(office)) return { ...claimant, role: `${office} ${claimant.role}` };
  if (claimant.role || !office || office.split(/\s+/).length > MAX_OFFICE_WORDS || !OFFICE_WORD.test(office)) return claimant;
  return { ...claimant, role: office };
}

/**
 * True when a registered name is the speaker of a subject phrase: among the last
 * three words of the name read before the cue, or followed by a role ("Observatory head ...").
 */
function nearEnd(own: string, hit: AliasHit, nameStart: number): boolean {
  if (hit.end <= nameStart) return false;
  const role = ROLE_AFTER.exec(own.slice(hit.end));
  if (role && ROLE_HEADS.has((role[1] ?? '').toLowerCase())) return true;
  const lastWords = allMatches(WORD, own.slice(nameStart));
  const third = lastWords[Math.max(0, lastWords.length - 3)];
  return hit.end > nameStart + (third?.index ?? 0);
}

/**
 * "Moscow has been under criticism ... which it says it stopped": a pronoun after
 * "which"/"that" outside quotes refers to the registered name the sentence opens with.
 */
function openingSubject(text: string, phrase: SpeakerPhrase, hits: readonly AliasHit[]): Claimant | null {
  const before = text.slice(0, phrase.start);
  if (!/\b(?:which|that|what)\s*$/i.test(before) || /[“”"]/.test(before)) return null;
  const first = hits[0];
  if (!first || first.start > 4 || first.start >= phrase.start) return null;
  return first.claimant;
}

/**
 * True when a registered name stands after a preposition of place ("in Damascus", "on Moscow"): there it names where, not who.
 * @example isPlaceMention('A security source in Damascus', hit) // true
 */
export function isPlaceMention(text: string, hit: AliasHit): boolean {
  return PLACE_PREPOSITION.test(text.slice(Math.max(0, hit.start - 12), hit.start));
}

/**
 * "the defence ministry in Moscow": the registered claimant whose names hold the
 * description's words and the name of the capital's claimant (Moscow -> Russia).
 */
function placedDescription(description: string, text: string, ctx: ResolveContext): Claimant | null {
  const words = normalWords(description).filter((w) => !NEUTRAL.has(w));
  const head = words[words.length - 1] ?? '';
  if (!KIND_HEADS.has(head) && !SPEAKER_HEADS.has(head)) return null;
  const where = ctx.matcher.find(text.slice(description.length))[0];
  if (!where) return null;
  const country = normalWords(where.claimant.name);
  const match = ctx.matcher.all.find((c) => c.claimant.id !== where.claimant.id && words.every((w) => c.words.has(w)) && country.some((w) => c.words.has(w)));
  return match?.claimant ?? null;
}

/**
 * The most recent claimant whose names hold every given word ("defense ministry" -> Russian Defense Ministry).
 * @example recall(memory, ['defense', 'ministry'])?.id // 'ru-mod'
 */
export function recall(memory: Memory, words: readonly string[]): Claimant | null {
  if (words.length === 0) return null;
  for (let i = memory.named.length - 1; i >= 0; i--) {
    const c = memory.named[i];
    if (c && words.every((w) => c.words.has(w))) return c.claimant;
  }
  return null;
}

/**
 * The claimant named before whose name ends with this one, of two words or more ("Relief
 * Network" after "Eastmoor Relief Network", "Health Ministry" after "Northland Health
 * Ministry"), the latest first; null for none. One word ("Network") is too little to tell.
 * @example namedInFull(memory, 'Relief Network')?.name // 'Eastmoor Relief Network'
 */
export function namedInFull(memory: Memory, name: string): Claimant | null {
  const short = name.trim().toLowerCase();
  if (!/\s/.test(short)) return null;
  for (let i = memory.named.length - 1; i >= 0; i--) {
    const c = memory.named[i];
    if (c?.claimant.name.toLowerCase().endsWith(` ${short}`)) return c.claimant;
  }
  return null;
}

/** Subjects name their speaker last ("Observatory head Rami Abdel Rahman"); other roles first. */
function pickHit(hits: readonly AliasHit[], rightmost: boolean): AliasHit | undefined {
  if (hits.length === 0) return undefined;
  return rightmost ? hits[hits.length - 1] : hits[0];
}

function named(name: string): Claimant {
  const { name: person, role } = splitRole(name);
  const clean = person.charAt(0).toUpperCase() + person.slice(1);
  return role ? { id: claimantSlug(clean), name: clean, role } : { id: claimantSlug(clean), name: clean };
}

/** The whole phrase names the claimant. */
function whole(phrase: SpeakerPhrase, claimant: Claimant, anaphor: boolean): Resolution {
  return at(phrase, 0, phrase.text.length, claimant, anaphor);
}

function at(phrase: SpeakerPhrase, start: number, end: number, claimant: Claimant, anaphor: boolean): Resolution {
  return { kind: 'claimant', claimant, start: phrase.start + start, end: phrase.start + end, anaphor };
}
