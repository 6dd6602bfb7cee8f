/**
 * Figures laid against each other: the event page's table (rows: what is counted;
 * columns: the outlets), who carried each figure first and who repeated it, where
 * outlets disagree, and where one outlet stands with, alone or against the others.
 */
import { subjectOf } from '../model/subject.ts';
import { CATEGORY_LABELS, type Category, categoryRank } from '../model/enums.ts';
import type { DisagreementRecord, GroupRecord } from '../model/schema.ts';
import type { ClaimView, Link } from './claim-view.ts';

export interface FigureRow {
  readonly subject: string;
  readonly label: string;
  /** One cell per column of the table, in column order. */
  readonly cells: ClaimView[][];
  /** "120 – 300" when outlets give different figures for it, else null. */
  readonly range: string | null;
}

export interface FigureTable {
  readonly columns: Link[];
  readonly rows: FigureRow[];
}

export interface Repeat {
  readonly claim: ClaimView;
  readonly source: string;
  readonly published: string;
}

export interface GroupView {
  readonly id: string;
  readonly label: string;
  readonly claimant: string | null;
  readonly first: Repeat;
  readonly later: Repeat[];
}

export interface VersionView {
  readonly figure: string;
  readonly claims: ClaimView[];
  readonly sources: string[];
  readonly claimants: string[];
}

export interface DisagreementView {
  readonly label: string;
  readonly range: string;
  readonly versions: VersionView[];
}

const UNKNOWN_OUTLET: Link = { id: '', name: 'outlet unknown', url: '' };

/**
 * A row label for what a figure counts.
 * @example subjectLabel('killed:militants') // 'Killed: militants'
 */
export function subjectLabel(subject: string): string {
  const [category, detail] = subject.split(':') as [string, string | undefined];
  const base = CATEGORY_LABELS[category as Category] ?? category;
  return detail ? `${base}: ${detail}` : base;
}

/**
 * The event's figures as a table: a row per thing counted, a column per outlet.
 * @example figureTable(claims, disagreements).rows[0]?.label // 'Killed: militants'
 */
export function figureTable(claims: readonly ClaimView[], outlets: readonly Link[], disagreements: readonly DisagreementRecord[]): FigureTable {
  const columns = [...outlets];
  if (claims.some((c) => !c.source)) columns.push(UNKNOWN_OUTLET);
  const bySubject = new Map<string, ClaimView[]>();
  for (const c of claims) {
    if (c.value === null) continue;
    const key = claimSubject(c);
    const list = bySubject.get(key);
    if (list) list.push(c);
    else bySubject.set(key, [c]);
  }
  const rank = (s: string): number => categoryRank(s.split(':')[0] ?? 'other');
  const rows = [...bySubject.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([subject, list]) => {
      const d = disagreements.find((x) => x.subject === subject);
      return {
        subject,
        label: subjectLabel(subject),
        cells: columns.map((col) => list.filter((c) => (c.source?.id ?? '') === col.id)),
        range: d ? `${d.low.toLocaleString('en-GB')} – ${d.high.toLocaleString('en-GB')}` : null,
      };
    });
  return { columns, rows };
}

/**
 * Who carried each figure first, and who repeated it when.
 * @example groupViews(groups, claimsById)[0]?.first.source // 'Rasa News Agency'
 */
