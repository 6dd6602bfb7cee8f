/**
 * Pages rendered without starting Eleventy, for a rebuild that renders some pages of a site
 * (a dev server's save, a build after one article was added): each page template's `render`
 * is called with the data Eleventy gives it (the view as `site`, the path prefix, the page's
 * URL, its item under the pagination alias) and the page is written where its permalink says.
 * Eleventy's own work per run (loading, reading the templates, the data cascade, writing each
 * page in turn) costs more than rendering a few hundred pages. Eleventy's one transform, the
 * base plugin, leaves a page as it is under the path prefix '/', so only then are the pages the
 * same bytes as Eleventy's (tests/integration/render-pages.test.ts holds the two to that).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileUrl } from '../output/urls.ts';
import type { SiteView } from '../output/view/types.ts';
import { type TemplateSpec, templatePages } from './page-plan.ts';

/** A page template: its `data` export and its `render` function. */
export interface PageTemplate extends TemplateSpec {
  readonly render: (data: Readonly<Record<string, unknown>>) => string;
}

/** Pages written at once: their files are written on libuv's threads while the next pages render. */
const WRITING_AT_ONCE = 16;

/** The only path prefix under which Eleventy's transforms leave pages as the templates render them. */
export const UNTRANSFORMED_PREFIX = '/';

/**
 * Renders every page of these templates from the view into `out`; returns how many were written.
 * @example await renderPages(view, [articleTemplate], '_site') // 12
 */
export async function renderPages(view: SiteView, templates: readonly PageTemplate[], out: string): Promise<number> {
  const folders = new Map<string, Promise<unknown>>();
  const writing = new Set<Promise<void>>();
  let written = 0;
  // The first failure, thrown once the writes under way are done (none is left unhandled).
  let failure: { readonly error: unknown } | null = null;
  for (const t of templates) {
    for (const page of templatePages(view, t)) {
      const html = t.render({ ...page.data, pathPrefix: UNTRANSFORMED_PREFIX, page: { url: fileUrl(page.path) } });
      const file = join(out, page.path);
      const dir = dirname(file);
      let folder = folders.get(dir);
      if (!folder) folders.set(dir, (folder = mkdir(dir, { recursive: true })));
      const write: Promise<void> = folder
        .then(() => writeFile(file, html))
        .catch((error: unknown) => {
          failure ??= { error };
        })
        .finally(() => writing.delete(write));
      writing.add(write);
      written++;
      if (writing.size >= WRITING_AT_ONCE) await Promise.race(writing);
      if (failure) break;
    }
    if (failure) break;
  }
  await Promise.all(writing);
  if (failure) throw (failure as { readonly error: unknown }).error;
  return written;
}
