/**
 * Places the gazetteer lacks (villages, markets, neighbourhoods), read from how
 * the text ties them to a place it knows: "the town of X", "the Y town of X",
 * "the villages of X and Z" (each name of the list), "X, in Y province", "in X in
 * the Y region", "X district of Y", "the X market in Y", "Y's X refugee camp", "X, a farming village in Y";
 * a name goes on over an Arabic article ("Wad al-Noora"). Such a place is put where
 * Y is; every other mention of X in the article then names it too. A name one slip
 * of the keyboard from a town the article names elsewhere, in the same area
 * ("Palmrya, in Homs province" beside "Palmyra"), is that town misspelt, not another place.
 */
import { foldKey } from '../../gazetteer/index.ts';
import type { LocatedName, Place, PlaceMention, Sentence } from '../../model/types.ts';
import { WORD_NAME, type PlaceLexicon } from './lexicon.ts';
import { SITE_WORDS, siteAt, siteEnd, siteWords } from './sites.ts';
import { isTitleCase, tokenStartingAt, type Token } from './tokens.ts';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../../lexicon/calendar-words.ts';
import { readDateline } from './dateline.ts';

/** "the town of X": words that make X a settlement. */
const SETTLEMENT_WORDS: ReadonlySet<string> = new Set(['town', 'village', 'city', 'hamlet', 'settlement', 'township', 'villages', 'towns']);
/** "the district of X": words that make X a site. */
const AREA_OF_WORDS: ReadonlySet<string> = new Set(['district', 'neighbourhood', 'neighborhood', 'suburb', 'quarter']);
/** "in X city", "in X area": words after X that say it is a town or the land around one. */
const SETTLEMENT_AFTER: ReadonlySet<string> = new Set(['city', 'town', 'village', 'area']);
/** Before X: a locative word, so that "X, in Y" says X is a place. */
const LOCATIVE: ReadonlySet<string> = new Set(['in', 'near', 'at', 'outside', 'from', 'to', 'into', 'around', 'inside', 'on']);
/** Between "in" and Y: "in the northern Y", "in southern Y". */
const FILLER: ReadonlySet<string> = new Set([
  'the',
  'northern',
  'southern',
  'eastern',
  'western',
  'central',
  'north',
  'south',
  'east',
  'west',
  'northeastern',
  'northwestern',
  'southeastern',
  'southwestern',
  'rural',
]);
/** "the countryside of Y": words for the land around a place. */
const SURROUNDINGS: ReadonlySet<string> = new Set(['countryside', 'outskirts', 'suburbs', 'vicinity', 'environs']);
/** Capitalised words that are never the name of a place the text locates. */
const NOT_NAMES: ReadonlySet<string> = new Set([
  ...WEEKDAY_NAMES,
  ...MONTH_NAMES,
  'the',
  'a',
  'an',
  'this',
  'that',
  'he',
  'she',
  'it',
  'they',
  'we',
  'i',
  'his',
  'her',
  'their',
  'its',
  'our',
  'parliament',
  'congress',
  'court',
  'government',
  'ministry',
  'council',
  'office',
  'president',
  'army',
  'police',
  'state',
  'news',
  'twitter',
  'telegram',
  'facebook',
  'english',
  'arabic',
  'russian',
  'french',
  'spanish',
  'mr',
  'mrs',
  'ms',
  'dr',
  'total',
  'all',
  'some',
  'west',
  'east',
  'north',
  'south',
  'europe',
  'africa',
  'asia',
  'america',
  'christmas',
  'ramadan',
  'eid',
  'easter',
]);
const MAX_NAME_WORDS = 3;
const MIN_NAME_LENGTH = 3;
/** How far after "the town of X" a place that locates X is looked for. */
const PARENT_REACH = 8;

/** A place the text locates, with the key of its bare name ("dahyan" for "Dahyan district"). */
export type LocalPlace = LocatedName;

interface SentenceTokens {
  readonly sentence: Sentence;
  readonly tokens: readonly Token[];
}

