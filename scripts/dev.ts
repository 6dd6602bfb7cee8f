/**
 * `npm run dev [-- --content DIR] [--port 8080]` (also `npm start`)
 * Builds the site, serves it on http://127.0.0.1:PORT with live reload, and
 * rebuilds on every change: an article or registry edit re-runs the data step
 * (unchanged articles come from the facts cache, so only the edited ones are
 * read) and re-renders; a template edit (layouts/) only re-renders.
 *
 * Builds take turns in two folders and the served path is a symbolic link that
 * is switched when a build is complete, so the browser never sees half a site and
 * pages of removed articles disappear. A rebuild brings the folder not served up to
 * date from the build before last: it writes only what changed since, instead of
 * linking every page of the site into a new folder and deleting the old one.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, relative, resolve } from 'node:path';
import { createRequire, register } from 'node:module';
import { pathToFileURL } from 'node:url';
import { collectData, contentFolders } from '../src/build/collect.ts';
import { collectGarbage } from './collect-garbage.ts';
import { BuildMemory } from '../src/build/memory.ts';
import { warmUp } from '../src/build/warm-up.ts';
import { copyDataFiles, writeDataFiles } from '../src/build/write-data.ts';
import { lexiconsKeeper } from '../src/extract/lexicons.ts';
import type { AboutPage } from '../src/output/about-page.ts';
import { buildView } from '../src/output/view/index.ts';
import { ViewKeeper } from '../src/output/view/keep.ts';
import type { TimelineData } from '../src/model/schema.ts';
import { asDiagnostic } from '../src/report/attach.ts';
import type { ItemTexts } from '../src/report/safe-json.ts';
import { requestGuard } from './dev-request-guard.ts';
import { formatDiagnostic } from '../src/report/summary.ts';
import { describeRender } from '../src/render/describe-render.ts';
import type { PreviousBuild } from '../src/render/render-manifest.ts';
import { RenderMemory } from '../src/render/render-memory.ts';
import { SHARD_FOLDER } from '../src/render/search-shards.ts';
import { linkedCopy } from '../src/render/update-in-place.ts';
import { renderChanged } from './render-site.ts';
import { watchFolder, type Watching } from './watch-folders.ts';
import { commandLine } from './command-line.ts';

/** The parts of @11ty/eleventy-dev-server (CommonJS, untyped) this script uses. */
interface DevServer {
  serve(port: number): void;
  ready(): Promise<void>;
  reload(event: object): void;
  close(): Promise<void>;
  /** Internal, replaced below to choose the interface the server listens on. */
  _serverListen(port: number): void;
  /** Internal, wrapped below (before the server is made) so that nothing it throws stops the dev loop. */
  onRequestHandler(req: IncomingMessage, res: ServerResponse): Promise<void>;
  readonly server: { listen(options: { port: number; host: string }): void; address(): { port: number } };
}
interface DevServerClass {
  getServer(name: string, dir: string, options: object): DevServer;
}
const EleventyDevServer = createRequire(import.meta.url)('@11ty/eleventy-dev-server') as DevServerClass;

const ROOT = process.cwd();
/**
 * Editors write a file in several steps (temporary file, rename), a few milliseconds apart: wait
 * for quiet before building. Short, as the user waits for it on every save; a step that comes
 * later still only builds once more.
 */
const QUIET_MS = 50;
const ARTICLE_OR_REGISTRY = /\.(?:txt|md|ya?ml)$/i;

const USAGE = 'usage: npm run dev -- [--content DIR] [--port 8080] [--data-dir DIR]';

const { values } = commandLine(
  {
    options: {
      content: { type: 'string' },
      port: { type: 'string', default: process.env['PORT'] ?? '8080' },
      'data-dir': { type: 'string' },
    },
  },
  USAGE,
);

const folders = contentFolders(values.content ?? process.env['DATELINE_CONTENT'] ?? 'content');
const { content, registries: registriesDir } = folders;
const devDir = resolve(values['data-dir'] ?? join('.cache', 'dev'));
/** Written into the dev folder: a folder holding it was made by dateline, and its builds may be removed. */
const DEV_MARKER = '.dateline-dev';
/** What the dev loop writes into its folder: only these are ever removed. */
const DEV_ENTRY = /^(?:build-\d+|build-\d+\.removing-\d+-\d+|site|site-next-\d+)$/;
const served = join(devDir, 'site');
const layouts = resolve('layouts');
// Templates are TypeScript modules: re-import them, and the parts they import, after an edit (see the hook).
register('./dev-layouts-hook.ts', import.meta.url, { data: { layoutsUrl: pathToFileURL(`${layouts}/`).href } });

