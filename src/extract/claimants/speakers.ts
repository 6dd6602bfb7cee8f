/**
 * Finds who speaks in one sentence, as text: the subject of "X said",
 * "X told AFP", "X announced"; the name after "said X" (inverted), "according
 * to X", "X quoted Y as saying"; the appositive of "X, the head of Y, also said".
 * Resolving the phrase to a claimant is resolve.ts's job.
 */

/** Speech cues. Checked further in code: some need an object ("released the toll") or a subject ("the statement read"). */
const CUE = /\b(?:according to|said|says|say|told|tells|added|adds|announced|announces|reported|reports|estimated|estimates|stated|noted|notes|claimed|claims|confirmed|confirms|declared|insisted|warned|explained|revealed|indicated|affirmed|stressed|asserted|alleged|wrote|tweeted|documented|recorded|recording|counted|saying|estimating|read|reads|released|put|gave|published|quoted)\b/gi;
/** What follows a cue that makes it not speech: "claimed the lives of", "alleged attack", "reports came". */
const NOT_SPEECH_AFTER: ReadonlyMap<string, RegExp> = new Map([
  ['claimed', /^\s+(?:the\s+lives?|lives|responsibility|victims|control)\b/i],
  ['claims', /^\s+(?:the\s+lives?|lives|responsibility|victims|of|were|was|are|is|came|have|had|that\s+(?:were|are))\b/i],
  ['alleged', /^(?!\s+that\b)/i],
  ['reports', /^(?!\s+(?:that|the|a|an|it|he|she|they|its|their|on)\b|\s+\p{Lu})/u],
  ['notes', /^(?!\s+(?:that|the|a|an|it|he|she|they))/i],
  ['estimates', /^(?!\s+(?:that|the|a|an|it|about|some|more|at|over|around|\d))/i],
  ['recorded', /^\s+(?:by|in|on|at|video|footage)\b/i],
]);
/** Words before a cue that make it an adjective ("the reported attack"). */
const ADJECTIVAL_BEFORE = /\b(?:the|a|an|its|their|his|her|this|that|these|those|of)\s+$/i;
/** Capitalised forms that are nouns or names, not speech ("United States", "Reports said"). */
const NOUN_FORMS = new Set(['Reports', 'Claims', 'States', 'Notes', 'Reads', 'Read', 'Put', 'Gave', 'Released', 'Published', 'Recorded', 'Counted', 'Documented', 'Saying', 'Say']);
/** Cues that need a told-figure object to be speech: "released the toll", "put the death toll at". */
const NEEDS_OBJECT = new Set(['released', 'put', 'gave', 'published']);
const OBJECT = /^\s+(?:the|a|an|its|their|his|her)?\s*(?:(?:new|latest|updated|final|death|casualty|overall|total|official|first|preliminary)\s+)*(toll|figures?|numbers?|statistics|tally|count|data|statement|report|communiqu[eé]|video|footage)\b/i;
/** Objects that refer back to a figure already given ("released the toll"). */
const BACK_OBJECT = /^(?:toll|figures?|numbers?|statistics|tally|count|data)$/i;
/** "the statement read", "the communique reads": only documents read. */
const READER = /\b(?:statement|communiqu[eé]|report|message|letter|text|note)\s*$/i;
/** Cues that are also nouns: they speak only after a subject ("SANA reports", not "Earlier reports had said"). */
const NOUN_CAPABLE = new Set(['reports', 'claims', 'notes', 'reads', 'estimates', 'states', 'say']);
/** An inverted speaker is a name, not a clause: "said a large number of militants were killed" has none. */
const FINITE_VERB = /\b(?:was|were|is|are|had|has|have|will|would|could|did|killed|destroyed|fled|began|entered|took)\b/i;
const MAX_INVERTED_WORDS = 10;
/** "X told AFP": what follows is the medium, never the speaker. */
const TAKES_MEDIUM = new Set(['told', 'tells']);
/** Cues that continue a sentence's speaker rather than name one ("..., adding that"). */
const CONTINUATIONS = new Set(['saying', 'adding', 'recording', 'estimating']);

/** Characters that close the speaker's phrase. */
const BOUNDARY_CHARS = new Set([',', ';', ':', '“', '”', '"', '«', '»', '(', ')', '[', ']', '—', '–', '.', '?', '!']);
/** Words that start a new clause before a speaker ("... while the Observatory said"). */
const CLAUSE_WORD = /\b(?:that|while|but|whereas|although|though|because|when|after|as|where)\s+/gi;
/** After an inverted cue, these end the speaker's name ("said X, adding", "said X on Sunday that"). */
const AFTER_END = /\s+(?:that|adding|saying|who|which|in a statement|as|when|while|after|because|citing)\b/i;