/**
 * The places the text locates that the gazetteer lacks. The keys of the names it could tie to
 * no place go into `unplaced`, when given: another article of the collection may locate them.
 * @example findLocated(reads, found, lex).map((p) => p.place.name) // ['Dahyan']
 */
export function findLocated<R extends SentenceTokens>(
  reads: readonly R[],
  found: readonly PlaceMention[],
  lex: PlaceLexicon,
  isLowercaseWord: (key: string) => boolean = () => false,
  unplaced?: Set<string>,
  blockedOf: (read: R) => readonly (readonly [number, number])[] = () => [],
): LocalPlace[] {
  const bySentence = new Map<number, PlaceMention[]>();
  for (const m of found) {
    const list = bySentence.get(m.sentence) ?? [];
    list.push(m);
    bySentence.set(m.sentence, list);
  }
  const out = new Map<string, LocalPlace>();
  // "in X city" with no place beside it: X lies in the area the article is about (its first town or area named),
  // never where the report was filed ("CAIRO — ... a village in Gezira": Gezira unknown, the village is no Egyptian one).
  const filed = readDateline(
    reads.map((r) => r.sentence),
    found,
  )?.mention;
  const anchor = found.find((m) => m !== filed && (m.place.kind === 'city' || m.place.kind === 'governorate'))?.place ?? null;
  for (const read of reads) {
    const { sentence, tokens } = read;
    // In a headline in title case every word is capitalised: capitals say nothing of names there.
    if (isTitleCase(tokens)) continue;
    const known = bySentence.get(sentence.index) ?? [];
    const knownAt = new Map<number, PlaceMention>();
    const covered = new Set<number>();
    for (const m of known) {
      const first = tokenStartingAt(tokens, m.span[0] - sentence.span[0]);
      if (first < 0) continue;
      knownAt.set(first, m);
      for (let k = first; k < tokens.length && tokens[k]!.start < m.span[1] - sentence.span[0]; k++) covered.add(k);
    }
    for (let i = 0; i < tokens.length; i++) {
      // Most words are lowercase: told apart before the set of covered words is asked.
      if ((!tokens[i]!.capitalised && !OPENING_ARTICLE.has(tokens[i]!.key)) || covered.has(i) || !isNameStart(tokens, i, lex)) continue;
      const last = nameEnd(tokens, i, covered, lex);
      // "Ahrar ash-Sham in Idlib": a name the registry says is no place (in any spelling of its article).
      if (blockedOf(read).some(([s, e]) => s < tokens[last]!.end && tokens[i]!.start < e)) {
        i = last;
        continue;
      }
      const hit = locate(tokens, i, last, knownAt, anchor, sentence.text, lex.demonyms);
      if (!hit) {
        unplaced?.add(keyOf(tokens, i, last));
        continue;
      }
      // A name made of words the article also writes in lowercase is a phrase ("Fierce Fighting"), not a place
      // (asked after locate: few names are tied to a place, and each word asked is looked for in the text).
      if (anyWordIn(tokens, i, last, (key) => !NAME_ARTICLE.has(key) && isLowercaseWord(key))) continue;
      const key = keyOf(tokens, i, last);
      if (!out.has(key)) out.set(key, { key, words: last - i + 1, place: misspelt(key, hit, found) ?? hit });
      i = last;
    }
  }
  return [...out.values()];
}

/** A misspelt name is as long as this at least: shorter names one letter apart are often two places. */
const MIN_MISSPELT_LENGTH = 6;

/**
 * The town the article names elsewhere that a located name misspells: in the same area (the
 * located place's region), and one slip from its name (two letters swapped, one letter
 * changed, left out or added), where the name is unknown to the gazetteer.
 * @example misspelt('palymra', siteAt('Palymra', homs, 'city'), found)?.name // 'Palmyra'
 */
function misspelt(key: string, hit: Place, found: readonly PlaceMention[]): Place | null {
  if (key.length < MIN_MISSPELT_LENGTH) return null;
  for (const m of found) {
    const known = m.place;
    if (known.kind !== 'city' || known.country !== hit.country || known.admin1 !== hit.admin1) continue;
    if (oneSlipApart(key, foldKey(known.name)) || oneSlipApart(key, foldKey(m.text))) return known;
  }
  return null;
}

