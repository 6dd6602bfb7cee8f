import { foldKey } from '../../gazetteer/fold.ts';
import type { Focus } from '../../gazetteer/index.ts';
import type { PlaceMention, Sentence } from '../../model/types.ts';
import type { ArticleContext } from '../context.ts';
import type { Lexicons } from '../lexicons.ts';
import { isActor } from './actor.ts';
import { isNotTheScene } from './not-the-scene.ts';
import { isCalledByTown, widenToArea } from './area.ts';
import { capitalMentions } from './capitals.ts';
import { furnitureRanges, isFurnitureSentence } from './chrome.ts';
import { notPlaceReason, type SentenceView } from './context.ts';
import { readDateline } from './dateline.ts';
import { CANDIDATE_LIMITS, focusWeights, peoplesOf, pickFocus, type FocusEvidence } from './focus.ts';
import type { PlaceLexicon } from './lexicon.ts';
import { addLowercaseWords, writesInLowercase } from './lowercase-words.ts';
import { findLocated, localMentions, type LocalPlace } from './located.ts';
import { AREA_WORDS, findCandidates, type Candidate } from './match.ts';
import { rankPlaces } from './rank.ts';
import { siteAt, widenToSite } from './sites.ts';
import { isStatementVenue } from './venue.ts';
import { isTitleCase, tokenize, type Token } from './tokens.ts';
import { pushAll } from '../../long-arrays.ts';
import { allMatches } from '../all-matches.ts';

/** An article's places: what it is about, where it names, which first, and where it was filed. */
export interface ArticlePlaces {
  /** The countries read in depth, the first most. */
  readonly focus: Focus;
  readonly title: readonly PlaceMention[];
  readonly body: readonly PlaceMention[];
  /** Place ids, most central first. */
  readonly ranking: readonly string[];
  /** Where the report was filed ("KYIV, Ukraine (AP) —"), or null: not where things happened. */
  readonly filedFrom: PlaceMention | null;
  /** Places the headline names and the body does not: ranked, but with no span in the body. */
  readonly titleOnly: readonly PlaceMention['place'][];
  /** The places the body locates that the gazetteer lacks ("the village of X"). */
  readonly located: readonly LocalPlace[];
  /** The keys of the names the body writes as places stand but ties to no place. */
  readonly unplaced: readonly string[];
}

/**
 * A sentence with its words, read once for every pass (the focus's looks and the reading
 * proper), with what a pass works out that the next would work out again.
 */
interface Read {
  readonly sentence: Sentence;
  readonly tokens: readonly Token[];
  /** The sentence's candidates by lexicon: a country's in-depth look and the reading proper often use the same one. */
  readonly candidates: Map<PlaceLexicon, readonly Candidate[]>;
  /** What no lexicon changes, worked out on the first pass that needs it. */
  shape?: SentenceShape;
  /** The countries of the peoples it names, in text order (the focus reads them in every look). */
  peoples?: readonly string[];
  /** The notPlaces phrases' spans, with the pattern they were found by. */
  blocked?: { readonly pattern: string; readonly spans: readonly (readonly [number, number])[] };
}

/** A sentence's case and page furniture: the same in every pass. */
interface SentenceShape {
  readonly titleCase: boolean;
  readonly furniture: readonly (readonly [number, number])[];
}

/** A sentence as the passes read it. */
function readOf(sentence: Sentence): Read {
  return { sentence, tokens: tokenize(sentence.text), candidates: new Map() };
}

/**
 * Reads an article's places in two passes: first with the world's big places, to find the
 * countries it is about (its focus); then with those countries read in depth, with the
 * villages and sites the text locates ("the town of X", "X railway station").
 * The outlet's name, when known, weighs in the focus too.
 * @example readArticlePlaces(textContext('Shelling hit Kramatorsk in Ukraine.', { reference: null }, lexicons)).ranking // ['kramatorsk-ua', 'ukraine']
 */
