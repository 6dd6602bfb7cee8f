/**
 * The two small contracts of the date extractor. An extractor reads one sentence
 * and returns candidates: what a date expression says, not yet placed on the
 * calendar where that needs the reference date or an earlier mention. A refiner
 * takes all of an article's candidates, in text order, and returns new ones:
 * filtering, merging and resolving live in refiners.
 */
import type { DateRange, Precision, Sentence } from '../../model/types.ts';

export type StatedPart = 'day' | 'month' | 'year' | 'weekday';

/** Part of a month or year: "early March" (1-10), "mid-2016" (May-Aug), "late last year" (Sep-Dec). */
export type PeriodPart = 'early' | 'mid' | 'late';

/** Which way an expression without a year points: news is written in the past tense. */
export type Direction = 'past' | 'future';

export type Unit = 'day' | 'week' | 'month' | 'year';

/** A date already placed on the calendar: the text gave everything needed. */
export interface AbsoluteExpr {
  readonly kind: 'absolute';
  readonly range: DateRange;
}

/**
 * Calendar parts as written ("Dec. 10", "on Sunday", "in March", "10-11 December"),
 * placed against the reference date: the latest such day on or before it, unless
 * the text points forward.
 */
export interface PartialExpr {
  readonly kind: 'partial';
  readonly month: number | null;
  readonly day: number | null;
  /** 0 = Sunday ... 6 = Saturday */
  readonly weekday: number | null;
  /** Year offset from the reference year ("May last year" = -1), when the text ties the year to it. */
  readonly yearOffset: number | null;
  /** Last day of a written range ("10-11 December", "March to May"). */
  readonly end: { readonly month: number; readonly day: number | null } | null;
  readonly part: PeriodPart | null;
  /** "last Friday", "next Monday", "last August": never the reference's own day or month. */
  readonly strict: boolean;
  readonly direction: Direction;
}

/** A stretch counted from the reference date ("last night" = day -1..0, "last year" = year -1). */
export interface FromReferenceExpr {
  readonly kind: 'from-reference';
  readonly unit: Unit;
  readonly from: number;
  readonly to: number;
  readonly part: PeriodPart | null;
  readonly precision: Precision;
}

/** A shift from the date of the mention before it ("a day earlier", "late that year"). */
export interface FromPreviousExpr {
  readonly kind: 'from-previous';
  readonly unit: Unit;
  readonly offset: number;
  readonly part: PeriodPart | null;
}

export type DateExpr = AbsoluteExpr | PartialExpr | FromReferenceExpr | FromPreviousExpr;

/** Where a candidate came from: on equal spans the news rules win over chrono's reading. */
export type Origin = 'chrono' | 'rule';

export interface DateCandidate {
  readonly sentence: number;
  /** `[start, end)` in the article body. */
  readonly span: readonly [number, number];
  readonly text: string;
  readonly stated: readonly StatedPart[];
  readonly expr: DateExpr;
  readonly origin: Origin;
  /** Placed against the reference date or an earlier mention rather than read whole from the text. */
  readonly relative: boolean;
}

export interface DatesContext {
  /** The reference day number, or null when the publication date is unknown. */
  readonly reference: number | null;
  readonly sentences: readonly Sentence[];
}

/** Reads the date expressions of one sentence. */
export type Extractor = (sentence: Sentence, ctx: DatesContext) => DateCandidate[];

/** Rewrites the candidates of a whole article, in text order. */
export type Refiner = (candidates: readonly DateCandidate[], ctx: DatesContext) => DateCandidate[];

/** A candidate's span made from a regex match inside a sentence. */
export function spanIn(sentence: Sentence, index: number, length: number): readonly [number, number] {
  const start = sentence.span[0] + index;
  return [start, start + length];
}
