/**
 * "The Syrian capital", "the capital of Tigray", "Yemen's capital", "the capital": a city named
 * by what it is the capital of. A reader places a car bomb "in the Syrian capital" in Damascus
 * as surely as one "in Damascus"; the gazetteer knows each country's capital and each
 * first-level area's seat (GeoNames' PPLC and PPLA), so the phrase names that city.
 */
import type { Focus } from '../../gazetteer/index.ts';
import { COMPASS_POINTS } from '../../lexicon/directions.ts';
import type { GazetteerEntry } from '../../gazetteer/types.ts';
import type { PlaceMention, Sentence } from '../../model/types.ts';
import type { PlaceLexicon } from './lexicon.ts';
import { tokenStartingAt, type Token } from './tokens.ts';

interface SentenceTokens {
  readonly sentence: Sentence;
  readonly tokens: readonly Token[];
}

/** "capital", "capital's". */
const CAPITAL = 'capital';
/** Nouns after "the capital" that make it money, not a city ("capital punishment", "capital gains"). */
const NOT_THE_CITY = new Set([
  'punishment',
  'gain',
  'gains',
  'flight',
  'flows',
  'market',
  'markets',
  'expenditure',
  'spending',
  'budget',
  'investment',
  'investments',
  'goods',
  'letter',
  'letters',
  'offence',
  'offense',
  'crime',
  'crimes',
  'controls',
]);
/** At most this many lowercase words between "capital of" and the area ("the capital of the northern region of Tigray"). */
const OF_REACH = 5;

/** The capital of a country or the seat of a first-level area, as the gazetteer has them; null for other places. */
function capitalOf(place: PlaceMention['place'], lex: PlaceLexicon): GazetteerEntry | null {
  const { capitals, seats } = lex.seats();
  if (place.kind === 'country') return place.country === null ? null : (capitals.get(place.country) ?? null);
  if (place.kind !== 'governorate') return null;
  const code = lex.gazetteer.byId.get(place.id)?.admin1Code ?? null;
  return code === null ? null : (seats.get(code) ?? null);
}

/**
 * Mentions of the cities the text names by what they are the capital of, in text order.
 * "The capital" alone is the last capital the text named so, else the capital of the country
 * the article is about. A capital written beside its name ("Damascus, the Syrian capital",
 * "the capital, Sanaa") is already found by the name, and adds nothing but what "the capital"
 * stands for from then on.
 * @example capitalMentions(reads, found, lex, ['SY']).map((m) => m.place.name) // ['Damascus'] for "a bomb in the Syrian capital"
 */
export function capitalMentions(reads: readonly SentenceTokens[], found: readonly PlaceMention[], lex: PlaceLexicon, focus: Focus): PlaceMention[] {
  if (!reads.some((r) => r.tokens.some((t) => t.key === CAPITAL))) return [];
  const bySentence = new Map<number, PlaceMention[]>();
  for (const m of found) {
    const list = bySentence.get(m.sentence);
    if (list) list.push(m);
    else bySentence.set(m.sentence, [m]);
  }
  const home = focus[0] ? (lex.seats().capitals.get(focus[0]) ?? null) : null;
  let last: PlaceMention['place'] | null = home ? lex.placeOf(home) : null;
  const out: PlaceMention[] = [];
  for (const { sentence, tokens } of reads) {
    const around: Around = { text: sentence.text, tokens, offset: sentence.span[0], mentions: bySentence.get(sentence.index) ?? [] };
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i]!.key !== CAPITAL) continue;
      const reading = readCapital(around, i, lex);
      if (!reading) continue;
      const city = reading.city ?? last;
      if (!city) continue;
      last = city;
      // Written beside its name: the name is the mention. "A town 20 km north of the capital": a
      // point to measure from, not where things happened.
      if (namedBefore(around, reading.first) || namedAfter(around, reading.last) || isReferencePoint(around, reading.first)) continue;
      const start = tokens[reading.named]!.start;
      const end = tokens[i]!.end;
      out.push({ span: [around.offset + start, around.offset + end], text: sentence.text.slice(start, end), sentence: sentence.index, place: city });
    }
  }
  return out;
}

/** A sentence's words and the places found in it. */
interface Around {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly offset: number;
  readonly mentions: readonly PlaceMention[];
}

