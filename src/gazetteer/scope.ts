/**
 * Which part of the world the gazetteer holds, and how much of it. dateline
 * reads news of the war in Syria: Syria is read in full, its neighbours down to
 * towns, the rest of the world only as capitals and very large cities, because
 * every extra small place is one more English word that could be misread.
 */

/** The country the articles are about: its places win every tie. */
export const HOME_COUNTRY = 'SY';

/** Neighbours, in the order their places win ties after Syria's. */
export const NEIGHBOURS: readonly string[] = ['LB', 'JO', 'IQ', 'TR', 'IL', 'PS'];

/** Countries whose place names carry Arabic articles ("Ar Raqqah", "Al Bab"). */
export const ARABIC_NAMED: ReadonlySet<string> = new Set(['SY', 'LB', 'JO', 'IQ', 'PS']);

/** A neighbour's town is kept when it is an admin seat or at least this big. */
export const NEIGHBOUR_MIN_POPULATION = 20_000;
/** A neighbour's alternate names are read when it is an admin seat or at least this big. */
export const NEIGHBOUR_ALTERNATES_MIN_POPULATION = 100_000;
/** Elsewhere a capital is kept from this size (tiny capitals have English-word names: "Male"). */
export const WORLD_CAPITAL_MIN_POPULATION = 200_000;
/** Elsewhere any city is kept from this size. */
export const WORLD_CITY_MIN_POPULATION = 1_000_000;

/**
 * How a country's places rank on ties: 0 for Syria, then the neighbours, then the world.
 * @example countryTier('SY') // 0
 */
export function countryTier(country: string): number {
  if (country === HOME_COUNTRY) return 0;
  const i = NEIGHBOURS.indexOf(country);
  return i >= 0 ? 1 + i : 1 + NEIGHBOURS.length;
}

/**
 * Whether a GeoNames populated place belongs in the gazetteer.
 * @example keepsCity('TR', 'PPLA2', 5000) // false
 */
export function keepsCity(country: string, featureCode: string, population: number): boolean {
  if (country === HOME_COUNTRY) return true;
  if (NEIGHBOURS.includes(country)) {
    return featureCode === 'PPLC' || featureCode === 'PPLA' || population >= NEIGHBOUR_MIN_POPULATION;
  }
  return (featureCode === 'PPLC' && population >= WORLD_CAPITAL_MIN_POPULATION) || population >= WORLD_CITY_MIN_POPULATION;
}
