/**
 * Speakers named through what they own: an outlet's own count ("AFP
 * journalists saw 30 bodies", "an Associated Press investigation found"),
 * and a body's document ("the ministry's statement said", "a defence
 * ministry statement said"). Only an outlet's own reporters or inquiry make
 * the outlet a claimant; an outlet that relays someone is never one.
 */
import type { Claimant, SourceEntry } from '../../model/types.ts';

/** Starts with a capital (built once, not per phrase). */
const STARTS_CAPITALISED = /^\p{Lu}/u;

/** "<outlet> journalists on the scene", "an <outlet> photographer at the scene", "<outlet>'s investigation". */
const OWN_COUNT =
  /^(?:(?:an?|the)\s+)?(.{2,60}?)(?:['’]s)?\s+(journalists?|reporters?|correspondents?|photographers?|investigation|inquiry|tally|count|analysis|team|crew|staff)(?:\s+(?:on|at|in|who)\b.*)?$/i;
/** "the ministry's statement", "a defence ministry statement", "the army's communique": the document's owner speaks. */
const DOCUMENT = /^(?:(?:an?|the|its|their)\s+)?(.{2,60}?)(?:['’]s)?\s+(?:statement|communiqu[eé]|press\s+release|report|bulletin|update|figures|data|tally)$/i;
const MAX_PHRASE = 100;

/**
 * The outlet whose own reporters or inquiry a phrase names, or null.
 * @example outletOwnCount('Wire One journalists on the scene', sources)?.name // 'Wire One'
 */
export function outletOwnCount(phrase: string, outlets: readonly SourceEntry[]): Claimant | null {
  if (phrase.length > MAX_PHRASE) return null;
  const m = OWN_COUNT.exec(phrase.trim());
  const owner = m?.[1]?.trim().toLowerCase();
  if (!owner) return null;
  const entry = outlets.find((o) => o.name.toLowerCase() === owner || o.aliases.some((a) => a.toLowerCase() === owner));
  // The role says the count is the outlet's own (its journalists'), which the link stage keeps.
  return entry ? { id: entry.id, name: entry.name, role: (m?.[2] ?? '').toLowerCase() } : null;
}

/**
 * The owner of a document that speaks ("the ministry's statement said" -> "the ministry"), or null.
 * @example documentOwner("the ministry's statement") // { start: 0, text: 'the ministry' }
 */
export function documentOwner(phrase: string): { readonly start: number; readonly text: string } | null {
  if (phrase.length > MAX_PHRASE) return null;
  const m = DOCUMENT.exec(phrase);
  const owner = m?.[1];
  if (!m || !owner) return null;
  // "defence ministry" reads as the description "the defence ministry"; a name stays as it is.
  return { start: phrase.indexOf(owner), text: STARTS_CAPITALISED.test(owner) ? owner : `the ${owner}` };
}
