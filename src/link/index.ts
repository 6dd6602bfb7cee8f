/**
 * Link: the articles' facts in, one timeline out. Events across articles, claim
 * groups across outlets, and every record with its stable id.
 */
import { IdAllocator, slugify } from '../ingest/ids.ts';
import type { ArticleFacts, Diagnostic, Place } from '../model/types.ts';
import type { ArticleRecord, ClaimRecord, EventRecord, GroupRecord, Mark, PlaceRecord, TimelineData } from '../model/schema.ts';
import { ACTION_LABELS } from '../extract/events.ts';
import type { Lexicons } from '../extract/lexicons.ts';
import { extractArticle } from '../extract/pipeline.ts';
import { claimEvents } from './claim-events.ts';
import { mergeClaimantsAcross } from './claimant-merge.ts';
import { dateFromMatches } from './date-from-matches.ts';
import { focusFromCollection } from './focus-from-collection.ts';
import { placesFromCollection } from './places-from-collection.ts';
import { findDisagreements } from './disagreements.ts';
import { linkEvents, type LinkedEvent } from './events.ts';
import { claimantRoots, groupClaims, type ClaimRef } from './groups.ts';
import type { RecordReuse } from './reuse.ts';
import { maxOf } from '../long-arrays.ts';

/** How many words a title that reads as a headline has. */
const HEADLINE_WORDS = { min: 4, max: 20 } as const;

/**
 * Builds the timeline data from every article's facts (in file order). With `reuse`, the
 * article and claim records an earlier build made from the same facts, ids and links are
 * given back instead of made again (the result is the same). `read` reads an article again
 * where the collection says more about it (a cache may stand in front of the extractor).
 * @example buildTimeline(facts, compileLexicons(registries)).events[0]?.articles.length // 3
 */
