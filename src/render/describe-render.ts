/** The line the build and the dev server print about the pages of a render. */

export interface RenderCounts {
  readonly pages: number;
  readonly rendered: number;
  readonly carried: number;
  readonly ms: { readonly plan: number; readonly eleventy: number; readonly search: number };
}

const s = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

/**
 * What was rendered, what carried over, and where the time went.
 * @example describeRender({ pages: 9, rendered: 2, carried: 7, ms: { plan: 10, eleventy: 300, search: 200 } })
 * // '9 pages: 2 rendered (0.30 s), 7 unchanged; fingerprints 0.01 s, search index 0.20 s'
 */
export function describeRender({ pages, rendered, carried, ms }: RenderCounts): string {
  return `${pages} pages: ${rendered} rendered (${s(ms.eleventy)}), ${carried} unchanged; fingerprints ${s(ms.plan)}, search index ${s(ms.search)}`;
}
