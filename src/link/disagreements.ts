import type { ClaimRecord } from '../model/schema.ts';
import { subjectOf } from '../model/subject.ts';
import { KeptByBuild, sameObjects } from './kept-by-build.ts';

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

/**
 * localeCompare's order (the spec defines localeCompare as this collator's compare), with the
 * collator made once: thousands of disagreements are sorted, and localeCompare sets one up per call.
 */
const compareText = new Intl.Collator().compare;

/** Figures further apart than this count different scopes ("since midnight" against "since the operation began"), not one thing. */
const MAX_RATIO = 5;

/**
 * Where figures for the same thing in the same event differ, lays the versions
 * side by side ("13 – 46 reported killed"). Figures that one group already
 * explains (an outlet's rounding) are one version.
 * @example findDisagreements(claims)[0]?.versions.map((v) => v.value) // [120, 300]
 */
export function findDisagreements(claims: readonly ClaimRecord[], kept: KeptDisagreements | null = null): Disagreement[] {
  const bySubject = new Map<string, ClaimRecord[]>();
  for (const c of claims) {
    if (c.event === null || c.value === null) continue;
    const key = subjectKeyOf(c);
    const list = bySubject.get(key);
    if (list) list.push(c);
    else bySubject.set(key, [c]);
  }
  const out: Disagreement[] = [];
  for (const [key, list] of bySubject) {
    const found = kept ? kept.of(key, list, () => disagreementsOf(key, list)) : disagreementsOf(key, list);
    for (const d of found) out.push(d);
  }
  kept?.endBuild();
  return out.sort((a, b) => compareText(a.event, b.event) || compareText(a.subject, b.subject));
}

/**
 * Each claim record's event and subject (`event|subject`), made once per record: records are
 * never changed once made, and a rebuild gives most of them back (see RecordReuse).
 */
const subjectKeys = new WeakMap<ClaimRecord, string>();

function subjectKeyOf(c: ClaimRecord): string {
  let key = subjectKeys.get(c);
  if (key === undefined) {
    key = `${c.event}|${subjectOf(c.category, c.what)}`;
    subjectKeys.set(c, key);
  }
  return key;
}

/** The disagreements among the claims of one event about one subject (`key`: event|subject). */
function disagreementsOf(key: string, list: readonly ClaimRecord[]): Disagreement[] {
  const out: Disagreement[] = [];
  const versions = new Map<string, Version>();
  /** The articles of each version's claims, by the version's group (or value). */
  const articles = new Map<string, Set<string>>();
  for (const c of list) {
    const id = c.group ?? `value:${c.value}`;
    const v = versions.get(id) ?? { value: c.value!, qualifier: c.qualifier, claims: [], sources: [], claimants: [] };
    v.claims.push(c.id);
    if (c.source && !v.sources.includes(c.source)) v.sources.push(c.source);
    if (c.claimant && !v.claimants.includes(c.claimant)) v.claimants.push(c.claimant);
    versions.set(id, c.value! > v.value ? { ...v, value: c.value!, qualifier: c.qualifier } : v);
    const of = articles.get(id);
    if (of) of.add(c.article);
    else articles.set(id, new Set([c.article]));
  }
  const articlesOf = new Map([...versions].map(([id, v]) => [v, articles.get(id)!] as const));
  const [event, subject] = key.split('|') as [string, string];
  for (const chain of chains([...versions.values()].sort((a, b) => a.value - b.value))) {
    if (!acrossArticles(chain, articlesOf)) continue;
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
  return out;
}

/**
 * The disagreements of each event and subject an earlier build found, with the claim records
 * they were found among: a long-running process (the dev server) keeps them, and a rebuild
 * gives them back where the very same records (records are never changed once made) stand
 * under the same event and subject, in the same order. The result is the same as finding them
 * again, which it depends on nothing else for.
 */
export class KeptDisagreements {
  readonly #kept = new KeptByBuild<string, { readonly claims: readonly ClaimRecord[]; readonly found: Disagreement[] }>();

  /**
   * The disagreements kept for these records under this key, else the ones `find` finds (and keeps).
   * @example kept.of('e1|killed:people', claims, () => []) // the same list as the last build's, when its claims are the same
   */
  of(key: string, claims: readonly ClaimRecord[], find: () => Disagreement[]): Disagreement[] {
    const before = this.#kept.last(key);
    const found = before && sameObjects(before.claims, claims) ? before.found : find();
    this.#kept.keep(key, { claims, found });
    return found;
  }

  /** Forgets the keys this build did not ask for. */
  endBuild(): void {
    this.#kept.endBuild();
  }
}

/**
 * True when two versions of the chain with different values come from different articles: one
 * article listing "37 armored vehicles ... 98 pickup trucks" counts different things, it does not
 * contradict itself. (Each version's articles are gathered as it is made: a version may hold many claims.)
 */
function acrossArticles(chain: readonly Version[], articlesOf: ReadonlyMap<Version, ReadonlySet<string>>): boolean {
  const articles = chain.map((v) => articlesOf.get(v)!);
  for (let i = 0; i < chain.length; i++) {
    for (let j = i + 1; j < chain.length; j++) {
      if (chain[i]!.value !== chain[j]!.value && disjoint(articles[i]!, articles[j]!)) return true;
    }
  }
  return false;
}

function disjoint<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) return false;
  return true;
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