type Need = 'data' | 'render';
let data: TimelineData | null = null;
/** The About page (content/about.md), read again with the data; none when the content folder is the articles folder itself. */
let about: AboutPage | null = null;
/** What one rebuild's data step keeps for the next: records made from unchanged facts, unchanged items, text fingerprints. */
const memory = new BuildMemory();
// The extractors' lexicons, compiled again only when the registries change.
const lexicons = lexiconsKeeper();
const itemTexts: ItemTexts = new WeakMap();
/** The view's parts, and their fingerprints and search documents, kept for the next rebuild: only what changed is made again. */
const viewKeeper = new ViewKeeper();
const renderMemory = new RenderMemory();
let generation = 0;
/** The build being served: the next one carries its unchanged pages over. */
let lastBuild: PreviousBuild | null = null;
/** The build in the other folder (the build before last), which the next rebuild brings up to date; null when its folder is to be made anew. */
let otherBuild: PreviousBuild | null = null;
/** Search indexes still being built into a folder after its reload: the next rebuild waits for them. */
const indexing = new Map<string, Promise<unknown>>();
let pending: Need | null = 'data';
let running = false;
let timer: NodeJS.Timeout | null = null;

const refused = prepareDevDir();
if (refused) {
  console.error(`error: ${refused}`);
  process.exit(1);
}
await rebuild();
// The other folder holds the first build too (as links), so that the first save is as quick as the next.
if (lastBuild) otherBuild = await linkedCopy(lastBuild, join(devDir, otherFolder(lastBuild)));
// ... and its timeline, which the first save then rewrites from its first change (TypeScript cannot tell that rebuild() set lastBuild).
const firstBuild = lastBuild as PreviousBuild | null;
if (firstBuild && otherBuild) copyDataFiles(firstBuild.dir, otherBuild.dir, memory.dataFiles);
// The data step warmed up as a save runs it, while nobody waits (see warmUp).
if (firstBuild) await warmUp({ folders, root: ROOT, today: null, memory, lexicons });
// The garbage of the first build and the warm-up is collected now, while nobody waits: else the first
// save pays for it (a full collection of a heap of about 1.3 GB at 10,000 articles).
collectGarbage();
const server = EleventyDevServer.getServer('dateline', served, {
  port: Number(values.port),
  liveReload: true,
  domDiff: false,
  logger: quietLogger(),
  middleware: [requestGuard(served)],
});
const handleRequest = server.onRequestHandler.bind(server);
server.onRequestHandler = async (req, res) => {
  try {
    await handleRequest(req, res);
  } catch (e) {
    console.error(`the dev server could not answer ${JSON.stringify(req.url)}: ${(e as Error).message}`);
    if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
    res.end();
  }
};
// The server listens on every interface by default; a preview of unpublished work stays on this machine.
server._serverListen = (port: number) => server.server.listen({ port, host: '127.0.0.1' });
server.serve(Number(values.port));
await server.ready();

const watching = [
  watchChanges(content, (file) => (ARTICLE_OR_REGISTRY.test(file) ? 'data' : null)),
  ...(registriesDir !== content ? [watchChanges(registriesDir, (file) => (/\.ya?ml$/i.test(file) ? 'data' : null))] : []),
  watchChanges(layouts, () => 'render'),
];
await Promise.all(watching.map((w) => w.ready));
console.log(`dateline dev: http://127.0.0.1:${server.server.address().port}/ (watching ${relative(ROOT, content) || '.'} and layouts/; Ctrl+C stops)`);

process.on('SIGINT', () => {
  void Promise.all([server.close(), ...watching.map((w) => w.close())]).then(() => process.exit(0));
});

/**
 * Builds of an earlier session are of no use: start clean (the facts cache is elsewhere and
 * kept). Only a folder dateline made is cleaned, and only of what it wrote there: --data-dir
 * could name any folder. Returns why the folder cannot be used, or null.
 */
function prepareDevDir(): string | null {
  if (existsSync(devDir)) {
    const entries = readdirSync(devDir);
    const ours = entries.includes(DEV_MARKER) || values['data-dir'] === undefined;
    if (entries.length > 0 && !ours) {
      return `${devDir} is not empty and was not made by dateline dev; nothing in it was touched\n  what to do: give --data-dir a new or empty folder`;
    }
    for (const name of entries) if (DEV_ENTRY.test(name)) rmSync(join(devDir, name), { recursive: true, force: true });
  }
  mkdirSync(devDir, { recursive: true });
  writeFileSync(join(devDir, DEV_MARKER), 'Made by `npm run dev`: its builds here are removed at its next start.\n');
  return null;
}

