/**
 * Places: which places an article names (extractPlaces) and which are most
 * central to it (rankPlaces). The gazetteer is in src/gazetteer; the user's
 * aliases and not-places come from content/places.yml through the registries.
 */
export { extractPlaces, readArticlePlaces, type ArticlePlaces } from './extract.ts';
export { rankPlaces } from './rank.ts';
export { countryWords } from './country-words.ts';
export { ownersOf } from './owners.ts';
