/**
 * Countries: ISO 3166-1 codes and English names from i18n-iso-countries (MIT),
 * with the short names and demonyms of data/countries.json. Coordinates come
 * later, from each country's capital in GeoNames (see build.ts).
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

export interface CountryRow {
  readonly isoCode: string;
  /** The name shown: the short English name ("Syria", not "Syrian Arab Republic"). */
  readonly name: string;
  /** Every name the country is read by, the shown one first. */
  readonly names: readonly string[];
  /** Words for its people ("Syrian", "Ukrainians"): evidence of focus, never places. */
  readonly demonyms: readonly string[];
}

/** One country in data/countries.json. */
interface CountryExtra {
  readonly name?: string;
  readonly aliases?: readonly string[];
  readonly demonyms?: readonly string[];
}

const PARENTHETICAL = /\s*\([^)]*\)\s*/g;
/** "Korea, Republic of": an index form, not written in running text. */
const INDEX_FORM = /,/;
const require = createRequire(import.meta.url);

/** Where the country name data lives (for the snapshot's key). */
export function countryDataFiles(): { readonly isoNames: string; readonly extra: string } {
  return { isoNames: require.resolve('i18n-iso-countries/langs/en.json'), extra: new URL('./data/countries.json', import.meta.url).pathname };
}

let rows: readonly CountryRow[] | null = null;

/**
 * Every country with its names and demonyms (package data: read once per process).
 * @example countryRows().find((c) => c.isoCode === 'SY')?.name // 'Syria'
 */
export function countryRows(): readonly CountryRow[] {
  rows ??= readCountryRows();
  return rows;
}

function readCountryRows(): CountryRow[] {
  const files = countryDataFiles();
  const iso = JSON.parse(readFileSync(files.isoNames, 'utf8')) as { countries: Record<string, string | string[]> };
  const extra = (JSON.parse(readFileSync(files.extra, 'utf8')) as { countries: Record<string, CountryExtra> }).countries;
  return Object.entries(iso.countries)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([isoCode, written]) => countryRow(isoCode, typeof written === 'string' ? [written] : written, extra[isoCode] ?? {}));
}

/**
 * A country's row from its ISO names and the extra data.
 * @example countryRow('RU', ['Russian Federation', 'Russia'], { name: 'Russia' }).names // ['Russia', 'Russian Federation']
 */
export function countryRow(isoCode: string, isoNames: readonly string[], extra: CountryExtra): CountryRow {
  const readable = isoNames.map((n) => n.replace(PARENTHETICAL, ' ').trim()).filter((n) => n !== '' && !INDEX_FORM.test(n));
  const name = extra.name ?? readable[0] ?? isoNames[0] ?? isoCode;
  const names = [...new Set([name, ...readable, ...(extra.aliases ?? [])])];
  return { isoCode, name, names, demonyms: extra.demonyms ?? [] };
}
