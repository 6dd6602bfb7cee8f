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
import type { PlaceMention } from '../../model.ts';
import type { Token } from './tokens.ts';

/** Weight of a country named in the text. */
const COUNTRY_WEIGHT = 1;
/** Weight of a town or area of a country: it says where things happen, not only who is involved. */
const PLACE_WEIGHT = 1.5;
/** Weight of a people's name ("Russian forces"): often the other side, so it counts less. */
const DEMONYM_WEIGHT = 0.5;
/** Named after a locative word ("in", "near"): things happened there. */
const LOCATIVE_BONUS = 1;
/** Named in the headline. */
const TITLE_FACTOR = 2;
/** A second country is in focus when it has at least this share of the first's weight. */
const SECOND_SHARE = 0.5;
/** At most this many focus countries: each one more makes more small places readable. */
const MAX_FOCUS = 2;
/** Below this weight the text says too little to pick a country. */
const MIN_WEIGHT = 1;
const LOCATIVE: ReadonlySet<string> = new Set([
  'in', 'near', 'at', 'outside', 'inside', 'across', 'around', 'throughout', 'into', 'from', 'of', 'eastern', 'western',
  'northern', 'southern', 'central', 'northeastern', 'northwestern', 'southeastern', 'southwestern',
]);

/** What the first pass found in one sentence. */
export interface FocusEvidence {
  /** Places read with the world's gazetteer (actors already left out). */
  readonly mentions: readonly PlaceMention[];
  readonly tokens: readonly Token[];
  /** Offset of the sentence in the article (mention spans are article offsets). */
  readonly offset: number;
  readonly title: boolean;
}

/**
 * The article's focus countries, most weight first: a pinned focus (content/dateline.yml)
 * first, then what the text says.
 * @example findFocus([evidence('Shelling hit Kharkiv in eastern Ukraine.')], demonyms) // ['UA']
 */
export function findFocus(evidence: readonly FocusEvidence[], demonyms: ReadonlyMap<string, string>, pinned: Focus = []): Focus {
  const weights = new Map<string, number>();
  const add = (country: string | null, w: number): void => {
    if (country) weights.set(country, (weights.get(country) ?? 0) + w);
  };
  for (const s of evidence) {
    const factor = s.title ? TITLE_FACTOR : 1;
    for (const m of s.mentions) {
      const first = s.tokens.findIndex((t) => t.start === m.span[0] - s.offset);
      const before = first > 0 ? s.tokens[first - 1]?.key : undefined;
      const base = m.place.kind === 'country' ? COUNTRY_WEIGHT : PLACE_WEIGHT;
      add(m.place.country, factor * (base + (before && LOCATIVE.has(before) ? LOCATIVE_BONUS : 0)));
    }
    for (let i = 0; i < s.tokens.length; i++) {
      const t = s.tokens[i]!;
      if (!t.capitalised) continue;
      const next = s.tokens[i + 1];
      const two = next && t.joinsNext ? demonyms.get(t.key + next.key) : undefined;
      add(two ?? demonyms.get(t.key) ?? null, factor * DEMONYM_WEIGHT);
      if (two) i++;
    }
  }
  return pickFocus(weights, pinned);
}

/**
 * The focus from weights per country: the heaviest, and a second one close to it.
 * @example pickFocus(new Map([['UA', 10], ['RU', 6], ['US', 1]]), []) // ['UA', 'RU']
 */
export function pickFocus(weights: ReadonlyMap<string, number>, pinned: Focus): Focus {
  const ranked = [...weights]
    .filter(([, w]) => w >= MIN_WEIGHT)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const top = ranked[0]?.[1] ?? 0;
  const found = ranked.filter(([, w], i) => i === 0 || w >= SECOND_SHARE * top).map(([c]) => c);
  return [...new Set([...pinned, ...found])].slice(0, Math.max(MAX_FOCUS, pinned.length));
}
