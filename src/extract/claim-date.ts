/**
 * When a figure holds: a date in its own sentence (the one its clause names), else a
 * date in the same statement just before, else the run from the event the article
 * reports to the day the figure was given (a toll counts from the strike to the day it
 * was told), else the publication day. A date where a period began ("since 2015")
 * dates the period, not a single event, so it never lends itself to a later sentence.
 */
import type { Attribution, DateMention, DateRange, Figure, Sentence } from '../model/types.ts';
import { shiftDays } from '../lexicon/calendar.ts';
import { namesHappening } from './dates/named-happening.ts';
import { opensOnEarlierTime, scopeOfSuperlative, startsAPeriod } from './events.ts';
import { followsHappening, hadPartIn } from './lead.ts';

/** How far back a figure without its own date may look for one. */
const LOOKBACK_SENTENCES = 3;
/** A date this many days before publication still tells the news; older is background. */
const RECENT_DAYS = 7;
/** How far before publication the event an article reports may lie. */
const REPORTED_EVENT_DAYS = 31;
/** A stretch up to now, in the plural ("in recent weeks", "over the past few days"): a trend, not when a happening was ("last month" is). */
const RECENT_STRETCH = /\b(?:recent|past|last)\s+(?:few\s+|several\s+|couple\s+of\s+)?(?:days|weeks|months)\b/i;
/** A week named as a whole ("early this week", "last week"): when something went on, not the day a toll counts from. */
const WEEK_STRETCH = /\bweek\b/i;
/** The lead, where news puts what happened and when. */
const LEAD_SENTENCES = 5;
/** A sentence that opens by pointing back at the happening just told: its date is that one's. */
const POINTS_BACK =
  /^(?:(?:the|that|this|its|their)\s+(?:(?:air|missile|rocket|drone|suicide|car)\s+)?(?:attack|strike|airstrike|blast|explosion|raid|bombing|shelling|assault|ambush|massacre|incident)s?|(?:that|this)\s+one)\b/i;
/** A clause break written as punctuation ("and" may join the counted: "volunteers and staff have been killed since 2011"). */
const PUNCTUATION_BREAK = /[,;:()\u2013\u2014]/;
/** Between a figure and a date after it: a clause break means the date belongs elsewhere. */
const CLAUSE_BREAK = /[,;:()\u2013\u2014]|\b(?:and|but|while|whereas)\b/i;
/**
 * A clause that tells who among the counted were: "including fighters who surrendered in May at
 * the steel plant in X". Its days and places are theirs, not their count's.
 */
export const AMONG_THE_COUNTED = /,\s*(?:including|among\s+(?:them|whom))\b/i;
/** How far after a figure a date of its own clause may stand ("4,676 who escaped on Thursday"). */
const AFTER_REACH = 40;
/** How far apart a date and a figure may be read for a clause break; further apart is another clause. */
const CLAUSE_REACH = 200;
/** Words of a happening that a toll counts the dead and hurt of. */
const HAPPENING =
  /\b(?:air ?strikes?|strikes?|struck|raids?|attack\w*|bomb\w*|blasts?|explosions?|shell(?:ing|ed)|missiles?|rockets?|massacre|assault\w*|ambush\w*|clash\w*|fighting)\b/i;
