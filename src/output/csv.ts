/**
 * CSV downloads of events and claims, in ACLED-like columns (one row per
 * event or claim, with date, precision, place, admin1, lat, lon). Cells are
 * quoted by RFC 4180 and defused against spreadsheet formula injection.
 */
import type { SiteView } from './view/types.ts';
import { underPrefix } from './urls.ts';

type Cell = string | number | null;

/** A leading character a spreadsheet would read as the start of a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/**
 * One CSV cell: numbers as they are, text quoted when needed and prefixed with `'` when it starts like a formula.
 * @example csvCell('=HYPERLINK("x")') // `"'=HYPERLINK(""x"")"`
 */
export function csvCell(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * A whole CSV document, CRLF line ends as RFC 4180 asks.
 * @example toCsv(['a', 'b'], [[1, 'x,y']]) // 'a,b\r\n1,"x,y"\r\n'
 */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return `${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

export const EVENT_COLUMNS = [
  'event_id',
  'date',
  'end_date',
  'precision',
  'title',
  'place',
  'admin1',
  'country',
  'lat',
  'lon',
  'category',
  'sources',
  'articles',
  'claims',
  'url',
] as const;
export const CLAIM_COLUMNS = [
  'claim_id',
  'date',
  'end_date',
  'precision',
  'place',
  'admin1',
  'country',
  'lat',
  'lon',
  'category',
  'value',
  'qualifier',
  'what',
  'claimant',
  'source',
  'published',
  'article_id',
  'event_id',
  'group',
  'quote',
  'url',
] as const;

/**
 * Events as CSV: one row per event, at its first place; `url` is the event's page under the path prefix.
 * @example eventsCsv(view, '/').split('\r\n')[0] // 'event_id,date,end_date,precision,title,place,...'
 */
export function eventsCsv(view: SiteView, pathPrefix: string): string {
  const placeById = new Map(view.places.map((p) => [p.id, p]));
  const rows = view.events.map((e) => {
    const p = e.places[0] ? placeById.get(e.places[0].id) : undefined;
    return [
      e.id,
      e.start,
      e.end,
      e.precision,
      e.title,
      ...placeCells(p),
      e.action,
      e.outlets.map((o) => o.name).join('; '),
      e.articleCount,
      e.claims.length,
      underPrefix(pathPrefix, e.url),
    ];
  });
  return toCsv(EVENT_COLUMNS, rows);
}

/** The place columns of a row: name, area, country and coordinates, empty when there is no place. */
function placeCells(p: SiteView['places'][number] | undefined): (string | number | null)[] {
  return [p?.name ?? null, p?.admin1 ?? null, p?.country ?? null, p?.lat ?? null, p?.lon ?? null];
}

/**
 * Claims as CSV: one row per figure, with who claims it, the outlet that carried it and the quoted sentence.
 * @example claimsCsv(view, '/').split('\r\n')[0] // 'claim_id,date,end_date,precision,place,...'
 */
export function claimsCsv(view: SiteView, pathPrefix: string): string {
  const placeById = new Map(view.places.map((p) => [p.id, p]));
  const eventOf = new Map(view.events.flatMap((e) => e.claims.map((c) => [c.id, e.id] as const)));
  const rows = view.articles.flatMap((a) =>
    a.claims.map((c) => {
      const p = c.place ? placeById.get(c.place.id) : undefined;
      return [
        c.id,
        c.start,
        c.end,
        c.precision,
        ...placeCells(p),
        c.category,
        c.value,
        c.qualifier,
        c.what,
        c.claimant?.name ?? null,
        c.source?.name ?? null,
        c.publishedIso,
        a.id,
        eventOf.get(c.id) ?? null,
        c.group,
        c.quote,
        underPrefix(pathPrefix, c.quoteUrl),
      ];
    }),
  );
  return toCsv(CLAIM_COLUMNS, rows);
}
