/**
 * `npm run build`: the data step, then Eleventy, into the output folder. Its options are in
 * USAGE below (`npm run build -- --help`).
 *
 * Exit codes: 0 built (or checked) with no errors; 1 an error, or a warning under --strict;
 * 2 an argument it does not know (with the usage).
 * A build that fails leaves the previous output as it was: the site is written into a
 * sibling folder and swapped in by renaming only once it is complete.
 */
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { assertContract } from '../src/build-data.ts';
import { collectData, contentFolders, type Collected } from '../src/build/collect.ts';
import { isCalendarDay, isoDay } from '../src/lexicon/calendar.ts';
import { writeDataFiles } from '../src/build/write-data.ts';
import { outputFolderProblem, removeLeftoversOfKilledBuilds } from '../src/output/output-folder.ts';
import type { Diagnostic } from '../src/model/types.ts';
import type { TimelineData } from '../src/model/schema.ts';
import { asDiagnostic } from '../src/report/attach.ts';
import { formatDiagnostic, formatSummary, summarizeDiagnostics } from '../src/report/summary.ts';
import { foldersOf, makeFoldersAhead, removeFoldersLeftEmpty } from '../src/render/folders-ahead.ts';
import { previousBuild, RENDER_CACHE, recordPages } from '../src/render/render-manifest.ts';
import { SearchThread } from '../src/render/search-index.ts';
import { keepAsSpare, takeSpare } from '../src/render/spare-build.ts';
import { collectGarbage } from './collect-garbage.ts';
import { commandLine } from './command-line.ts';
import { isShortBuild, optimiseAsTheBuildNeeds } from './short-build.ts';
import { importModule, keepCompiledCode } from './typescript-loader.ts';

const SECONDS_PER_DAY = 86_400;
/** Where the About page's HTML is kept between builds, under the project root. */
const ABOUT_CACHE = join('.cache', 'about');
/**
 * Above this much heap, the data is collected at once once the view is made (at 10,000 articles
 * it is a few hundred MB, and the render's peak would come on top of it). Below, V8 collects it
 * when it needs to, mostly off this thread: a forced collection of a 1,000-article build's
 * 200 MB took a tenth of a second or more of a build after adding one article.
 */
const COLLECT_ABOVE_BYTES = 512 * 1024 * 1024;

const USAGE = `usage: npm run build -- [options]
  --content DIR       content folder (default: content; env DATELINE_CONTENT)
  --out DIR           output folder (default: _site; env DATELINE_OUT)
  --pathprefix /p/    serve the site under a sub-path (env DATELINE_PATH_PREFIX)
  --data-only         write only <out>/data/timeline.json and <out>/report.json
  --check             run every check and list the problems; write nothing
  --strict            warnings fail the build and nothing is written
  --today YYYY-MM-DD  the day publication dates are checked against (env SOURCE_DATE_EPOCH)
  --timings FILE      write where the build's time went, as JSON, to FILE`;

const { values } = commandLine(
  {
    options: {
      content: { type: 'string' },
      out: { type: 'string' },
      pathprefix: { type: 'string' },
      'data-only': { type: 'boolean', default: false },
      check: { type: 'boolean', default: false },
      strict: { type: 'boolean', default: false },
      today: { type: 'string' },
      timings: { type: 'string' },
    },
  },
  USAGE,
);

void main().then((code) => {
  process.exitCode = code;
});