/** All a sentence says before a date that opens it: "On", "In the evening of", "Early on". */
const DATE_OPENS = /^\W*(?:(?:early|late)\s+)?(?:(?:on|in|at|by)\s+)?(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?$/i;
/** Counts of the dead and hurt: they count from the happening to the day they were given. */
const TOLLS: ReadonlySet<Figure['category']> = new Set(['killed', 'injured', 'casualties']);

export interface DatingInputs {
  readonly sentences: readonly Sentence[];
  readonly dates: readonly DateMention[];
  readonly reference: string | null;
}

/** Dates the figures of one article. */
export type ClaimDater = (figure: Figure, speakerOf: ReadonlyMap<number, Attribution>) => DateRange | null;

/**
 * A dater for the figures of one article: reads the article's dates once.
 * @example claimDater(inputs)(figure, speakers) // { start: '2022-04-08', end: '2022-04-10', precision: 'days' }
 */
export function claimDater(inputs: DatingInputs): ClaimDater {
  const { sentences, dates, reference } = inputs;
  const datesIn = new Map<number, DateMention[]>();
  for (const d of dates) {
    // A superlative's span ("the deadliest attack this year") dates no figure; nor does a day after the writing (a deadline).
    if (scopeOfSuperlative(sentences[d.sentence], d) || (reference !== null && d.range.start > reference)) continue;
    const list = datesIn.get(d.sentence);
    if (list) list.push(d);
    else datesIn.set(d.sentence, [d]);
  }
  for (const list of datesIn.values()) list.sort((x, y) => x.span[0] - y.span[0]);
  // What each sentence lends to the figures after it, worked out once per sentence.
  const recentFrom = reference ? shiftDays(reference, -RECENT_DAYS) : '';
  const lent = new Map<number, { readonly all: readonly DateMention[]; readonly recent: readonly DateMention[] }>();
  const lendsOf = (k: number): { readonly all: readonly DateMention[]; readonly recent: readonly DateMention[] } => {
    let known = lent.get(k);
    if (!known) {
      const all = (datesIn.get(k) ?? []).filter((d) => !startsAPeriod(sentences[k], d));
      known = { all, recent: reference ? all.filter((d) => d.range.end >= recentFrom) : all };
      lent.set(k, known);
    }
    return known;
  };
  const asOf = reportedRun(sentences, dates, reference);
  const happening = happeningOf(sentences, dates, reference);
  const told = (figure: Figure, speakerOf: ReadonlyMap<number, Attribution>): DateRange | null => {
    const s = figure.sentence;
    const sentence = sentences[s];
    const own = ownDate(datesIn.get(s) ?? [], figure, sentence);
    // "Since October 7, the toll has reached 3,478": a count run from that day to the writing.
    if (own && reference && own.range.start < reference && startsAPeriod(sentence, own)) return { start: own.range.start, end: reference, precision: 'days' };
    if (own) return own.range;
    const speaker = speakerOf.get(s)?.claimant.id;
    const pointsBack = sentence !== undefined && POINTS_BACK.test(sentence.text);
    for (let k = s - 1; k >= Math.max(0, s - LOOKBACK_SENTENCES); k--) {
      // Only a sentence of the same statement (same speaker, or no speaker) lends its date.
      const other = speakerOf.get(k)?.claimant.id;
      if (speaker && other && other !== speaker) break;
      // An older date lends itself only to a sentence that points back at its happening.
      const usable = pointsBack && k === s - 1 ? lendsOf(k).all : lendsOf(k).recent;
      if (usable.length) return usable[usable.length - 1]!.range;
    }
    return null;
  };
  return (figure, speakerOf) => {
    const own = told(figure, speakerOf);
    if (!TOLLS.has(figure.category) || !happening || !reference) return own ?? asOf;
    // A toll told on a day after the happening counts from it to that day.
    const end = own?.end ?? reference;
    if (own && (own.start < happening.start || own.end > reference)) return own;
    if (happening.precision !== 'day' && happening.precision !== 'days') return happening;
    return end === happening.start ? { start: end, end, precision: 'day' } : { start: happening.start, end, precision: 'days' };
  };
}

/**
 * The happening the article's tolls count: the earliest recent day named in a sentence that
 * tells of a strike, raid, attack or fighting (later days tell of the reactions to it), in
 * the lead when the lead names one (further down, an earlier day is the background: "the
 * offensive began on 27 September").
 */
export function happeningOf(sentences: readonly Sentence[], dates: readonly DateMention[], reference: string | null): DateRange | null {
  if (reference === null) return null;
  const floor = shiftDays(reference, -REPORTED_EVENT_DAYS);
  const recentFrom = shiftDays(reference, -RECENT_DAYS);
  // Whether a sentence tells of a happening, read once per sentence.
  const tells = new Map<number, boolean>();
  let best: DateMention | null = null;
  let bestInLead: DateMention | null = null;
  for (const d of dates) {
    // "as the war escalated in recent days": a stretch up to now is a trend, not when a happening was.
    if (d.range.start < floor || d.range.end > reference || RECENT_STRETCH.test(d.text) || WEEK_STRETCH.test(d.text)) continue;
    const earliest = !best || d.range.start < best.range.start;
    const earliestInLead = d.sentence < LEAD_SENTENCES && (!bestInLead || d.range.start < bestInLead.range.start);
    if (!earliest && !earliestInLead) continue;
    const sentence = sentences[d.sentence];
    if (!sentence) continue;
    let happens = tells.get(d.sentence);
    if (happens === undefined) tells.set(d.sentence, (happens = HAPPENING.test(sentence.text)));
    // "killed one of the leaders of the October 7 massacre": a person's past, not what the tolls count.
    // "Last week, 70 were killed in an attack on ...", after the lead's first sentence: an earlier happening, not the news's.
    if (!happens || startsAPeriod(sentence, d) || pastPart(sentence, d, recentFrom) || (d.sentence > 0 && opensOnEarlierTime(sentence))) continue;
    if (opensAnotherHappening(sentence, d)) continue;
    if (earliest) best = d;
    if (earliestInLead) bestInLead = d;
  }
  return (bestInLead ?? best)?.range ?? null;
}

/**
 * The date of a figure's own sentence that its clause names: the nearest before it, unless a
 * clause break stands between them and a date follows within the figure's clause.
 */
function ownDate(dates: readonly DateMention[], figure: Figure, sentence: Sentence | undefined): DateMention | null {
  const at = figure.span[0];
  // The sentence's dates are in text order and do not overlap: the nearest on either side by a binary search.
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (dates[mid]!.span[0] < at) lo = mid + 1;
    else hi = mid;
  }
  const before = lo > 0 && dates[lo - 1]!.span[1] <= at ? dates[lo - 1]! : null;
  const next = lo < dates.length && dates[lo]!.span[0] >= figure.span[1] ? dates[lo]! : null;
  // "killed 50 people, including fighters who surrendered in May": a clause of who they were dates them, not their count.
  const after =
    next && sentence && AMONG_THE_COUNTED.test(sentence.text.slice(figure.span[1] - sentence.span[0], next.span[0] - sentence.span[0])) ? null : next;
  // News puts the date first: one after the figure counts as half again as far.
  const nearest = !before ? after : !after ? before : at - before.span[1] <= (after.span[0] - at) * 1.5 ? before : after;
  // Only after it, in another clause, a date that names another happening ("killed 90 in a strike that targeted a
  // commander, who planned the October 7 attacks"): it dates that one, not the figure ("200 bodies recovered in the
  // days following the March 17 strike" are that strike's).
  // Nor one that starts a period in a later clause ("killed 60 in Saada, the stronghold of a group at war since 2015"):
  // the period is that clause's.
  if (
    !before &&
    after &&
    sentence &&
    ((namesHappening(sentence, after.span) && CLAUSE_BREAK.test(sentence.text.slice(figure.span[1] - sentence.span[0], after.span[0] - sentence.span[0]))) ||
      (startsAPeriod(sentence, after) && PUNCTUATION_BREAK.test(sentence.text.slice(figure.span[1] - sentence.span[0], after.span[0] - sentence.span[0]))))
  )
    return null;
  if (!sentence || !after || !before) return nearest;
  const textBetween = (from: number, to: number): string => sentence.text.slice(from - sentence.span[0], Math.min(to, from + CLAUSE_REACH) - sentence.span[0]);
  const gap = after.span[0] - figure.span[1];
  const ownClause = gap <= AFTER_REACH && !CLAUSE_BREAK.test(textBetween(figure.span[1], after.span[0]));
  // A date before the figure but far from it, or behind a clause break, is another clause's.
  const beforeApart = at - before.span[1] > CLAUSE_REACH || CLAUSE_BREAK.test(textBetween(before.span[1], at));
  return ownClause && beforeApart ? after : nearest;
}

