/**
 * Finds the longest runs of words that name a place: registry aliases first,
 * then gazetteer names, then the same without a leading Arabic article
 * ("al-Raqqa"), with a possessive "s" whose apostrophe was lost ("Syrias"), or,
 * last, by the consonants of a Syrian name ("Deir Ezour").
 *
 * Runs grow word by word only while their key is the start of some name (the
 * lexicon's prefix sets), so most words cost one set lookup.
 */
import { ARTICLES as ARTICLE_SET } from '../../gazetteer/fold.ts';
import type { GazetteerEntry } from '../../gazetteer/index.ts';
import { WORD_IN_SKELETON, WORD_NAME, WORD_STARTS_NAME, type PlaceLexicon, type RegistryAlias } from './lexicon.ts';
import type { Token } from './tokens.ts';

export interface Candidate {
  /** First and last token of the name (inclusive). */
  readonly first: number;
  readonly last: number;
  readonly entry: GazetteerEntry;
  /** Where the name came from: the registry, a place's own name, or an alternate spelling. */
  readonly source: 'registry' | 'name' | 'alternate';
}

/** Bound once: this module runs per word, and imported bindings may cost a lookup each. */
const ARTICLES: ReadonlySet<string> = ARTICLE_SET;
/** Words that may stay lowercase inside a name ("Deir ez-Zor", "Ma'arrat an Nu'man"). */
const LOWERCASE_NAME_WORDS: ReadonlySet<string> = new Set([...ARTICLES, 'of', 'de', 'la', 'le', 'bin', 'ibn', 'wa']);
/** Words after a first-level area's name that say it is the area ("Anbar province", "Borno state"). */
export const AREA_WORDS: ReadonlySet<string> = new Set(['province', 'governorate', 'countryside', 'muhafazat', 'oblast', 'region', 'state']);
const PLURAL_S = 's';
/** Articles that stand apart from the name, unhyphened, in English text ("al Bab"). */
const SPACED_ARTICLES: ReadonlySet<string> = new Set(['al', 'el']);
/** "Homss" is no word: a lost-apostrophe possessive is read only on names of four letters or more. */
const MIN_POSSESSIVE_S = 4;
/** A fuzzy (skeleton) name is tried on runs of at most this many words. */
const MAX_SKELETON_WORDS = 4;
/** As skeletonKey (gazetteer/fold.ts) reads keys: these letters dropped, q read as k, at least this long. */
const SKELETON_DROPPED: ReadonlySet<number> = new Set([...'aeiouyhw'].map((c) => c.charCodeAt(0)));
const CHAR_Q = 0x71;
const CHAR_K = 0x6b;
const MIN_SKELETON = 4;
/** A word whose roles findCandidates has not asked yet. */
const NOT_ASKED = -1;

/**
 * The place names in a sentence's tokens, longest first, left to right, not overlapping.
 * @example findCandidates(tokenize('Fighting in Deir ez-Zor.'), lexicon).map((c) => c.entry.place.id) // ['deir-ez-zor']
 */
export function findCandidates(tokens: readonly Token[], lex: PlaceLexicon): Candidate[] {
  const out: Candidate[] = [];
  // Each word's roles, asked of the lexicon once per sentence: mayStartName reads four words ahead.
  const roles = new Int8Array(tokens.length).fill(NOT_ASKED);
  for (let i = 0; i < tokens.length; ) {
    const found = startsName(tokens, i, lex) && mayStartName(tokens, i, lex, roles) ? longestAt(tokens, i, lex, roles) : null;
    if (found) {
      out.push(found);
      i = found.last + 1;
    } else i++;
  }
  return out;
}

/**
 * True when the words around a name say it is a first-level area: "Idlib province",
 * "Aleppo countryside", "province of Homs".
 * @example hasAreaCue(tokenize('in Idlib province'), 1, 1) // true
 */
export function hasAreaCue(tokens: readonly Token[], first: number, last: number): boolean {
  const next = tokens[last + 1];
  if (next && tokens[last]?.joinsNext && AREA_WORDS.has(next.key)) return true;
  const of = tokens[first - 1];
  const area = tokens[first - 2];
  return of?.key === 'of' && !!area && AREA_WORDS.has(area.key);
}

function startsName(tokens: readonly Token[], i: number, lex: PlaceLexicon): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (t.capitalised || lex.isLowercaseStart(t.key)) return true;
  const next = tokens[i + 1];
  // The cheap tests first: most lowercase words join the next one, few are before a capital.
  return t.joinsNext && !!next && next.capitalised && isArticle(t);
}

