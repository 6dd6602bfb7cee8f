/**
 * Finds the names of registered claimants (content/claimants.yml) in text with
 * one compiled regular expression per registry, longest alias first.
 */
import type { Claimant, ClaimantEntry } from '../../model/types.ts';
import { isAlnumAt, nextRunStart, runEnd } from '../word-runs.ts';
import { ACRONYM, aliasEnd, compileAlias, type AliasPattern } from './alias-pattern.ts';
import { lowerAsciiHash, mayBeAmong, wordFilter } from './word-hash.ts';

/** What separates the words normalWords splits (built once: esbuild writes a \p regex literal as a new RegExp per call). */
const NOT_WORD_CHARACTERS = /[^\p{L}\p{N}]+/u;

/** One registered name found in a text. */
export interface AliasHit {
  /** `[start, end)` within the searched text. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly claimant: Claimant;
  /** Lower-case words of every name of the claimant: descriptions ("the defense ministry") are matched against them. */
  readonly words: ReadonlySet<string>;
}

export interface RegistryMatcher {
  /**
   * Every registered name in `text`, left to right, longest at each place.
   * @example matcher.find('said Rami Abdel Rahman of the Observatory').map((h) => h.claimant.id) // ['sohr', 'sohr']
   */
  find(text: string): AliasHit[];
  /** The registered claimant with this id, if any. */
  byId(id: string): RegisteredClaimant | undefined;
  /** All registered claimants. */
  readonly all: readonly RegisteredClaimant[];
}

export interface RegisteredClaimant {
  readonly claimant: Claimant;
  readonly words: ReadonlySet<string>;
  /** Last words of the person names among the aliases ("Rudskoy", "Rahman"): a bare surname refers back to them. */
  readonly surnames: ReadonlySet<string>;
}

const LETTER = /\p{L}/u;

interface Best {
  readonly end: number;
  readonly owner: RegisteredClaimant;
}

/** The longest of these aliases that starts at `start`, or the best so far. */
function longest(
  list: readonly CompiledAlias[] | undefined,
  text: string,
  start: number,
  best: Best | null,
  next: string | null,
  nextBare: string | null,
): Best | null {
  if (!list) return best;
  let out = best;
  for (const c of list) {
    if (out && start + c.length * 2 < out.end) break;
    if (c.second !== null && c.second !== next && c.second !== nextBare) continue;
    const end = aliasEnd(c.pattern, text, start);
    if (end !== -1 && (!out || end > out.end)) out = { end, owner: c.owner };
  }
  return out;
}

const FIRST_WORD = /[\p{L}\p{N}]+/u;

/** An alias's pattern (tried only where the alias's first word stands) and what picks it out. */
interface CompiledAlias {
  readonly pattern: AliasPattern;
  readonly length: number;
  readonly owner: RegisteredClaimant;
  /** Look-up form of the alias's second word, or null for one-word aliases: most candidates fail on it cheaply. */
  readonly second: string | null;
}

