/**
 * An event's figures as a reader of a disputed toll needs them: for each thing counted,
 * each party's figures in time order (a toll that rose is one party's series, "30, then
 * 39, 50"), and whether the parties agree, disagree, or the figures rest on one party.
 * And the event's grade, as Airwars grades an incident: how many outlets it rests on, and
 * whether its figures agree.
 */
import { claimSubject, subjectLabel } from './compare.ts';
import { figureCharts, type FigureChart } from './charts/figures-chart.ts';
import { formatDay } from './format.ts';
import type { ClaimView, Link } from './claim-view.ts';

export type Verdict = 'agree' | 'disagree' | 'rose' | 'one-party';

export interface TollPoint {
  readonly figure: string;
  readonly value: number;
  /** ISO day the figure stood: the later of the last day its claim covers and the day it was published. */
  readonly day: string;
  readonly dateLabel: string;
  /** Every claim of this figure on this day, and the outlets that carried it. */
  readonly claims: ClaimView[];
  readonly outlets: string[];
}

export interface PartyToll {
  readonly party: Link | null;
  readonly name: string;
  readonly points: TollPoint[];
  /** The figures in time order, repeats left out: "30, then 39, 50, 52". */
  readonly series: string;
  readonly rose: boolean;
}

export interface TollView {
  readonly subject: string;
  readonly label: string;
  readonly parties: PartyToll[];
  readonly verdict: Verdict;
  /** One line for the reader: "Disputed: Ministry 4 (4 Jun), where Monitor had given 12". */
  readonly summary: string;
  readonly chart: FigureChart | null;
}

export interface EventGrade {
  readonly outlets: number;
  readonly figures: Verdict | 'none';
  readonly text: string;
}

/** Counts readers look for in a dispute. */
const TOLLS: ReadonlySet<string> = new Set(['killed', 'injured', 'casualties', 'displaced']);
/** A chart is drawn where a thing counted has at least this many figures. */
const CHART_FROM = 3;
const NOT_ATTRIBUTED = 'not attributed (the outlets’ own)';

/**
 * The event's figures by thing counted and by party. An unattributed figure is set with
 * the party whose group it is in (`partyOfGroup`), else with the outlets' own figures.
 * @example tollViews(claims, () => null)[0]?.summary // 'Disputed: Health ministry 51; Coalition 0'
 */
export function tollViews(claims: readonly ClaimView[], partyOfGroup: (group: string) => Link | null): TollView[] {
  const bySubject = new Map<string, ClaimView[]>();
  for (const c of claims) {
    if (c.value === null) continue;
    const key = claimSubject(c);
    const list = bySubject.get(key);
    if (list) list.push(c);
    else bySubject.set(key, [c]);
  }
  const out: TollView[] = [];
  for (const [subject, list] of bySubject) {
    const parties = partiesOf(list, partyOfGroup);
    // Counts of people: other things counted ("other") are too mixed to read as one toll.
    if (!TOLLS.has(subject.split(':')[0] ?? '')) continue;
    const reading = readParties(parties);
    out.push({
      subject,
      label: subjectLabel(subject),
      parties,
      verdict: reading.verdict,
      summary: summaryOf(reading, parties),
      chart: chartOf(subject, parties),
    });
  }
  const rank = (v: TollView): number => (v.verdict === 'disagree' ? 0 : v.verdict === 'rose' ? 1 : 2);
  return out.sort((a, b) => rank(a) - rank(b) || a.subject.localeCompare(b.subject));
}

/**
 * The event's grade: the outlets it rests on, and how its figures stand.
 * @example eventGrade(3, tolls).text // 'Rests on 3 outlets. The parties’ figures disagree.'
 */
export function eventGrade(outlets: number, tolls: readonly TollView[]): EventGrade {
  const verdicts = new Set(tolls.map((t) => t.verdict));
  const figures: EventGrade['figures'] = !tolls.length
    ? 'none'
    : verdicts.has('disagree')
      ? 'disagree'
      : verdicts.has('agree')
        ? 'agree'
        : verdicts.has('rose')
          ? 'rose'
          : 'one-party';
  const base = outlets === 0 ? 'Rests on reports of unknown outlets.' : outlets === 1 ? 'Rests on one outlet alone.' : `Rests on ${outlets} outlets.`;
  const tail: Record<EventGrade['figures'], string> = {
    none: ' No figures were given.',
    disagree: ' The parties’ figures disagree.',
    agree: ' Where more than one party gave a figure, they agree.',
    rose: ' Its figures rose over time, and no party contradicts another.',
    'one-party': ' Its figures rest on one party each.',
  };
  return { outlets, figures, text: base + tail[figures] };
}

function partiesOf(list: readonly ClaimView[], partyOfGroup: (group: string) => Link | null): PartyToll[] {
  const byParty = new Map<string, { party: Link | null; claims: ClaimView[] }>();
  for (const c of list) {
    const party = c.claimant ?? (c.group ? partyOfGroup(c.group) : null);
    const key = party?.id ?? '';
    const entry = byParty.get(key) ?? { party, claims: [] };
    entry.claims.push(c);
    byParty.set(key, entry);
  }
  return [...byParty.values()]
    .map(({ party, claims }) => {
      const points = pointsOf(claims);
      const values: number[] = [];
      for (const p of points) if (values[values.length - 1] !== p.value) values.push(p.value);
      const figureOf = new Map(points.map((p) => [p.value, p.figure]));
      const named = values.map((v) => figureOf.get(v) ?? String(v));
      return {
        party,
        name: party?.name ?? NOT_ATTRIBUTED,
        points,
        series: named.length > 1 ? `${named[0]}, then ${named.slice(1).join(', ')}` : (named[0] ?? ''),
        rose: values.length > 1 && values.every((v, i) => i === 0 || v > values[i - 1]!),
      };
    })
    .sort((a, b) => Number(!a.party) - Number(!b.party) || (a.points[0]?.day ?? '').localeCompare(b.points[0]?.day ?? '') || a.name.localeCompare(b.name));
}

