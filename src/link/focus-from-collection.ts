/**
 * Places in the articles that name no town: read again in the collection's country.
 * Each article finds the countries it is about from its own text (country names,
 * demonyms, well-known towns). A short report ("Shelling hit X on Monday") names none,
 * so its towns are not read, though every other report in the folder is about the same
 * country; a report that names its people more than its place ("Palestinian" twice,
 * "Israeli" thrice) may find only a country. Once every article's facts are known, the
 * country most of them are about becomes the focus of the articles that found no place
 * below a country, and those are read again with it: kept when that finds a town, an area
 * or a site of that country. A content/dateline.yml that pins the focus makes this unneeded.
 */
import { compileLexicons, type Lexicons } from '../extract/lexicons.ts';
import { extractArticle } from '../extract/pipeline.ts';
import type { ArticleFacts } from '../model/types.ts';
import { isCopy } from './copies.ts';

/** The share of the articles with a place that must be about one country for it to lead the rest. */
const LEADING_SHARE = 0.4;
/** ... and at least this many of them. */
const LEADING_ARTICLES = 2;

/**
 * The facts again, with each English article that found no place read again in the
 * collection's leading country; the rest as they were.
 * `read` reads an article again (a cache may stand in front of the extractor).
 * @example focusFromCollection(facts, compileLexicons(registries))[3]?.placeRanking // ['kostiantynivka-ua']
 */
export function focusFromCollection(facts: readonly ArticleFacts[], lexicons: Lexicons, read: typeof extractArticle = extractArticle): ArticleFacts[] {
  const { registries } = lexicons;
  if (registries.focus?.length) return [...facts];
  const townless = (f: ArticleFacts): boolean =>
    f.article.language === 'eng' &&
    f.article.body !== '' &&
    f.places.every((m) => m.place.kind === 'country') &&
    (f.titlePlaces ?? []).every((p) => p.kind === 'country') &&
    !isCopy(f);
  if (!facts.some(townless)) return [...facts];
  const country = leadingCountry(facts);
  if (country === null) return [...facts];
  // The same compiled lexicons, with the focus pinned.
  const pinned = compileLexicons({ ...registries, focus: [country] }, lexicons);
  return facts.map((f) => (townless(f) ? readAgain(f, pinned, country, read) : f));
}

/**
 * The country of most articles' first place, when enough of them agree; else null.
 * @example leadingCountry(facts) // 'UA'
 */
export function leadingCountry(facts: readonly ArticleFacts[]): string | null {
  const counts = new Map<string, number>();
  let placed = 0;
  for (const f of facts) {
    const top = f.placeRanking[0];
    if (top === undefined) continue;
    placed++;
    const country = f.places.find((m) => m.place.id === top)?.place.country ?? f.titlePlaces?.find((p) => p.id === top)?.country ?? null;
    if (country) counts.set(country, (counts.get(country) ?? 0) + 1);
  }
  const [best] = [...counts].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]));
  if (!best || best[1] < LEADING_ARTICLES || best[1] < placed * LEADING_SHARE) return null;
  return best[0];
}

/** The article's facts read again with the collection's country, when that finds one of its towns, areas or sites. */
function readAgain(f: ArticleFacts, pinned: Lexicons, country: string, read: typeof extractArticle): ArticleFacts {
  const again = read(f.article, pinned);
  const inCountry = (p: { readonly kind: string; readonly country: string | null }): boolean => p.kind !== 'country' && p.country === country;
  // Nothing more found: keep the first reading (the same facts, and no work for what follows).
  return again.places.some((m) => inCountry(m.place)) || (again.titlePlaces ?? []).some(inCountry) ? { ...again, collectionFocus: [country] } : f;
}
