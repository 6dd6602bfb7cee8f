/**
 * Each country's capital and each first-level area's seat in a gazetteer (GeoNames' PPLC and
 * PPLA): the city a text names as "the Syrian capital" or "the capital of Tigray".
 */
import type { Gazetteer, GazetteerEntry } from './types.ts';

/** A gazetteer's countries, their capitals and their first-level seats (see seatTables). */
export interface Seats {
  /** Country code -> the country's own entry. */
  readonly countries: ReadonlyMap<string, GazetteerEntry>;
  /** Country code -> its capital. */
  readonly capitals: ReadonlyMap<string, GazetteerEntry>;
  /** GeoNames admin1 code -> the seat of that first-level area. */
  readonly seats: ReadonlyMap<string, GazetteerEntry>;
}

/**
 * Each country, its capital and each first-level area's seat in a gazetteer.
 * @example seatTables(gazetteer).capitals.get('SY')?.place.name // 'Damascus'
 */
export function seatTables(gazetteer: Gazetteer): Seats {
  const countries = new Map<string, GazetteerEntry>();
  const capitals = new Map<string, GazetteerEntry>();
  const seats = new Map<string, GazetteerEntry>();
  const better = (a: GazetteerEntry, b: GazetteerEntry | undefined): boolean =>
    !b || a.featureRank < b.featureRank || (a.featureRank === b.featureRank && a.population > b.population);
  for (const entry of gazetteer.byId.values()) {
    const country = entry.place.country;
    if (entry.place.kind === 'country' && country !== null && !countries.has(country)) countries.set(country, entry);
    if (entry.place.kind !== 'city' || entry.featureRank > 1 || country === null) continue;
    if (entry.featureRank === 0 && better(entry, capitals.get(country))) capitals.set(country, entry);
    if (entry.admin1Code !== null && better(entry, seats.get(entry.admin1Code))) seats.set(entry.admin1Code, entry);
  }
  return { countries, capitals, seats };
}
