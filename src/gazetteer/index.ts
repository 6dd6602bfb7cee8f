/**
 * The gazetteer: GeoNames cities (cities500), GeoNames first-level areas and
 * country-state-city countries, indexed by every name dateline reads. It is
 * package data, not user state, so it is loaded once per process on first use.
 */
import { readFileSync } from 'node:fs';
import { adminAreas, type Admin1Row, type StateRow } from './admin-areas.ts';
import { buildGazetteer, type Gazetteer } from './build.ts';
import type { CountryRow } from './countries.ts';
import { gazetteerFiles, type GazetteerFiles } from './data-files.ts';
import { parseCities } from './geonames.ts';
import { HOME_COUNTRY, NEIGHBOURS } from './scope.ts';

export type { Gazetteer, GazetteerEntry, NameHit, SkeletonHit } from './build.ts';
export { addFirstWords, addSkeleton } from './build.ts';
export { ARTICLES, foldKey, isLatinName, keyWithoutArticle, nameWords, skeletonKey } from './fold.ts';
export { placeSlug } from './slug.ts';
export { HOME_COUNTRY, NEIGHBOURS } from './scope.ts';

let cached: Gazetteer | null = null;

/**
 * The gazetteer built from the installed packages, loaded on first call (about 0.1 s).
 * @example loadGazetteer().names.get('aleppo')?.[0]?.entry.place.id // 'aleppo'
 */
export function loadGazetteer(): Gazetteer {
  cached ??= readGazetteer(gazetteerFiles());
  return cached;
}

/**
 * Reads and indexes the gazetteer from the given data files (no caching).
 * @example readGazetteer(gazetteerFiles()).byId.get('homs-governorate')?.place.admin1 // 'Homs'
 */
export function readGazetteer(files: GazetteerFiles): Gazetteer {
  const cities = parseCities(readFileSync(files.cities));
  const admin1 = readJson<Admin1Row[]>(files.admin1);
  const states = readJson<StateRow[]>(files.states);
  const countries = readJson<CountryRow[]>(files.countries);
  const areas = adminAreas(admin1, states, new Set([HOME_COUNTRY, ...NEIGHBOURS]));
  return buildGazetteer({ cities, areas, countries });
}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}