/**
 * False when longestAt cannot find a name at `i`, told from the words' roles; most
 * capitalised words (and numbers) stop here. Each role asked is a map lookup, the most
 * frequent work of place reading, so only the words each way to a name needs are asked
 * (wordRoles holds no key with no role, so `has` is "has a role"):
 * - a name of its own words starts with a word that has a role, or with an article and such a word;
 * - a skeleton (in a lexicon that has them; none starts with an article) needs a skeleton's
 *   word among the first MAX_SKELETON_WORDS joined words that may all stand in a name
 *   (capitalised, or a lowercase name word), as nameCaseFits asks of the run;
 * - a possessive whose apostrophe was lost needs only a key that ends in "s".
 * @example mayStartName(tokenize('The Observatory said'), 0, lexicon, new Int8Array(3).fill(-1)) // false
 */
export function mayStartName(tokens: readonly Token[], i: number, lex: PlaceLexicon, roles: Int8Array): boolean {
  const head = tokens[i];
  if (!head) return false;
  if (roleAt(tokens, i, lex, roles) !== 0) return true;
  if (isArticle(head)) return i + 1 < tokens.length && roleAt(tokens, i + 1, lex, roles) !== 0;
  if (ouNameKey(head, lex) !== null) return true;
  if (lex.skeletons.size > 0 && head.joinsNext && !ARTICLES.has(head.key) && skeletonWordIn(tokens, i, skeletonReach(tokens, i), lex, roles)) return true;
  return head.key.endsWith(PLURAL_S);
}

/** Token k's WORD_* bits (0 for none), from `roles` once asked. */
function roleAt(tokens: readonly Token[], k: number, lex: PlaceLexicon, roles: Int8Array): number {
  let r = roles[k] ?? 0;
  if (r === NOT_ASKED) {
    r = lex.wordRoles.get(tokens[k]?.key ?? '') ?? 0;
    roles[k] = r;
  }
  return r;
}

/**
 * A word that is an Arabic article here: "al"/"el" before a name, or any article
 * hyphened to it ("as-Suwayda"); "at Aleppo" and "as Russia" are English.
 */
function isArticle(t: Token): boolean {
  return ARTICLES.has(t.key) && (t.hyphenNext || SPACED_ARTICLES.has(t.key));
}

/**
 * The longest name that starts at token `first`, or null; `wordRoles` holds the roles asked so far (NOT_ASKED, -1, for none).
 * @example longestAt(tokenize('in Deir ez-Zor'), 1, lexicon, new Int8Array(4).fill(-1))?.last // 3
 */
export function longestAt(tokens: readonly Token[], first: number, lex: PlaceLexicon, wordRoles: Int8Array): Candidate | null {
  const head = tokens[first];
  if (!head) return null;
  const stripsArticle = isArticle(head);
  // One lookup tells what a word can be; most capitalised words are nothing ("The", "Observatory").
  const roles = roleAt(tokens, first, lex, wordRoles);
  const nextRoles = stripsArticle && first + 1 < tokens.length ? roleAt(tokens, first + 1, lex, wordRoles) : 0;
  const long = (roles & WORD_STARTS_NAME) !== 0 || (nextRoles & (WORD_STARTS_NAME | WORD_NAME)) !== 0;
  if (!long) {
    return (
      ((roles & WORD_NAME) !== 0 ? lookup(tokens, first, first, head.key, '', lex) : null) ??
      lostApostrophe(tokens, first, lex) ??
      writtenWithOu(tokens, first, lex) ??
      bySkeleton(tokens, first, skeletonReach(tokens, first), lex, wordRoles)
    );
  }
  let key = '';
  let bare = '';
  let best: Candidate | null = null;
  let reach = first;
  for (let last = first; last < tokens.length; last++) {
    const t = tokens[last];
    if (!t) break;
    key += t.key;
    if (last > first) bare += t.key;
    // The first word alone is looked up only when its roles say it is a name (every name is a
    // prefix, and lookup finds nothing else there): two to five map lookups fewer per run.
    const live = last === first ? (roles & WORD_NAME) !== 0 && key !== '' : lex.isPrefix(key) || (stripsArticle && lex.isPrefix(bare));
    if (!live && last > first) break;
    reach = last;
    const hit = live ? lookup(tokens, first, last, key, stripsArticle ? bare : '', lex) : null;
    if (hit) best = hit;
    if (!t.joinsNext) break;
  }
  if (best) return best;
  const possessive = lostApostrophe(tokens, first, lex);
  if (possessive) return possessive;
  return bySkeleton(tokens, first, Math.max(reach, skeletonReach(tokens, first)), lex, wordRoles);
}