/** A party's figures as points in time, one per figure and day, in time order (equal days: lower first). */
function pointsOf(claims: readonly ClaimView[]): TollPoint[] {
  const byKey = new Map<string, ClaimView[]>();
  for (const c of claims) {
    const key = `${dayOf(c)}|${c.value}`;
    const list = byKey.get(key);
    if (list) list.push(c);
    else byKey.set(key, [c]);
  }
  return [...byKey.values()]
    .map((cs) => {
      const c = cs[0]!;
      const day = dayOf(c);
      return {
        figure: c.figure,
        value: c.value!,
        day,
        dateLabel: day ? formatDay(day) : 'undated',
        claims: cs,
        outlets: [...new Set(cs.map((x) => x.source?.name ?? 'unknown outlet'))],
      };
    })
    .sort((a, b) => a.day.localeCompare(b.day) || a.value - b.value);
}

/** When the figure stood: the day it was given (a toll is dated by its strike, but counts up to the day it was told). */
function dayOf(c: ClaimView): string {
  // The later of the two (`>` orders texts as `sort()` does), without a list made for each figure.
  const end = c.end || '';
  const published = c.publishedIso || '';
  // biome-ignore lint/complexity/useMathMinMax: texts, which Math.max would make NaN
  return published > end ? published : end;
}

interface Reading {
  readonly verdict: Verdict;
  /** Figures that contradict an earlier, higher count of another party: "4 (Ministry) after 12 (Monitor)". */
  readonly against: string[];
  /** Every party's figures together, in time order: the toll as it stood. */
  readonly series: string;
}

/**
 * How the parties' figures stand. Tolls rise as bodies are found, and several officials of
 * one side give the count as it stood: a figure above every earlier one, or one already
 * given (an outlet repeating an older count), is the toll told on. A figure below a count
 * another party gave before, and never given itself, contradicts it: a dispute.
 */
function readParties(parties: readonly PartyToll[]): Reading {
  const points = parties.flatMap((p) => p.points.map((pt) => ({ party: p, pt }))).sort((a, b) => a.pt.day.localeCompare(b.pt.day) || a.pt.value - b.pt.value);
  const given = new Set<number>();
  const against: string[] = [];
  const rising: string[] = [];
  let top: { party: PartyToll; pt: TollPoint } | null = null;
  /** The points already told as contradicting a count. */
  const disputing = new Set<(typeof points)[number]>();
  for (const x of points) {
    if (top && x.pt.value < top.pt.value && !given.has(x.pt.value) && x.party !== top.party) {
      against.push(`${x.party.name} ${x.pt.figure} (${x.pt.dateLabel}), where ${top.party.name} had given ${top.pt.figure}`);
      disputing.add(x);
    }
    if (!top || x.pt.value > top.pt.value) {
      top = x;
      rising.push(x.pt.figure);
    }
    given.add(x.pt.value);
  }
  // "fewer than 100" beside another party's 274: a bound below a count contradicts it, whichever was told first.
  for (const x of points) {
    if (disputing.has(x) || !x.pt.claims.some((c) => c.qualifier === 'fewer-than')) continue;
    // The highest count of another party (the first of equals, in time order).
    let above: (typeof points)[number] | null = null;
    for (const y of points) if (y.party !== x.party && y.pt.value > (above?.pt.value ?? x.pt.value)) above = y;
    if (above) against.push(`${x.party.name} ${x.pt.figure} (${x.pt.dateLabel}), where ${above.party.name} gave ${above.pt.figure}`);
  }
  const series = rising.length > 1 ? `${rising[0]}, then ${rising.slice(1).join(', ')}` : (rising[0] ?? '');
  const verdict: Verdict = against.length ? 'disagree' : rising.length > 1 ? 'rose' : parties.length > 1 ? 'agree' : 'one-party';
  return { verdict, against, series };
}

function summaryOf(reading: Reading, parties: readonly PartyToll[]): string {
  switch (reading.verdict) {
    case 'disagree':
      return `Disputed: ${reading.against.join('; ')}.`;
    case 'agree':
      return `The parties agree: ${parties[0]!.points[0]!.figure}.`;
    case 'rose':
      return parties.length > 1
        ? `Rose over time, as told by ${parties.length} sources: ${reading.series}.`
        : `One party’s count, rising over time: ${reading.series}.`;
    default:
      return parties[0] ? `Rests on one party (${parties[0].name}): ${parties[0].series}.` : '';
  }
}

function chartOf(subject: string, parties: readonly PartyToll[]): FigureChart | null {
  const points = parties.flatMap((p) =>
    p.points
      .filter((pt) => pt.day)
      .map((pt) => ({
        value: pt.value,
        figure: pt.figure,
        what: pt.claims[0]!.what,
        category: subjectLabel(subject),
        day: pt.day,
        dateLabel: pt.dateLabel,
        source: p.name,
        claimant: null,
        url: pt.claims[0]!.quoteUrl,
      })),
  );
  if (points.length < CHART_FROM) return null;
  return figureCharts(points, { maxCharts: 1, series: true })[0] ?? null;
}
