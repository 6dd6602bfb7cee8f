import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Eleventy from '@11ty/eleventy';
import * as pagefind from 'pagefind';
import { claimsCsv, eventsCsv } from '../src/output/csv.ts';
import { atomFeed, jsonFeed } from '../src/output/feeds.ts';
import { searchDocuments, type SearchDocument } from '../src/output/search-documents.ts';
import { sitemap } from '../src/output/sitemap.ts';
import type { SiteView } from '../src/output/view.ts';

export interface RenderOptions {
  readonly view: SiteView;
  readonly out: string;
  readonly pathPrefix: string;
  /** Origin of the published site, for absolute links in feeds and the sitemap (env DATELINE_SITE_URL). */
  readonly siteUrl?: string | null;
  /** Build the Pagefind search index (default true). */
  readonly search?: boolean;
}

/** The view, as an object Eleventy shares between pages instead of copying it for each. */
class SharedView {
  constructor(view: SiteView) {
    Object.assign(this, view);
  }
}

/** '/timeline' or 'timeline/' -> '/timeline/'; '' -> '/'. */
const normalisePrefix = (p: string): string => `/${p.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

/**
 * Runs Eleventy over layouts/ with the prepared view as global data, writes the
 * feeds, CSV downloads and sitemap, and meanwhile builds the Pagefind index from the
 * view (a separate process, so it runs on another core while Eleventy renders);
 * returns the pages written.
 * @example await renderSite({ view, out: '_site', pathPrefix: '/' }) // 42
 */
export async function renderSite({ view, out, pathPrefix, siteUrl = process.env['DATELINE_SITE_URL'] ?? null, search = true }: RenderOptions): Promise<number> {
  const prefix = normalisePrefix(pathPrefix);
  const indexed = search ? indexForSearch(searchDocuments(view), out) : Promise.resolve();
  // Settled at once, so a failing render does not leave the index's rejection unhandled.
  indexed.catch(() => undefined);
  const elev = new Eleventy('layouts', out, {
    configPath: '.eleventy.js',
    pathPrefix: prefix,
    quietMode: true,
    config(config) {
      // Handed over inside a class instance: Eleventy deep-copies plain-object data for every
      // paginated page, which made rendering grow with pages × data; an instance is passed by reference.
      config.addGlobalData('site', new SharedView(view));
      // Scripts read the prefix from a data attribute: the base plugin only rewrites URL attributes.
      config.addGlobalData('pathPrefix', prefix);
    },
  });
  const result = (await elev.write()) as unknown as [unknown, { outputPath?: string }[]] | { outputPath?: string }[];
  const written = Array.isArray(result) && Array.isArray(result[1]) ? result[1] : (result as { outputPath?: string }[]);

  const feedOptions = { pathPrefix: prefix, siteUrl };
  mkdirSync(join(out, 'data'), { recursive: true });
  writeFileSync(join(out, 'feed.xml'), atomFeed(view, feedOptions));
  writeFileSync(join(out, 'feed.json'), jsonFeed(view, feedOptions));
  writeFileSync(join(out, 'sitemap.xml'), sitemap(view, feedOptions));
  writeFileSync(join(out, 'data', 'events.csv'), eventsCsv(view, prefix));
  writeFileSync(join(out, 'data', 'claims.csv'), claimsCsv(view, prefix));
  await indexed;
  return written.filter((p) => typeof p?.outputPath === 'string' && p.outputPath.endsWith('.html')).length;
}

/** Pagefind over the search documents, into <out>/pagefind/. */
async function indexForSearch(docs: readonly SearchDocument[], out: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  try {
    if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
    // All handed over at once, in a fixed order: Pagefind takes them in the order sent, so
    // the index files are the same from build to build (its own directory walk is not).
    const added = await Promise.all(docs.map((d) => index.addHTMLFile({ sourcePath: d.sourcePath, content: d.html })));
    const failed = added.flatMap((a, i) => a.errors.map((e) => `${docs[i]?.sourcePath}: ${e}`));
    if (failed.length) throw new Error(`pagefind: ${failed.join('; ')}`);
    const done = await index.writeFiles({ outputPath: join(out, 'pagefind') });
    if (done.errors.length) throw new Error(`pagefind: ${done.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
}
