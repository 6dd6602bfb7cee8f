/**
 * People who know, in the plural, as a claimant: "medical sources",
 * "Freedonian officials", "local authorities", "medics and witnesses". Only
 * when the text says which ones; a bare "officials" names no one.
 */
import { isNationalAdjective, tidy } from './names.ts';

/** People who know, in the plural: they name a claimant when the text says which ones. */
const SOURCE_WORDS = new Set(['sources', 'officials', 'authorities', 'medics', 'doctors', 'paramedics', 'witnesses', 'rescuers', 'media']);
const SOURCE_PLURAL = `(?:${[...SOURCE_WORDS].join('|')})`;
const QUALIFIED_SOURCES = new RegExp(
  `((?:(?:[\\p{Lu}][\\p{L}’'-]*|[\\p{Ll}-]+(?:al|ary|ic|ian|ese|ish|ed|based|run|led|held|backed|level)|local|state|health|hospital|security|military|police|government|city|town|regional|provincial|rebel|opposition)\\s+){0,3})(${SOURCE_PLURAL})(\\s+and\\s+(${SOURCE_PLURAL}))?$`,
  'u',
);
const MAX_SOURCES_PHRASE = 80;
/** Words that say how many or which, not what kind ("several sources", "other officials"). */
const NOT_QUALIFIERS = /^(?:several|other|some|many|unnamed|anonymous|informed|two|three|both|all|these|those|such|said|reported|cited)\b/i;

/**
 * "medical sources", "Ukrainian officials", "local authorities", "medics and witnesses": people
 * who know, told apart by what they are; the text names them so, and so does the claimant.
 * A bare "officials" or "sources" (or "some officials") tells nothing of who they are.
 * @example sourcesNamed('Medical sources')?.name // 'Medical sources'
 */
export function sourcesNamed(text: string): { readonly start: number; readonly end: number; readonly name: string } | null {
  // Such a phrase is a few words; a long one is a clause (and the pattern is kept off long text).
  if (text.length > MAX_SOURCES_PHRASE || !SOURCE_WORDS.has(text.slice(text.lastIndexOf(' ') + 1).toLowerCase())) return null;
  // The first word may open the sentence: "Medics and witnesses said" (but "Saudi state media" keeps its capital).
  const m = wholeSources(text) ?? wholeSources(text.charAt(0).toLowerCase() + text.slice(1));
  if (!m) return null;
  const qualifier = (m[1] ?? '').trim();
  const coordinated = !!m[3];
  if (!qualifier && !coordinated) return null;
  if (qualifier && NOT_QUALIFIERS.test(qualifier)) return null;
  // "local sources" says where they are, not who they are.
  if (!coordinated && /^local$/i.test(qualifier) && /^sources$/i.test(m[2] ?? '')) return null;
  const start = m.index;
  return { start, end: start + m[0].length, name: tidy(text.slice(start, start + m[0].length)) };
}

/** One of them, told apart the same way: "a Taliban official", "a senior Hamas official", "a medical source". */
const ONE_SOURCE = /^(an?\s+(?:(?:senior|top|high-ranking|unnamed|anonymous)\s+)?)(.+?)\s+(official|source)$/i;

/** Whether a phrase is one such person ("a medical source"): where they are may say more of who they are. */
export function isOneSource(text: string): boolean {
  return ONE_SOURCE.test(text);
}

/**
 * One person who knows, told apart by what they are: named as their kind in the plural, so that
 * "a Taliban official" and "Taliban officials" are one claimant.
 * @example oneSourceNamed('a senior Taliban official')?.name // 'Taliban officials'
 */
export function oneSourceNamed(text: string): { readonly start: number; readonly end: number; readonly name: string } | null {
  if (text.length > MAX_SOURCES_PHRASE) return null;
  const m = ONE_SOURCE.exec(text);
  if (!m) return null;
  const found = sourcesNamed(`${m[2]} ${m[3]}s`);
  if (found?.start !== 0) return null;
  const start = (m[1] ?? '').length;
  return { start, end: text.length, name: found.name };
}

/** The sources phrase when it is the whole text, after an article at most. */
function wholeSources(text: string): RegExpExecArray | null {
  const m = QUALIFIED_SOURCES.exec(text);
  return m && (m.index === 0 || /^(?:the|its|their)\s+$/i.test(text.slice(0, m.index))) ? m : null;
}

/** A people's adjective or a sponsor's ("Kurdish", "Syrian", "US-backed"). */
const PEOPLE_ADJECTIVE = /(?:ish|ian|ean|ese)$|-(?:backed|led|aligned|allied|linked|supported)$/i;
/** A party to a war named by what it is, in the plural: "the rebels", "Houthi rebels", "the militants". */
const PARTY = /^(?:the\s+)?((?:\p{Lu}[\p{L}'’-]*\s+){0,2})(rebels|militants|insurgents|separatists|jihadists|guerrillas)$/u;

/**
 * A party speaking as one ("the rebels said", "Houthi rebels said"): in a report of one war, the rebels
 * are one side of it, named as the text names them.
 * @example partyNamed('the Houthi rebels')?.name // 'Houthi rebels'
 */
export function partyNamed(text: string): { readonly start: number; readonly end: number; readonly name: string } | null {
  if (text.length > MAX_SOURCES_PHRASE) return null;
  const m = PARTY.exec(text);
  // "US-backed Kurdish militants": a people's fighters, or someone's, are no party named.
  if (!m || (m[1] ?? '').split(/\s+/).some((w) => w !== '' && (PEOPLE_ADJECTIVE.test(w) || isNationalAdjective(w)))) return null;
  const start = text.length - (m[1] ?? '').length - (m[2] ?? '').length;
  return { start, end: text.length, name: tidy(`${m[1] ?? ''}${m[2] ?? ''}`) };
}
