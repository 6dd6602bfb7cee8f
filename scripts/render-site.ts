import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { claimsCsvPieces, eventsCsvPieces } from '../src/output/csv.ts';
import { collectGarbage } from './collect-garbage.ts';
import { importModule, importTypeScript, typeScriptLoaded } from './typescript-loader.ts';
import { atomFeedPieces, jsonFeedPieces } from '../src/output/feeds.ts';
import { type Piece, writePieces } from '../src/output/file-pieces.ts';
import { searchDocuments } from '../src/output/search-documents.ts';
import { sitemapPieces } from '../src/output/sitemap.ts';
import { pageFile, SITE_FILES } from '../src/output/urls.ts';
import type { SiteView } from '../src/output/view/types.ts';
import { pushAll } from '../src/long-arrays.ts';
import { carryOverAlongside } from '../src/render/carry-over.ts';
import { codeFingerprint } from '../src/render/code-fingerprint.ts';
import { planPages, type TemplateSpec } from '../src/render/page-plan.ts';
import type { PreviousBuild } from '../src/render/render-manifest.ts';
import { removeAside } from '../src/render/remove-later.ts';
import { buildSearchIndexes, type SearchThread } from '../src/render/search-index.ts';
import type { RenderMemory } from '../src/render/render-memory.ts';
import { type PageTemplate, renderPages, UNTRANSFORMED_PREFIX } from '../src/render/render-pages.ts';
import {
  PRIMARY_SHARD,
  SHARD_FOLDER,
  SHARD_LIST,
  shardFingerprint,
  shardList,
  shardOwners,
  splitIntoShards,
  type SearchShard,
} from '../src/render/search-shards.ts';
import { cutDown, selectChanged } from '../src/render/select-changed.ts';
import { holds, removeFile, updateInPlace } from '../src/render/update-in-place.ts';

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
  /** The previous build of the same site: its unchanged pages are carried over instead of rendered. */
  readonly previous?: PreviousBuild | null;
  /**
   * Return once the pages are written, with the previous build's search index in place, and
   * put the new shards of the index in place when they are done (RenderResult.searchDone).
   * For the dev server: the browser shows the changed pages without waiting for Pagefind.
   */
  readonly searchLater?: boolean;
  /**
   * The older build `out` already holds (the dev server's builds take turns in two folders):
   * it is brought up to date in place, its files that are still right left as they are.
   * Without it, `out` must be a new folder.
   */
  readonly stale?: PreviousBuild | null;
  /** What a long-running process keeps from one render for the next (the dev server's), or none. */
  readonly memory?: RenderMemory | null;
  /** A search thread started ahead (`npm run build` starts one with its data step): it builds the index, or is stopped. */
  readonly searchThread?: SearchThread | null;
  /** The caller's own work, done once the pages are written, while the search index is built on its thread. */
  readonly whileIndexing?: (() => void) | null;
}