export function readArticlePlaces(context: ArticleContext): ArticlePlaces {
  const { title, sentences, outlet, lexicons } = context;
  const titleRead = readOf(title);
  const bodyRead = sentences.map(readOf);
  const isLowercaseWord = lowercaseWords(sentences);
  // An outlet named for a country or its people ("the Northland Herald") mostly reports on it:
  // its name weighs as one sentence of the body would, for the focus only.
  const outletRead = outlet ? [readOf({ index: -2, span: [0, outlet.length], text: outlet })] : [];
  const focus = articleFocus(titleRead, [...bodyRead, ...outletRead], lexicons, isLowercaseWord);
  const lex = lexicons.places(focus);
  const titleFound = readPlaces([titleRead], lex, isLowercaseWord);
  const bodyFound = readPlaces(bodyRead, lex, isLowercaseWord);
  const unplaced = new Set<string>();
  const own = findLocated(bodyRead, bodyFound, lex, isLowercaseWord, unplaced, (r) => blockedSpans(r, lex));
  // Places other reports of the collection locate, which this one names bare ("at Mai Tsebri"),
  // or locates only in a country that another report locates it in an area of.
  const ownKeys = new Set(own.map((p) => p.key));
  const finer = new Map(context.localPlaces.map((p) => [p.key, p]));
  const located = [...own.map((p) => finerOf(p, finer.get(p.key))), ...context.localPlaces.filter((p) => !ownKeys.has(p.key))];
  const body = withCapitals(bodyRead, located.length ? withLocal(bodyRead, bodyFound, located) : bodyFound, lex, focus);
  const titleAll = withCapitals([titleRead], located.length ? withLocal([titleRead], titleFound, located) : titleFound, lex, focus);
  const named = nameAreasAsWritten([...titleAll, ...body], lex);
  const headline = titleAll.length || body.length ? titleAll : speakingCountry(titleRead, lex, isLowercaseWord, focus);
  return {
    ...finish(headline.map(named), body.map(named), sentences, focus, title),
    located: own,
    unplaced: [...unplaced].filter((k) => !ownKeys.has(k)).sort(),
  };
}

/**
 * "the small village of Hroza in eastern Ukraine", where another report of the collection writes
 * "the village of Hroza in Kharkiv Oblast": one village, at the finer place.
 */
export function finerOf(own: LocalPlace, other: LocalPlace | undefined): LocalPlace {
  return other && own.place.admin1 === null && other.place.admin1 !== null && other.place.country === own.place.country ? other : own;
}

/**
 * "Northland says 6,000 evacuated from its cities": an article that names no place but the
 * country speaking in its headline, the one it is about, tells a count for that whole country.
 */
function speakingCountry(title: Read, lex: PlaceLexicon, isLowercaseWord: (key: string) => boolean, focus: Focus): PlaceMention[] {
  if (focus.length !== 1) return [];
  return sentencePlaces(title, lex, isLowercaseWord, true).filter((m) => m.place.kind === 'country' && m.place.country === focus[0]);
}

function finish(
  titleAll: readonly PlaceMention[],
  named: readonly PlaceMention[],
  sentences: readonly Sentence[],
  focus: Focus,
  title: Sentence | null = null,
): Omit<ArticlePlaces, 'located' | 'unplaced'> {
  // Where someone spoke ("told reporters in Riyadh") is, like a dateline, no place of the events.
  const body = named.filter((m) => !isStatementVenue(m, sentences[m.sentence]));
  const dateline = readDateline(sentences, body);
  // Where the report was filed is no place of the events unless the text names it again as one (not as a
  // bearing: "KHARTOUM, Feb 1 - 45 were killed in Omdurman, north of the capital Khartoum").
  const counted = dateline ? body.filter((m) => !dateline.mentions.includes(m)) : body;
  // A place named only in the headline is one of the article's places too.
  const bodyIds = new Set(counted.map((m) => m.place.id));
  const titleOnly = titleAll.filter((m) => !bodyIds.has(m.place.id));
  return {
    focus,
    title: titleAll,
    body: counted,
    ranking: rankPlaces(titleAll, counted, focus, (m) => isNotTheScene(m, m.sentence < 0 ? (title ?? undefined) : sentences[m.sentence])),
    filedFrom: dateline?.mention ?? null,
    titleOnly: [...new Map(titleOnly.map((m) => [m.place.id, m.place])).values()],
  };
}

