import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Eleventy from '@11ty/eleventy';
import * as pagefind from 'pagefind';
import { claimsCsv, eventsCsv } from '../src/output/csv.ts';
import { collectGarbage } from './collect-garbage.ts';
import { atomFeed, jsonFeed } from '../src/output/feeds.ts';
import { searchDocuments, type SearchDocument } from '../src/output/search-documents.ts';
import { sitemap } from '../src/output/sitemap.ts';
import type { SiteView } from '../src/output/view.ts';
import { pushAll } from '../src/long-arrays.ts';

export interface RenderOptions {
  readonly view: SiteView;
  readonly out: string;
  readonly pathPrefix: string;
  /** Origin of the published site, for absolute links in feeds and the sitemap (env DATELINE_SITE_URL). */
  readonly siteUrl?: string | null;
  /** Build the Pagefind search index (default true). */
  readonly search?: boolean;
  /** Sites with more pages are rendered in several Eleventy runs of at most this many pages (default 4,000). */
  readonly pagesPerRun?: number;
}

/** The view, as an object Eleventy shares between pages instead of copying it for each. */
class SharedView {
  constructor(view: SiteView) {
    Object.assign(this, view);
  }
}

const LAYOUTS = 'layouts';
/** Sites with more pages than this are rendered in several Eleventy runs (see templateRuns). */
const PAGES_PER_RUN = 4000;
/**
 * The templates with a page per item of a list of the view, rendered in slices on a large
 * site: the list, and the share of a run's pages a slice may have (the pages of places,
 * outlets and claimants hold long tables, so fewer of them go in a run).
 */
const SLICED_RUNS: Readonly<Record<string, { readonly list: 'articles' | 'events' | 'placePages' | 'sourcePages' | 'claimantPages'; readonly share: number }>> = {
  'article.11ty.ts': { list: 'articles', share: 1 },
  'event.11ty.ts': { list: 'events', share: 1 },
  'place.11ty.ts': { list: 'placePages', share: 0.25 },
  'source.11ty.ts': { list: 'sourcePages', share: 0.25 },
  'claimant.11ty.ts': { list: 'claimantPages', share: 0.25 },
};

/** Search documents handed to Pagefind at once. */
const SEARCH_WINDOW = 1000;

/** '/timeline' or 'timeline/' -> '/timeline/'; '' -> '/'. */
const normalisePrefix = (p: string): string => `/${p.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

/**
 * Runs Eleventy over layouts/ with the prepared view as global data, writes the
 * feeds, CSV downloads and sitemap, and meanwhile builds the Pagefind index from the
 * view (a separate process, so it runs on another core while Eleventy renders);
 * returns the pages written.
 * @example await renderSite({ view, out: '_site', pathPrefix: '/' }) // 42
 */
export async function renderSite({ view, out, pathPrefix, siteUrl = process.env['DATELINE_SITE_URL'] ?? null, search = true, pagesPerRun = PAGES_PER_RUN }: RenderOptions): Promise<number> {
  const prefix = normalisePrefix(pathPrefix);
  const indexed = search ? indexForSearch(searchDocuments(view), out) : Promise.resolve();
  // Settled at once, so a failing render does not leave the index's rejection unhandled.
  indexed.catch(() => undefined);
  let written = 0;
  const runs = templateRuns(view, pagesPerRun);
  for (const { skipped, part } of runs) {
    if (runs.length > 1) collectGarbage();
    const shared = new SharedView(part);
    const elev = new Eleventy(LAYOUTS, out, {
      configPath: '.eleventy.js',
      pathPrefix: prefix,
      quietMode: true,
      config(config) {
        // Handed over inside a class instance: Eleventy deep-copies plain-object data for every
        // paginated page, which made rendering grow with pages × data; an instance is passed by reference.
        config.addGlobalData('site', shared);
        // Scripts read the prefix from a data attribute: the base plugin only rewrites URL attributes.
        config.addGlobalData('pathPrefix', prefix);
        for (const template of skipped) config.ignores.add(`${LAYOUTS}/${template}`);
      },
    });
    const result = (await elev.write()) as unknown as [unknown, { outputPath?: string }[]] | { outputPath?: string }[];
    const pages = Array.isArray(result) && Array.isArray(result[1]) ? result[1] : (result as { outputPath?: string }[]);
    written += pages.filter((p) => typeof p?.outputPath === 'string' && p.outputPath.endsWith('.html')).length;
  }

  const feedOptions = { pathPrefix: prefix, siteUrl };
  mkdirSync(join(out, 'data'), { recursive: true });
  writeFileSync(join(out, 'feed.xml'), atomFeed(view, feedOptions));
  writeFileSync(join(out, 'feed.json'), jsonFeed(view, feedOptions));
  writeFileSync(join(out, 'sitemap.xml'), sitemap(view, feedOptions));
  writeFileSync(join(out, 'data', 'events.csv'), eventsCsv(view, prefix));
  writeFileSync(join(out, 'data', 'claims.csv'), claimsCsv(view, prefix));
  await indexed;
  return written;
}

/**
 * The Eleventy runs: which templates each leaves out, and the view it renders. Eleventy
 * keeps every page it rendered in memory until its run ends, so a large site is rendered
 * in several runs (article pages and event pages in slices, then the rest of the site)
 * and its peak memory is that of the largest run; a small site is one run, since each run
 * costs Eleventy's start-up again.
 */
function templateRuns(view: SiteView, pagesPerRun: number): { skipped: string[]; part: SiteView }[] {
  const templates = readdirSync(LAYOUTS).filter((f) => f.endsWith('.11ty.ts')).sort();
  const pages = view.articles.length + view.events.length + view.placePages.length + view.sourcePages.length + view.claimantPages.length;
  if (pages <= pagesPerRun) return [{ skipped: [], part: view }];
  const sliced = Object.entries(SLICED_RUNS).filter(([t]) => templates.includes(t));
  const runs: { skipped: string[]; part: SiteView }[] = [];
  for (const [template, { list, share }] of sliced) {
    const items: readonly unknown[] = view[list];
    const size = Math.max(1, Math.floor(pagesPerRun * share));
    for (let start = 0; start < items.length; start += size) {
      runs.push({ skipped: templates.filter((t) => t !== template), part: { ...view, [list]: items.slice(start, start + size) } });
    }
  }
  runs.push({ skipped: sliced.map(([t]) => t), part: view });
  return runs;
}

/** Pagefind over the search documents, into <out>/pagefind/. */
async function indexForSearch(docs: readonly SearchDocument[], out: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  try {
    if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
    // Handed over in a fixed order, a window at a time: Pagefind takes them in the order
    // sent, so the index files are the same from build to build (its own directory walk is
    // not), and a window bounds the messages waiting in memory (all at once: 0.4 GB at
    // 10,000 articles).
    const failed: string[] = [];
    for (let start = 0; start < docs.length; start += SEARCH_WINDOW) {
      const window = docs.slice(start, start + SEARCH_WINDOW);
      const added = await Promise.all(window.map((d) => index.addHTMLFile({ sourcePath: d.sourcePath, content: d.html })));
      added.forEach((a, i) => pushAll(failed, a.errors.map((e) => `${window[i]?.sourcePath}: ${e}`)));
    }
    if (failed.length) throw new Error(`pagefind: ${failed.join('; ')}`);
    const done = await index.writeFiles({ outputPath: join(out, 'pagefind') });
    if (done.errors.length) throw new Error(`pagefind: ${done.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
}