async function main(): Promise<number> {
  const root = process.cwd();
  const folders = contentFolders(values.content ?? process.env['DATELINE_CONTENT'] ?? 'content');
  const { content, articles, registries } = folders;
  const out = resolve(values.out ?? process.env['DATELINE_OUT'] ?? '_site');
  const pathPrefix = values.pathprefix ?? process.env['DATELINE_PATH_PREFIX'] ?? '/';
  const today = todayOf(values.today, process.env['SOURCE_DATE_EPOCH']);
  if (today instanceof Error) {
    console.error(`error: ${today.message}`);
    return 1;
  }
  if (!existsSync(articles)) {
    console.error(`error: ${articles}: no such folder\n  what to do: give --content a folder of articles`);
    return 1;
  }
  if (!values.check) {
    const problem = outputFolderProblem(out, [...new Set([content, articles, registries])]);
    if (problem) {
      console.error(`error: ${problem}; nothing was written\n  what to do: give --out a new or empty folder, outside the content folder`);
      return 1;
    }
    removeLeftoversOfKilledBuilds(out);
  }

  optimiseAsTheBuildNeeds(isShortBuild(articles));
  const t0 = performance.now();
  // The site's code (Eleventy, the view) is loaded only for a site: --data-only and --check need
  // not pay the 0.4 s it takes. For a site it starts loading now, while the data step runs: the
  // loader reads and compiles files off this thread meanwhile.
  const siteCode = values['data-only'] || values.check ? null : loadSiteCode();
  const staging = `${join(dirname(out), `.${basename(out)}.building`)}-${process.pid}`;
  // Pages unchanged since the build now in `out` are carried over from it, not rendered; the
  // folders of its pages are made in the new build's folder meanwhile (on a thread of their own).
  const previous = siteCode ? previousBuild(join(root, RENDER_CACHE), out) : null;
  // The site the previous build replaced, kept beside the output, is brought up to date in place:
  // its folders are there already. Without it, the folders are made in a new folder meanwhile.
  const stale = previous ? takeSpare(join(root, RENDER_CACHE), out, staging) : null;
  const foldersAhead = previous && !stale ? makeFoldersAhead(staging, previous.pages.keys()) : Promise.resolve([]);
  foldersAhead.catch(() => undefined);
  /** The search index's thread, started once the data step is done, to load Pagefind while the view is built. */
  let searchThread: SearchThread | null = null;
  /** A build that stops removes what it began of its folder. */
  const abandon = async (): Promise<void> => {
    searchThread?.stop();
    await foldersAhead.catch(() => undefined);
    rmSync(staging, { recursive: true, force: true });
  };
  // `let`: the data is dropped before Eleventy runs, which needs only the view (see below).
  let step: Collected | null = await collectData({
    folders,
    root,
    today,
    renderAbout: !values['data-only'] && !values.check,
    // A new process need not load remark for an About page it rendered before.
    aboutKeptIn: join(root, ABOUT_CACHE),
  });
  if (step.fatal.length) {
    for (const d of step.fatal) console.error(formatDiagnostic(d));
    console.error(`stopped: ${step.fatal.length} error${step.fatal.length === 1 ? '' : 's'} in the configuration; nothing was written`);
    await abandon();
    return 1;
  }
  const aboutPage = step.about;
  let data: TimelineData | null = step.data;
  const { stats } = step;
  const fromCache = stats.fromCache;
  // The contract check costs as much as linking: --check and --strict run it, and the tests.
  if (values.check || values.strict || process.env['DATELINE_VALIDATE'] === '1') assertContract(data);
  const t1 = performance.now();
  const diagnostics = data.diagnostics.map(asDiagnostic);
  report(diagnostics);
  console.log(
    `data: ${data.articles.length} articles, ${data.events.length} events, ${data.claims.length} claims ` +
      `in ${((t1 - t0) / 1000).toFixed(2)} s (${fromCache} from the cache)`,
  );

  const summary = summarizeDiagnostics(diagnostics);
  const failing = summary.bySeverity.error + (values.strict ? summary.bySeverity.warning : 0);
  if (values.check) return failing > 0 ? 1 : 0;
  if (failing > 0) {
    console.error(`stopped: ${failing} problem${failing === 1 ? '' : 's'} under --strict; the output was left as it was`);
    await abandon();
    return 1;
  }

  if (values['data-only']) {
    writeDataFiles(out, data);
    console.log(`data -> ${join(out, 'data', 'timeline.json')}`);
    return 0;
  }
  try {
    // A small build's data files are written while its search index is built (on a thread of its own),
    // so that the index starts sooner; a large build's first, so that its data can go before the pages.
    const writeNow = process.memoryUsage().heapUsed > COLLECT_ABOVE_BYTES;
    if (writeNow) writeDataFiles(staging, data);
    const toWrite = writeNow ? null : data;
    const counts = { articles: data.articles.length, events: data.events.length, claims: data.claims.length };
    const tData = performance.now();
    const dataMaxRssMb = process.resourceUsage().maxRSS / 1024;
    searchThread = new SearchThread();
    const [{ buildView }, { renderChanged, rendersWithoutEleventy }, { describeRender }, outlines] = await (siteCode ?? loadSiteCode());
    const tLoaded = performance.now();
    // The map's outlines an earlier build drew for the same frame are not drawn again.
    const outlinesKept = outlines.loadMapOutlines(join(root, RENDER_CACHE));
    const view = buildView(data, aboutPage);
    const tView = performance.now();
    // At 10,000 articles the data is a few hundred MB the pages no longer need: let it go.
    data = null;
    step = null;
    if (process.memoryUsage().heapUsed > COLLECT_ABOVE_BYTES) collectGarbage();
    // An article read anew almost always changes pages. Eleventy renders them for a site built
    // from nothing or under a sub-path (a rebuild under '/' renders them itself: render-site.ts);
    // loaded before the templates' TypeScript loader is, Node loads its modules by itself, which is faster.
    if (stats.extracted > 0 && !rendersWithoutEleventy(previous, pathPrefix)) await importModule('@11ty/eleventy');
    // Folders that could not be made ahead are made as the pages are carried over.
    const made = await foldersAhead.catch(() => foldersOf(previous?.pages.keys() ?? []));
    const site = await renderChanged({
      view,
      out: staging,
      pathPrefix,
      previous,
      stale,
      searchThread,
      whileIndexing: toWrite ? () => writeDataFiles(staging, toWrite) : null,
    });
    removeFoldersLeftEmpty(staging, made, site.fingerprints.keys());
    swapFolder(staging, out, (replaced) => keepAsSpare(join(root, RENDER_CACHE), replaced, out, previous?.pages ?? null));
    try {
      recordPages(join(root, RENDER_CACHE), out, site.fingerprints);
    } catch (e) {
      // The site is in place: only the next build's shortcut is lost.
      console.warn(`note: the record of the pages could not be kept in ${RENDER_CACHE} (${(e as Error).message}); the next build renders every page`);
    }
    outlines.saveMapOutlines(join(root, RENDER_CACHE), outlinesKept);
    const t2 = performance.now();
    console.log(`site: ${describeRender(site)}; in all ${((t2 - t1) / 1000).toFixed(2)} s -> ${out}`);
    // A site was built: this run went through the code every build runs, worth keeping compiled.
    keepCompiledCode();
    if (values.timings) {
      const timings = {
        ...counts,
        pages: site.pages,
        rendered: site.rendered,
        carried: site.carried,
        startMs: t0,
        dataMs: tData - t0,
        waitCodeMs: tLoaded - tData,
        viewMs: tView - tLoaded,
        planMs: site.ms.plan,
        pagesMs: site.ms.eleventy,
        searchMs: site.ms.search,
        shards: `${site.searchShards.rebuilt}/${site.searchShards.total}`,
        renderMs: t2 - tData,
        threads: stats.threads,
        extracted: stats.extracted,
        fromCache,
        dataMaxRssMb,
        maxRssMb: process.resourceUsage().maxRSS / 1024,
      };
      writeFileSync(values.timings, `${JSON.stringify(timings)}\n`);
    }
    return 0;
  } catch (e) {
    await abandon();
    console.error(`error: the site could not be written (${(e as Error).message}); the previous output was left as it was`);
    return 1;
  }
}

