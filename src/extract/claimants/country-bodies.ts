/**
 * Bodies that work in one country, named by words any country uses. In an article about
 * Syria "the Civil Defence" is the White Helmets; in one about Gaza or Ukraine it is that
 * place's own civil defence, and "Abdel Rahman" is anyone of that name. A registry entry
 * with a `country` therefore holds by its plain aliases only in articles about that
 * country (its focus); elsewhere the speaker keeps the name the text gives it, unless the
 * words themselves name the country ("Syrian Civil Defence").
 */
import { foldKey } from '../../gazetteer/index.ts';
import type { Attribution, Claimant, ClaimantEntry } from '../../model/types.ts';
import { claimantSlug, tidy } from './names.ts';

/** Tells the country a word names, by its name or its people's ("syria", "syrian"), or null. */
export type CountryOfWord = (key: string) => string | null;

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * The attributions, with each registry body of a country the article is not about given
 * back its name as written. With no focus (the article names no country) the registry holds.
 * @example asWrittenAbroad(attributions, ['PS'], claimants, countryOf)[0]?.claimant.name // 'Civil defence'
 */
export function asWrittenAbroad(
  attributions: readonly Attribution[],
  focus: readonly string[],
  entries: readonly ClaimantEntry[],
  countryOf: CountryOfWord,
): readonly Attribution[] {
  if (focus.length === 0) return attributions;
  const countryOfEntry = new Map<string, string>();
  for (const e of entries) if (e.country && !focus.includes(e.country)) countryOfEntry.set(e.id, e.country);
  if (countryOfEntry.size === 0) return attributions;
  // One name per body in the article: the first time the text names it ("he", "it" follow it).
  const renamed = new Map<string, Claimant | null>();
  return attributions.map((a) => {
    const country = countryOfEntry.get(a.claimant.id);
    if (!country) return a;
    if (!renamed.has(a.claimant.id) && !a.carried) renamed.set(a.claimant.id, namesCountry(a.text, country, countryOf) ? null : ownName(a.text));
    const own = renamed.get(a.claimant.id);
    return own ? { ...a, claimant: own } : a;
  });
}

function namesCountry(text: string, country: string, countryOf: CountryOfWord): boolean {
  for (const [word] of text.matchAll(WORD)) if (countryOf(foldKey(word)) === country) return true;
  return false;
}

function ownName(text: string): Claimant | null {
  const name = tidy(text);
  const id = claimantSlug(name);
  return id === '' ? null : { id, name };
}
