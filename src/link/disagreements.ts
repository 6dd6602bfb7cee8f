import type { ClaimRecord } from '../model/schema.ts';
import { subjectOf } from '../model/subject.ts';

export interface Version {
  readonly value: number;
  readonly qualifier: ClaimRecord['qualifier'];
  readonly claims: string[];
  readonly sources: string[];
  readonly claimants: string[];
}

export interface Disagreement {
  readonly event: string;
  readonly subject: string;
  readonly category: ClaimRecord['category'];
  readonly what: string;
  readonly low: number;
  readonly high: number;
  readonly versions: Version[];
}

/** Figures further apart than this count different scopes ("since midnight" against "since the operation began"), not one thing. */
const MAX_RATIO = 5;

/**
 * Where figures for the same thing in the same event differ, lays the versions
 * side by side ("13 – 46 reported killed"). Figures that one group already
 * explains (an outlet's rounding) are one version.
 * @example findDisagreements(claims)[0]?.versions.map((v) => v.value) // [120, 300]
 */
export function findDisagreements(claims: readonly ClaimRecord[]): Disagreement[] {
  const bySubject = new Map<string, ClaimRecord[]>();
  for (const c of claims) {
    if (c.event === null || c.value === null) continue;
    const key = `${c.event}|${subjectOf(c.category, c.what)}`;
    const list = bySubject.get(key);
    if (list) list.push(c);
    else bySubject.set(key, [c]);
  }
  const articleOf = new Map(claims.map((c) => [c.id, c.article]));
  // Two figures disagree only across reports: one article listing "37 armored vehicles ... 98
  // pickup trucks" counts different things, it does not contradict itself.
  const acrossArticles = (chain: readonly Version[]): boolean =>
    chain.some((a, i) =>
      chain.slice(i + 1).some((b) => a.value !== b.value && !a.claims.some((x) => b.claims.some((y) => articleOf.get(x) === articleOf.get(y)))),
    );
  const out: Disagreement[] = [];
  for (const [key, list] of bySubject) {
    const versions = new Map<string, Version>();
    for (const c of list) {
      const id = c.group ?? `value:${c.value}`;
      const v = versions.get(id) ?? { value: c.value!, qualifier: c.qualifier, claims: [], sources: [], claimants: [] };
      v.claims.push(c.id);
      if (c.source && !v.sources.includes(c.source)) v.sources.push(c.source);
      if (c.claimant && !v.claimants.includes(c.claimant)) v.claimants.push(c.claimant);
      versions.set(id, c.value! > v.value ? { ...v, value: c.value!, qualifier: c.qualifier } : v);
    }
    const [event, subject] = key.split('|') as [string, string];
    for (const chain of chains([...versions.values()].sort((a, b) => a.value - b.value))) {
      if (!acrossArticles(chain)) continue;
      out.push({
        event,
        subject,
        category: list[0]!.category,
        what: list[0]!.what,
        low: chain[0]!.value,
        high: chain[chain.length - 1]!.value,
        versions: chain,
      });
    }
  }
  return out.sort((a, b) => a.event.localeCompare(b.event) || a.subject.localeCompare(b.subject));
}

/** Splits sorted versions where one is more than MAX_RATIO times the one before it. */
function chains(sorted: readonly Version[]): Version[][] {
  const out: Version[][] = [];
  for (const v of sorted) {
    const last = out[out.length - 1];
    const prev = last?.[last.length - 1];
    if (last && prev && v.value <= Math.max(prev.value, 1) * MAX_RATIO) last.push(v);
    else out.push([v]);
  }
  return out;
}