/**
 * Places named in the sentences, resolved in the gazetteer (GeoNames) as the
 * registry amends it, with the focus the sentences themselves give. Not places:
 * governments named by their capital or country ("Damascus said"), compounds
 * ("US-backed"), parts of organisations' and people's names, and alternate
 * spellings that are common words here.
 * @example extractPlaces(textContext('Clashes in Palmyra, Syria. Damascus said...', { reference: null }, lexicons)).map((m) => m.place.name) // ['Palmyra', 'Syria']
 */
export function extractPlaces({ sentences, lexicons }: ArticleContext): PlaceMention[] {
  const reads = sentences.map(readOf);
  const isLowercaseWord = lowercaseWords(sentences);
  const focus = articleFocus(null, reads, lexicons, isLowercaseWord);
  const lex = lexicons.places(focus);
  const found = readPlaces(reads, lex, isLowercaseWord);
  const located = findLocated(reads, found, lex, isLowercaseWord, undefined, (r) => blockedSpans(r, lex));
  return withCapitals(reads, located.length ? withLocal(reads, found, located) : found, lex, focus);
}

/**
 * The focus, in two looks: the world's big places and the peoples named give candidate
 * countries; each candidate is then read in depth on its own, so that its towns, which
 * pin where things happen better than its name, add their weight.
 */
function articleFocus(title: Read | null, body: readonly Read[], lexicons: Lexicons, isLowercaseWord: (key: string) => boolean): Focus {
  const world = lexicons.places([]);
  const pinned = lexicons.registries.focus ?? [];
  const look = (lex: PlaceLexicon, country: string | null): FocusEvidence[] => {
    const how: Look = { lex, isLowercaseWord, country, demonyms: world.demonyms };
    const evidence = [...(title ? evidenceOf([title], how, true) : []), ...evidenceOf(body, how, false)];
    return country === null ? evidence : evidence.map((e) => withoutWorldNames(e, country, world));
  };
  const first = focusWeights(look(world, null), world.demonyms);
  const candidates = pickFocus(first, pinned, CANDIDATE_LIMITS);
  // One candidate: nothing to weigh against it (and one gazetteer fewer to load).
  if (candidates.length <= 1) return candidates;
  const weights = new Map<string, number>();
  for (const country of candidates) {
    const inDepth = focusWeights(look(lexicons.places([country]), country), world.demonyms);
    weights.set(country, inDepth.get(country) ?? 0);
  }
  return pickFocus(weights, pinned);
}

/** From this size a city is known the world over by its name. */
const WORLD_CITY_POPULATION = 1_000_000;

/**
 * A country's in-depth look without the towns named like another country's capital or great city:
 * a United States article's "Damascus" is still the Syrian capital when the text also names Syria.
 */
function withoutWorldNames(e: FocusEvidence, country: string, world: PlaceLexicon): FocusEvidence {
  const kept = e.mentions.filter((m) => {
    if (m.place.kind !== 'city' || m.place.country !== country) return true;
    const known = world.gazetteer.names.get(foldKey(m.text))?.[0]?.entry;
    if (known?.place.kind !== 'city' || known.place.country === country) return true;
    return known.featureRank !== 0 && known.population < WORLD_CITY_POPULATION;
  });
  return kept.length === e.mentions.length ? e : { ...e, mentions: kept };
}

/** How the focus looks at the sentences. */
interface Look {
  readonly lex: PlaceLexicon;
  readonly isLowercaseWord: (key: string) => boolean;
  /** The one country whose weight is read, or null for all. */
  readonly country: string | null;
  /** The peoples' names focusWeights reads (the world lexicon's). */
  readonly demonyms: ReadonlyMap<string, string>;
}

/**
 * A place named as an actor or an authority ("Damascus said", "the Donetsk regional administration") still says what the article is about.
 * With `country`, only that country's weight is read: a sentence none of whose candidates can be a place of it adds none, and is not read further.
 * The peoples a sentence names are the same in every look: found once, kept with the sentence.
 */