/**
 * Two different words one slip of the keyboard apart: two neighbouring letters swapped, or one
 * letter changed, left out or added (Damerau's distance of one).
 * @example oneSlipApart('palymra', 'palmyra') // true
 */
export function oneSlipApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    // One changed, or two swapped: the rest is the same.
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  // One left out of the shorter.
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * Mentions of the located places wherever their names stand and no other place does.
 * @example localMentions(reads, found, located).map((m) => m.text) // ['Dahyan', 'Dahyan']
 */
export function localMentions(reads: readonly SentenceTokens[], found: readonly PlaceMention[], located: readonly LocalPlace[]): PlaceMention[] {
  const byKey = new Map(located.map((p) => [p.key, p]));
  const taken = new Set(found.map((m) => m.span[0]));
  const ends = found.map((m) => m.span);
  const out: PlaceMention[] = [];
  for (const { sentence, tokens } of reads) {
    const offset = sentence.span[0];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      // A name may open with its Arabic article in lowercase ("al-Maghazi").
      if ((!t.capitalised && !OPENING_ARTICLE.has(t.key)) || taken.has(offset + t.start)) continue;
      let key = '';
      for (let last = i; last < Math.min(tokens.length, i + MAX_NAME_WORDS); last++) {
        key += tokens[last]!.key;
        // No located name goes on from these words: neither do longer runs.
        if (!startsSomeKey(located, key)) break;
        const local = byKey.get(key);
        if (local && local.words === last - i + 1) {
          const end = siteEnd(tokens, last);
          const stop = end >= 0 && local.place.kind === 'site' ? end : last;
          const span: [number, number] = [offset + t.start, offset + tokens[stop]!.end];
          if (ends.some(([s, e]) => s < span[1] && span[0] < e)) break;
          out.push({ span, text: sentence.text.slice(t.start, tokens[stop]!.end), sentence: sentence.index, place: local.place });
          i = stop;
          break;
        }
        if (!tokens[last]!.joinsNext) break;
      }
    }
  }
  return out;
}

/** Some located place's key starts with `key`. */
function startsSomeKey(located: readonly LocalPlace[], key: string): boolean {
  for (const p of located) if (p.key.startsWith(key)) return true;
  return false;
}

