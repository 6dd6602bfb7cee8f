import { keepsCity } from './scope.ts';

/** One row of GeoNames cities500.txt, as far as dateline uses it. */
export interface GeoNamesCity {
  readonly id: number;
  readonly name: string;
  readonly asciiName: string;
  readonly alternateNames: readonly string[];
  readonly lat: number;
  readonly lon: number;
  readonly featureCode: string;
  readonly country: string;
  readonly admin1Code: string;
  readonly population: number;
}

// Column numbers of the GeoNames dump (its readme: geonameid, name, asciiname, alternatenames, ...).
const COL_ID = 0;
const COL_NAME = 1;
const COL_ASCII = 2;
const COL_ALTERNATES = 3;
const COL_LAT = 4;
const COL_LON = 5;
const COL_FEATURE_CODE = 7;
const COL_COUNTRY = 8;
const COL_ADMIN1 = 10;
const COL_POPULATION = 14;

/**
 * Reads the rows of cities500.txt that the gazetteer keeps (see scope.ts).
 * The 32 MB file is scanned as bytes and only kept rows are decoded as UTF-8,
 * which keeps loading to about 0.1 s.
 * @example parseCities(readFileSync(files.cities)).find((c) => c.name === 'Aleppo')?.admin1Code // '09'
 */
export function parseCities(data: Buffer): GeoNamesCity[] {
  const out: GeoNamesCity[] = [];
  const text = data.toString('latin1'); // one char per byte: offsets are byte offsets
  let pos = 0;
  while (pos < text.length) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    if (keepsRow(text, pos, end)) {
      const city = toCity(data.toString('utf8', pos, end).split('\t'));
      if (city) out.push(city);
    }
    pos = end + 1;
  }
  return out;
}

/** Decides from the raw columns, without decoding the row or splitting it. */
function keepsRow(text: string, start: number, end: number): boolean {
  const featureCode = column(text, start, end, COL_FEATURE_CODE);
  const country = column(text, featureCode.next, end, COL_COUNTRY - COL_FEATURE_CODE);
  const population = column(text, country.next, end, COL_POPULATION - COL_COUNTRY);
  return keepsCity(country.value, featureCode.value, Number(population.value) || 0);
}

/** The value `skip` columns after the column starting at `from`, and where the next one starts. */
function column(text: string, from: number, end: number, skip: number): { value: string; next: number } {
  let p = from;
  for (let i = 0; i < skip && p <= end; i++) p = text.indexOf('\t', p) + 1 || end + 1;
  if (p > end) return { value: '', next: end + 1 };
  let stop = text.indexOf('\t', p);
  if (stop < 0 || stop > end) stop = end;
  return { value: text.slice(p, stop), next: p };
}

function toCity(cols: readonly string[]): GeoNamesCity | null {
  const id = Number(cols[COL_ID]);
  const lat = Number(cols[COL_LAT]);
  const lon = Number(cols[COL_LON]);
  const name = cols[COL_NAME] ?? '';
  if (!Number.isFinite(id) || !Number.isFinite(lat) || !Number.isFinite(lon) || !name) return null;
  const alternates = cols[COL_ALTERNATES] ?? '';
  return {
    id,
    name,
    asciiName: cols[COL_ASCII] || name,
    alternateNames: alternates ? alternates.split(',') : [],
    lat,
    lon,
    featureCode: cols[COL_FEATURE_CODE] ?? '',
    country: cols[COL_COUNTRY] ?? '',
    admin1Code: cols[COL_ADMIN1] ?? '',
    population: Number(cols[COL_POPULATION]) || 0,
  };
}