export function buildTimeline(
  given: readonly ArticleFacts[],
  lexicons: Lexicons,
  extra: readonly Diagnostic[] = [],
  reuse: RecordReuse | null = null,
  read: typeof extractArticle = extractArticle,
): TimelineData {
  const { registries } = lexicons;
  // Articles that name no country are read in the collection's, ...
  const placed = focusFromCollection(given, lexicons, read);
  // ... articles that name bare a village another article locates are read with it ...
  const localised = placesFromCollection(placed, lexicons, read);
  // ... articles that tell no publication date are dated from the dated reports they repeat ...
  const dated = dateFromMatches(localised, lexicons, read);
  // ... and the same person or office across articles is one claimant, before anything is linked by claimant.
  const facts = mergeClaimantsAcross(dated, registries.claimants);
  const articleIds = facts.map((f) => f.article.id);
  // A vague figure ("scores of") has no value to compare or chart: it stays marked in its
  // article's text, but only figures with a value become claims.
  const claimIds = facts.map((f, a) => f.claims.map((c, i) => (c.figure.value === null ? '' : `${articleIds[a]}-${i + 1}`)));

  // Events, in date order, with ids from date, place and kind.
  const unsorted = linkEvents(facts, claimantRoots(registries.claimants));
  const first = new Map(unsorted.map((e) => [e, firstReport(e)] as const));
  const linked = unsorted.sort((x, y) => compareDays(x.date.start, y.date.start) || compareDays(x.date.end, y.date.end) || first.get(x)! - first.get(y)!);
  const eventIds = new IdAllocator();
  const events = linked.map((e) => ({ id: eventIds.take(eventSlug(e)), linked: e }));
  // The event of each claim with an id (by article, then claim; null for none).
  const eventOfClaim = claimEvents(facts, linked);
  const claimsOfEvent = events.map((): string[] => []);
  eventOfClaim.forEach((list, a) => {
    list.forEach((n, c) => {
      const id = claimIds[a]![c];
      if (n !== null && id) claimsOfEvent[n]!.push(id);
      else list[c] = null;
    });
  });
  const eventsOfArticle = facts.map(() => [] as { index: number; event: number }[]);
  events.forEach(({ linked: e }, n) => {
    for (const r of e.reports) eventsOfArticle[r.article]!.push({ index: r.index, event: n });
  });

  // Claim groups across outlets.
  const refs: ClaimRef[] = facts.flatMap((f, a) =>
    f.claims.map((claim, index) => ({ article: a, index, claim, event: eventOfClaim[a]![index] ?? null })).filter((r) => claimIds[a]![r.index]),
  );
  const published = (a: number): string => facts[a]!.published ?? '9999-99-99';
  const groupRecords: GroupRecord[] = [];
  // The group of each claim (by article, then claim).
  const groupOf = facts.map((): (string | undefined)[] => []);
  const groupIds = new IdAllocator();
  const rawGroups = groupClaims(refs, registries.claimants, reuse?.groupings ?? null)
    .map((g) => [...g].sort((x, y) => compareDays(published(x.article), published(y.article)) || x.article - y.article || x.index - y.index))
    .sort((x, y) => refOrder(x[0]!) - refOrder(y[0]!));
  for (const group of rawGroups) {
    const head = group[0]!;
    const max = maxOf(group.map((g) => g.claim.figure.value ?? 0));
    const id = groupIds.take(slugify(`${events[head.event!]!.id}-${head.claim.figure.category}-${max}`));
    const members = group.map((g) => claimIds[g.article]![g.index]!);
    for (const g of group) groupOf[g.article]![g.index] = id;
    groupRecords.push({
      id,
      claims: members,
      claimant: group.find((g) => g.claim.claimant)?.claim.claimant?.id ?? null,
      category: head.claim.figure.category,
      what: head.claim.figure.what,
      first: members[0]!,
    });
  }

  // Registries of what the records point to.
  const places = new Map<string, PlaceRecord>();
  const addPlace = (p: Place): void => {
    if (!places.has(p.id)) places.set(p.id, placeRecord(p));
  };
  const claimants = new Map<string, { id: string; name: string; aliases: string[] }>();
  const aliasesOf = new Map(registries.claimants.map((c) => [c.id, c.aliases.filter((a) => a !== c.name)]));
  const addClaimant = (c: { id: string; name: string }): void => {
    if (!claimants.has(c.id)) claimants.set(c.id, { id: c.id, name: c.name, aliases: [...(aliasesOf.get(c.id) ?? [])] });
  };
  const sources = new Map<string, { id: string; name: string }>();

  const articles: ArticleRecord[] = [];
  const claims: ClaimRecord[] = [];
  facts.forEach((f, a) => {
    const id = articleIds[a]!;
    if (f.article.source) sources.set(f.article.source.id, { id: f.article.source.id, name: f.article.source.name });
    for (const m of f.places) addPlace(m.place);
    if (f.filedFrom) addPlace(f.filedFrom);
    for (const p of f.titlePlaces ?? []) addPlace(p);
    for (const at of f.attributions) addClaimant(at.claimant);
    // An event once per article, at its first place: a happening the article tells twice (its news and a background day) is one.
    const evs = [...new Set(eventsOfArticle[a]!.sort((x, y) => x.index - y.index).map((x) => events[x.event]!.id))];
    f.claims.forEach((c, i) => {
      const cid = claimIds[a]![i]!;
      if (!cid) return;
      if (c.place) addPlace(c.place);
      if (c.claimant) addClaimant(c.claimant);
      const ev = eventOfClaim[a]![i];
      const event = ev === null || ev === undefined ? null : events[ev]!.id;
      const group = groupOf[a]![i] ?? null;
      claims.push(reuse ? reuse.claim(f, i, cid, event, group, claimRecord) : claimRecord(f, i, cid, event, group));
    });
    articles.push(reuse ? reuse.article(f, id, evs, () => articleRecord(f, id, evs, claimIds[a]!)) : articleRecord(f, id, evs, claimIds[a]!));
  });

  // A headline has a few words and no more: a page without one gives its lede as its title, which
  // is long, or a sentence its body opens with (after its dateline: "BANGKOK: A military airstrike ... said.").
  const headlineLike = facts.map((f) => {
    const n = words(f.article.title);
    return n >= HEADLINE_WORDS.min && n <= HEADLINE_WORDS.max && !opensBody(f.article.title, f.article.body) && !isSubheading(f.article.title);
  });
  const eventRecords: EventRecord[] = events.map(({ id, linked: e }, n) => {
    const articleIdx = [...new Set(e.reports.map((r) => r.article))].sort((x, y) => compareDays(published(x), published(y)) || x - y);
    // The event takes the headline of the report that told it first (the earliest of its main
    // reports with a headline of 4 to 20 words): later ones tell of tolls and denials.
    const told = e.reports.filter((r) => !r.event.background && headlineLike[r.article]);
    const firstTold = told.sort((x, y) => compareDays(published(x.article), published(y.article)) || x.article - y.article)[0];
    // Else a title made for it, from its own kind and most specific place: a background report's
    // title was made from that report's place, which may be the region around the event's town.
    const first = e.reports[0]!.event;
    const title = firstTold ? facts[firstTold.article]!.article.title : first.background || isSubheading(first.title) ? '' : first.title;
    return {
      id,
      title: title || `${ACTION_LABELS[e.action] ?? 'Events'} in ${e.places[0]?.name ?? 'an unknown place'}`,
      date: e.date,
      places: e.places.map((p) => p.id),
      articles: articleIdx.map((x) => articleIds[x]!),
      claims: claimsOfEvent[n]!,
      action: e.action,
      sources: [...new Set(articleIdx.map((x) => facts[x]!.article.source?.id).filter((s): s is string => !!s))],
    };
  });

  return {
    articles,
    sources: [...sources.values()].sort((x, y) => x.name.localeCompare(y.name)),
    claimants: [...claimants.values()].sort((x, y) => x.name.localeCompare(y.name)),
    places: [...places.values()].sort((x, y) => x.name.localeCompare(y.name)),
    events: eventRecords,
    claims,
    groups: groupRecords,
    disagreements: findDisagreements(claims, reuse?.disagreements ?? null),
    diagnostics: [...extra, ...facts.flatMap((f) => f.diagnostics)].map((d) => ({ ...d })),
  };
}

