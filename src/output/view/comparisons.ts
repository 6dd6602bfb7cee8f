/**
 * The collection's figures laid against each other, once for the pages that show them: who
 * carried each figure first and who repeated it (groups), and where outlets disagree.
 */
import type { DisagreementRecord } from '../../model/schema.ts';
import { type DisagreementView, disagreementViews, type GroupView, groupViews } from '../compare.ts';
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
export function comparisons({ data, links, claimsById }: ViewContext): Comparisons {
  const eventOfClaim = new Map(data.claims.map((c) => [c.id, c.event]));
  return {
    groups: groupViews(data.groups, claimsById),
    disagreements: data.disagreements.map((d) => ({
      ...d,
      view: disagreementViews(
        [d],
        claimsById,
        (id) => links.source(id).name,
        (id) => links.claimant(id).name,
      )[0]!,
    })),
    eventOf: (id) => eventOfClaim.get(id) ?? null,
  };
}
