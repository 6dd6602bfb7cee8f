import type { ArticleClaim, ClaimantEntry } from '../model/types.ts';
import { subjectOf } from '../model/subject.ts';
import { KeptByBuild, sameObjects } from './kept-by-build.ts';

/** A claim as the linker sees it: where it stands, and which event it belongs to. */
export interface ClaimRef {
  readonly article: number;
  readonly index: number;
  readonly claim: ArticleClaim;
  readonly event: number | null;
}

/** A round figure within this share below the exact one may be the same figure, rounded. */
const ROUNDING_SHARE = 0.8;

/**
 * Groups claims that carry the same claimant's figure about the same thing, across
 * articles: same event, same category, compatible claimants (the same body, or one
 * speaking for the other: the General Staff for Russia), and the same value or an
 * outlet's rounding of it ("more than 60" for 64). The very same uneven count of the same
 * thing from claimants the registry does not know apart is one toll relayed by several
 * officials. A figure stated without a source joins the group of the party whose figure it
 * is, and never links two rival parties' groups. Returns groups of two or more
 * claims from at least two articles... or from one article that repeats a figure.
 * @example groupClaims(refs, claimants).map((g) => g.length) // [4, 3]
 */
export function groupClaims(refs: readonly ClaimRef[], registry: readonly ClaimantEntry[], kept: KeptGroupings | null = null): ClaimRef[][] {
  const rootOf = claimantRoots(registry);
  const known = new Set(registry.map((c) => c.id));
  const parent = refs.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  // The claims of each event (by its number), then category: a group never crosses either, and
  // the groups of one do not depend on those of another (so neither does the order they are grouped in).
  const byEvent = new Map<number, Map<string, number[]>>();
  refs.forEach((r, i) => {
    if (r.claim.figure.value === null || r.event === null) return;
    let byCategory = byEvent.get(r.event);
    if (!byCategory) byEvent.set(r.event, (byCategory = new Map()));
    const list = byCategory.get(r.claim.figure.category);
    if (list) list.push(i);
    else byCategory.set(r.claim.figure.category, [i]);
  });
  const size = new Map<number, number>();
  const join = (x: number, y: number): void => {
    const [rx, ry] = [find(x), find(y)];
    if (rx === ry) return;
    parent[rx] = ry;
    size.set(ry, (size.get(ry) ?? 1) + (size.get(rx) ?? 1));
  };
  /** Groups the claims of one event and category (positions in `refs`): joins them in the union-find. */
  const groupKey = (members: readonly number[]): void => {
    // Values some report gives exactly: a round figure near one of them is that figure, not a rounding.
    const stated = new Set(
      members
        .map((i) => refs[i]!.claim.figure)
        .filter((f) => f.qualifier === 'exact')
        .map((f) => f.value!),
    );
    const same = (x: number, y: number): boolean => sameFigure(refs[x]!.claim, refs[y]!.claim, stated);
    const attributed = members.filter((i) => refs[i]!.claim.claimant);
    const unattributed = members.filter((i) => !refs[i]!.claim.claimant);
    // First the parties' own figures: one body's, or a body's and the one it speaks for.
    eachPair(attributed, (x, y) => {
      const [a, b] = [refs[x]!.claim, refs[y]!.claim];
      if (same(x, y) && (sameClaimant(a, b, rootOf) || relayed(a, b, known))) join(x, y);
    });
    // An unattributed mention joins the group of the party whose figure it is: the one that
    // carries that figure most widely (never two rival parties' groups at once).
    const loose: number[] = [];
    for (const u of unattributed) {
      let best: number | null = null;
      for (const a of attributed) {
        if (!same(u, a)) continue;
        if (best === null || (size.get(find(a)) ?? 1) > (size.get(find(best)) ?? 1)) best = a;
      }
      if (best === null) loose.push(u);
      else join(u, best);
    }
    // Unattributed mentions of a figure no party is quoted for: one outlet's figure carried by others.
    eachPair(loose, (x, y) => {
      if (same(x, y)) join(x, y);
    });
  };
  for (const byCategory of byEvent.values()) {
    for (const members of byCategory.values()) {
      if (kept)
        kept.replay(
          members.map((i) => refs[i]!.claim),
          registry,
          members,
          join,
          () => groupKey(members),
          find,
        );
      else groupKey(members);
    }
  }
  kept?.endBuild();
  const groups = new Map<number, ClaimRef[]>();
  refs.forEach((r, i) => {
    const root = find(i);
    const list = groups.get(root);
    if (list) list.push(r);
    else groups.set(root, [r]);
  });
  return [...groups.values()].filter((g) => g.length > 1);
}

