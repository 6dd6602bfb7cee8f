import { speakerOfFigure } from './claimants/index.ts';
import { AMONG_THE_COUNTED, claimDater } from './claim-date.ts';
import type { ArticleClaim, ArticleFacts, Figure, Place, PlaceMention, Sentence } from '../model/types.ts';
import { groupBy } from '../group-by.ts';
import { speakerPhrase, speakerSpans } from './places/speaker.ts';
import { quoteAround } from './quote-window.ts';
import { withoutContainers } from './places/container.ts';
import { isWhereTreated } from './places/destination.ts';
import { isNoFigurePlace } from './places/not-the-scene.ts';
import { opensAsDateline } from './places/dateline.ts';

export type ClaimInputs = Pick<ArticleFacts, 'dates' | 'places' | 'placeRanking' | 'figures' | 'attributions'> & {
  readonly sentences: readonly Sentence[];
  readonly reference: string | null;
  /** Places the headline names: the article's main place may stand only there. */
  readonly titlePlaces?: readonly PlaceMention[];
};

/** How far back a figure without its own date or place may look for one. */
const LOOKBACK_SENTENCES = 3;
/** A place of these kinds says more about where a figure belongs than a country does. */
const SPECIFIC: ReadonlySet<Place['kind']> = new Set(['city', 'site', 'governorate', 'region']);

/**
 * Turns each figure into a claim: who claims it (the speaker of its sentence,
 * or the one carried into it), when (a date in its sentence, else in the same
 * statement just before, else the publication day), and where (the most
 * specific place in its sentence, else just before, else the article's main place).
 * @example assembleClaims(inputs).map((c) => [c.figure.value, c.claimant?.name])
 */
export function assembleClaims(inputs: ClaimInputs): ArticleClaim[] {
  const { sentences, figures } = inputs;
  const speakerOf = new Map(inputs.attributions.map((a) => [a.sentence, a]));
  const dateOf = claimDater(inputs);
  // A place inside a speaker's name or title ("the governor of Lakeside") says who speaks, not where.
  const speakersIn = groupBy(inputs.attributions, (a) => a.sentence);
  // Nor is where people are moved to (or a camera's standpoint, a distance's origin, the war a time counts from),
  // or the town of the hospital the victims were brought to.
  // Only the sentences a figure may take its place from are read (placeFor looks no further).
  const read = sentencesNearFigures(figures);
  const readable = inputs.places.filter(
    (p) =>
      read.has(p.sentence) &&
      !describesSpeaker(p, sentences[p.sentence], speakersIn.get(p.sentence)) &&
      !isNoFigurePlace(p, sentences[p.sentence]) &&
      !isWhereTreated(p, sentences[p.sentence]),
  );
  const placesIn = groupBy(readable, (p) => p.sentence);
  // Datelines, found once for the article: a figure takes one's place only when its sentence names no other.
  const filed = new Set(readable.filter((p) => opensAsDateline(p, sentences[p.sentence])));
  const primary = primaryPlace([...inputs.places, ...(inputs.titlePlaces ?? [])], inputs.placeRanking);
  const home = primary?.country ?? null;

  return figures.map((figure) => {
    const s = figure.sentence;
    // "The Observatory said 20 ..., while the army said 30": the speaker nearest before the figure.
    const speaker = speakerOfFigure(figure, inputs.attributions, sentences);
    return {
      figure,
      claimant: speaker?.claimant ?? null,
      date: dateOf(figure, speakerOf),
      place:
        withinMain(
          placeFor(figure, { placesIn, filed, home, sentences }, sentences[s] ? speakerPhrase(sentences[s], speaker ?? undefined, figure.span[0]) : null),
          primary,
        ) ?? primary,
      quote: sentences[s] ? quoteAround(sentences[s], figure.span) : '',
    };
  });
}

/** The sentences of the figures and the LOOKBACK_SENTENCES before each. */
function sentencesNearFigures(figures: readonly Figure[]): Set<number> {
  const near = new Set<number>();
  for (const f of figures) for (let k = f.sentence; k >= Math.max(0, f.sentence - LOOKBACK_SENTENCES); k--) near.add(k);
  return near;
}

/** What placeFor reads of the article: its places by sentence, the datelines among them, its country, its sentences. */
interface PlaceSetting {
  readonly placesIn: ReadonlyMap<number, readonly PlaceMention[]>;
  readonly filed: ReadonlySet<PlaceMention>;
  readonly home: string | null;
  readonly sentences: readonly Sentence[];
}