/** The code that renders the site, loading (a failure to load surfaces where it is awaited). */
function loadSiteCode() {
  const loading = Promise.all([
    import('../src/output/view/index.ts'),
    import('./render-site.ts'),
    import('../src/render/describe-render.ts'),
    import('../src/render/map-outlines.ts'),
  ]);
  // Not awaited until the data is ready (or never, when the build stops before): not an unhandled rejection meanwhile.
  loading.catch(() => undefined);
  return loading;
}

/** Lists every problem, then one line of counts by kind. */
function report(diagnostics: readonly Diagnostic[]): void {
  for (const d of diagnostics) console.warn(formatDiagnostic(d));
  console.log(`problems: ${formatSummary(summarizeDiagnostics(diagnostics))}${diagnostics.length ? ' (also in report.json and on /report/)' : ''}`);
}

/** Puts the finished folder where the old output was; the old one is handed to `replaced` only once the new one is in place. */
function swapFolder(built: string, out: string, replaced: (dir: string) => void): void {
  const previous = `${join(dirname(out), `.${basename(out)}.previous`)}-${process.pid}`;
  const hadOutput = existsSync(out);
  if (hadOutput) renameSync(out, previous);
  try {
    renameSync(built, out);
  } catch (e) {
    if (hadOutput) renameSync(previous, out);
    throw e;
  }
  if (hadOutput) replaced(previous);
}

/** The day dates are checked against: --today, else SOURCE_DATE_EPOCH (reproducible builds' convention), else none. */
function todayOf(flag: string | undefined, epoch: string | undefined): string | null | Error {
  if (flag !== undefined) {
    return isCalendarDay(flag) ? flag : new Error(`--today ${flag}: write the day as YYYY-MM-DD`);
  }
  if (epoch !== undefined && epoch !== '') {
    const seconds = Number(epoch);
    if (!Number.isInteger(seconds) || seconds < 0) return new Error(`SOURCE_DATE_EPOCH=${epoch}: expected whole seconds since 1970`);
    return isoDay(Math.floor(seconds / SECONDS_PER_DAY));
  }
  return null;
}
