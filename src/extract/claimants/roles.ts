/**
 * A person's name kept apart from the title and role written before it:
 * "Coalition spokesman Col Jan Nowak" is Jan Nowak, role "Coalition
 * spokesman Col"; "Governor of the Eastmoor region of Freedonia Ivan Petrov"
 * is Ivan Petrov. A body's name ("the Eastmoor City Council") has no person
 * in it and stays whole.
 */
import { ROLE_HEADS } from './names.ts';

/** A capital, then a lowercase letter (built once, not per word). */
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}/u;
/** Starts with a capital. */
const STARTS_CAPITALISED = /^\p{Lu}/u;

const WORD = /\S+/g;
/** Titles and offices written before a person's name, beyond the role heads. */
const TITLES = new Set([
  'col',
  'col.',
  'colonel',
  'gen',
  'gen.',
  'general',
  'lt',
  'lt.',
  'lieutenant',
  'lieutenant-general',
  'maj',
  'maj.',
  'major',
  'major-general',
  'brig',
  'brig.',
  'brigadier',
  'brigadier-general',
  'capt',
  'capt.',
  'captain',
  'sgt',
  'sgt.',
  'sergeant',
  'adm',
  'adm.',
  'admiral',
  'cmdr',
  'commander',
  'mr',
  'mr.',
  'mrs',
  'mrs.',
  'ms',
  'ms.',
  'dr',
  'dr.',
  'prof',
  'prof.',
  'sheikh',
  'president',
  'minister',
  'premier',
  'governor',
  'mayor',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'chief',
  'head',
  'director',
  'secretary',
  'envoy',
  'ambassador',
  'prosecutor',
  'senator',
  'deputy',
  'chairman',
  'chairwoman',
  'chair',
  'king',
  'prince',
  'emir',
  'lawmaker',
  'mp',
  'official',
  'adviser',
  'advisor',
  'coordinator',
  'representative',
  'leader',
  'commissioner',
  'inspector',
  'judge',
  'activist',
  'journalist',
  'correspondent',
  'doctor',
]);
/** Particles inside a person's name ("Jan al Nowak", "Anna von der Berg"). */
const PARTICLES = /^(?:al|el|bin|ibn|abu|abdel|abdul|de|van|von|der|da|di|du|le|la)$|^(?:al|el|ibn|bin|abu)-/i;
/** A person's name has at most this many words after the title. */
const MAX_PERSON_WORDS = 4;

export interface PersonName {
  /** The person as named ("Jan Nowak"), or the whole name when no person is in it. */
  readonly name: string;
  /** What was written before the person's name ("Coalition spokesman Col"), or null. */
  readonly role: string | null;
}

/** A body's initials in capitals ("OVA", "SBU"): part of an office, never of a person's name. */
const INITIALS = /^\p{Lu}{2,6}$/u;

/**
 * Splits a speaker's name into the person and the role written before them.
 * @example splitRole('Coalition spokesman Col Jan Nowak') // { name: 'Jan Nowak', role: 'Coalition spokesman Col' }
 * @example splitRole('Eastmoor City Council') // { name: 'Eastmoor City Council', role: null }
 */
export function splitRole(full: string): PersonName {
  const words = full.match(WORD) ?? [];
  // The last title; the person is the run of capitalised words at the end after it ("Head of the
  // Regional Administration Ivan Petrov"), right after a title or a body's head, never after "of".
  let title = -1;
  for (let i = words.length - 2; i >= 0; i--) {
    if (TITLES.has((words[i] ?? '').toLowerCase())) {
      title = i;
      break;
    }
  }
  if (title === -1) return ofPlace(words, full);
  let first = words.length;
  // "Head of the Cherkasy OVA Igor Taburets": a body's initials end the office, not begin the person.
  while (first - 1 > title && isNameWord(words[first - 1] ?? '') && !INITIALS.test(words[first - 1] ?? '')) first--;
  const person = words.slice(first);
  const before = (words[first - 1] ?? '').toLowerCase();
  if (!isPersonName(person) || !(TITLES.has(before) || ROLE_HEADS.has(before) || INITIALS.test(words[first - 1] ?? ''))) return { name: full, role: null };
  return { name: person.join(' '), role: words.slice(0, first).join(' ') };
}

/**
 * "of Freedonia Ivan Petrov" (what is left after "Governor of the Eastmoor region of"): a run of three
 * capitalised words or more right after "of" starts with the place, and the person follows it.
 */
function ofPlace(words: readonly string[], full: string): PersonName {
  const of = words.lastIndexOf('of');
  const run = words.slice(of + 1);
  if (of <= 0 || run.length < 3 || !isPersonName(run.slice(1))) return { name: full, role: null };
  return { name: run.slice(1).join(' '), role: words.slice(0, of + 2).join(' ') };
}

/** A word of a person's name: capitalised (or a particle), and not an office or a body's head. */
function isNameWord(word: string): boolean {
  const lower = word.toLowerCase();
  return (CAPITALISED_WORD.test(word) || PARTICLES.test(word)) && !ROLE_HEADS.has(lower) && !TITLES.has(lower);
}

/** One to four capitalised words (particles between), none a role or a body's head. */
function isPersonName(words: readonly string[]): boolean {
  if (words.length === 0 || words.length > MAX_PERSON_WORDS) return false;
  const last = words[words.length - 1] ?? '';
  if (!STARTS_CAPITALISED.test(last) && !PARTICLES.test(last)) return false;
  return words.every(isNameWord);
}