function lookup(tokens: readonly Token[], first: number, last: number, key: string, bare: string, lex: PlaceLexicon): Candidate | null {
  const alias = lex.aliases.get(key);
  if (alias && aliasCaseFits(alias, tokens, first, last)) return { first, last, entry: alias.entry, source: 'registry' };
  if (!nameCaseFits(tokens, first, last)) return null;
  const hit = lex.gazetteer.names.get(key)?.[0];
  if (hit) return { first, last, entry: hit.entry, source: hit.alternate ? 'alternate' : 'name' };
  const stripped = bare ? lex.gazetteer.names.get(bare)?.[0] : undefined;
  if (stripped) return { first, last, entry: stripped.entry, source: 'alternate' };
  // A first-level area known by no city's name ("Anbar"), read only as "Anbar province".
  const area = lex.gazetteer.areaNames.get(key)?.[0];
  if (area && hasAreaCue(tokens, first, last)) return { first, last, entry: area, source: 'name' };
  return null;
}

const LETTER_START = /^\p{L}/u;
/** Words no possessive is followed by: prepositions, conjunctions, articles, verbs of saying. */
const NOT_OWNED: ReadonlySet<string> = new Set(
  'at in on to of by for from with into and or but the a an as than that who which were was are is have had said say says'.split(' '),
);

/** "Syrias Quneitra": a possessive whose apostrophe the page lost. Only a place's own name, one word. */
function lostApostrophe(tokens: readonly Token[], i: number, lex: PlaceLexicon): Candidate | null {
  const t = tokens[i];
  if (!t?.capitalised || t.possessive || t.allCaps || t.key.length <= MIN_POSSESSIVE_S || !t.key.endsWith(PLURAL_S)) return null;
  // A possessive stands before what it owns: "manned by Marines, and", "between Marines at" are a plural.
  const next = tokens[i + 1];
  if (!next || !LETTER_START.test(next.text) || NOT_OWNED.has(next.key)) return null;
  const key = t.key.slice(0, -1);
  if (((lex.wordRoles.get(key) ?? 0) & WORD_NAME) === 0 || lex.notPlaceKeys.has(t.key)) return null;
  const alias = lex.aliases.get(key);
  if (alias) return { first: i, last: i, entry: alias.entry, source: 'registry' };
  const hit = lex.gazetteer.names.get(key)?.[0];
  return hit && !hit.alternate ? { first: i, last: i, entry: hit.entry, source: 'name' } : null;
}

/** "Tajoura" is GeoNames' "Tajura": a name of at least this many letters may write its u as the French "ou". */
const MIN_OU_NAME = 6;
const OU = /ou/g;

/**
 * The key with each "ou" after its first letter written "u", when that spelling is a name word of
 * the lexicon (and the word as written is no registered non-place); else null.
 */
function ouNameKey(t: Token, lex: PlaceLexicon): string | null {
  if (!t.capitalised || t.allCaps || t.key.length < MIN_OU_NAME || !t.key.includes('ou', 1)) return null;
  const key = t.key.charAt(0) + t.key.slice(1).replace(OU, 'u');
  return ((lex.wordRoles.get(key) ?? 0) & WORD_NAME) !== 0 && !lex.notPlaceKeys.has(t.key) ? key : null;
}

/** "the Tajoura detention centre": a one-word name the page writes with the French "ou" for u. Only a place's own name. */
function writtenWithOu(tokens: readonly Token[], i: number, lex: PlaceLexicon): Candidate | null {
  const t = tokens[i];
  const key = t ? ouNameKey(t, lex) : null;
  if (key === null) return null;
  const hit = lex.gazetteer.names.get(key)?.[0];
  return hit && !hit.alternate ? { first: i, last: i, entry: hit.entry, source: 'alternate' } : null;
}

/**
 * Whether a skeleton's word stands among tokens first..reach that may all be in one name:
 * a plain lowercase word after the first ends them (nameCaseFits refuses every run through
 * it), and no role past it is asked.
 */
function skeletonWordIn(tokens: readonly Token[], first: number, reach: number, lex: PlaceLexicon, roles: Int8Array): boolean {
  for (let k = first; k <= reach; k++) {
    const t = tokens[k];
    if (!t || (k > first && !t.capitalised && !LOWERCASE_NAME_WORDS.has(t.key))) break;
    if ((roleAt(tokens, k, lex, roles) & WORD_IN_SKELETON) !== 0) return true;
  }
  return false;
}

