/**
 * The noun phrase that ends a speaker's clause, read from part-of-speech tags
 * (wink-nlp and its English model): "Freedonia's state railway company", "the
 * director of the Eastmoor region". It finds bodies whose head is a common
 * noun, which a capitalisation rule cannot. Only the few words before a cue
 * are tagged, and only when no other rule named the speaker.
 */
import type { Tagger } from '../tagger.ts';

/** Tags inside a noun phrase; a determiner opens it. */
const INSIDE = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM', 'PART']);
/** Prepositions that join a noun to its complement: "director of the region", "spokesman for the council". */
const JOINS = new Set(['of', 'for']);
/** Heads that make a common-noun phrase a body that speaks. */
const BODY_NOUNS = new Set([
  'company',
  'operator',
  'council',
  'ministry',
  'authority',
  'authorities',
  'administration',
  'office',
  'service',
  'agency',
  'committee',
  'department',
  'directorate',
  'command',
  'government',
  'police',
  'army',
  'military',
  'railways',
  'railway',
  'utility',
  'hospital',
  'commission',
  'organisation',
  'organization',
  'mission',
  'prosecutor',
  'court',
]);
/** "the director of the Eastmoor region", "head of the regional council": an office of a place or body. */
const OFFICE_OF = /^(?:the\s+)?(?:director|head|chief|governor|mayor|spokes(?:man|woman|person)|commander|minister|leader)\s+(?:of|for)\s/i;
/** Phrases longer than this are clauses, not a speaker's name. */
const MAX_CHARS = 90;

export interface NounPhrase {
  /** Offset of the phrase in the text given. */
  readonly start: number;
  readonly text: string;
}

/**
 * The noun phrase the text ends with, when it names a body or an office of one; null otherwise.
 * @example nounPhraseAtEnd("Freedonia's state railway company", tagger)?.text // "Freedonia's state railway company"
 * @example nounPhraseAtEnd('the attack', tagger) // null
 */
export function nounPhraseAtEnd(text: string, tagger: () => Tagger): NounPhrase | null {
  if (text.length > MAX_CHARS || !mayName(text)) return null;
  // The tagger is asked for only here: most builds never need it.
  const { words, tags } = tagger().tag(text);
  const starts = offsets(text, words);
  let first = words.length - 1;
  const headTag = tags[first];
  if (headTag !== 'NOUN' && headTag !== 'PROPN') return null;
  while (first > 0) {
    const tag = tags[first - 1] ?? '';
    const word = (words[first - 1] ?? '').toLowerCase();
    // "rebel-run", "state-owned": a hyphenated modifier, whatever the tag of its second half.
    if (words[first - 2] === '-' && first >= 3 && text.charAt((starts[first - 2] ?? 0) - 1) !== ' ' && text.charAt((starts[first - 1] ?? 0) - 1) === '-') {
      first -= 3;
      continue;
    }
    if (INSIDE.has(tag) && (tag !== 'PART' || /^['’]s$/.test(word))) first--;
    else if (tag === 'DET' && (word === 'the' || word === 'its' || word === 'their')) {
      first--;
      // "the director of the region": a determiner may follow a joining preposition.
      if (!JOINS.has((words[first - 1] ?? '').toLowerCase()) || !isNoun(tags[first - 2])) break;
      first--;
    } else if (JOINS.has(word) && isNoun(tags[first - 2])) first--;
    else break;
  }
  const phraseTags = tags.slice(first);
  const head = (words[words.length - 1] ?? '').toLowerCase();
  if (!phraseTags.includes('PROPN') && !BODY_NOUNS.has(head)) return null;
  const start = starts[first] ?? 0;
  return { start, text: text.slice(start).trim() };
}

/** Cheap test before tagging: the phrase ends on a body's head, or opens with an office of something. */
function mayName(text: string): boolean {
  const last = text.slice(text.lastIndexOf(' ') + 1).toLowerCase();
  return BODY_NOUNS.has(last) || OFFICE_OF.test(text);
}

function isNoun(tag: string | undefined): boolean {
  return tag === 'NOUN' || tag === 'PROPN';
}

/** Where each token starts in the text, found in order (tokens are substrings of the text). */
function offsets(text: string, words: readonly string[]): number[] {
  const out: number[] = [];
  let at = 0;
  for (const w of words) {
    const i = text.indexOf(w, at);
    out.push(i === -1 ? at : i);
    at = i === -1 ? at : i + w.length;
  }
  return out;
}
