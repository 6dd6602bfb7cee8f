/**
 * First-level administrative areas (Syria's governorates, Turkey's provinces)
 * from GeoNames admin1 names, with coordinates from country-state-city.
 */
import { ARTICLES, foldKey, nameWords } from './fold.ts';

/** GeoNames admin1 row: `{ code: 'SY.11', name: 'Homs' }`. */
export interface Admin1Row {
  readonly code: string;
  readonly name: string;
}

/** country-state-city state row (only the fields used). */
export interface StateRow {
  readonly name: string;
  readonly countryCode: string;
  readonly latitude: string | null;
  readonly longitude: string | null;
}

export interface AdminArea {
  /** GeoNames code, e.g. 'SY.11'. */
  readonly code: string;
  readonly country: string;
  /** Clean name: 'Homs', 'Damascus', 'Rif-Dimashq'. */
  readonly name: string;
  readonly lat: number | null;
  readonly lon: number | null;
}

/** Words that say "first-level area" after a name: dropped from the clean name. */
const AREA_SUFFIX = /\s+(?:governorate|province|muhafazat|region|district)$/i;
const LOWERCASE_AFTER_HYPHEN = /-(\p{Ll})/gu;

/**
 * The area's name without its "Governorate"/"Province" suffix, with words
 * after a hyphen capitalised unless they are articles ("Rif-dimashq" -> "Rif-Dimashq").
 * @example cleanAdminName('Damascus Governorate') // 'Damascus'
 */
export function cleanAdminName(name: string): string {
  return name
    .replace(AREA_SUFFIX, '')
    .replace(LOWERCASE_AFTER_HYPHEN, (whole, c: string, offset: number, all: string) => {
      const word = all.slice(offset + 1).split(/[\s-]/)[0] ?? '';
      return ARTICLES.has(foldKey(word)) ? whole : `-${c.toUpperCase()}`;
    });
}

/**
 * The key an area name compares by: no suffix, no leading article.
 * @example areaKey('Al-Raqqah Governorate') // 'raqqah'
 */
export function areaKey(name: string): string {
  const words = nameWords(cleanAdminName(name));
  return (words.length > 1 && ARTICLES.has(words[0] ?? '') ? words.slice(1) : words).join('');
}

/**
 * Every admin area, with coordinates for those of the `located` countries: from
 * the country-state-city state whose name matches (equal keys, or one a prefix
 * of the other: "Raqqa" / "Al-Raqqah Governorate").
 * @example adminAreas(rows, states, new Set(['SY'])).find((a) => a.code === 'SY.11')?.name // 'Homs'
 */
export function adminAreas(rows: readonly Admin1Row[], states: readonly StateRow[], located: ReadonlySet<string>): AdminArea[] {
  const statesByCountry = new Map<string, { key: string; row: StateRow }[]>();
  for (const s of states) {
    if (!located.has(s.countryCode)) continue;
    const list = statesByCountry.get(s.countryCode) ?? [];
    list.push({ key: areaKey(s.name), row: s });
    statesByCountry.set(s.countryCode, list);
  }
  const out: AdminArea[] = [];
  for (const row of rows) {
    const country = row.code.slice(0, 2);
    const candidates = statesByCountry.get(country);
    const key = candidates ? areaKey(row.name) : '';
    const state = candidates?.find((s) => sameArea(s.key, key))?.row;
    const lat = state?.latitude ? Number(state.latitude) : NaN;
    const lon = state?.longitude ? Number(state.longitude) : NaN;
    out.push({
      code: row.code,
      country,
      name: cleanAdminName(row.name),
      lat: Number.isFinite(lat) ? lat : null,
      lon: Number.isFinite(lon) ? lon : null,
    });
  }
  return out;
}

function sameArea(a: string, b: string): boolean {
  if (!a || !b) return false;
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.startsWith(short);
}