/** How far a run of name-like words goes for the skeleton (it need not be any name's prefix). */
function skeletonReach(tokens: readonly Token[], first: number): number {
  let last = first;
  while (last - first + 1 < MAX_SKELETON_WORDS && tokens[last]?.joinsNext && tokens[last + 1]) last++;
  return last;
}

/**
 * The place whose name has the same consonants, when the words are written
 * like a name (no acronym, no article at either end) and share one word with
 * it: "Deir Ezour" shares "Deir" with "Deir ez-Zor"; "Hassan Muhanna" shares
 * nothing with "As Sanamayn". Longest run first.
 */
function bySkeleton(tokens: readonly Token[], first: number, reach: number, lex: PlaceLexicon, roles: Int8Array): Candidate | null {
  const head = tokens[first];
  // A lexicon without skeletons (the world's, read for the focus) finds none: no word is in one.
  if (!head?.joinsNext || ARTICLES.has(head.key) || lex.skeletons.size === 0) return null;
  const farthest = Math.min(reach, first + MAX_SKELETON_WORDS - 1);
  if (!skeletonWordIn(tokens, first, farthest, lex, roles)) return null;
  for (let last = farthest; last > first; last--) {
    const end = tokens[last];
    if (!end || ARTICLES.has(end.key) || !nameCaseFits(tokens, first, last)) continue;
    let shares = false;
    let acronym = false;
    for (let k = first; k <= last; k++) {
      const t = tokens[k];
      if (!t) break;
      // The WORD_IN_SKELETON role is skeletonWords.has(key), kept per word once asked.
      shares ||= (roleAt(tokens, k, lex, roles) & WORD_IN_SKELETON) !== 0;
      acronym ||= t.allCaps;
    }
    if (!shares || acronym) continue;
    const skeleton = skeletonOf(tokens, first, last);
    const hit = skeleton ? lex.skeletons.get(skeleton) : undefined;
    if (hit?.entry && sharesWord(tokens, first, last, hit.words)) return { first, last, entry: hit.entry, source: 'alternate' };
  }
  return null;
}

/**
 * skeletonKey of the keys of tokens first..last, read char by char instead of by three
 * regex replaces: keys hold only a-z and 0-9 (foldKey), so q becomes k, the dropped
 * letters are skipped and a letter equal to the last one kept is a double, kept once;
 * articles are left out; fewer than two words, or fewer than MIN_SKELETON letters,
 * give null, as skeletonKey does (tests/unit/places-fast-paths.test.ts holds them equal).
 */
export function skeletonOf(tokens: readonly Token[], first: number, last: number): string | null {
  let words = 0;
  let skeleton = '';
  let previous = -1;
  for (let k = first; k <= last; k++) {
    const key = tokens[k]?.key ?? '';
    if (ARTICLES.has(key)) continue;
    words++;
    for (let i = 0; i < key.length; i++) {
      let c = key.charCodeAt(i);
      if (c === CHAR_Q) c = CHAR_K;
      if (SKELETON_DROPPED.has(c) || c === previous) continue;
      skeleton += String.fromCharCode(c);
      previous = c;
    }
  }
  return words >= 2 && skeleton.length >= MIN_SKELETON ? skeleton : null;
}

/** Some token of first..last is one of `words`. */
function sharesWord(tokens: readonly Token[], first: number, last: number, words: ReadonlySet<string>): boolean {
  for (let k = first; k <= last; k++) if (words.has(tokens[k]?.key ?? '')) return true;
  return false;
}

/**
 * Gazetteer names are capitalised in running text, except articles and the like
 * inside them; a lone letter ("BEIRUT A Russian jet") belongs to no name of several words.
 */
function nameCaseFits(tokens: readonly Token[], first: number, last: number): boolean {
  for (let k = first; k <= last; k++) {
    const t = tokens[k];
    if (!t || (last > first && t.text.length < 2)) return false;
    if (!t.capitalised && !(LOWERCASE_NAME_WORDS.has(t.key) && k < last)) return false;
  }
  return true;
}

/** An alias word written with a capital needs one in the text; an all-caps alias ("US") needs all caps. */
function aliasCaseFits(alias: RegistryAlias, tokens: readonly Token[], first: number, last: number): boolean {
  if (alias.cases.length !== last - first + 1) return true; // spelled differently (e.g. "Rif-Dimashq"): trust the key
  for (let i = 0; i < alias.cases.length; i++) {
    const t = tokens[first + i];
    const needs = alias.cases[i];
    if (!t || (needs === 'upper' && !t.allCaps) || (needs === 'capital' && !t.capitalised)) return false;
  }
  return true;
}