export function groupViews(groups: readonly GroupRecord[], claimsById: ReadonlyMap<string, ClaimView>): GroupView[] {
  const out: GroupView[] = [];
  for (const g of groups) {
    const claims = g.claims.map((id) => claimsById.get(id)).filter((c): c is ClaimView => !!c);
    // An article that repeats its own figure in a second sentence carries it once.
    const seen = new Set<string>();
    const repeats = claims
      .filter((c) => {
        const key = `${c.article.id}|${c.figure}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      })
      .map((claim) => ({ claim, source: claim.source?.name ?? 'outlet unknown', published: claim.published }));
    const [first, ...later] = repeats;
    if (!first) continue;
    const top = claims.reduce((m, c) => ((c.value ?? 0) > (m.value ?? 0) ? c : m), first.claim);
    out.push({
      id: g.id,
      label: `${top.figure} ${top.what}`,
      claimant: claims.find((c) => c.claimant)?.claimant?.name ?? null,
      first,
      later,
    });
  }
  return out;
}

/**
 * Where the outlets' figures for one thing differ, version by version.
 * @example disagreementViews(found, claimsById, names)[0]?.range // '120 – 300'
 */
export function disagreementViews(
  found: readonly DisagreementRecord[],
  claimsById: ReadonlyMap<string, ClaimView>,
  sourceName: (id: string) => string,
  claimantName: (id: string) => string,
): DisagreementView[] {
  return found.map((d) => ({
    label: subjectLabel(d.subject),
    range: `${d.low.toLocaleString('en-GB')} – ${d.high.toLocaleString('en-GB')}`,
    versions: d.versions.map((v) => {
      const claims = v.claims.map((id) => claimsById.get(id)).filter((c): c is ClaimView => !!c);
      return {
        figure: claims.find((c) => c.value === v.value)?.figure ?? v.value.toLocaleString('en-GB'),
        claims,
        sources: v.sources.map(sourceName),
        claimants: v.claimants.map(claimantName),
      };
    }),
  }));
}

export interface Standing {
  /** Its figures that other outlets carried too. */
  readonly shared: GroupView[];
  /** Its figures about things no other outlet counted in the same event. */
  readonly alone: ClaimView[];
  /** Where its figure differs from another outlet's for the same thing. */
  readonly against: DisagreementView[];
}

/** Whether any report of the group (its first or a later one) is carried by an outlet that `test` accepts. */
function carries(g: GroupView, test: (sourceId: string | undefined) => boolean): boolean {
  if (test(g.first.claim.source?.id)) return true;
  for (const r of g.later) if (test(r.claim.source?.id)) return true;
  return false;
}

/** Each claim row's subject: rows are never changed once made, and the view gives back the same row while its claim is unchanged. */
const subjects = new WeakMap<ClaimView, string>();

/**
 * What a claim row's figure counts (subjectOf), worked out once per row: the event's table, its
 * tolls and the outlets' standing all ask for it.
 * @example claimSubject(row) // 'killed:militants'
 */
export function claimSubject(c: ClaimView): string {
  let subject = subjects.get(c);
  if (subject === undefined) {
    subject = subjectOf(c.category, c.what);
    subjects.set(c, subject);
  }
  return subject;
}

/** A thing counted by more than one outlet. */
const MANY = Symbol('many outlets');

/**
 * The ids of the figures no other outlet counted: those with a number whose thing counted, in
 * the same event, was given a figure by their own outlet alone (a figure of no known outlet is
 * another outlet's). Figures of different events never meet, so the figures may be given an
 * event at a time.
 * @example aloneFigureIds([rtKilled, arabNewsKilled, rtInjured], () => 'ev') // Set { 'c3' }
 */
export function aloneFigureIds(claims: readonly ClaimView[], eventOf: (claimId: string) => string | null): Set<string> {
  // Of each thing counted: the one outlet that counted it, or MANY.
  const outletOf = new Map<string, string | null | typeof MANY>();
  const keyOf = new Map<string, string>();
  for (const c of claims) {
    if (c.value === null) continue;
    const key = `${eventOf(c.id)}|${claimSubject(c)}`;
    keyOf.set(c.id, key);
    const outlet = c.source?.id ?? null;
    const had = outletOf.get(key);
    if (had === undefined) outletOf.set(key, outlet);
    else if (had !== outlet) outletOf.set(key, MANY);
  }
  const alone = new Set<string>();
  for (const [id, key] of keyOf) if (outletOf.get(key) !== MANY) alone.add(id);
  return alone;
}

/**
 * Where an outlet stands: with the others, alone, or against them. The claims, groups and
 * disagreements may be all of them or only those the outlet is in; `alone` (the figures no other
 * outlet counted, see aloneFigureIds) is worked out from all claims.
 * @example standingOf('rt', claims, groups, disagreements).shared.length // 4
 */
export function standingOf(
  sourceId: string,
  claims: readonly ClaimView[],
  groups: readonly GroupView[],
  disagreements: readonly (DisagreementRecord & { view: DisagreementView })[],
  eventOf: (claimId: string) => string | null,
  alone: ReadonlySet<string> = aloneFigureIds(claims, eventOf),
): Standing {
  const own = claims.filter((c) => c.source?.id === sourceId && c.value !== null);
  const shared = groups.filter((g) => carries(g, (id) => id === sourceId) && carries(g, (id) => id !== sourceId));
  const against = disagreements
    .filter((d) => d.versions.some((v) => v.sources.includes(sourceId)) && d.versions.some((v) => v.sources.some((s) => s !== sourceId)))
    .map((d) => d.view);
  return { shared, alone: own.filter((c) => alone.has(c.id)), against };
}
