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

/** "The territory's health ministry", "the country's interior ministry": a body owned by the place the article is about. */
const OWNED_BY_PLACE = /^(?:the\s+)?(country|nation|kingdom|republic|territory|enclave|strip|region|province)['’]s\s+(.+)$/i;
/** Owners that are the country itself; the others are the area the article's place lies in. */
const COUNTRY_OWNERS: ReadonlySet<string> = new Set(['country', 'nation', 'kingdom', 'republic']);

/** The places a body may be owned by: the article's country, and the first-level area its main place lies in. */
export interface Owners {
  readonly country: string | null;
  readonly area: string | null;
}

/**
 * The attributions, with a body named by its owner's generic noun ("the territory's health
 * ministry") named by that owner instead: "Gaza Strip's health ministry". Named so, the bodies
 * of two countries' articles ("the country's health ministry") are no longer one claimant.
 * @example byOwnerName(attributions, () => ({ country: 'Syria', area: 'Idlib' }))[0]?.claimant.name // "Syria's interior ministry"
 */
export function byOwnerName(attributions: readonly Attribution[], ownersOf: () => Owners): readonly Attribution[] {
  if (!attributions.some((a) => OWNED_BY_PLACE.test(a.claimant.name))) return attributions;
  const owners = ownersOf();
  const renamed = new Map<string, Claimant | null>();
  return attributions.map((a) => {
    let own = renamed.get(a.claimant.id);
    if (own === undefined) {
      const m = OWNED_BY_PLACE.exec(a.claimant.name);
      const noun = m?.[1]?.toLowerCase() ?? '';
      const owner = m ? (COUNTRY_OWNERS.has(noun) ? owners.country : (owners.area ?? owners.country)) : null;
      own = m && owner ? ownName(`${owner}'s ${m[2]}`) : null;
      renamed.set(a.claimant.id, own);
    }
    return own ? { ...a, claimant: own } : a;
  });
}