/** X's place when the words around it tie it to a known place, else null. */
function locate(
  tokens: readonly Token[],
  first: number,
  last: number,
  knownAt: ReadonlyMap<number, PlaceMention>,
  anchor: Place | null,
  text: string,
  demonyms: ReadonlyMap<string, string>,
): Place | null {
  // "in Hezbollah's southern Beirut stronghold": a name in the possessive owns what follows; it lies in no place there.
  if (tokens[last]!.possessive) return null;
  // Written out only for a place found: most names are tied to none.
  // As written between its first and last word ("Kafr al-Assad"), spaces made single.
  const name = (): string => text.slice(tokens[first]!.start, tokens[last]!.end).replace(/\s+/g, ' ');
  // "the villages of W, X and Y": each name of the list stands where the first would ("the village of W").
  const of = first - 1 - listBefore(tokens, first);
  const before = tokens[of]?.key ?? '';
  const word = tokens[of - 1]?.key ?? '';
  // "the town of X", "the Y town of X"
  if (before === 'of' && (SETTLEMENT_WORDS.has(word) || AREA_OF_WORDS.has(word)) && (of === first - 1 || PLURAL_SETTLEMENT_WORDS.has(word))) {
    const kind = SETTLEMENT_WORDS.has(word) ? 'city' : 'site';
    // "the Idlib town of X", "the Idlib province town of X", "in Idlib, the town of X"; not a place run on into
    // the phrase ("in Idlib the villages of X in Latakia", a comma lost in pasting).
    const apart = tokens[of - 2]?.key === 'the' && tokens[of - 3]?.joinsNext !== false;
    const owner = knownAt.get(of - 2) ?? (apart ? undefined : knownAt.get(of - 3));
    // "the Turkish town of X adjoining Syria": the people's word says whose town it is.
    const people = demonyms.get(tokens[of - 2]?.key ?? '');
    const parent = owner?.place ?? placeAfter(tokens, last + 1, knownAt, PARENT_REACH);
    if (parent && parent.kind !== 'site' && (people === undefined || parent.country === people))
      return siteAt(kind === 'site' ? `${name()} ${siteWords(word)}` : name(), parent, kind);
  }
  // "in X city", "in X area in Y province": a town, in Y or else in the article's area
  const after = tokens[last + 1];
  if (LOCATIVE.has(before) && tokens[last]!.joinsNext && after && !after.capitalised && SETTLEMENT_AFTER.has(after.key)) {
    const parent = tiedPlace(tokens, last + 2, knownAt) ?? (anchor && anchor.kind !== 'country' ? anchor : null);
    return parent ? siteAt(name(), parent, 'city') : null;
  }
  // "X district of Y", "X market in Y", "the X air base near Y"
  const site = siteEnd(tokens, last);
  if (site >= 0) {
    // "central Gaza's Maghazi refugee camp": the place in the possessive before it holds it.
    const owner = tokens[first - 1]?.possessive ? knownAt.get(first - 1)?.place : undefined;
    const parent = tiedPlace(tokens, site + 1, knownAt) ?? (owner && owner.kind !== 'site' ? owner : null);
    const words = tokens.slice(last + 1, site + 1).map((t) => t.text.toLowerCase());
    if (parent) return siteAt(`${name()} ${siteWords(words.join(' '))}`, parent);
    return null;
  }
  // "X, a village of 60 households in Y", "X, a small town near Y": the text calls X a settlement, in Y
  // (not in the article's area: "X, a city 50 km south of the border" may be anywhere)
  const called = settlementCalled(tokens, last, text, demonyms);
  if (called !== -1) {
    const parent = placeAfter(tokens, called + 1, knownAt, PARENT_REACH);
    return parent ? siteAt(name(), parent, 'city') : null;
  }
  // "in X, in Y province", "near X in the Y region"; after a comma, "X, in Y" ties X without a locative ("raided X, in Y province")
  // (a comma, not a bracket: "the Rapid Support Forces [RSF] in Y" names a force, not a place)
  const commaIn = !tokens[last]!.joinsNext && tokens[last + 1]?.key === 'in' && text.slice(tokens[last]!.fullEnd, tokens[last + 1]!.start).trim() === ',';
  if (!LOCATIVE.has(before) && !commaIn) return null;
  const parent = tiedPlace(tokens, last + 1, knownAt, text);
  return parent && parent.kind !== 'country' ? siteAt(name(), parent, 'city') : null;
}

/** An article before a settlement word that calls the name before it one: "X, a village ...". */
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);
/** Words before the settlement word of such an apposition: "a small farming village", "the remote border town". */
const MAX_DESCRIBING_WORDS = 2;
/** Words that may follow the settlement word of an apposition; another ("a village elder", "the town council") makes it part of a noun. */
const AFTER_SETTLEMENT: ReadonlySet<string> = new Set([
  'of',
  'in',
  'near',
  'outside',
  'on',
  'close',
  'just',
  'about',
  'some',
  'with',
  'where',
  'which',
  'that',
  'located',
  'north',
  'south',
  'east',
  'west',
  'northeast',
  'northwest',
  'southeast',
  'southwest',
]);

/**
 * The token index of the settlement word when the name ending at `last` is followed by an
 * apposition that calls it a settlement ("Khuafo, a village of about 60 households"; "Tel Rifaat,
 * a small town near the border"), else -1. Not "Smith, a village elder": the settlement word
 * must end the phrase or be followed by a word that ties it to a place or describes it.
 */