/** Watches a folder; a change that needs something schedules a rebuild once the folder is quiet. */
function watchChanges(dir: string, needOf: (file: string) => Need | null): Watching {
  return watchFolder(dir, (file) => {
    const need = needOf(file);
    if (!need) return;
    if (need === 'render') renderMemory.forgetCode();
    pending = pending === 'data' || need === 'data' ? 'data' : 'render';
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void rebuild(), QUIET_MS);
  });
}

/** Runs what the pending change needs; a change that arrives meanwhile runs after it. */
async function rebuild(): Promise<void> {
  if (running || !pending) return;
  running = true;
  const need = pending;
  pending = null;
  try {
    const t0 = performance.now();
    let summary = '';
    if (need === 'data' || !data) {
      // The build's own path: the same data and the same problems as `npm run build` (no --today here).
      const result = await collectData({ folders, root: ROOT, today: null, memory, lexicons });
      if (result.fatal.length) {
        for (const d of result.fatal) console.error(`error: ${d.file}: ${d.message}`);
        console.error('the site was not rebuilt: fix the registry and save again');
        return;
      }
      about = result.about;
      data = result.data;
      for (const d of data.diagnostics) if (/(?:^|[\\/])about\.md$/.test(d.file)) console.error(formatDiagnostic(asDiagnostic(d)));
      const { stats } = result;
      summary = `${stats.files} articles (${stats.extracted} read, ${stats.fromCache} from the cache), ${data.events.length} events, ${data.claims.length} claims, ${data.diagnostics.length} warnings; data ${seconds(performance.now() - t0)}`;
    }
    generation++;
    // The folder not served (after a failed build, the same one again).
    const target = join(devDir, otherFolder(lastBuild));
    // A search index still being built is awaited: this build carries shards over from it, or builds into its folder.
    await Promise.all(indexing.values());
    indexing.clear();
    const stale = otherBuild?.dir === target ? otherBuild : null;
    // Until this build is done the folder holds neither build: should it fail, it is made anew.
    otherBuild = null;
    if (!stale) rmSync(target, { recursive: true, force: true });
    const tFiles = performance.now();
    writeDataFiles(target, data, itemTexts, memory.dataFiles);
    const tView = performance.now();
    viewKeeper.begin();
    const view = buildView(data, about, viewKeeper);
    const tRender = performance.now();
    const site = await renderChanged({ view, out: target, pathPrefix: '/', previous: lastBuild, stale, searchLater: true, memory: renderMemory });
    switchServed(target);
    otherBuild = lastBuild;
    lastBuild = { dir: target, pages: site.fingerprints };
    console.log(
      `${summary ? `${summary}; ` : 'templates changed; '}data files ${seconds(tView - tFiles)}; view ${seconds(tRender - tView)}; site ${describeRender(site)}; rebuilt in ${seconds(performance.now() - t0)}`,
    );
    // The index comes after the reload, into the folder served; the next rebuild waits for it.
    const current = (): boolean => lastBuild?.dir === target;
    if (site.searchPending) {
      const done = site.searchDone.then(
        (ms) =>
          current() &&
          console.log(
            `search index: ${site.searchShards.rebuilt} of ${site.searchShards.total} parts built again, in place ${seconds(ms)} after the rebuild began`,
          ),
        (e: unknown) => {
          // The folder's index is not what its record says: it is made anew when next built into.
          if (otherBuild?.dir === target) otherBuild = null;
          if (lastBuild?.dir === target) lastBuild = { dir: target, pages: new Map([...lastBuild.pages].filter(([path]) => !SHARD_FOLDER.test(path))) };
          console.error(`the search index could not be built: ${(e as Error).message}`);
        },
      );
      indexing.set(target, done);
    }
    if (generation > 1) server.reload({});
  } catch (e) {
    console.error(`the build failed, the last good site is still served: ${(e as Error).stack ?? e}`);
  } finally {
    running = false;
    if (pending) void rebuild();
  }
}

/** The build folder not served now. */
function otherFolder(served: PreviousBuild | null): string {
  return served?.dir === join(devDir, 'build-1') ? 'build-2' : 'build-1';
}

/** Points the served link at the new build (rename is atomic). */
function switchServed(target: string): void {
  const link = join(devDir, `site-next-${generation}`);
  rmSync(link, { force: true });
  symlinkSync(target, link, 'dir');
  renameSync(link, served);
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

/** Eleventy's server logs every request; the dev loop prints one line per build instead. */
function quietLogger(): { info: (m: string) => void; log: (m: string) => void; error: (m: string) => void } {
  return { info: () => undefined, log: () => undefined, error: (m) => console.error(m) };
}
