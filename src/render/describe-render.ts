/** The line the build and the dev server print about the pages of a render. */

export interface RenderCounts {
  readonly pages: number;
  readonly rendered: number;
  readonly carried: number;
  readonly ms: { readonly plan: number; readonly eleventy: number; readonly search: number };
  readonly reindexed: boolean;
  readonly searchPending: boolean;
}

const s = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

/**
 * What was rendered, what carried over, and where the time went.
 * @example describeRender({ pages: 9, rendered: 2, carried: 7, ms: { plan: 10, eleventy: 300, search: 200 }, reindexed: true, searchPending: false })
 * // '9 pages: 2 rendered (0.30 s), 7 unchanged; fingerprints 0.01 s, search index 0.20 s'
 */
export function describeRender({ pages, rendered, carried, ms, reindexed, searchPending }: RenderCounts): string {
  const search = !reindexed ? 'search index unchanged' : searchPending ? 'search index being built' : `search index ${s(ms.search)}`;
  return `${pages} pages: ${rendered} rendered (${s(ms.eleventy)}), ${carried} unchanged; fingerprints ${s(ms.plan)}, ${search}`;
}