function settlementCalled(tokens: readonly Token[], last: number, text: string, demonyms: ReadonlyMap<string, string>): number {
  const article = tokens[last + 1];
  if (!article || !ARTICLES.has(article.key) || text.slice(tokens[last]!.fullEnd, article.start).trim() !== ',') return -1;
  for (let k = last + 2; k <= last + 2 + MAX_DESCRIBING_WORDS && k < tokens.length; k++) {
    const t = tokens[k]!;
    // "a predominantly Christian village", "a Kurdish town": a people's or a faith's word describes it; a name does not.
    if (t.capitalised && !FAITH_WORDS.has(t.key) && !demonyms.has(t.key)) return -1;
    if (!CALLED_SETTLEMENT.has(t.key) || PLURAL_SETTLEMENT_WORDS.has(t.key)) continue;
    const next = tokens[k + 1];
    const ends = !next || /[^\s-]/.test(text.slice(t.fullEnd, next.start));
    return ends || AFTER_SETTLEMENT.has(next.key) ? k : -1;
  }
  return -1;
}

/** Words of a faith that describe a settlement's people: "a predominantly Christian village", "a Druze town". */
const FAITH_WORDS: ReadonlySet<string> = new Set([
  'christian',
  'muslim',
  'druze',
  'shia',
  'shiite',
  'sunni',
  'alawite',
  'maronite',
  'yazidi',
  'catholic',
  'orthodox',
  'jewish',
  'hindu',
  'buddhist',
]);

/** What the text calls a place it describes as a settlement: "X, a farming community in Y" too. */
const CALLED_SETTLEMENT: ReadonlySet<string> = new Set([...SETTLEMENT_WORDS, 'community']);

/** "the villages of X and Y": the settlement words (SETTLEMENT_WORDS) for several, before a list of their names. */
const PLURAL_SETTLEMENT_WORDS: ReadonlySet<string> = new Set([...SETTLEMENT_WORDS].filter((w) => w.endsWith('s')));
/** How many names before this one a list may hold ("the villages of A, B, C and D"). */
const MAX_LIST_NAMES = 6;

/**
 * How many tokens before `first` are the earlier names of a list it ends or goes on ("A, B and"
 * before C; "A and" before B): names of at most MAX_NAME_WORDS capitalised words (an Arabic
 * article hyphened to the next word may stay lowercase: "al-Foua"), apart by commas, the last by
 * "and". 0 when the word before it is no such list.
 */
function listBefore(tokens: readonly Token[], first: number): number {
  let k = first - 1;
  if (tokens[k]?.key === 'and') k--;
  else if (tokens[k]?.joinsNext !== false || !tokens[k]?.capitalised) return 0;
  let names = 0;
  while (k >= 0 && names < MAX_LIST_NAMES) {
    let words = 0;
    // A name's words are joined by a space or a hyphen: a comma ends the name before it.
    while (k >= 0 && words < MAX_NAME_WORDS && (tokens[k]!.capitalised || tokens[k]!.hyphenNext) && (words === 0 || tokens[k]!.joinsNext)) {
      k--;
      words++;
    }
    if (words === 0) return 0;
    names++;
    if (tokens[k]?.key === 'of') return first - 1 - k;
    // Names in a list are apart by commas (no token between), the last by "and".
    if (tokens[k]?.joinsNext !== false) return 0;
  }
  return 0;
}

/**
 * The known place that `from` starts tying to: ", in the northern Y", " of Y", " in Y", ", Y". With
 * the text, a place tied by no word is tied by a comma only ("statements from X) CAIRO, Dec 24":
 * a bracket closes, and a dateline begins).
 */
function tiedPlace(tokens: readonly Token[], from: number, knownAt: ReadonlyMap<number, PlaceMention>, text?: string): Place | null {
  let k = from;
  const joined = tokens[from - 1]?.joinsNext ?? false;
  const tie = tokens[k]?.key ?? '';
  const gap = text === undefined ? ',' : text.slice(tokens[from - 1]?.fullEnd ?? 0, tokens[from]?.start ?? 0).trim();
  if (tie === 'of' || tie === 'in' || tie === 'near') k++;
  // "X said", "X and": nothing ties X to a place; with the text, no word but a comma may.
  else if (joined || gap !== ',') return null;
  while (FILLER.has(tokens[k]?.key ?? '')) k++;
  // "in the northern countryside of Y": the land around Y is Y's.
  if (SURROUNDINGS.has(tokens[k]?.key ?? '') && tokens[k + 1]?.key === 'of') k += 2;
  const m = knownAt.get(k);
  return m && m.place.kind !== 'site' ? m.place : null;
}

