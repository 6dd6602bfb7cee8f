/**
 * An office named alone and the person the article names holding it: "the regional governor
 * said" and, a sentence on, "governor Oleh Syniehubov said" are one speaker. A reader takes the
 * office for its holder when the article names one person holding it, and only then.
 */
import type { Attribution, Claimant } from '../../model/types.ts';

/** Offices one person holds, as their last word. */
const OFFICES: ReadonlySet<string> = new Set([
  'governor',
  'mayor',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'prosecutor',
  'ombudsman',
  'ombudsperson',
  'president',
  'premier',
  'envoy',
  'ambassador',
]);
/** Words that may stand before the office in its name alone: "the regional governor", "the town's mayor". */
const OFFICE_ONLY =
  /^(?:the\s+)?(?:(?:regional|local|provincial|district|city|state|town|county|oblast|area|region's|town's|city's|province's)\s+)?(\p{L}+)$/iu;

/** The office a claimant named by it alone holds ("Regional governor" -> "governor"), or null. */
function officeAlone(c: Claimant): string | null {
  if (c.role) return null;
  const office = OFFICE_ONLY.exec(c.name.trim())?.[1]?.toLowerCase();
  return office !== undefined && OFFICES.has(office) ? office : null;
}

/** The office in a person's role, as its last word ("Kharkiv Mayor" -> "mayor"), or null. */
function officeHeld(c: Claimant): string | null {
  const last = c.role?.trim().split(/\s+/).pop()?.toLowerCase();
  return last !== undefined && OFFICES.has(last) ? last : null;
}

/**
 * The attributions with each office named alone given to the one person the article names
 * holding it; an office two people hold in the article, or none, stays as it is.
 * @example withOfficeHolders([regionalGovernorSaid, governorPetrovSaid])[0].claimant.name // 'Ivan Petrov'
 */
export function withOfficeHolders(attributions: readonly Attribution[]): Attribution[] {
  const holders = new Map<string, Claimant | null>();
  for (const a of attributions) {
    const office = officeHeld(a.claimant);
    if (office === null) continue;
    const known = holders.get(office);
    holders.set(office, known === undefined || known?.id === a.claimant.id ? a.claimant : null);
  }
  if (holders.size === 0) return [...attributions];
  return attributions.map((a) => {
    const office = officeAlone(a.claimant);
    const holder = office === null ? null : holders.get(office);
    return holder ? { ...a, claimant: holder } : a;
  });
}