/**
 * How the claims of each event and category were grouped by an earlier build, kept by a
 * long-running process (the dev server): the grouping of one event's claims of one category
 * depends on those claims alone (and the registry), and claims are never changed once made,
 * so where the very same claim objects stand together again, in the same order, the groups
 * they formed are formed again by replaying the joins, without comparing every pair again.
 */
export class KeptGroupings {
  /** By the first claim of each event and category: its claims, and the group each joined (a label per claim). */
  readonly #kept = new KeptByBuild<
    ArticleClaim,
    { readonly claims: readonly ArticleClaim[]; readonly registry: readonly ClaimantEntry[]; readonly labels: Int32Array }
  >();

  /**
   * Groups one event's claims of one category (`claims`, at `members` in the union-find): by
   * replaying the joins kept for the very same claims and registry, else by `group` (and keeps them).
   * @example kept.replay(claims, registry, members, join, () => groupKey(members), find)
   */
  replay(
    claims: readonly ArticleClaim[],
    registry: readonly ClaimantEntry[],
    members: readonly number[],
    join: (x: number, y: number) => void,
    group: () => void,
    find: (i: number) => number,
  ): void {
    const first = claims[0]!;
    const before = this.#kept.last(first);
    if (before && before.registry === registry && sameObjects(before.claims, claims)) {
      // Each claim joins the first claim of its group: the same groups as grouping them again.
      const head = new Map<number, number>();
      members.forEach((m, k) => {
        const label = before.labels[k]!;
        const to = head.get(label);
        if (to === undefined) head.set(label, m);
        else join(to, m);
      });
      this.#kept.keep(first, before);
      return;
    }
    group();
    // Each claim's label: the position (among these claims) of the first claim of its group.
    const labels = new Int32Array(members.length);
    const firstOf = new Map<number, number>();
    members.forEach((m, k) => {
      const root = find(m);
      const at = firstOf.get(root);
      if (at === undefined) firstOf.set(root, k);
      labels[k] = at ?? k;
    });
    this.#kept.keep(first, { claims, registry, labels });
  }

  /** Forgets the claims this build did not group. */
  endBuild(): void {
    this.#kept.endBuild();
  }
}

function eachPair(items: readonly number[], visit: (x: number, y: number) => void): void {
  for (let x = 0; x < items.length; x++) for (let y = x + 1; y < items.length; y++) visit(items[x]!, items[y]!);
}

function sameFigure(a: ArticleClaim, b: ArticleClaim, stated: ReadonlySet<number> = NONE): boolean {
  const x = a.figure.value;
  const y = b.figure.value;
  if (x === null || y === null) return false;
  if (x === y) return true;
  const [low, high, lowClaim] = x < y ? [x, y, a] : [y, x, b];
  // "More than 60" for 64 is an outlet's rounding; "at least 50" names a toll of 50 itself,
  // and so does "about 50" where another report gives 50 exactly (a toll that stood at 50).
  const rounded = lowClaim.figure.qualifier === 'more-than' || lowClaim.figure.qualifier === 'about';
  return rounded && !stated.has(low) && isRound(low) && low >= high * ROUNDING_SHARE;
}

const NONE: ReadonlySet<number> = new Set();

function isRound(n: number): boolean {
  if (n >= 1000) return n % 100 === 0;
  if (n >= 100) return n % 10 === 0;
  return n % 5 === 0;
}

/**
 * One toll relayed by several officials of one side ("the health ministry", its spokesman,
 * the channel that quotes it): the very same count of the same thing, not a round one, where
 * the claimants are not two bodies the registry knows apart (those are rival parties).
 */
function relayed(a: ArticleClaim, b: ArticleClaim, known: ReadonlySet<string>): boolean {
  const value = a.figure.value;
  if (value === null || value !== b.figure.value || isRound(value)) return false;
  if (known.has(a.claimant!.id) && known.has(b.claimant!.id)) return false;
  return subjectOf(a.figure.category, a.figure.what) === subjectOf(b.figure.category, b.figure.what);
}

function sameClaimant(a: ArticleClaim, b: ArticleClaim, rootOf: (id: string) => string): boolean {
  if (!a.claimant || !b.claimant) return false;
  if (a.claimant.id === b.claimant.id) return true;
  return rootOf(a.claimant.id) === rootOf(b.claimant.id);
}

/** Follows `partOf` in the claimants registry to the body a claimant speaks for. */
export function claimantRoots(registry: readonly ClaimantEntry[]): (id: string) => string {
  const parentOf = new Map(registry.filter((c) => c.partOf).map((c) => [c.id, c.partOf!]));
  return (id: string): string => {
    let current = id;
    for (let hops = 0; hops < 10; hops++) {
      const next = parentOf.get(current);
      if (!next) break;
      current = next;
    }
    return current;
  };
}
