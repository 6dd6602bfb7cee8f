/**
 * The collection's figures laid against each other, once for the pages that show them: who
 * carried each figure first and who repeated it (groups), and where outlets disagree.
 */
import type { DisagreementRecord } from '../../model/schema.ts';
import { type DisagreementView, disagreementViews, type GroupView, groupViews } from '../compare.ts';
import type { ClaimView } from '../claim-view.ts';
import type { ViewContext } from './context.ts';

export interface Comparisons {
  readonly groups: GroupView[];
  /** Each disagreement of the data with the view its pages show. */
  readonly disagreements: (DisagreementRecord & { view: DisagreementView })[];
  /** The event a claim is part of, or null. */
  readonly eventOf: (claimId: string) => string | null;
}

/**
 * The groups and disagreements of the data as the event and outlet pages show them.
 * @example comparisons(viewContext(data)).groups[0]?.first.source // 'RT'
 */
export function comparisons({ data, links, claimsById, keep }: ViewContext): Comparisons {
  const claimsOf = (ids: readonly string[]): (ClaimView | undefined)[] => ids.map((id) => claimsById.get(id));
  return {
    groups: data.groups.flatMap((g) => keep.part('group', g.id, [claimsOf(g.claims)], () => groupViews([g], claimsById))),
    // A disagreement has no id: it is kept by its place in the list, and its whole record is among what it is made from.
    disagreements: data.disagreements.map((d, i) =>
      keep.keep(
        `disagreement:${i}`,
        () => [keep.text(d), ...d.versions.map((v) => [claimsOf(v.claims), v.sources.map(links.source), v.claimants.map(links.claimant)])],
        () => ({
          ...d,
          view: disagreementViews(
            [d],
            claimsById,
            (id) => links.source(id).name,
            (id) => links.claimant(id).name,
          )[0]!,
        }),
      ),
    ),
    // Read from the claim's view: a map of its own, claim by claim, cost a pass over 60,000 claims a save at 10,000 articles.
    eventOf: (id) => claimsById.get(id)?.event ?? null,
  };
}
