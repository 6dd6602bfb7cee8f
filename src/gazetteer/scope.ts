/**
 * Which part of the world a gazetteer holds, and how much of it. No country is
 * home by default: an article's focus countries (found from its text, see
 * src/extract/places/focus.ts) are read in depth, the rest of the world only as
 * capitals and very large cities, because every extra small place is one more
 * English word that could be misread.
 *
 * The first focus country is read in full (every GeoNames place of 500 people
 * or more); the others down to towns; the world as capitals and big cities.
 */

/** Countries read in depth, the first most. Empty: the world's big places only. */
export type Focus = readonly string[];

/** A second (third...) focus country's town is kept when it is an admin seat or at least this big. */
export const SECONDARY_MIN_POPULATION = 20_000;
/** A secondary focus country's alternate names are read when it is an admin seat or at least this big. */
export const SECONDARY_ALTERNATES_MIN_POPULATION = 100_000;
/** In the first focus country a hamlet below this size is read by its own name only. */
export const PRIMARY_ALTERNATES_MIN_POPULATION = 10_000;
/** Elsewhere a capital is kept from this size (tiny capitals have English-word names: "Male"). */
export const WORLD_CAPITAL_MIN_POPULATION = 200_000;
/** Elsewhere any city is kept from this size. */
export const WORLD_CITY_MIN_POPULATION = 1_000_000;
/** A country's largest place or largest first-level seat is known world-wide from this many people. */
export const WORLD_LEADING_MIN_POPULATION = 300_000;

/** The tier of every country outside the focus. */
export const WORLD_TIER = 99;

/**
 * How a country's places rank on ties: 0 for the first focus country, then the others, then the world.
 * @example countryTier('SY', ['SY', 'TR']) // 0
 */
export function countryTier(country: string, focus: Focus): number {
  const i = focus.indexOf(country);
  return i >= 0 ? i : WORLD_TIER;
}

/**
 * Whether a GeoNames populated place belongs in a gazetteer of this focus.
 * @example keepsCity('TR', 'PPLA2', 5000, ['SY', 'TR']) // false
 */
export function keepsCity(country: string, featureCode: string, population: number, focus: Focus, leading = false): boolean {
  const tier = countryTier(country, focus);
  if (tier === 0) return true;
  if (tier < focus.length) return featureCode === 'PPLC' || featureCode === 'PPLA' || population >= SECONDARY_MIN_POPULATION;
  return isWorldCity(featureCode, population, leading);
}

/**
 * A place every gazetteer holds, whatever the focus: a capital, a very large city, or a large
 * city that leads its country (its largest place or largest first-level seat: a country whose
 * capital is disputed or small is still found by its main city).
 * @example isWorldCity('PPLC', 2_000_000) // true
 * @example isWorldCity('PPLA', 410_000, true) // true
 */
export function isWorldCity(featureCode: string, population: number, leading = false): boolean {
  return (
    (featureCode === 'PPLC' && population >= WORLD_CAPITAL_MIN_POPULATION) ||
    population >= WORLD_CITY_MIN_POPULATION ||
    (leading && population >= WORLD_LEADING_MIN_POPULATION)
  );
}

/**
 * Whether a place is read by its alternate spellings: the first focus country's towns by
 * every spelling, its hamlets by their own names only (an alternate spelling of a hamlet is
 * likelier another word); other focus countries' seats and big towns; elsewhere capitals.
 * @example readsAlternates('UA', 'PPLA2', 3000, ['UA']) // true
 */
export function readsAlternates(country: string, featureCode: string, population: number, focus: Focus): boolean {
  const seat = featureCode === 'PPLC' || featureCode === 'PPLA';
  const tier = countryTier(country, focus);
  if (tier === 0) return seat || featureCode === 'PPLA2' || population >= PRIMARY_ALTERNATES_MIN_POPULATION;
  if (tier < focus.length) return seat || population >= SECONDARY_ALTERNATES_MIN_POPULATION;
  return featureCode === 'PPLC';
}

/** How deep a focus country is read: in full as the first, down to towns as another. */
export type Depth = 'primary' | 'secondary';

/** Stands first in a focus so that the next country is read as a secondary one; no country has this code. */
const NO_COUNTRY = '-';

/**
 * A focus that reads one country at a depth (and the world as always): what that country's part is built from.
 * @example focusReading('TR', 'secondary') // ['-', 'TR']
 */
export function focusReading(country: string, depth: Depth): Focus {
  return depth === 'primary' ? [country] : [NO_COUNTRY, country];
}