function placeAfter(tokens: readonly Token[], from: number, knownAt: ReadonlyMap<number, PlaceMention>, reach: number): Place | null {
  for (let k = from; k < Math.min(tokens.length, from + reach); k++) {
    const m = knownAt.get(k);
    if (m && m.place.kind !== 'site') return m.place;
  }
  return null;
}

function isNameStart(tokens: readonly Token[], i: number, lex: PlaceLexicon): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  // Inside a longer capitalised name ("Red Cross", "Abdel Rahman"): not a place's start.
  const inside = prev?.capitalised && prev.joinsNext && i - 1 > 0;
  // An Arabic article opening a name, as written: "the Al-Maghazi camp", "Gaza's al-Maghazi camp" (its other
  // forms, "at", "an", "as", are English words too: "at Novaya Bukva").
  if (OPENING_ARTICLE.has(t.key) && t.joinsNext && tokens[i + 1]?.capitalised && !isKnownWord(tokens[i + 1]!, lex)) return !inside;
  if (!t.capitalised || t.key.length < MIN_NAME_LENGTH || NOT_NAMES.has(t.key) || SITE_WORDS.has(t.key) || /^\d/.test(t.key)) return false;
  if (isKnownWord(t, lex)) return false;
  // After an article that opens the name, neither.
  return !inside && !(prev && OPENING_ARTICLE.has(prev.key) && prev.joinsNext);
}

/** A place's or a people's name ("Ukraine", "Yemeni"): no part of a name the gazetteer lacks. */
function isKnownWord(t: Token, lex: PlaceLexicon): boolean {
  return ((lex.wordRoles.get(t.key) ?? 0) & WORD_NAME) !== 0 || lex.demonyms.has(t.key);
}

/** The Arabic article in the forms that may open a name the gazetteer lacks: "Al-Maghazi", "el-Fasher". */
const OPENING_ARTICLE: ReadonlySet<string> = new Set(['al', 'el']);
/** An Arabic article joined to the next word of a name, which may stay lowercase: "Wad al-Noora", "Kafr al Assad". */
const NAME_ARTICLE: ReadonlySet<string> = new Set(['al', 'el', 'ad', 'ed', 'ar', 'er', 'as', 'es', 'ash', 'at', 'az', 'an', 'en']);

function nameEnd(tokens: readonly Token[], first: number, covered: ReadonlySet<number>, lex: PlaceLexicon): number {
  let last = first;
  while (last - first + 1 < MAX_NAME_WORDS && tokens[last]!.joinsNext && !covered.has(last + 1)) {
    const next = tokens[last + 1];
    // "Wad al-Noora", "Kafr al Assad": the article joined to the word after it by a hyphen or a space.
    const article = next && NAME_ARTICLE.has(next.key) && next.joinsNext && !covered.has(last + 2) ? tokens[last + 2] : undefined;
    if (article?.capitalised && last - first + 3 <= MAX_NAME_WORDS && !NOT_NAMES.has(article.key) && !isKnownWord(article, lex)) {
      last += 2;
      continue;
    }
    if (!next?.capitalised || NOT_NAMES.has(next.key) || SITE_WORDS.has(next.key) || isKnownWord(next, lex)) break;
    last++;
  }
  return last;
}

/** Some token of first..last has a key `test` holds. */
function anyWordIn(tokens: readonly Token[], first: number, last: number, test: (key: string) => boolean): boolean {
  for (let k = first; k <= last; k++) if (test(tokens[k]!.key)) return true;
  return false;
}

function keyOf(tokens: readonly Token[], first: number, last: number): string {
  return foldKey(
    tokens
      .slice(first, last + 1)
      .map((t) => t.key)
      .join(''),
  );
}
