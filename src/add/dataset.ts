/**
 * Article datasets (CSV or JSON Lines) as records: which column holds the
 * title, body, outlet, address and date, and each row's article or the reason
 * it cannot be one.
 */
import type { ArticleMeta } from './metadata.ts';
import { guessDelimiter, parseCsv } from './csv.ts';

export const FIELDS = ['title', 'body', 'source', 'url', 'published'] as const;
export type Field = (typeof FIELDS)[number];
/** Column names taken without a --map, most common first (compared lowercase, ignoring spaces, dashes and underscores). */
const DEFAULT_COLUMNS: Readonly<Record<Field, readonly string[]>> = {
  title: ['title', 'headline', 'heading', 'articletitle'],
  body: ['body', 'text', 'content', 'article', 'articlecontent', 'articletext', 'story'],
  source: ['source', 'outlet', 'publisher', 'sourcename', 'site', 'agency'],
  url: ['url', 'link', 'href', 'articleurl', 'address'],
  published: ['published', 'date', 'publishdate', 'publisheddate', 'pubdate', 'datepublished', 'articledate'],
};
const ISO_DAY_START = /^(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

export type FieldMap = Partial<Record<Field, string>>;

export interface Row {
  /** 1-based record number: the data line (CSV: after the header), for messages. */
  readonly number: number;
  readonly values: Readonly<Record<string, unknown>>;
}

export interface Dataset {
  readonly columns: readonly string[];
  readonly rows: readonly Row[];
  /** Rows that could not be read at all (bad JSON, short CSV rows), with reasons. */
  readonly broken: readonly { readonly number: number; readonly reason: string }[];
  /** The file breaks its format here; the rows before are kept. */
  readonly problem: string | null;
}

export interface RowArticle {
  readonly body: string;
  readonly meta: ArticleMeta;
  /** Values that were dropped (a date that is not a date), as sentences. */
  readonly notes: readonly string[];
}

/**
 * Parses `title=headline,body=text` into a field map; unknown fields are an error.
 * @example parseFieldMap('title=headline,body=text') // { map: { title: 'headline', body: 'text' }, errors: [] }
 */
export function parseFieldMap(spec: string): { readonly map: FieldMap; readonly errors: readonly string[] } {
  const map: FieldMap = {};
  const errors: string[] = [];
  for (const pair of spec
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const eq = pair.indexOf('=');
    const field = pair.slice(0, eq).trim();
    const column = pair.slice(eq + 1).trim();
    if (eq < 1 || !column) errors.push(`--map "${pair}" is not field=column`);
    else if (!(FIELDS as readonly string[]).includes(field)) errors.push(`--map: "${field}" is not a field (fields: ${FIELDS.join(', ')})`);
    else map[field as Field] = column;
  }
  return { map, errors };
}

/**
 * Reads a CSV file's text into rows keyed by its header.
 * @example readCsvDataset('title,body\nA,Text\n').rows[0]?.values // { title: 'A', body: 'Text' }
 */
export function readCsvDataset(text: string): Dataset {
  const table = parseCsv(text, guessDelimiter(text));
  const [header = [], ...records] = table.rows;
  const rows: Row[] = [];
  const broken: { number: number; reason: string }[] = [];
  records.forEach((record, i) => {
    if (record.length !== header.length) {
      broken.push({ number: i + 1, reason: `has ${record.length} fields where the header has ${header.length}` });
      return;
    }
    rows.push({ number: i + 1, values: Object.fromEntries(header.map((h, k) => [h, record[k] ?? ''])) });
  });
  return { columns: header, rows, broken, problem: table.problem };
}

/**
 * Reads a JSON Lines file's text (one JSON object per line) into rows.
 * @example readJsonlDataset('{"title":"A","text":"B"}\n').rows[0]?.values.title // 'A'
 */
export function readJsonlDataset(text: string): Dataset {
  const rows: Row[] = [];
  const broken: { number: number; reason: string }[] = [];
  const columns = new Set<string>();
  text
    .replace(/^\ufeff/, '')
    .split(/\r?\n/)
    .forEach((line, i) => {
      if (!line.trim()) return;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (e) {
        broken.push({ number: i + 1, reason: `is not JSON (${(e as Error).message})` });
        return;
      }
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        broken.push({ number: i + 1, reason: 'is not a JSON object' });
        return;
      }
      for (const key of Object.keys(value)) columns.add(key);
      rows.push({ number: i + 1, values: value as Record<string, unknown> });
    });
  return { columns: [...columns], rows, broken, problem: null };
}

/**
 * Which column holds each field: the map's choice, else a column with a usual name.
 * @example resolveColumns(['headline', 'text'], {}) // { title: 'headline', body: 'text' }
 */
export function resolveColumns(columns: readonly string[], map: FieldMap): FieldMap {
  const byKey = new Map(columns.map((c) => [columnKey(c), c]));
  const out: FieldMap = {};
  for (const field of FIELDS) {
    const chosen = map[field] ?? DEFAULT_COLUMNS[field].map((name) => byKey.get(name)).find((c) => c !== undefined);
    if (chosen !== undefined) out[field] = chosen;
  }
  return out;
}

/**
 * One row as an article, or the reason it is none.
 * @example rowArticle({ number: 1, values: { text: 'Body' } }, { body: 'text' }) // { body: 'Body', meta: {}, notes: [] }
 */
export function rowArticle(row: Row, columns: FieldMap): RowArticle | { readonly skip: string } {
  const get = (field: Field): string | undefined => {
    const column = columns[field];
    const value = column === undefined ? undefined : row.values[column];
    if (value === undefined || value === null) return undefined;
    const text = (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : JSON.stringify(value)).trim();
    return text || undefined;
  };
  const body = get('body');
  if (!body) return { skip: `has no text in column "${columns.body ?? 'body'}"` };
  const notes: string[] = [];
  const meta: Record<string, string> = {};
  const title = get('title');
  const source = get('source');
  const url = get('url');
  const published = get('published');
  if (title) meta['title'] = title.replace(/\s+/g, ' ');
  if (source) meta['source'] = source.replace(/\s+/g, ' ');
  if (url) {
    if (/^https?:\/\/\S+$/i.test(url)) meta['url'] = url;
    else notes.push(`"${url}" is not a web address: left out`);
  }
  if (published) {
    const day = ISO_DAY_START.exec(published)?.[1];
    if (day) meta['published'] = day;
    else notes.push(`"${published}" is not a YYYY-MM-DD date: left out (the date is read from the text)`);
  }
  return { body, meta, notes };
}

function columnKey(name: string): string {
  return name.toLowerCase().replace(/[\s_-]+/g, '');
}