const NEXT_WORD = /(?:['’]s(?![\p{L}\p{N}]))?[^\p{L}\p{N}]+([\p{L}\p{N}]+)/uy;

/** The look-up form of the word after the one starting at `start` (a possessive "'s" skipped), or null. */
function secondWord(text: string, start: number): string | null {
  return isAlnumAt(text, start) ? wordAfter(text, runEnd(text, start)) : null;
}

/** The look-up form of the word after a word ending at `end` (a possessive "'s" skipped), or null. */
function wordAfter(text: string, end: number): string | null {
  NEXT_WORD.lastIndex = end;
  const n = NEXT_WORD.exec(text);
  return n?.[1] ? wordKey(n[1]) : null;
}

/** The look-up form of a first word: lower case, spelling variants made one. */
function wordKey(word: string): string {
  const w = word.toLowerCase();
  return w === 'defence' ? 'defense' : w === 'centre' ? 'center' : w;
}
const PERSON_NAME = /^(?:\p{Lu}[\p{L}'-]+\s+){1,3}\p{Lu}[\p{L}'-]+$/u;
/** Words that make a capitalised name an organisation or a place, not a person. */
const NOT_PERSON =
  /\b(?:Ministry|Staff|Observatory|Army|Command|Cent(?:er|re)|Council|Committee|Coalition|Forces|Force|Agency|Department|Office|Government|Military|Network|Directorate|Nations|State|House|Units|Party|Cross|Crescent|Helmets|Defen[cs]e|Watch|International|Guards|Media|TV|Television|Opposition|Islam|Sham|Reconciliation|Federation|Rights|Republic|Borders|Frontieres|Frontières|Resolve|Task|Kremlin|Pentagon)\b|^(?:\p{Lu}\p{L}*(?:ian|ish|ese)|American|Iraqi|Israeli|Saudi|Afghan|Qatari|Emirati)\s/u;

/** A name of a United Nations body, which news shortens to "UN ..." ("the UN Children's Fund"). */
const UNITED_NATIONS = /^United\s+Nations\s+(?=\S)/;

/**
 * A body's names with the short form news gives each "United Nations ..." one, unless it is listed already.
 * @example withShortForms(['UNICEF', "United Nations Children's Fund"]) // ['UNICEF', "United Nations Children's Fund", "UN Children's Fund"]
 */
export function withShortForms(names: readonly string[]): string[] {
  const out = [...names];
  const listed = new Set(names.map((n) => n.trim()));
  for (const name of listed) {
    const short = name.replace(UNITED_NATIONS, 'UN ');
    if (listed.has(short)) continue;
    out.push(short);
    listed.add(short);
  }
  return out;
}

/**
 * Compiles a matcher for the registered names (the build compiles it once, in its Lexicons).
 * @example compileRegistry([{ id: 'sohr', name: 'Syrian Observatory for Human Rights', aliases: ['SOHR'] }]).find('SOHR said')
 */
export function compileRegistry(entries: readonly ClaimantEntry[]): RegistryMatcher {
  const registered: RegisteredClaimant[] = [];
  const byId = new Map<string, RegisteredClaimant>();
  // Aliases indexed by their first word, so a text is read word by word with one map look-up each.
  const byFirstWord = new Map<string, CompiledAlias[]>();
  for (const entry of entries) {
    const names = withShortForms([entry.name, ...entry.aliases]);
    const words = new Set<string>();
    const surnames = new Set<string>();
    for (const name of names) {
      for (const w of normalWords(name)) words.add(w);
      if (PERSON_NAME.test(name) && !NOT_PERSON.test(name)) surnames.add(normalWords(name).at(-1) ?? '');
    }
    const r: RegisteredClaimant = { claimant: { id: entry.id, name: entry.name }, words, surnames };
    registered.push(r);
    byId.set(entry.id, r);
    for (const raw of names) {
      const name = raw.trim();
      const first = FIRST_WORD.exec(name)?.[0];
      if (!first) continue;
      const key = ACRONYM.test(first) && ACRONYM.test(name) ? first : wordKey(first);
      const list = byFirstWord.get(key);
      const alias: CompiledAlias = { pattern: compileAlias(name), length: name.length, owner: r, second: secondWord(name, 0) };
      if (list) list.push(alias);
      else byFirstWord.set(key, [alias]);
    }
  }
  // Longest first, sorted once per word when all are in: sorting at each alias took time
  // quadratic in the aliases that share a first word (20,000 "Ministry of ...": 28 s).
  // The sort is stable, so aliases of one length keep the registry's order, as before.
  for (const list of byFirstWord.values()) list.sort((a, b) => b.length - a.length);

  const firstWords = wordFilter(lookupForms(byFirstWord.keys()));

  const matcher: RegistryMatcher = {
    all: registered,
    byId: (id) => byId.get(id),
    find(text: string): AliasHit[] {
      const hits: AliasHit[] = [];
      let resume = 0;
      for (let start = nextRunStart(text, 0); start !== -1; start = nextRunStart(text, resume)) {
        resume = runEnd(text, start);
        // Most words are no key's look-up form, with or without a possessive "s" (see lookupForms).
        if (!mayBeAmong(firstWords, lowerAsciiHash(text, start, resume))) continue;
        const word = text.slice(start, resume);
        // Names mostly start with a capital; a lower-case word costs one look-up ("the observatory said").
        const c0 = word.charCodeAt(0);
        if (c0 >= 97 && c0 <= 122 && !byFirstWord.has(word)) continue;
        // "Turkey-based", "pro-Russia": a hyphen joining the name to a word makes a compound.
        if (text.charCodeAt(start - 1) === 45 && LETTER.test(text[start - 2] ?? '')) continue;
        const key = wordKey(word);
        const possessive = key.length > 2 && key.endsWith('s');
        const l1 = byFirstWord.get(word);
        const l2 = key !== word ? byFirstWord.get(key) : undefined;
        const l3 = possessive ? byFirstWord.get(key.slice(0, -1)) : undefined;
        const l4 = possessive ? byFirstWord.get(word.slice(0, -1)) : undefined;
        if (!l1 && !l2 && !l3 && !l4) continue;
        const next = wordAfter(text, resume);
        const nextBare = next?.endsWith('s') ? next.slice(0, -1) : next;
        let best: Best | null = null;
        best = longest(l1, text, start, best, next, nextBare);
        best = longest(l2, text, start, best, next, nextBare);
        best = longest(l3, text, start, best, next, nextBare);
        best = longest(l4, text, start, best, next, nextBare);
        if (!best) continue;
        hits.push({ start, end: best.end, text: text.slice(start, best.end), claimant: best.owner.claimant, words: best.owner.words });
        resume = best.end;
      }
      return hits;
    },
  };
  return matcher;
}

/**
 * The lower-case forms of the words `find` may look up under these keys: the word
 * itself, its spelling variant (wordKey) or the word less a possessive "s" is a key.
 * A word whose lower-case form is none of these is never a name's first word.
 * @example [...lookupForms(['center', 'SANA'])] // ['center', 'centers', 'centre', 'sana', 'sanas']
 */
function lookupForms(keys: Iterable<string>): string[] {
  const forms: string[] = [];
  for (const key of keys) {
    const lower = key.toLowerCase();
    forms.push(lower, `${lower}s`);
    if (lower === 'defense') forms.push('defence');
    if (lower === 'center') forms.push('centre');
  }
  return forms;
}

/**
 * The hits inside `[start, end)` of the text they were found in, moved to offsets within it.
 * @example hitsWithin(matcher.find('said SOHR'), 5, 9)[0]?.start // 0
 */
export function hitsWithin(hits: readonly AliasHit[], start: number, end: number): AliasHit[] {
  const out: AliasHit[] = [];
  for (const h of hits) {
    if (h.start >= start && h.end <= end) out.push({ start: h.start - start, end: h.end - start, text: h.text, claimant: h.claimant, words: h.words });
  }
  return out;
}

/** Whether any hit lies inside `[start, end)`. */
export function hasHitWithin(hits: readonly AliasHit[], start: number, end: number): boolean {
  return hits.some((h) => h.start >= start && h.end <= end);
}

/**
 * Lower-case words with the spelling variants made one: "defence" -> "defense",
 * "centre" -> "center", "Russia's" -> "russia".
 * @example normalWords("Russia’s Defence Ministry") // ['russia', 'defense', 'ministry']
 */
export function normalWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/defence/g, 'defense')
    .replace(/centre/g, 'center')
    .replace(/organisation/g, 'organization')
    .split(NOT_WORD_CHARACTERS)
    .filter((w) => w.length > 0);
}
