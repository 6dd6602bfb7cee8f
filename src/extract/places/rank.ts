/**
 * Ranks an article's places by how central they are: named in the headline
 * (its first place most: "Air strikes kill 4 in Idlib, destroy mosque in
 * Hama" is about Idlib), in the lead, often; a city or governorate in the
 * article's focus country before a place abroad; and every city or governorate before any country,
 * which says least about where. Places of one governorate support each other,
 * so the first place lies in the area the article is most about.
 */
import type { Place, PlaceMention } from '../../model/types.ts';
import type { Focus } from '../../gazetteer/index.ts';
import { areaKey } from '../../gazetteer/admin-areas.ts';

/** A headline mention counts like this many body mentions (once per place). */
const TITLE_WEIGHT = 4;
/** The headline's first place (not a country) is its subject: this much more. */
const TITLE_SUBJECT_BONUS = 4;
/** A body mention weighs 1 + LEAD_WEIGHT / (1 + sentence / LEAD_SPAN): the lead counts most. */
const LEAD_WEIGHT = 6;
const LEAD_SPAN = 2;
/** The k-th body mention of a place counts k^-REPEAT_DAMPING: repeating a name adds less and less. */
const REPEAT_DAMPING = 0.5;
/** A dateline ("BEIRUT, Lebanon:") tells where the reporter was, not where things happened. */
const DATELINE_FACTOR = 0.25;
/** A place named as the scene of another war ("a region beset by Israel's war in Gaza"): the report's setting, not its news. */
const BACKGROUND_FACTOR = 0.25;
/** Share of its governorate's other mentions a place of the focus country adds to its own score. */
const AREA_SUPPORT = 0.35;
const ALL_CAPS = /^[^\p{Ll}]{3,}$/u;

/** A place the text itself locates ("the town of X", "X, in Y province"): the text went out of its way to say where. */
const LOCATED_FACTOR = 1.5;

/** How much a mention of each kind of place counts towards being central. */
function kindFactor(place: Place, focus: Focus): number {
  return baseFactor(place, focus) * (place.geonameId === undefined && place.kind === 'city' ? LOCATED_FACTOR : 1);
}

function baseFactor(place: Place, focus: Focus): number {
  const home = place.country !== null && place.country === focus[0];
  switch (place.kind) {
    case 'country':
      return home ? 0.2 : 0.15;
    case 'governorate':
      return home ? 1 : 0.35;
    case 'site':
      return home ? 1.2 : 0.5;
    default:
      return home ? 1 : 0.45;
  }
}

interface Tally {
  readonly place: Place;
  score: number;
  bodyMentions: number;
  /** Named only as no scene of the news (another war's, a destination: not-the-scene.ts), never in the headline: ranked behind the countries. */
  backgroundOnly: boolean;
  /** Where it was first named: -1 headline, else sentence index, then offset. */
  firstSentence: number;
  firstOffset: number;
}

/**
 * Place ids, most central to the article first; `background` tells the mentions of a place as the
 * scene of another war, which count for less.
 * @example rankPlaces(titleMentions, bodyMentions, ['SY'])[0] // 'palmyra'
 */
export function rankPlaces(
  title: readonly PlaceMention[],
  body: readonly PlaceMention[],
  focus: Focus = [],
  background: (m: PlaceMention) => boolean = () => false,
): string[] {
  const tallies = new Map<string, Tally>();
  let subject = true;
  for (const m of title) {
    const t = tally(tallies, m);
    const scene = background(m);
    if (!scene) t.backgroundOnly = false;
    if (t.score > 0 || scene) continue; // once per place; a headline's scene of another war adds nothing
    const isSubject = subject && m.place.kind !== 'country';
    if (isSubject) subject = false;
    t.score += (TITLE_WEIGHT + (isSubject ? TITLE_SUBJECT_BONUS : 0)) * kindFactor(m.place, focus);
  }
  for (const m of body) {
    const t = tally(tallies, m);
    t.bodyMentions++;
    const scene = background(m);
    if (!scene) t.backgroundOnly = false;
    const lead = 1 + LEAD_WEIGHT / (1 + Math.max(0, m.sentence) / LEAD_SPAN);
    const weight = lead * t.bodyMentions ** -REPEAT_DAMPING * (ALL_CAPS.test(m.text) ? DATELINE_FACTOR : 1) * (scene ? BACKGROUND_FACTOR : 1);
    t.score += weight * kindFactor(m.place, focus);
  }
  const areaTotals = new Map<string, number>();
  for (const t of tallies.values()) {
    const area = homeArea(t.place, focus);
    if (area) areaTotals.set(area, (areaTotals.get(area) ?? 0) + t.score);
  }
  const ranked = [...tallies.values()]
    .map((t) => ({ t, score: finalScore(t, areaTotals, focus) }))
    .sort(
      (a, b) =>
        tier(a.t) - tier(b.t) ||
        b.score - a.score ||
        a.t.firstSentence - b.t.firstSentence ||
        a.t.firstOffset - b.t.firstOffset ||
        (a.t.place.id < b.t.place.id ? -1 : 1),
    )
    .map(({ t }) => t);
  return withChildFirst(ranked).map((t) => t.place.id);
}