interface CapitalReading {
  /** The city the phrase names, or null for "the capital" alone. */
  readonly city: PlaceMention['place'] | null;
  /** The phrase's first word ("the" of "the Syrian capital", "Yemen" of "Yemen's capital") and the word its name would follow. */
  readonly first: number;
  readonly last: number;
  /** The first word the mention spans: not "the", nor the place found already ("Yemen" of "Yemen's capital"). */
  readonly named: number;
}

/** The place found starting at token `i`, or ending at it. */
const startingAt = (a: Around, i: number): PlaceMention | undefined => a.mentions.find((m) => m.span[0] === a.offset + (a.tokens[i]?.start ?? -1));
const endingAt = (a: Around, i: number): PlaceMention | undefined => a.mentions.find((m) => m.span[1] === a.offset + (a.tokens[i]?.end ?? -1));

/** What "capital" at token `i` names, or null when it names no city. */
function readCapital(a: Around, i: number, lex: PlaceLexicon): CapitalReading | null {
  const { tokens } = a;
  const word = tokens[i]!;
  const before = tokens[i - 1];
  const cityWord = tokens[i + 1]?.key === 'city' && !word.possessive ? 1 : 0;
  const after = tokens[i + 1 + cityWord];
  // "the capital of ... Tigray": the first place after "of" within a few lowercase words.
  if (after?.key === 'of' && !word.possessive) {
    if (before?.key !== 'the') return null;
    for (let j = i + 2 + cityWord; j < Math.min(tokens.length, i + 2 + cityWord + OF_REACH); j++) {
      const m = startingAt(a, j);
      if (m) {
        const seat = capitalOf(m.place, lex);
        return seat ? { city: lex.placeOf(seat), first: i - 1, last: i, named: i } : null;
      }
      if (tokens[j]!.capitalised) return null;
    }
    return null;
  }
  if (after && !word.possessive && NOT_THE_CITY.has(after.key)) return null;
  const last = i + cityWord;
  // "Yemen's capital", "Tigray's capital".
  if (before?.possessive) {
    const m = endingAt(a, i - 1);
    const seat = m ? capitalOf(m.place, lex) : null;
    const first = m ? tokenStartingAt(tokens, m.span[0] - a.offset) : -1;
    return seat && first >= 0 ? { city: lex.placeOf(seat), first, last, named: i } : null;
  }
  // "the Syrian capital".
  if (before?.capitalised && tokens[i - 2]?.key === 'the') {
    const country = lex.demonyms.get(before.key);
    const seat = country ? lex.seats().capitals.get(country) : undefined;
    return seat ? { city: lex.placeOf(seat), first: i - 2, last, named: i - 1 } : null;
  }
  // "the capital" alone.
  if (before?.key === 'the') return { city: null, first: i - 1, last, named: i };
  return null;
}

/** "north of", "north-west of", "25 km from", right before the phrase. */
const MEASURED_FROM = new RegExp(
  String.raw`\b(?:(?:${COMPASS_POINTS.map((p) => p.replace(/^(north|south)(east|west)$/, '$1-?$2')).join('|')})\s+of|(?:km|kilometres|kilometers|miles)\s+(?:from|of))\s+$`,
  'i',
);

/** "a town north of the capital": the capital as the point a place is measured from. */
function isReferencePoint(a: Around, first: number): boolean {
  const word = a.tokens[first];
  return word !== undefined && MEASURED_FROM.test(a.text.slice(Math.max(0, word.start - 30), word.start));
}

/** Only a comma or a dash between two words. */
const APPOSITION = /^\s*[,—–]\s*$/;
/** Nothing, or a comma, between two words. */
const RIGHT_AFTER = /^\s*,?\s*$/;

/** "Mekelle, the capital of Tigray": a place, a comma, then the phrase. */
function namedBefore(a: Around, first: number): boolean {
  const previous = a.tokens[first - 1];
  if (!previous || !endingAt(a, first - 1)) return false;
  return APPOSITION.test(a.text.slice(previous.fullEnd, a.tokens[first]!.start));
}

/** "the capital Sanaa", "the capital, Sanaa": a place right after the phrase. */
function namedAfter(a: Around, last: number): boolean {
  const word = a.tokens[last];
  const next = a.tokens[last + 1];
  if (!word || !next || !startingAt(a, last + 1)) return false;
  return RIGHT_AFTER.test(a.text.slice(word.fullEnd, next.start));
}
