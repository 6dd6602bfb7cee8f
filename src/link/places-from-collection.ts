/**
 * Places the gazetteer lacks, named bare in one report and located in another. A village
 * is found only where the text ties it to a place the gazetteer knows ("the town of Mai
 * Tsebri", "Khuafo, a village in Chin State"); a report of the same strike that writes
 * only "the strike at Mai Tsebri" leaves its figures at the region, and shares no placed
 * figure with the others. Once every article's facts are known, an article that names,
 * where places stand, a place another article of the collection locates in a country it
 * is about, is read again with that place: kept when the reading finds it. So is one that
 * locates the same village under another spelling ("Wad al-Noora", "Wad al-Nourah"): at the
 * finest place the collection gives any spelling of it.
 */
import type { Lexicons } from '../extract/lexicons.ts';
import { extractArticle } from '../extract/pipeline.ts';
import type { ArticleFacts, LocatedName } from '../model/types.ts';
import { finerOf } from '../extract/places/extract.ts';
import { isCopy } from './copies.ts';
import { readAsBefore } from './read-as-before.ts';

/**
 * The facts again, with each article that names a place located elsewhere in the collection
 * read again with it; the rest as they were. `read` reads an article again (a cache may stand
 * in front of the extractor).
 * @example placesFromCollection(facts, lexicons)[1]?.places.map((m) => m.place.name) // ['Mai Tsebri', 'Tigray']
 */
export function placesFromCollection(facts: readonly ArticleFacts[], lexicons: Lexicons, read: typeof extractArticle = extractArticle): ArticleFacts[] {
  const known = locatedByKey(facts);
  if (known.size === 0) return [...facts];
  const bySpelling = finestBySpelling(known);
  return facts.map((f) => {
    if (f.article.language !== 'eng' || isCopy(f)) return f;
    const countries = countriesOf(f);
    const wanted = (f.unplaced ?? [])
      .map((key) => finest(known.get(key), bySpelling))
      .filter((p): p is LocatedName => p !== undefined && countries.has(p.place.country ?? ''));
    // Its own places the collection locates more finely ("in eastern Ukraine" beside "in Kharkiv Oblast").
    for (const own of f.located ?? []) {
      const other = known.get(own.key);
      if (other && other.place.id !== own.place.id && finerOf(own, other) === other) {
        wanted.push(other);
        continue;
      }
      // The same village spelt another way ("Wad al-Noora", "Wad al-Noura", "Wad al-Nourah"): one place, the finest the collection gives.
      const variant = finest(own, bySpelling);
      if (variant && variant.place.id !== own.place.id) wanted.push(variant);
    }
    return wanted.length ? readAgain(f, lexicons, read, wanted) : f;
  });
}

/**
 * For each settlement the collection locates, the place most of its articles put it at (the
 * first article's of equals), by the name's key. Sites stay in their article: "Atmeh" bare is
 * the town, though another article locates "the Atmeh refugee camp" near it.
 */
function locatedByKey(facts: readonly ArticleFacts[]): Map<string, LocatedName> {
  const tally = new Map<string, Map<string, { readonly name: LocatedName; count: number }>>();
  for (const f of facts) {
    for (const name of f.located ?? []) {
      if (name.place.kind !== 'city') continue;
      const byPlace = tally.get(name.key) ?? new Map<string, { readonly name: LocatedName; count: number }>();
      if (byPlace.size === 0) tally.set(name.key, byPlace);
      const seen = byPlace.get(name.place.id);
      if (seen) seen.count++;
      else byPlace.set(name.place.id, { name, count: 1 });
    }
  }
  const out = new Map<string, LocatedName>();
  for (const [key, byPlace] of tally) {
    let best: { readonly name: LocatedName; count: number } | null = null;
    for (const entry of byPlace.values()) if (!best || entry.count > best.count) best = entry;
    if (best) out.set(key, best.name);
  }
  return out;
}

/**
 * A located name's key with the letters transliterations vary on made one: "ou", "oo" and "u"; "ee" and "i";
 * doubled letters; an "h" after a final vowel. "wadalnoora", "wadalnoura" and "wadalnourah" are one.
 * @example spellingKey('wadalnourah') === spellingKey('wadalnoora') // true
 */
export function spellingKey(key: string): string {
  return key
    .replace(/ou|oo/g, 'u')
    .replace(/ee/g, 'i')
    .replace(/(.)\1+/g, '$1')
    .replace(/([aeiou])h$/, '$1');
}

/** A located name at the finest place the collection gives any spelling of it, in the same country and area. */
function finest(name: LocatedName | undefined, bySpelling: ReadonlyMap<string, LocatedName>): LocatedName | undefined {
  const variant = name && bySpelling.get(spellingKey(name.key));
  if (!name || !variant || variant.place.country !== name.place.country) return name;
  return name.place.admin1 === null || name.place.admin1 === variant.place.admin1 ? { ...name, place: variant.place } : name;
}

/** For each spelling key, the finest of the places the collection locates under a key of it (the first of equals). */
function finestBySpelling(known: ReadonlyMap<string, LocatedName>): Map<string, LocatedName> {
  const out = new Map<string, LocatedName>();
  for (const name of known.values()) {
    const key = spellingKey(name.key);
    const had = out.get(key);
    if (!had || finerOf(had, name) === name) out.set(key, name);
  }
  return out;
}

/** The countries an article names places of: a bare name is read as a place of one of them only. */
function countriesOf(f: ArticleFacts): Set<string> {
  const out = new Set<string>();
  for (const m of f.places) if (m.place.country) out.add(m.place.country);
  for (const p of f.titlePlaces ?? []) if (p.country) out.add(p.country);
  return out;
}

/**
 * The article's facts read again with the places located elsewhere, when that finds one of
 * them. Facts are never changed once made, so a rebuild that asks for the same places for the
 * same facts (the dev server) takes the facts it read the last time.
 */
const readAgainBefore = new WeakMap<ArticleFacts, { readonly key: string; readonly facts: ArticleFacts }>();

function readAgain(f: ArticleFacts, lexicons: Lexicons, read: typeof extractArticle, wanted: readonly LocatedName[]): ArticleFacts {
  const key = wanted.map((p) => `${p.key}|${p.place.id}`).join('\n');
  const before = readAgainBefore.get(f);
  if (before?.key === key) return before.facts;
  const again = readAsBefore(f, lexicons, read, { localPlaces: wanted });
  const ids = new Set(wanted.map((p) => p.place.id));
  const facts = again.places.some((m) => ids.has(m.place.id)) ? again : f;
  readAgainBefore.set(f, { key, facts });
  return facts;
}
