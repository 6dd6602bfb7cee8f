/**
 * The places "the country's" and "the territory's" stand for in an article: its main place's
 * country and the first-level area the main place lies in (or is).
 */
import type { Owners } from '../claimants/country-bodies.ts';
import type { Lexicons } from '../lexicons.ts';
import type { ArticlePlaces } from './extract.ts';

/**
 * The names of the article's country and of its main place's first-level area.
 * @example ownersOf(placesOf('Strikes hit Rafah in the Gaza Strip.'), lexicons) // { country: 'Palestine', area: 'Gaza Strip' }
 */
export function ownersOf(places: ArticlePlaces, lexicons: Lexicons): Owners {
  const first = places.ranking[0];
  const main = [...places.title, ...places.body].find((m) => m.place.id === first)?.place ?? places.titleOnly.find((p) => p.id === first) ?? null;
  const code = main?.country ?? places.focus[0] ?? null;
  const world = lexicons.places([]);
  const entry = code ? world.seats().countries.get(code) : undefined;
  const country = entry ? world.placeOf(entry).name : null;
  const area = !main || main.kind === 'country' ? null : main.kind === 'governorate' ? main.name : main.admin1;
  return { country, area };
}