function firstReport(e: LinkedEvent): number {
  let first = Infinity;
  for (const r of e.reports) first = Math.min(first, r.article * 1000 + r.index);
  return first;
}

/** ISO days (or '9999-99-99') in order: compared as plain text, which is their order. */
function compareDays(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A page's sub-heading taken for its title: in lower case, or a question ("what happened and who were the victims?"). */
const SUBHEADING = /^\p{Ll}|\?["”’)]?$/u;

/**
 * Whether a title reads as a sub-heading of the page rather than a report's headline: an event is
 * named by what happened, not by the question an explainer asks.
 * @example isSubheading('what happened and who were the victims?') // true
 */
function isSubheading(title: string): boolean {
  return SUBHEADING.test(title.trim());
}

/** How far into the body a title made from its lede may stand (past a dateline, an agency's name, a summary's points). */
const LEDE_REACH = 400;

/**
 * The title is a sentence the body opens with: the page had no headline, and the title is its
 * lede. (A headline glued to the text of a page that lost its line breaks ends with no full stop.)
 */
function opensBody(title: string, body: string): boolean {
  return SENTENCE_END.test(title) && body.slice(0, title.length + LEDE_REACH).includes(title);
}
const SENTENCE_END = /[.!?]["”’)]?$/;

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function refOrder(r: ClaimRef): number {
  return r.article * 10_000 + r.index;
}

function eventSlug(e: LinkedEvent): string {
  return slugify(`${e.date.start}-${e.places[0]?.name ?? 'unplaced'}-${e.action}`);
}

function claimRecord(f: ArticleFacts, index: number, id: string, event: string | null, group: string | null): ClaimRecord {
  const c = f.claims[index]!;
  return {
    id,
    article: f.article.id,
    value: c.figure.value,
    qualifier: c.figure.qualifier,
    category: c.figure.category,
    what: c.figure.what,
    claimant: c.claimant?.id ?? null,
    place: c.place?.id ?? null,
    date: c.date,
    event,
    group,
    quote: c.quote,
    span: [c.figure.span[0], c.figure.span[1]],
    text: c.figure.text,
    vague: c.figure.vague,
    source: f.article.source?.id ?? null,
    published: f.published,
  };
}

function articleRecord(f: ArticleFacts, id: string, events: string[], claimIds: readonly string[]): ArticleRecord {
  return {
    id,
    file: f.article.file,
    title: f.article.title,
    source: f.article.source?.id ?? null,
    published: f.published,
    publishedInferred: f.publishedInferred,
    places: [...f.placeRanking],
    events,
    filedFrom: f.filedFrom?.id ?? null,
    url: f.article.url,
    language: f.article.language,
    publishedEvidence: f.publishedEvidence,
    sourceEvidence: f.article.source?.evidence ?? null,
    body: f.article.body,
    teasers: [...f.article.teasers],
    marks: marksOf(f, claimIds),
    claims: claimIds.filter((id) => id),
    warnings: f.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.message),
  };
}

function placeRecord(p: Place): PlaceRecord {
  return { id: p.id, name: p.name, admin1: p.admin1, country: p.country, lat: p.lat, lon: p.lon, kind: p.kind };
}

function marksOf(f: ArticleFacts, claimIds: readonly string[]): Mark[] {
  const marks: Mark[] = [];
  for (const d of f.dates) {
    const r = d.range;
    marks.push({ kind: 'date', span: [d.span[0], d.span[1]], ref: null, title: r.start === r.end ? r.start : `${r.start} – ${r.end}` });
  }
  for (const p of f.places) {
    marks.push({ kind: 'place', span: [p.span[0], p.span[1]], ref: p.place.id, title: p.place.admin1 ? `${p.place.name} (${p.place.admin1})` : p.place.name });
  }
  f.claims.forEach((c, i) => {
    const title = c.figure.value === null ? `vague figure (${c.figure.category}): ${c.figure.what}` : `${c.figure.category}: ${c.figure.what}`;
    marks.push({ kind: 'figure', span: [c.figure.span[0], c.figure.span[1]], ref: claimIds[i] || null, title });
  });
  for (const at of f.attributions) {
    if (!at.carried) marks.push({ kind: 'claimant', span: [at.span[0], at.span[1]], ref: at.claimant.id, title: at.claimant.name });
  }
  // Overlapping marks cannot both be drawn: keep the earlier, then the longer.
  marks.sort((x, y) => x.span[0] - y.span[0] || y.span[1] - x.span[1]);
  const kept: Mark[] = [];
  let end = -1;
  for (const m of marks) {
    if (m.span[0] >= end && m.span[1] > m.span[0] && m.span[1] <= f.article.body.length) {
      kept.push(m);
      end = m.span[1];
    }
  }
  return kept;
}
