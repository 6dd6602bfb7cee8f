/**
 * Resolves a speaker phrase to a claimant: a registered name, a description
 * that points back ("the ministry", "the defense ministry", "the statement"),
 * a pronoun ("it said"), a known surname ("Rahman said"), or a new named speaker.
 */
import type { Claimant } from '../../model.ts';
import { claimantSlug, readName, ROLE_HEADS, tidy, type NameReading } from './names.ts';
import { normalWords, type AliasHit, type RegistryMatcher } from './registry.ts';
import type { SpeakerPhrase } from './speakers.ts';

const PRONOUN = /^(?:he|she|it|they|we)$/i;
/** "Reports said", "local media reported", "activists told AFP": someone speaks, no claimant is named. */
const REPORTS = /(?:^|\s)(?:(?:earlier|other|local|media|news|unconfirmed|some|initial|press|several|previous|opposition|pro-government|state|activist|medical|security|military|rebel|unnamed|informed|witness)\s+)*(?:reports?|sources?|activists|witnesses|residents|observers|medics|media|rumou?rs|accounts)$/i;
/** Heads of a description that points back at the last speaker ("the statement read", "the source added"). */
const SPEAKER_HEADS = new Set([
  'statement', 'source', 'spokesman', 'spokeswoman', 'spokesperson', 'official', 'group', 'monitor', 'report',
  'communique', 'agency', 'organisation', 'organization', 'watchdog', 'body', 'charity', 'network', 'channel',
  'website', 'outlet', 'center', 'centre', 'office', 'commander', 'minister', 'chief', 'head',
]);
/** Heads of a description that points back at a named claimant of the same kind ("the defense ministry"). */
const KIND_HEADS = new Set([
  'ministry', 'observatory', 'army', 'military', 'command', 'coalition', 'government', 'council', 'committee',
  'forces', 'force', 'department', 'directorate', 'staff', 'agency', 'monitor', 'center', 'centre', 'office',
]);
const SHORT_PHRASE = 8;
const MAX_DESCRIPTION = 5;
const RELATIVE = /\s+(?:which|who|whose)\s+/i;
/** "... and the monitor": a definite description closing a longer phrase. */
const TRAILING_DESCRIPTION = /\bthe\s+((?:[\w'’-]+\s+){0,2}[\w'’-]+)$/i;
/** A role word right after a registered name makes the name the speaker's body ("PYD spokesman Nawaf Khalil"). */
const ROLE_AFTER = /^\s*(?:['’]?s\s+)?(?:[\p{L}-]+\s+){0,2}([\p{L}]+)/u;

/**
 * True when a registered name is the speaker of a subject phrase: among the last
 * three words of the name read before the cue, or followed by a role ("Observatory head ...").
 */
function nearEnd(own: string, hit: AliasHit, nameStart: number): boolean {
  if (hit.end <= nameStart) return false;
  const role = ROLE_AFTER.exec(own.slice(hit.end));
  if (role && ROLE_HEADS.has((role[1] ?? '').toLowerCase())) return true;
  const lastWords = [...own.slice(nameStart).matchAll(/\S+/g)];
  const third = lastWords[Math.max(0, lastWords.length - 3)];
  return hit.end > nameStart + (third?.index ?? 0);
}
/** Words in a description that say nothing about which claimant it is. */
const NEUTRAL = new Set(['the', 'so', 'called', 'britain', 'based', 'uk', 'london', 'monitoring', 'war', 'said', 'its', 'their', 'his', 'her', 'same', 'also']);

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
  readonly memory: Memory;
  /** The claimant of the last speaker, or null after an unnamed one. */
  readonly lastSpeaker: Claimant | null;
  /** Registered names already found in the sentence, moved to offsets within `[start, end)`; saves a second search. */
  readonly hitsIn?: (start: number, end: number) => AliasHit[];
  /** For "a video that it said", "which it says": the named subject the sentence opens with, if any. */
  readonly sentenceSubject?: (phrase: SpeakerPhrase) => Claimant | null;
}

/**
 * Resolves one speaker phrase of a sentence.
 * @example resolvePhrase(phrase, { matcher, memory, lastSpeaker }) // { kind: 'claimant', claimant: { id: 'ru-mod', ... } }
 */
export function resolvePhrase(phrase: SpeakerPhrase, ctx: ResolveContext): Resolution {
  if (phrase.passive) return { kind: 'unnamed' };
  const subject = phrase.role === 'subject' || phrase.role === 'appositive';
  // "US Central Command which oversees US military operations in the Middle East said": when the whole
  // phrase names nobody near its end, the part before the relative clause may.
  const relative = subject ? RELATIVE.exec(phrase.text) : null;
  const owns = relative ? [phrase.text, phrase.text.slice(0, relative.index)] : [phrase.text];
  let name: NameReading = { kind: 'none' };
  for (const own of owns) {
    const hits = ctx.hitsIn ? ctx.hitsIn(phrase.start, phrase.start + own.length) : ctx.matcher.find(own);
    const hit = pickHit(hits, subject);
    const reading = readName(own, { leading: !subject });
    if (own === phrase.text) name = reading;
    if (!hit) continue;
    // In a long subject (punctuation-stripped text) a registered name far from the cue is not the speaker,
    // unless the subject starts with it ("The Syrian Observatory for Human Rights a monitoring group based in the UK").
    const inName = reading.kind !== 'name' || (subject ? nearEnd(own, hit, reading.start) : hit.start < reading.end);
    const leads = /^(?:the\s+|so-called\s+)*$/i.test(own.slice(0, hit.start));
    if (inName || leads || own.split(/\s+/).length <= SHORT_PHRASE) return at(phrase, hit.start, hit.end, hit.claimant, false);
  }
  const text = phrase.text.replace(/^[\s“”"'‘’]+|[\s“”"'‘’]+$/g, '');
  if (REPORTS.test(text)) return { kind: 'unnamed' };
  // A description is the last few words ("The attack also injured dozens and the monitor" -> "the monitor").
  const tail = TRAILING_DESCRIPTION.exec(text);
  if (tail && tail.index > 0 && !/[\p{Lu}]/u.test((tail[1] ?? '').slice(0, 1))) {
    return resolvePhrase({ ...phrase, start: phrase.start + tail.index, end: phrase.end, text: text.slice(tail.index) }, ctx);
  }
  if (PRONOUN.test(text)) {
    const subjectOfSentence = ctx.sentenceSubject?.(phrase) ?? null;
    if (subjectOfSentence) return at(phrase, 0, phrase.text.length, subjectOfSentence, true);
    return ctx.lastSpeaker ? at(phrase, 0, phrase.text.length, ctx.lastSpeaker, true) : { kind: 'none' };
  }

  const description = /^the\s+(.+)$/i.exec(text);
  // A description names no one itself: "the defense ministry", not "the Palmyra Coordination network".
  if (description && text.split(/\s+/).length <= MAX_DESCRIPTION && !/\s\p{Lu}/u.test(text.replace(/\b(?:so-called|Britain|UK|London|US|U\.S\.)\b/g, ''))) {
    const words = normalWords(description[1] ?? '').filter((w) => !NEUTRAL.has(w));
    const head = words[words.length - 1] ?? '';
    if (SPEAKER_HEADS.has(head) || KIND_HEADS.has(head)) {
      if (SPEAKER_HEADS.has(head) && words.length === 1 && ctx.lastSpeaker) return at(phrase, 0, phrase.text.length, ctx.lastSpeaker, true);
      const earlier = recall(ctx.memory, words);
      if (earlier) return at(phrase, 0, phrase.text.length, earlier, true);
      if (words.length >= 2 && KIND_HEADS.has(head)) return at(phrase, 0, phrase.text.length, named(tidy(text)), false);
      if (SPEAKER_HEADS.has(head) && ctx.lastSpeaker) return at(phrase, 0, phrase.text.length, ctx.lastSpeaker, true);
      return { kind: 'unnamed' };
    }
  }
  // A bare surname of a claimant named earlier: "Rahman said".
  if (/^\p{Lu}[\p{L}'’-]+$/u.test(text)) {
    const surname = text.toLowerCase();
    for (let i = ctx.memory.named.length - 1; i >= 0; i--) {
      const c = ctx.memory.named[i];
      const reg = c ? ctx.matcher.byId(c.claimant.id) : undefined;
      if (c && reg?.surnames.has(surname)) return at(phrase, 0, phrase.text.length, c.claimant, false);
    }
  }
  if (name.kind !== 'name' && relative) name = readName(phrase.text.slice(0, relative.index));
  if (name.kind === 'name') return at(phrase, name.start, name.end, named(name.text), false);
  // Someone else speaks ("a spokesman at the hospital said"): not a claimant, but the statement before has ended.
  return { kind: 'unnamed' };
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

/** Subjects name their speaker last ("Observatory head Rami Abdel Rahman"); other roles first. */
function pickHit(hits: readonly AliasHit[], rightmost: boolean): AliasHit | undefined {
  if (hits.length === 0) return undefined;
  return rightmost ? hits[hits.length - 1] : hits[0];
}

function named(name: string): Claimant {
  const clean = name.charAt(0).toUpperCase() + name.slice(1);
  return { id: claimantSlug(clean), name: clean };
}

function at(phrase: SpeakerPhrase, start: number, end: number, claimant: Claimant, anaphor: boolean): Resolution {
  return { kind: 'claimant', claimant, start: phrase.start + start, end: phrase.start + end, anaphor };
}
