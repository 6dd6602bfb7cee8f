/**
 * First-level administrative areas (governorates, provinces, oblasts) from
 * GeoNames admin1 names. Their coordinates come from their seats in GeoNames
 * (see build.ts); the word an area is called by comes from the country's own
 * admin1 names ("Zhytomyr Oblast" makes Ukraine's areas oblasts).
 */
import { ARTICLES, foldKey, nameWords } from './fold.ts';

/** GeoNames admin1 row: `{ code: 'SY.11', name: 'Homs' }`. */
export interface Admin1Row {
  readonly code: string;
  readonly name: string;
}

export interface AdminArea {
  /** GeoNames code, e.g. 'SY.11'. */
  readonly code: string;
  readonly country: string;
  /** Clean name: 'Homs', 'Damascus', 'Rif-Dimashq'. */
  readonly name: string;
  /** What the country calls such an area: 'Governorate', 'Oblast', 'Province'. */
  readonly word: string;
}

/** Words that say "first-level area" after a name, in the order they win when a country's names use several. */
const AREA_WORDS: readonly string[] = ['Oblast', 'Governorate', 'Province', 'Region', 'State', 'Prefecture', 'County', 'Department', 'District'];
const DEFAULT_AREA_WORD = 'Province';
/** Words dropped from the clean name. */
const AREA_SUFFIX = /\s+(?:governorate|province|muhafazat|region|district|oblast|city|state|prefecture|county|department)$/i;
const AREA_PREFIX = /^(?:muhafazat|province\s+of|governorate\s+of)\s+/i;
const LOWERCASE_AFTER_HYPHEN = /-(\p{Ll})/gu;
const COMBINING_MARKS = /\p{M}+/gu;
const APOSTROPHE_LIKE = /[`´ʿʾʻʼ‘’]/g;

/**
 * The area's name without its "Governorate"/"Province" suffix, in plain Latin letters, with words
 * after a hyphen capitalised unless they are articles ("Rif-dimashq" -> "Rif-Dimashq").
 * @example cleanAdminName('Damascus Governorate') // 'Damascus'
 */
export function cleanAdminName(name: string): string {
  return name
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(APOSTROPHE_LIKE, "'")
    .replace(AREA_SUFFIX, '')
    .replace(AREA_PREFIX, '')
    .replace(LOWERCASE_AFTER_HYPHEN, (whole, c: string, offset: number, all: string) => {
      const word = all.slice(offset + 1).split(/[\s-]/)[0] ?? '';
      return ARTICLES.has(foldKey(word)) ? whole : `-${c.toUpperCase()}`;
    });
}

/** A compass word's two forms, as area names begin with either: "North Darfur", "Northern Darfur". */
const COMPASS_FORMS: readonly (readonly [string, string])[] = [
  ['North', 'Northern'],
  ['South', 'Southern'],
  ['East', 'Eastern'],
  ['West', 'Western'],
];

/**
 * An area's name as written with either form of the compass word it begins with: GeoNames has
 * "Northern Darfur", the news "North Darfur". A compass word alone ("Northern" State) has no other form.
 * @example compassForms('Northern Darfur') // ['Northern Darfur', 'North Darfur']
 */
export function compassForms(name: string): string[] {
  const [first, ...rest] = name.split(' ');
  if (rest.length === 0) return [name];
  for (const [short, long] of COMPASS_FORMS) {
    if (first === short) return [name, [long, ...rest].join(' ')];
    if (first === long) return [name, [short, ...rest].join(' ')];
  }
  return [name];
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
 * Every admin area with its clean name and its country's word for it.
 * @example adminAreas(rows).find((a) => a.code === 'SY.11') // { code: 'SY.11', country: 'SY', name: 'Homs', word: 'Governorate' }
 */
export function adminAreas(rows: readonly Admin1Row[]): AdminArea[] {
  const words = areaWords(rows);
  return rows.map((row) => {
    const country = row.code.slice(0, 2);
    return { code: row.code, country, name: cleanAdminName(row.name), word: words.get(country) ?? DEFAULT_AREA_WORD };
  });
}

/** Each country's word for its areas: the one its admin1 names use most (ties by AREA_WORDS order). */
function areaWords(rows: readonly Admin1Row[]): Map<string, string> {
  const counts = new Map<string, number[]>();
  for (const row of rows) {
    const country = row.code.slice(0, 2);
    const last = row.name.split(/\s+/).pop()?.toLowerCase() ?? '';
    const i = AREA_WORDS.findIndex((w) => w.toLowerCase() === last);
    if (i < 0) continue;
    const list = counts.get(country) ?? AREA_WORDS.map(() => 0);
    list[i] = (list[i] ?? 0) + 1;
    counts.set(country, list);
  }
  const out = new Map<string, string>();
  for (const [country, list] of counts) {
    let best = 0;
    list.forEach((n, i) => {
      if (n > (list[best] ?? 0)) best = i;
    });
    out.set(country, AREA_WORDS[best] ?? DEFAULT_AREA_WORD);
  }
  return out;
}
