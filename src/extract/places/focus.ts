/**
 * Which countries an article is about, found from its text the way CLIFF and
 * Mordecai do ("focus country first"): the countries it names, the towns and
 * areas of a country it names (a town pins its country more than the country's
 * name does), and its people ("Ukrainian", "Yemenis"). A place named as an
 * actor ("Moscow said") says where a government sits, not where things happen,
 * and counts little. The focus decides which country is read in depth and
 * whose places win ties (see src/gazetteer/scope.ts).
 */
import type { Focus } from '../../gazetteer/index.ts';
import type { PlaceMention } from '../../model/types.ts';
import { tokenStartingAt, type Token } from './tokens.ts';
import { COMPASS_ADJECTIVES } from '../../lexicon/directions.ts';

/** Weight of a country named in the text. */
const COUNTRY_WEIGHT = 1;
/** Weight of a town or area of a country: it says where things happen, not only who is involved. */
const PLACE_WEIGHT = 1.5;
/** Weight of a people's name ("Russian forces"): often the other side, so it counts less. */
const DEMONYM_WEIGHT = 0.3;
/** Named after a locative word ("in", "near"): things happened there. */
const LOCATIVE_BONUS = 1;
/** Named in the headline. */
const TITLE_FACTOR = 2;
/** A second country is in focus when it has at least this share of the first's weight. */
const SECOND_SHARE = 0.5;
/** At most this many focus countries: each one more makes more small places readable. */
const MAX_FOCUS = 2;
/** A country is a candidate, read in depth to weigh its towns, from this share of the first's weight. */
const CANDIDATE_SHARE = 0.2;
/** At most this many candidates are read in depth. */
const MAX_CANDIDATES = 4;
/** Below this weight the text says too little to pick a country. */
const MIN_WEIGHT = 0.3;
const LOCATIVE: ReadonlySet<string> = new Set([
  'in',
  'near',
  'at',
  'outside',
  'inside',
  'across',
  'around',
  'throughout',
  'into',
  'from',
  'of',
  ...COMPASS_ADJECTIVES,
]);

/** What the first pass found in one sentence. */
export interface FocusEvidence {
  /** Places read with the world's gazetteer (actors already left out). */
  readonly mentions: readonly PlaceMention[];
  readonly tokens: readonly Token[];
  /** Offset of the sentence in the article (mention spans are article offsets). */
  readonly offset: number;
  readonly title: boolean;
  /** The countries of the peoples the sentence names, in text order, when already found (peoplesOf): the same in every look. */
  readonly peoples?: readonly string[];
}

/** How a focus is picked from the weights. */
export interface FocusLimits {
  /** Share of the first country's weight another country needs. */
  readonly share: number;
  readonly max: number;
}

/** The focus proper: the first country and one close to it. */
export const FOCUS_LIMITS: FocusLimits = { share: SECOND_SHARE, max: MAX_FOCUS };
/** Candidates: every country with some weight, to be read in depth before the focus is decided. */
export const CANDIDATE_LIMITS: FocusLimits = { share: CANDIDATE_SHARE, max: MAX_CANDIDATES };

/**
 * Weights per country from the places and peoples a text names.
 * @example focusWeights([evidence('Shelling hit Kharkiv in eastern Ukraine.')], demonyms).get('UA') // 5
 */
export function focusWeights(evidence: readonly FocusEvidence[], demonyms: ReadonlyMap<string, string>): Map<string, number> {
  const weights = new Map<string, number>();
  const add = (country: string | null, w: number): void => {
    if (country) weights.set(country, (weights.get(country) ?? 0) + w);
  };
  for (const s of evidence) {
    const factor = s.title ? TITLE_FACTOR : 1;
    for (const m of s.mentions) {
      const first = tokenStartingAt(s.tokens, m.span[0] - s.offset);
      const before = first > 0 ? s.tokens[first - 1]?.key : undefined;
      if (m.place.kind === 'country' && namesItsPeople(s.tokens, first, m.span[1] - s.offset)) {
        add(m.place.country, factor * DEMONYM_WEIGHT);
        continue;
      }
      const base = m.place.kind === 'country' ? COUNTRY_WEIGHT : PLACE_WEIGHT;
      add(m.place.country, factor * (base + (before && LOCATIVE.has(before) ? LOCATIVE_BONUS : 0)));
    }
    for (const country of s.peoples ?? peoplesOf(s.tokens, demonyms)) add(country, factor * DEMONYM_WEIGHT);
  }
  return weights;
}

/** Nouns a country's name qualifies as its people's would: "U.S. lawmakers", "Russia's defence ministry". */
const QUALIFIED_NOUNS: ReadonlySet<string> = new Set([
  'president',
  'officials',
  'official',
  'lawmakers',
  'government',
  'military',
  'army',
  'forces',
  'troops',
  'envoy',
  'ambassador',
  'embassy',
  'diplomats',
  'minister',
  'ministry',
  'defence',
  'defense',
  'foreign',
  'state',
  'warplanes',
  'jets',
  'aircraft',
  'navy',
  'congress',
  'senate',
  'administration',
  'intelligence',
  'media',
  'television',
]);

/**
 * A country's name used as its people's ("U.S. President Barack Obama", "U.S. lawmakers",
 * "Russia's defence ministry"): who acts, not where things happen, weighed as a people's name.
 * `first` is the mention's first token, `end` where the name ends in the sentence.
 */
function namesItsPeople(tokens: readonly Token[], first: number, end: number): boolean {
  if (first < 0) return false;
  let last = first;
  while (tokens[last + 1] && tokens[last + 1]!.start < end) last++;
  const name = tokens[last];
  const next = tokens[last + 1];
  if (!name || !next || !name.joinsNext) return false;
  return QUALIFIED_NOUNS.has(next.key) || (name.possessive && next.capitalised);
}

/**
 * The countries of the peoples these words name, in text order; two words may name one ("North Korean").
 * @example peoplesOf(tokenize('Russian and Turkish officials'), demonyms) // ['RU', 'TR']
 */
export function peoplesOf(tokens: readonly Token[], demonyms: ReadonlyMap<string, string>): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.capitalised) continue;
    const next = tokens[i + 1];
    const two = next && t.joinsNext ? demonyms.get(t.key + next.key) : undefined;
    const country = two ?? demonyms.get(t.key);
    if (country) out.push(country);
    if (two) i++;
  }
  return out;
}

/**
 * The focus from weights per country: a pinned focus (content/dateline.yml) first, then the
 * heaviest country, and others close to it.
 * @example pickFocus(new Map([['UA', 10], ['RU', 6], ['US', 1]]), [], FOCUS_LIMITS) // ['UA', 'RU']
 */
export function pickFocus(weights: ReadonlyMap<string, number>, pinned: Focus, limits: FocusLimits = FOCUS_LIMITS): Focus {
  const ranked = [...weights].filter(([, w]) => w >= MIN_WEIGHT).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const top = ranked[0]?.[1] ?? 0;
  const found = ranked.filter(([, w], i) => i === 0 || w >= limits.share * top).map(([c]) => c);
  return [...new Set([...pinned, ...found])].slice(0, Math.max(limits.max, pinned.length));
}
