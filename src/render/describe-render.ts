/** The line the build and the dev server print about the pages of a render. */

export interface RenderCounts {
  readonly pages: number;
  readonly rendered: number;
  readonly carried: number;
  readonly renderedBy: ReadonlyMap<string, number>;
  readonly ms: { readonly plan: number; readonly eleventy: number; readonly search: number };
  readonly reindexed: boolean;
  readonly searchShards: { readonly total: number; readonly rebuilt: number };
  readonly searchPending: boolean;
}

const s = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

/**
 * What was rendered, what carried over, and where the time went.
 * @example describeRender({ pages: 9, rendered: 2, carried: 7, renderedBy: new Map([['index.11ty.ts', 1], ['article.11ty.ts', 1]]), ms: { plan: 10, eleventy: 300, search: 200 }, reindexed: true, searchShards: { total: 5, rebuilt: 2 }, searchPending: false })
 * // '9 pages: 2 rendered [index 1, article 1] (0.30 s), 7 unchanged; fingerprints 0.01 s, search index: 2 of 5 parts built 0.20 s'
 */
export function describeRender({ pages, rendered, carried, renderedBy, ms, reindexed, searchShards, searchPending }: RenderCounts): string {
  const parts = `${searchShards.rebuilt} of ${searchShards.total} parts`;
  const search = !reindexed ? 'search index unchanged' : searchPending ? `search index: ${parts} being built` : `search index: ${parts} built ${s(ms.search)}`;
  // Which pages, when only some were rendered: "place 12, event 3, article 1".
  const which = carried > 0 && rendered > 0 ? ` [${[...renderedBy].map(([t, n]) => `${t.replace(/\.11ty\.ts$/, '')} ${n}`).join(', ')}]` : '';
  return `${pages} pages: ${rendered} rendered${which} (${s(ms.eleventy)}), ${carried} unchanged; fingerprints ${s(ms.plan)}, ${search}`;
}