function evidenceOf(reads: readonly Read[], { lex, isLowercaseWord, country, demonyms }: Look, title: boolean): FocusEvidence[] {
  return reads.map((r) => ({
    // Where someone spoke ("a report issued in New York") says nothing of what the article is about.
    // Read with the world's places, an area written with its word ("in Borno state") tells its country too.
    mentions:
      country === null
        ? [...sentencePlaces(r, lex, isLowercaseWord, true).filter((m) => !isStatementVenue(m, r.sentence)), ...writtenAreas(r, lex)]
        : mayNamePlaceOf(r, lex, country)
          ? sentencePlaces(r, lex, isLowercaseWord, true).filter((m) => !isStatementVenue(m, r.sentence))
          : [],
    tokens: r.tokens,
    offset: r.sentence.span[0],
    title,
    peoples: (r.peoples ??= peoplesOf(r.tokens, demonyms)),
  }));
}

/** The most words an area's name written before its word has. */
const AREA_NAME_WORDS = 3;

/**
 * First-level areas the sentence writes with their word ("two villages in Borno state"): the world's
 * places hold no area by its bare name, but one written so names its country as a town would.
 */
function writtenAreas(r: Read, lex: PlaceLexicon): PlaceMention[] {
  const out: PlaceMention[] = [];
  const { tokens } = r;
  for (let i = 1; i < tokens.length; i++) {
    if (!AREA_WORDS.has(tokens[i]!.key)) continue;
    for (let n = 1; n <= AREA_NAME_WORDS && i - n >= 0; n++) {
      const words = tokens.slice(i - n, i);
      if (!words.every((t) => t.capitalised && !t.allCaps && t.joinsNext)) break;
      const hits = lex.gazetteer.areaNames.get(words.map((t) => t.key).join(''));
      const entry = hits?.[0];
      if (!entry) continue;
      const first = words[0]!;
      const last = words[words.length - 1]!;
      const span: [number, number] = [r.sentence.span[0] + first.start, r.sentence.span[0] + last.end];
      out.push({ span, text: r.sentence.text.slice(first.start, last.end), sentence: r.sentence.index, place: lex.placeOf(entry) });
      break;
    }
  }
  return out;
}

/**
 * Whether sentencePlaces may find a place of `country` here: some candidate is one, or is a
 * seat whose area (widenToArea) is one. Sites (widenToSite, sitesInPlaces) take their country
 * from a candidate's place, and the registry's names keep the country they rename.
 */
function mayNamePlaceOf(read: Read, lex: PlaceLexicon, country: string): boolean {
  for (const c of candidatesOf(read, lex)) {
    if (lex.placeOf(c.entry).country === country) return true;
    if (c.entry.admin1Code !== null && lex.gazetteer.governorates.get(c.entry.admin1Code)?.place.country === country) return true;
  }
  return false;
}

function readPlaces(reads: readonly Read[], lex: PlaceLexicon, isLowercaseWord: (key: string) => boolean): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const r of reads) pushAll(out, sentencePlaces(r, lex, isLowercaseWord));
  return out;
}