function placeFor(figure: Figure, { placesIn, filed, home, sentences }: PlaceSetting, speaker: readonly [number, number] | null): Place | null {
  const s = figure.sentence;
  for (let k = s; k >= Math.max(0, s - LOOKBACK_SENTENCES); k--) {
    // A place in the speaker's phrase ("a health official in Saada said") tells who speaks, not where.
    const named = (placesIn.get(k) ?? []).filter(
      (p) => k !== s || ((!speaker || p.span[1] <= speaker[0] || p.span[0] >= speaker[1]) && !amongTheCounted(sentences[k], figure, p)),
    );
    // "SANAA, Yemen - Strikes on a prison in Dhamar killed 100": the dateline only when the sentence names no other place.
    const scenes = named.filter((p) => !filed.has(p));
    const all = scenes.some((p) => SPECIFIC.has(p.place.kind)) ? scenes : named;
    // "Attacks on Lakeside region killed five, officials said, while officials in the town of Northtown said one died":
    // each figure's place is in its own clause when that clause names one.
    const sameClause = k === s && sentences[k] ? all.filter((p) => !contrastBetween(sentences[k]!, p.span, figure.span)) : all;
    const inClause = sameClause.length ? sameClause : all;
    // "Northtown in Lakeside", "the Lakeside town of Northtown": the town, not the area holding it.
    const specific = withoutContainers(inClause, sentences[k]).filter((p) => SPECIFIC.has(p.place.kind));
    // "In a statement issued in Moscow, ... 64 air strikes ... in Palmyra": the figure is about
    // the country the article is about, not where the statement was read out.
    const local = specific.filter((p) => p.place.country === home);
    // A sentence before the figure's lends only a place of the country the article is about: "... once a
    // ceasefire is reached in the Gaza Strip." tells of the war, not where "Five others were wounded".
    const pool = k === s || home === null ? (local.length ? local : specific) : local;
    // The most specific place the sentence names: the station before its town, the town before its province.
    const here = mostSpecific(pool);
    const pick = k === s ? nearest(here, figure.span[0]) : here[here.length - 1];
    if (pick) return pick.place;
  }
  return null;
}

/** A place after the figure in a clause of who among the counted were ("including fighters who surrendered at X"). */
function amongTheCounted(sentence: Sentence | undefined, figure: Figure, p: PlaceMention): boolean {
  if (!sentence || p.span[0] < figure.span[1]) return false;
  return AMONG_THE_COUNTED.test(sentence.text.slice(figure.span[1] - sentence.span[0], p.span[0] - sentence.span[0]));
}

/**
 * A break that opens a clause of its own: ", while", "whereas", ", but", ", and", a semicolon ("Three
 * people died in the Kherson region, and one person was killed in Donetsk": each figure its own place).
 */
const CONTRAST = /,\s*(?:while|whereas|but|and)\s|\swhereas\s|;\s/i;

/** Whether a contrast stands between a place and a figure of the same sentence (in either order). */
function contrastBetween(sentence: Sentence, a: readonly [number, number], b: readonly [number, number]): boolean {
  const from = Math.min(a[1], b[1]) - sentence.span[0];
  const to = Math.max(a[0], b[0]) - sentence.span[0];
  return to > from && CONTRAST.test(sentence.text.slice(from, to));
}

/** How specific a kind of place is: lower is more. */
const SPECIFICITY: Readonly<Record<Place['kind'], number>> = { site: 0, city: 1, governorate: 2, region: 3, country: 4 };

/** The mentions of the most specific kind among them. */
function mostSpecific(mentions: readonly PlaceMention[]): readonly PlaceMention[] {
  let best = Infinity;
  for (const m of mentions) best = Math.min(best, SPECIFICITY[m.place.kind]);
  return mentions.filter((m) => SPECIFICITY[m.place.kind] === best);
}

/** Whether a place is named inside a speaker's name or title in its sentence. */
function describesSpeaker(p: PlaceMention, sentence: Sentence | undefined, attributions: ArticleFacts['attributions'] | undefined): boolean {
  if (!sentence || !attributions) return false;
  return speakerSpans(sentence, attributions).some(([a, b]) => p.span[0] >= a && p.span[1] <= b);
}

/**
 * A province named for a figure while the article's main place, a town or site, lies in it:
 * the figure belongs to the main place, the most specific the article gives for it.
 */
function withinMain(place: Place | null, main: Place | null): Place | null {
  if (!place || !main?.admin1 || place.admin1 !== main.admin1 || place.country !== main.country) return place;
  const wide = place.kind === 'governorate' || place.kind === 'region';
  return wide && (main.kind === 'city' || main.kind === 'site') ? main : place;
}

function primaryPlace(places: readonly PlaceMention[], ranking: readonly string[]): Place | null {
  const first = ranking[0];
  return places.find((p) => p.place.id === first)?.place ?? null;
}

/** The mention nearest to an offset, preferring one before it (news puts the place or date first). */
function nearest<T extends { span: readonly [number, number] }>(items: readonly T[], at: number): T | null {
  let best: T | null = null;
  let bestDistance = Infinity;
  for (const item of items) {
    const distance = item.span[0] <= at ? at - item.span[1] : (item.span[0] - at) * 1.5;
    if (distance < bestDistance) [best, bestDistance] = [item, distance];
  }
  return best;
}