/**
 * Past the lead, a date that opens its sentence ("On April 17, the city came under attack."): a paragraph
 * on another happening than the one the lead tells of.
 */
function opensAnotherHappening(sentence: Sentence | undefined, d: DateMention): boolean {
  return sentence !== undefined && d.sentence >= LEAD_SENTENCES && DATE_OPENS.test(sentence.text.slice(0, Math.max(0, d.span[0] - sentence.span[0])));
}

/**
 * A day before the news that the sentence gives someone a part in ("killed a commander responsible
 * for the October 7 attack"), or that the news followed or answered ("in retaliation for an attack on
 * October 7"): the past. Within the news's days, a part claimed is in the news itself ("said it was
 * responsible for a bombing on Sunday").
 */
function pastPart(sentence: Sentence | undefined, d: DateMention, recentFrom: string): boolean {
  return d.range.end < recentFrom && (hadPartIn(sentence, d) || followsHappening(sentence, d));
}

/**
 * The run from the event the article reports (the first recent day its lead names, else the
 * earliest recent day it names) to the publication day; the publication day alone when it
 * names none; null without a publication date.
 */
function reportedRun(sentences: readonly Sentence[], dates: readonly DateMention[], reference: string | null): DateRange | null {
  if (reference === null) return null;
  const floor = shiftDays(reference, -REPORTED_EVENT_DAYS);
  const recentFrom = shiftDays(reference, -RECENT_DAYS);
  const recent = dates.filter(
    (d) => d.range.start >= floor && d.range.end <= reference && !startsAPeriod(sentences[d.sentence], d) && !pastPart(sentences[d.sentence], d, recentFrom),
  );
  const lead = recent.find((d) => d.sentence < LEAD_SENTENCES);
  let event = lead ?? null;
  if (!event) for (const d of recent) if ((!event || d.range.start < event.range.start) && !opensAnotherHappening(sentences[d.sentence], d)) event = d;
  const start = event?.range.start ?? reference;
  if (start === reference) return { start: reference, end: reference, precision: 'day' };
  return { start, end: reference, precision: 'days' };
}