/** A place the text put in the first place must be named this often (headline included) to stand before it. */
const CHILD_MIN_MENTIONS = 2;
/** A town of the gazetteer named in the headline or the lead's first sentences (by index) may stand before its area. */
const TOWN_LEAD_SENTENCES = 1;
/** ... once, for a town the text put in a province ("Dahyan, in Saada province"): the province is only its frame. */
const TOWN_IN_AREA_MIN_MENTIONS = 1;

/**
 * The most specific place first: when the first place holds a place the text put there
 * ("the X market in Saada province", "Kramatorsk railway station"), named more than once,
 * that place is where things happened.
 */
function withChildFirst(ranked: readonly Tally[]): readonly Tally[] {
  const top = ranked[0];
  if (!top || top.place.kind === 'country') return ranked;
  const child = ranked.find((t) => isLocatedIn(t, top)) ?? (top.place.kind === 'governorate' ? ranked.find((t) => isLeadTownOf(t, top)) : undefined);
  return child ? [child, ...ranked.filter((t) => t !== child)] : ranked;
}

/** How often a place is named, the headline counting once. */
function namings(t: Tally): number {
  return t.bodyMentions + (t.firstSentence < 0 ? 1 : 0);
}

/** A place the text put in the first one ("the X market in Saada province"), named often enough to stand before it. */
function isLocatedIn(t: Tally, top: Tally): boolean {
  return (
    t !== top &&
    t.place.geonameId === undefined &&
    (t.place.kind === 'site' || t.place.kind === 'city') &&
    t.place.lat === top.place.lat &&
    t.place.lon === top.place.lon &&
    namings(t) >= (t.place.kind === 'city' && top.place.kind === 'governorate' ? TOWN_IN_AREA_MIN_MENTIONS : CHILD_MIN_MENTIONS)
  );
}

/** A town of the first-ranked area that the headline or the lead names, and names twice. */
function isLeadTownOf(t: Tally, area: Tally): boolean {
  return isTownOf(t, area) && t.firstSentence <= TOWN_LEAD_SENTENCES && namings(t) >= CHILD_MIN_MENTIONS;
}

/**
 * The place's tally, made on its first mention, with where it was first named.
 * (Module functions, not closures: tsx names every named local closure on each call.)
 */
function tally(tallies: Map<string, Tally>, m: PlaceMention): Tally {
  let t = tallies.get(m.place.id);
  if (!t) {
    t = { place: m.place, score: 0, bodyMentions: 0, backgroundOnly: true, firstSentence: Infinity, firstOffset: Infinity };
    tallies.set(m.place.id, t);
  }
  if (m.sentence < t.firstSentence || (m.sentence === t.firstSentence && m.span[0] < t.firstOffset)) {
    t.firstSentence = m.sentence;
    t.firstOffset = m.span[0];
  }
  return t;
}

/** Places first, then countries, then places named only as no scene of the news (another war's, a destination). */
function tier(t: Tally): number {
  return t.backgroundOnly ? 2 : t.place.kind === 'country' ? 1 : 0;
}

/** A place's score with the support of its governorate's other places. */
function finalScore(t: Tally, areaTotals: ReadonlyMap<string, number>, focus: Focus): number {
  const area = homeArea(t.place, focus);
  return t.score + (area ? AREA_SUPPORT * ((areaTotals.get(area) ?? 0) - t.score) : 0);
}

/** The focus country's governorate a place counts towards, or null. */
function homeArea(place: Place, focus: Focus): string | null {
  return place.country !== null && place.country === focus[0] && place.kind !== 'country' ? place.admin1 : null;
}

/**
 * A town of the gazetteer in the area, or a site of one, by a name of its own: "El Fasher, the
 * capital of North Darfur", "Gaza's Jabalia refugee camp". Not the town the area is named after
 * ("Aleppo" in Aleppo province, "Gaza" in the Gaza Strip): the text may mean either, and "the Gaza
 * health ministry" is the area's.
 */
function isTownOf(t: Tally, area: Tally): boolean {
  const own = area.place.admin1;
  return (
    (t.place.kind === 'city' || t.place.kind === 'site') &&
    t.place.country === area.place.country &&
    own !== null &&
    t.place.admin1 === own &&
    !areaKey(own).startsWith(areaKey(t.place.name))
  );
}