const WEEKDAY = '(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day';
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?';
/** Time, manner and auxiliaries around a speaker: "the ministry had also said on Sunday in a statement". */
const TRAILING = new RegExp(
  `(?:[\\s,]+(?:also|later|earlier|previously|further|separately|then|has|had|have|would|will|reportedly|officially|again|recently|once|now|however|meanwhile|today|yesterday|tonight|overnight|last\\s+(?:week|month|night|year)|(?:(?:late|early)\\s+)?(?:on\\s+)?${WEEKDAY}(?:\\s+(?:morning|afternoon|evening|night))?|(?:on\\s+)?${MONTH}\\s+\\d{1,2}|in\\s+a\\s+(?:written\\s+|joint\\s+|short\\s+)?statement|in\\s+an?\\s+(?:interview|briefing|news\\s+conference|press\\s+conference|press\\s+release|report|message|video|speech|tweet|post)|on\\s+(?:Twitter|Facebook|Telegram|its\\s+website|state\\s+TV|television)|at\\s+the\\s+time|in\\s+(?:the|a)\\s+(?:morning|evening))|\\s+(?:on|at|in))+\\s*$`,
  'i',
);
const LEADING = new RegExp(
  `^(?:[\\s,]*(?:and|but|while|as|with|when|which|who|whom|that|meanwhile|however|additionally|also|then|so|earlier|later|separately|yesterday|today|elsewhere|moreover|furthermore|in\\s+addition|in\\s+(?:a|its)\\s+statement(?:\\s+(?:issued|released|published)\\s+\\S+(?:\\s+in\\s+\\S+)?)?|(?:(?:late|early)\\s+)?(?:on\\s+)?${WEEKDAY}(?:\\s+(?:morning|afternoon|evening|night))?|(?:on\\s+)?${MONTH}\\s+\\d{1,2})\\b)+[\\s,]*`,
  'i',
);
const PASSIVE_END = /\b(?:was|were|is|are|been|be|being)$/i;
/** "investigating reports", "of claims": the cue is a noun here. */
const NOUN_BEFORE = /(?:ing|ed|\bof|\bon|\babout|\bby|\bto|\bthe|\bthese|\bthose|days?|days?['’]s?)$/i;

/** A phrase made of a name only: capitalised words, connectors and a few role words ("the Syrian Observatory for Human Rights"). */
const NAME_SHAPED = /^(?:(?:the|of|for|and|al|de|so-called|head|chief|spokesman|spokeswoman|director|monitor|monitoring|group|official|agency|news|\p{Lu}[\p{L}'’.-]*)\s*)+$/u;

/** Only closing punctuation follows `end`. */
function endsSentence(text: string, end: number): boolean {
  return /^[\s.!?”"'’»)]*$/.test(text.slice(end));
}

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
  for (const m of text.matchAll(CUE)) {
    const cue = m[0];
    const cueStart = m.index;
    const cueEnd = cueStart + cue.length;
    const lower = cue.toLowerCase();
    if (NOUN_FORMS.has(cue)) continue;
    const notSpeech = NOT_SPEECH_AFTER.get(lower);
    if (notSpeech?.test(text.slice(cueEnd))) continue;
    if (lower !== 'according to' && ADJECTIVAL_BEFORE.test(text.slice(Math.max(0, cueStart - 8), cueStart))) continue;
    if (lower === 'according to') {
      const p = afterPhrase(text, cueEnd, 'according', cue, cueStart, false);
      if (p) out.push(p);
      continue;
    }
    if (lower === 'quoted') {
      // "the Russian military was quoted as saying": the subject speaks.
      if (/^\s+as\s+say(?:ing)?\b/i.test(text.slice(cueEnd))) {
        const start = boundaryBefore(text, cueStart);
        const region = trimRegion(text.slice(start, cueStart).replace(/\s+(?:was|were|is|are|has\s+been|had\s+been)\s*$/i, ' '), start);
        if (region) out.push({ ...region, role: 'subject', cue, cueStart, refersBack: false, passive: false });
        continue;
      }
      const p = quotedPhrase(text, cueEnd, cue, cueStart);
      if (p) out.push(p);
      continue;
    }
    let refersBack = false;
    if (NEEDS_OBJECT.has(lower)) {
      const obj = OBJECT.exec(text.slice(cueEnd));
      if (!obj) continue;
      refersBack = BACK_OBJECT.test(obj[1] ?? '');
    }
    const regionStart = boundaryBefore(text, cueStart);
    const raw = text.slice(regionStart, cueStart);
    if ((lower === 'read' || lower === 'reads') && !READER.test(raw)) continue;
    const before = trimRegion(raw, regionStart);
    if (before && NOUN_CAPABLE.has(lower) && NOUN_BEFORE.test(before.text)) continue;
    if (before) {
      // Punctuation-stripped text: "... in the town of Ghandoura said the Syrian Observatory." ends on its speaker.
      const after = NOUN_CAPABLE.has(lower) || NEEDS_OBJECT.has(lower) || TAKES_MEDIUM.has(lower) ? null : afterPhrase(text, cueEnd, 'inverted', cue, cueStart, refersBack);
      if (after && endsSentence(text, after.end) && NAME_SHAPED.test(after.text)) {
        out.push(after);
        continue;
      }
      const passive = PASSIVE_END.test(before.text);
      out.push({ ...before, role: 'subject', cue, cueStart, refersBack, passive });
      continue;
    }
    // Nothing before the cue: the speaker follows it ("said X"), or sits in an appositive ("X, the head of Y, also said").
    if (CONTINUATIONS.has(lower) || NOUN_CAPABLE.has(lower) || TAKES_MEDIUM.has(lower)) continue;
    if (!NEEDS_OBJECT.has(lower)) {
      const after = afterPhrase(text, cueEnd, 'inverted', cue, cueStart, refersBack);
      if (after) {
        out.push(after);
        continue;
      }
    }
    out.push(...appositives(text, regionStart, cue, cueStart, refersBack));
  }
  return out;
}

/** Start of the clause that ends at `at`: after the last boundary character or clause word. */
function boundaryBefore(text: string, at: number): number {
  let start = 0;
  for (let i = at - 1; i >= 0; i--) {
    const ch = text[i] ?? '';
    // "Syria Live Network (SLN) reported": a parenthesis right before the cue belongs to the speaker.
    if (ch === ')' && text.slice(i + 1, at).trim() === '') {
      const open = text.lastIndexOf('(', i);
      if (open > 0) {
        i = open;
        continue;
      }
    }
    if (BOUNDARY_CHARS.has(ch) && !isAbbreviationDot(text, i)) {
      start = i + 1;
      break;
    }
  }
  const slice = text.slice(start, at);
  let clause = 0;
  for (const m of slice.matchAll(CLAUSE_WORD)) clause = m.index + m[0].length;
  return start + clause;
}

/** "U.N. spokesman", "Lt. Gen." and "St." keep the phrase together. */
function isAbbreviationDot(text: string, i: number): boolean {
  if (text[i] !== '.') return false;
  return /(?:^|[\s.])(?:\p{Lu}|Lt|Col|Gen|Maj|Capt|Sgt|Brig|Adm|Mr|Mrs|Ms|Dr|Prof|St)$/u.test(text.slice(Math.max(0, i - 5), i));
}

/** The text between two offsets with time, manner and conjunctions trimmed; null when nothing is left. */
function trimRegion(raw: string, offset: number): { start: number; end: number; text: string } | null {
  let s = raw;
  let lead = 0;
  for (;;) {
    const t = s.replace(TRAILING, '');
    const l = LEADING.exec(t);
    const cut = l && l[0].length > 0 ? l[0].length : 0;
    const next = t.slice(cut);
    lead += cut;
    if (next === s) break;
    s = next;
  }
  const leading = s.length - s.trimStart().length;
  const text = s.trim();
  if (!text) return null;
  const start = offset + lead + leading;
  return { start, end: start + text.length, text };
}

function afterPhrase(
  text: string, from: number, role: SpeakerRole, cue: string, cueStart: number, refersBack: boolean,
): SpeakerPhrase | null {
  let end = text.length;
  for (let i = from; i < text.length; i++) {
    if (BOUNDARY_CHARS.has(text[i] ?? '') && !isAbbreviationDot(text, i)) {
      end = i;
      break;
    }
  }
  const stop = AFTER_END.exec(text.slice(from, end));
  if (stop) end = from + stop.index;
  const region = trimRegion(text.slice(from, end), from);
  if (!region) return null;
  if (role === 'inverted' && (FINITE_VERB.test(region.text) || region.text.split(/\s+/).length > MAX_INVERTED_WORDS)) return null;
  return { ...region, role, cue, cueStart, refersBack, passive: false };
}

/** "AP quoted SOHR as saying": the quoted one speaks. */
function quotedPhrase(text: string, from: number, cue: string, cueStart: number): SpeakerPhrase | null {
  const rest = text.slice(from);
  const as = /\s+as\s+say(?:ing)?\b/i.exec(rest);
  if (!as) return null;
  const region = trimRegion(rest.slice(0, as.index), from);
  return region ? { ...region, role: 'quoted', cue, cueStart, refersBack: false, passive: false } : null;
}

/** "Sergei Rudskoy, the chief of the General Staff, released the toll": the comma segments before the cue. */
function appositives(text: string, regionStart: number, cue: string, cueStart: number, refersBack: boolean): SpeakerPhrase[] {
  const out: SpeakerPhrase[] = [];
  let end = regionStart - 1;
  for (let k = 0; k < 2 && end > 0 && text[end] === ','; k++) {
    const start = boundaryBefore(text, end);
    const region = trimRegion(text.slice(start, end), start);
    if (region) out.push({ ...region, role: 'appositive', cue, cueStart, refersBack, passive: false });
    end = start - 1;
  }
  return out;
}
