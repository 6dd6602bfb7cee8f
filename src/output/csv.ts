/**
 * CSV downloads of events and claims, in ACLED-like columns (one row per
 * event or claim, with date, precision, place, admin1, lat, lon). Cells are
 * quoted by RFC 4180 and defused against spreadsheet formula injection.
 */
import type { SiteView } from './view/types.ts';
import { type Piece, piecesText } from './file-pieces.ts';
import { KEEP_NO_TEXTS, type Texts } from './kept-texts.ts';
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
  return csvText(header, rows.map(csvRow));
}

/** Cells already written as CSV (several columns), put into a row as they are. */
interface Written {
  readonly csv: string;
}
/** The place columns of a row without a place. */
const NO_PLACE: Written = { csv: ',,,,' };

/** One row of cells as CSV text (without its line end). */
function csvRow(cells: readonly (Cell | Written)[]): string {
  return cells.map((cell) => (cell !== null && typeof cell === 'object' ? cell.csv : csvCell(cell))).join(',');
}

/** The line end of every row, the last included (RFC 4180). */
const CRLF = '\r\n';

/** The document from its header and rows already written. */
function csvText(header: readonly string[], rows: readonly string[]): string {
  return `${[csvRow(header), ...rows].join(CRLF)}${CRLF}`;
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
export function eventsCsv(view: SiteView, pathPrefix: string, texts: Texts = KEEP_NO_TEXTS): string {
  return piecesText(eventsCsvPieces(view, pathPrefix, texts));
}

/** eventsCsv as the pieces of its file: the header, then a row (with its line end) per event. */
export function eventsCsvPieces(view: SiteView, pathPrefix: string, texts: Texts = KEEP_NO_TEXTS): Piece[] {
  const cellsOf = placeCellsById(view);
  const rows = view.events.map((e) => {
    const place = e.places[0] ? (cellsOf.get(e.places[0].id) ?? NO_PLACE) : NO_PLACE;
    return texts.of(
      'events-csv',
      e,
      [pathPrefix, place.csv],
      () =>
        csvRow([
          e.id,
          e.start,
          e.end,
          e.precision,
          e.title,
          place,
          e.action,
          e.outlets.map((o) => o.name).join('; '),
          e.articleCount,
          e.claims.length,
          underPrefix(pathPrefix, e.url),
        ]) + CRLF,
    );
  });
  return [csvRow(EVENT_COLUMNS) + CRLF, ...rows];
}

/** The place columns of a row as CSV text, for each place: name, area, country and coordinates. */
function placeCellsById(view: SiteView): Map<string, Written> {
  return new Map(view.places.map((p) => [p.id, { csv: csvRow([p.name, p.admin1, p.country, p.lat, p.lon]) }]));
}

/**
 * Claims as CSV: one row per figure, with who claims it, the outlet that carried it and the quoted sentence.
 * @example claimsCsv(view, '/').split('\r\n')[0] // 'claim_id,date,end_date,precision,place,...'
 */
export function claimsCsv(view: SiteView, pathPrefix: string, texts: Texts = KEEP_NO_TEXTS): string {
  return piecesText(claimsCsvPieces(view, pathPrefix, texts));
}

/**
 * claimsCsv as the pieces of its file: the header, then an article's rows (each with its line
 * end) as one piece. An article's rows are kept while its list of claims is the same list and
 * their places' cells the same: a save at 10,000 articles asks 10,000 times, not 60,000.
 */
export function claimsCsvPieces(view: SiteView, pathPrefix: string, texts: Texts = KEEP_NO_TEXTS): Piece[] {
  const cellsOf = placeCellsById(view);
  const rows = view.articles.map((a) => {
    const places = a.claims.map((c) => (c.place ? (cellsOf.get(c.place.id) ?? NO_PLACE) : NO_PLACE));
    // (its event is the claim's own: a claim view is made again when its record changes)
    return texts.of('claims-csv', a.claims, [pathPrefix, a.id, ...places.map((p) => p.csv)], () =>
      a.claims
        .map(
          (c, i) =>
            csvRow([
              c.id,
              c.start,
              c.end,
              c.precision,
              places[i]!,
              c.category,
              c.value,
              c.qualifier,
              c.what,
              c.claimant?.name ?? null,
              c.source?.name ?? null,
              c.publishedIso,
              a.id,
              c.event,
              c.group,
              c.quote,
              underPrefix(pathPrefix, c.quoteUrl),
            ]) + CRLF,
        )
        .join(''),
    );
  });
  return [csvRow(CLAIM_COLUMNS) + CRLF, ...rows];
}