export interface RenderResult {
  /** Pages of the site. */
  readonly pages: number;
  /** Of which rendered by Eleventy, and carried over from the previous build. */
  readonly rendered: number;
  readonly carried: number;
  /** Pages rendered, by template. */
  readonly renderedBy: ReadonlyMap<string, number>;
  /** Each page's path -> fingerprint: the `pages` of the next build's PreviousBuild. */
  readonly fingerprints: ReadonlyMap<string, string>;
  /** Milliseconds: planning (fingerprints), Eleventy, the search index (alongside Eleventy; 0 when it was carried over or comes later). */
  readonly ms: { readonly plan: number; readonly eleventy: number; readonly search: number };
  /** Whether any of the search index was built again (else carried over: its documents had not changed). */
  readonly reindexed: boolean;
  /** The search index's shards, and how many of them were built again (the others carried over). */
  readonly searchShards: { readonly total: number; readonly rebuilt: number };
  /** Whether the new search index is still being built (searchLater): it is in place when searchDone settles. */
  readonly searchPending: boolean;
  /** Settles when the new search index is in place, with the milliseconds from the start of the render. */
  readonly searchDone: Promise<number>;
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
const SLICED_RUNS: Readonly<Record<string, { readonly list: 'articles' | 'events' | 'placePages' | 'sourcePages' | 'claimantPages'; readonly share: number }>> =
  {
    'article.11ty.ts': { list: 'articles', share: 1 },
    'event.11ty.ts': { list: 'events', share: 1 },
    'place.11ty.ts': { list: 'placePages', share: 0.25 },
    'source.11ty.ts': { list: 'sourcePages', share: 0.25 },
    'claimant.11ty.ts': { list: 'claimantPages', share: 0.25 },
  };

/** '/timeline' or 'timeline/' -> '/timeline/'; '' -> '/'. */
const normalisePrefix = (p: string): string => `/${p.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

/**
 * Whether a build renders its changed pages itself rather than through Eleventy: a rebuild
 * (there is a previous build to carry pages over from) under the prefix at which Eleventy's
 * transforms leave pages as the templates render them (see render-pages.ts).
 * @example rendersWithoutEleventy(previous, '/') // true when previous is not null
 */
export function rendersWithoutEleventy(previous: PreviousBuild | null, pathPrefix: string): boolean {
  return previous !== null && normalisePrefix(pathPrefix) === UNTRANSFORMED_PREFIX;
}

/**
 * Renders the whole site (see renderChanged) and returns the pages written.
 * @example await renderSite({ view, out: '_site', pathPrefix: '/' }) // 42
 */
export async function renderSite(options: RenderOptions): Promise<number> {
  return (await renderChanged(options)).pages;
}

/**
 * Runs Eleventy over layouts/ with the prepared view as global data, writes the
 * feeds, CSV downloads and sitemap, and meanwhile builds the Pagefind index from the
 * view (a separate process, so it runs on another core while Eleventy renders).
 * Given the previous build, only pages whose fingerprint changed are rendered; the others
 * are carried over from it, so the result is the same bytes as a build from nothing.
 * @example (await renderChanged({ view, out, pathPrefix: '/', previous })).rendered // 7
 */
export async function renderChanged({
  view,
  out,
  pathPrefix,
  siteUrl = process.env['DATELINE_SITE_URL'] ?? null,
  search = true,
  pagesPerRun = PAGES_PER_RUN,
  previous = null,
  searchLater = false,
  stale = null,
  memory = null,
  searchThread = null,
  whileIndexing = null,
}: RenderOptions): Promise<RenderResult> {
  const prefix = normalisePrefix(pathPrefix);
  const t0 = performance.now();
  const settings = { pathPrefix: prefix, siteUrl: siteUrl ?? '' };
  const code = memory ? memory.code(JSON.stringify(settings), () => codeFingerprint(process.cwd(), settings)) : codeFingerprint(process.cwd(), settings);
  const shards = search ? splitIntoShards(searchDocuments(view, memory?.documents), shardOwners(view)) : [];
  const printOf = (shard: SearchShard): string => (memory ? memory.shardFingerprint(code, shard) : shardFingerprint(code, shard));
  const prints = new Map(shards.map((shard): [string, string] => [shard.folder, printOf(shard)]));
  if (previous && resolve(previous.dir) === resolve(out)) throw new Error(`${out}: a build cannot carry pages over from its own folder`);
  if (stale && resolve(stale.dir) !== resolve(out)) throw new Error(`${out}: the build to bring up to date is in ${stale.dir}`);
  // Pagefind 1.6 cannot update an index (nor read one back): a shard whose documents changed is
  // indexed again from all of them, one whose documents did not is carried over whole.
  const kept = (folder: string): boolean => previous !== null && previous.pages.get(folder) === prints.get(folder) && existsSync(join(previous.dir, folder));
  const changed = shards.filter((shard) => !kept(shard.folder) && !holds(stale, shard.folder, prints.get(shard.folder)));
  const later = searchLater && changed.length > 0 && previous !== null;
  // Shards of an older build in `out`, moved out of the way and removed meanwhile (off this thread).
  const aside: Promise<void>[] = [];
  // The files of the shards carried over from the previous build, linked on libuv's threads meanwhile.
  const shardFiles: string[] = [];
  if (previous) {
    // Meanwhile, when the new shards come later, the previous build's index is served whole.
    const carried = later
      ? readdirSync(previous.dir).filter((name) => SHARD_FOLDER.test(name) || name === SHARD_LIST)
      : shards.filter((shard) => kept(shard.folder)).map((shard) => shard.folder);
    for (const name of carried) {
      if (name === SHARD_LIST) removeFile(join(out, name));
      // Already right in the folder: as the previous build has it, or (later, changed back) as it is now.
      else if (holds(stale, name, previous.pages.get(name)) || holds(stale, name, prints.get(name))) continue;
      else aside.push(removeAside(join(out, name), out));
      pushAll(shardFiles, name === SHARD_LIST ? [name] : filesUnder(join(previous.dir, name), name));
    }
  }
  const shardsCarried = previous ? carryOverAlongside(previous.dir, out, shardFiles) : Promise.resolve();
  shardsCarried.catch(() => undefined);
  if (stale && !later) {
    // The shards the site no longer has, or that are to be indexed again, go first.
    const keep = new Set(shards.filter((shard) => !changed.includes(shard)).map((shard) => shard.folder));
    for (const name of readdirSync(out)) if (SHARD_FOLDER.test(name) && !keep.has(name)) aside.push(removeAside(join(out, name), out));
  }
  const removed = Promise.all(aside);
  removed.catch(() => undefined);
  if (later || !search) searchThread?.stop();
  const searchDone = Promise.all([
    later ? indexInstead(changed, shards, out, shardsCarried) : indexShards(changed, out, undefined, searchThread, previous?.dir),
    removed,
  ]).then(() => performance.now() - t0);
  // Settled at once, so a failing render does not leave the index's rejection unhandled.
  searchDone.catch(() => undefined);
  const specs = await templateSpecs();
  const plan = planPages(view, specs, code, memory?.digests);
  // A folder linked from the previous build (linkedCopy gives it the previous build's very record)
  // holds every page that build recorded: linking one that was missing failed the copy.
  const linkedFromPrevious = previous !== null && stale !== null && stale.pages === previous.pages;
  // A page the folder brought up to date holds already is not taken from the previous build: its file there is not needed.
  const selection = selectChanged(
    plan,
    previous?.pages ?? null,
    (path, fingerprint) => previous !== null && (linkedFromPrevious || holds(stale, path, fingerprint) || existsSync(join(previous.dir, path))),
  );
  const t1 = performance.now();
  // The unchanged pages are carried over while Eleventy renders the others (different files).
  const toCarry = stale ? updateInPlace(stale, plan, selection.carried) : selection.carried;
  const carried = previous ? carryOverAlongside(previous.dir, out, toCarry) : Promise.resolve();
  carried.catch(() => undefined);
  const templates = readdirSync(LAYOUTS)
    .filter((f) => f.endsWith('.11ty.ts'))
    .sort();
  const idle = templates.filter((t) => !selection.render.has(t));
  const sliced = templateRuns(cutDown(view, plan, selection), pagesPerRun, [...idle, ...selection.alone]);
  const runs = [
    ...sliced,
    // A template whose list another template reads whole renders its changed items in a run of its own.
    ...[...selection.alone].map((t) => ({ skipped: templates.filter((other) => other !== t), part: cutDown(view, plan, selection, new Set([t])) })),
  ].filter((run) => run.skipped.length < templates.length);
  // A rebuild renders its pages itself where Eleventy would leave them as the templates render them (see render-pages.ts).
  const direct = rendersWithoutEleventy(previous, pathPrefix) && specs.every((t) => typeof t.render === 'function');
  // Loaded only when a page is to be rendered: Eleventy takes a few tenths of a second to load.
  const { default: Eleventy } = runs.length && !direct ? await importModule<typeof import('@11ty/eleventy')>('@11ty/eleventy') : { default: null };
  try {
    for (const { skipped, part } of runs) {
      if (direct) {
        await renderPages(
          part,
          specs.filter((t) => !skipped.includes(t.name)),
          out,
        );
        continue;
      }
      if (!Eleventy) break;
      // Eleventy imports the templates' TypeScript itself.
      await typeScriptLoaded();
      // A large site, rendered in slices: each run starts without the garbage of the one before.
      if (sliced.length > 1) collectGarbage();
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
      await elev.write();
    }
    whileIndexing?.();
    // Eleventy copies the assets when it runs; when no page changed, or the pages were rendered without it, it does not run.
    if (!runs.length || direct) cpSync(join(LAYOUTS, 'assets'), join(out, 'assets'), { recursive: true });

    const feedOptions = { pathPrefix: prefix, siteUrl };
    // Each file is written where its link (urls.ts) points.
    const write = (url: string, pieces: readonly Piece[]): void => {
      const file = join(out, pageFile(url));
      mkdirSync(dirname(file), { recursive: true });
      writeFresh(file, pieces);
    };
    write(SITE_FILES.atomFeed, atomFeedPieces(view, feedOptions, memory?.texts));
    write(SITE_FILES.jsonFeed, jsonFeedPieces(view, feedOptions, memory?.texts));
    write(SITE_FILES.sitemap, sitemapPieces(view, feedOptions, memory?.texts));
    write(SITE_FILES.eventsCsv, eventsCsvPieces(view, prefix, memory?.texts));
    write(SITE_FILES.claimsCsv, claimsCsvPieces(view, prefix, memory?.texts));
    if (search && !later) writeFresh(join(out, SHARD_LIST), [shardList(shards)]);
  } finally {
    // Not left running into a folder the caller may remove when rendering failed.
    await Promise.all([carried.catch(() => undefined), shardsCarried.catch(() => undefined)]);
  }
  await carried;
  await shardsCarried;
  const t2 = performance.now();
  const searchMs = later ? 0 : await searchDone;
  return {
    pages: plan.pages.length,
    rendered: selection.rendered,
    renderedBy: selection.renderedBy,
    carried: selection.carried.length,
    fingerprints: new Map([...plan.pages.map((p): [string, string] => [p.path, p.fingerprint]), ...prints]),
    ms: { plan: t1 - t0, eleventy: t2 - t1, search: searchMs },
    reindexed: changed.length > 0,
    searchShards: { total: shards.length, rebuilt: changed.length },
    searchPending: later,
    searchDone,
  };
}

/** Each page template's `data` export (its pagination and permalink) and its `render`. */
async function templateSpecs(): Promise<PageTemplate[]> {
  const names = readdirSync(LAYOUTS)
    .filter((f) => f.endsWith('.11ty.ts'))
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const { data, render } = (await importTypeScript(resolve(LAYOUTS, name))) as {
        data?: Omit<TemplateSpec, 'name'>;
        render: PageTemplate['render'];
      };
      // Without a permalink, Eleventy writes `x.11ty.ts` to x/index.html, and index.11ty.ts to index.html.
      const stem = name.replace(/\.11ty\.ts$/, '');
      return { name, permalink: stem === 'index' ? 'index.html' : `${stem}/index.html`, ...data, render };
    }),
  );
}

/**
 * The Eleventy runs: which templates each leaves out, and the view it renders. Eleventy
 * keeps every page it rendered in memory until its run ends, so a large site is rendered
 * in several runs (article pages and event pages in slices, then the rest of the site)
 * and its peak memory is that of the largest run; a small site is one run, since each run
 * costs Eleventy's start-up again.
 */
function templateRuns(view: SiteView, pagesPerRun: number, idle: readonly string[]): { skipped: string[]; part: SiteView }[] {
  const templates = readdirSync(LAYOUTS)
    .filter((f) => f.endsWith('.11ty.ts') && !idle.includes(f))
    .sort();
  const sliced = Object.entries(SLICED_RUNS).filter(([t]) => templates.includes(t));
  const pages = sliced.reduce((n, [, { list }]) => n + view[list].length, 0);
  if (pages <= pagesPerRun) return [{ skipped: [...idle], part: view }];
  const runs: { skipped: string[]; part: SiteView }[] = [];
  for (const [template, { list, share }] of sliced) {
    const items: readonly unknown[] = view[list];
    const size = Math.max(1, Math.floor(pagesPerRun * share));
    for (let start = 0; start < items.length; start += size) {
      runs.push({ skipped: [...idle, ...templates.filter((t) => t !== template)], part: { ...view, [list]: items.slice(start, start + size) } });
    }
  }
  runs.push({ skipped: [...idle, ...sliced.map(([t]) => t)], part: view });
  return runs;
}

/** Writes a file as a new one: the one there may be a hard link to a file of the build being served. */
function writeFresh(path: string, pieces: readonly Piece[]): void {
  removeFile(path);
  writePieces(path, pieces);
}

/** The files under a folder, as paths starting with `prefix`. */
function filesUnder(dir: string, prefix: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(prefix, d.parentPath.slice(dir.length), d.name));
}

/** Indexes the shards, each into its folder under `out`. */
function indexShards(
  shards: readonly SearchShard[],
  out: string,
  folderOf = (shard: SearchShard): string => join(out, shard.folder),
  ahead: SearchThread | null = null,
  previousDir: string | null = null,
): Promise<void> {
  return buildSearchIndexes(
    shards.map((shard) => ({
      dir: folderOf(shard),
      primary: shard.folder === PRIMARY_SHARD,
      docs: shard.docs,
      previous: previousDir === null ? null : join(previousDir, shard.folder),
    })),
    ahead,
  );
}

/**
 * Builds the changed shards beside the ones in place, then swaps each in (two renames: the
 * served site is never without one for long), writes the new shard list and removes the
 * shards no longer listed.
 */
async function indexInstead(changed: readonly SearchShard[], shards: readonly SearchShard[], out: string, carried: Promise<void>): Promise<void> {
  const next = join(out, '.pagefind-next');
  await indexShards(changed, out, (shard) => join(next, shard.folder));
  // The previous index, carried over meanwhile, is in place before parts of it are swapped.
  await carried;
  const removals: Promise<void>[] = [];
  for (const shard of changed) {
    const old = join(out, `.${shard.folder}-old`);
    if (existsSync(join(out, shard.folder))) renameSync(join(out, shard.folder), old);
    renameSync(join(next, shard.folder), join(out, shard.folder));
    removals.push(removeAside(old, out));
  }
  rmSync(next, { recursive: true, force: true });
  // Renamed into place: the list carried over is a hard link to the previous build's, which must not change.
  writeFileSync(join(out, `.${SHARD_LIST}`), shardList(shards));
  renameSync(join(out, `.${SHARD_LIST}`), join(out, SHARD_LIST));
  const current = new Set(shards.map((shard) => shard.folder));
  for (const name of readdirSync(out)) if (SHARD_FOLDER.test(name) && !current.has(name)) removals.push(removeAside(join(out, name), out));
  await Promise.all(removals);
}