/** "Saada province", "Donetsk region": an area named with the word the text uses for it. */
const WRITTEN_AREA = /^(?:rural\s+)?(.+?)(?:[’']s)?\s+(province|governorate|region|oblast)$/iu;
const WRITTEN_AREA_OF = /^(province|governorate|region|oblast)\s+of\s+(.+)$/iu;

/**
 * Names each first-level area as the article first writes it with an area word ("Saada
 * province" for GeoNames' "Sa'dah"): readers know the area by the text's spelling. A name
 * the registry gives wins.
 */
function nameAreasAsWritten(mentions: readonly PlaceMention[], lex: PlaceLexicon): (m: PlaceMention) => PlaceMention {
  const names = new Map<string, string>();
  for (const m of mentions) {
    if (m.place.kind !== 'governorate' || names.has(m.place.id) || lex.renamedIds.has(m.place.id)) continue;
    const after = WRITTEN_AREA.exec(m.text);
    const before = after ? null : WRITTEN_AREA_OF.exec(m.text);
    const core = after?.[1] ?? before?.[2];
    const word = after?.[2] ?? before?.[1];
    if (core && word) names.set(m.place.id, `${core} ${word.charAt(0).toUpperCase()}${word.slice(1).toLowerCase()}`);
    else if (isWholeOwnName(m, lex)) names.set(m.place.id, m.text);
    // "Gaza" for the Gaza Strip: the area by its own name, not GeoNames' "Gaza Strip Province".
    else if (m.place.admin1 !== null && isCalledByTown(m.place.admin1, m.text)) names.set(m.place.id, m.place.admin1);
  }
  return (m) => {
    const name = names.get(m.place.id);
    return name && name !== m.place.name ? { ...m, place: { ...m.place, name } } : m;
  };
}

/**
 * "the Gaza Strip", "North Darfur": an area written by one of its names of two words or more, a name
 * no town has, is known by it as written; "Gaza Strip Province", the area word added, is no name a reader knows.
 */
function isWholeOwnName(m: PlaceMention, lex: PlaceLexicon): boolean {
  const key = foldKey(m.text);
  if (m.text.split(/\s+/).length < 2 || !lex.gazetteer.areaNames.get(key)?.some((e) => e.place.id === m.place.id)) return false;
  return (lex.gazetteer.names.get(key) ?? []).every((hit) => hit.entry.place.id === m.place.id || hit.entry.place.kind === 'country');
}

/** The mentions with the cities named as capitals added ("the Syrian capital"), in text order. */
function withCapitals(reads: readonly Read[], found: PlaceMention[], lex: PlaceLexicon, focus: Focus): PlaceMention[] {
  const capitals = capitalMentions(reads, found, lex, focus);
  if (capitals.length === 0) return found;
  return [...found, ...capitals].sort((a, b) => a.sentence - b.sentence || a.span[0] - b.span[0]);
}

/** The mentions with the text-located places added where their names stand, in text order. */
function withLocal(reads: readonly Read[], found: readonly PlaceMention[], located: readonly LocalPlace[]): PlaceMention[] {
  const extra = localMentions(reads, found, located);
  if (extra.length === 0) return [...found];
  return [...found, ...extra].sort((a, b) => a.sentence - b.sentence || a.span[0] - b.span[0]);
}

function sentencePlaces(read: Read, lex: PlaceLexicon, isLowercaseWord: (key: string) => boolean, asEvidence = false): PlaceMention[] {
  const { sentence, tokens } = read;
  const { text } = sentence;
  const candidates = candidatesOf(read, lex);
  if (candidates.length === 0) return [];
  const blocked = blockedSpans(read, lex);
  const { titleCase, furniture } = (read.shape ??= shapeOf(read));
  const out: PlaceMention[] = [];
  // One view for the sentence's candidates: only the place accepted last changes (the rules keep no view).
  const view: Mutable<SentenceView> = { text, tokens, titleCase, previousPlaceEnd: -1, isPlaceWord: lex.wordRoles.has, focus: lex.gazetteer.focus };
  for (const found of candidates) {
    if (inRanges(furniture, found.first)) continue;
    const c = widenToArea(found, tokens, text, lex);
    const start = tokens[c.first]?.start ?? 0;
    const end = tokens[c.last]?.end ?? 0;
    if (overlapsSome(blocked, start, end)) continue;
    const reason = notPlaceReason(c, view, isLowercaseWord);
    if (reason && !(asEvidence && reason === 'organisation')) continue;
    if (!asEvidence && isActor(c, view)) continue;
    view.previousPlaceEnd = c.last;
    const site = widenToSite(c, tokens, lex.placeOf(c.entry));
    if (site) {
      view.previousPlaceEnd = site.last;
      out.push(siteMention(sentence, site.place, tokens[c.first]?.start ?? 0, tokens[site.last]?.end ?? 0));
      continue;
    }
    out.push(mention(sentence, c, start, end, lex));
  }
  return sitesInPlaces(sentence, out);
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Some range [first, end) of token indexes holds token `i`. */
function inRanges(ranges: readonly (readonly [number, number])[], i: number): boolean {
  for (const range of ranges) if (i >= range[0] && i < range[1]) return true;
  return false;
}

/** Some span [s, e) overlaps [start, end). */
function overlapsSome(spans: readonly (readonly [number, number])[], start: number, end: number): boolean {
  for (const span of spans) if (span[0] < end && start < span[1]) return true;
  return false;
}

/** The sentence's candidates in this lexicon, found once per lexicon. */
function candidatesOf(read: Read, lex: PlaceLexicon): readonly Candidate[] {
  let found = read.candidates.get(lex);
  if (!found) {
    found = findCandidates(read.tokens, lex);
    read.candidates.set(lex, found);
  }
  return found;
}

function shapeOf({ sentence, tokens }: Read): SentenceShape {
  return {
    titleCase: isTitleCase(tokens),
    furniture: isFurnitureSentence(sentence.text) ? [[0, tokens.length]] : furnitureRanges(tokens),
  };
}

/** After a site: "in", "of" or "near", maybe "the", then the place it is in. */
const SITE_TIE = /^\s+(?:in|of|near)\s+(?:the\s+)?/i;

/**
 * "The Midan neighbourhood in Aleppo": a site the text puts in another place lies there,
 * whatever the namesake its name comes from.
 */
function sitesInPlaces(sentence: Sentence, found: PlaceMention[]): PlaceMention[] {
  for (let i = 0; i + 1 < found.length; i++) {
    const m = found[i]!;
    const next = found[i + 1]!;
    if (m.place.kind !== 'site' || next.place.kind === 'country' || next.place.kind === 'site') continue;
    const tie = SITE_TIE.exec(sentence.text.slice(m.span[1] - sentence.span[0], next.span[0] - sentence.span[0]));
    if (!tie || m.span[1] + tie[0].length !== next.span[0]) continue;
    found[i] = { ...m, place: siteAt(m.place.name, next.place) };
  }
  return found;
}

function mention(sentence: Sentence, c: Candidate, start: number, end: number, lex: PlaceLexicon): PlaceMention {
  const offset = sentence.span[0];
  return {
    span: [offset + start, offset + end],
    text: sentence.text.slice(start, end),
    sentence: sentence.index,
    place: lex.placeOf(c.entry),
  };
}

function siteMention(sentence: Sentence, place: PlaceMention['place'], start: number, end: number): PlaceMention {
  const offset = sentence.span[0];
  return { span: [offset + start, offset + end], text: sentence.text.slice(start, end), sentence: sentence.index, place };
}

/**
 * Spans of the registry's notPlaces phrases ("Islamic State of Iraq and al-Sham"), looked for only
 * where a phrase's first word occurs; kept with the sentence for the pattern they were found by.
 */
function blockedSpans(read: Read, lex: PlaceLexicon): readonly (readonly [number, number])[] {
  const pattern = lex.notPlaces?.source ?? '';
  if (read.blocked?.pattern === pattern) return read.blocked.spans;
  const spans: [number, number][] =
    lex.notPlaces && read.tokens.some((t) => lex.isNotPlaceStart(t.key))
      ? allMatches(lex.notPlaces, read.sentence.text).map((m) => [m.index, m.index + m[0].length])
      : [];
  read.blocked = { pattern, spans };
  return spans;
}

/**
 * Looked for one by one, at most this many keys an article (most ask fewer): then its lowercase
 * words are listed once, so that a long article asking about many keys is still read in linear time.
 */
const MAX_LOWERCASE_SEARCHES = 8;

/** Whether the article writes a key as a word in lowercase, each key looked for once. */
function lowercaseWords(sentences: readonly Sentence[]): (key: string) => boolean {
  const asked = new Map<string, boolean>();
  let listed: Set<string> | null = null;
  return (key) => {
    let written = asked.get(key);
    if (written === undefined) {
      if (!listed && asked.size >= MAX_LOWERCASE_SEARCHES) {
        listed = new Set();
        for (const s of sentences) addLowercaseWords(s.text, listed);
      }
      written = listed ? listed.has(key) : sentences.some((s) => writesInLowercase(s.text, key));
      asked.set(key, written);
    }
    return written;
  };
}
