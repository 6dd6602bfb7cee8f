/**
 * The data step: content folder in, timeline data out. Reads every article
 * (from the facts cache when the file, its path, the registries and the
 * extractor are unchanged), extracts the facts of the others and links them.
 * The result is checked against the contract on request (`validate`: the
 * build's --check, and the tests), not on every build: the check costs as much
 * as linking.
 *
 * `runDataStep` runs on the calling thread; `runDataStepAsync` spreads the
 * articles to extract over worker threads when there are many. Both give the
 * same data: outcomes are put back in file order before anything is linked.
 */
import { availableParallelism } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import {
  type ArticleCacheLocation,
  keepCachedFactsInMemory,
  pruneOtherVersions,
  removeStaleTemporaryEntries,
  writeCachedFacts,
  writeCachedFactsInBackground,
} from './cache/article-cache.ts';
import { registriesHash } from './cache/cache-key.ts';
import type { FileStamps } from './cache/file-stamps.ts';
import { extractorVersion } from './cache/extractor-version.ts';
import { cachedReadAgain } from './cache/read-again-cache.ts';
import { storedRegistries } from './cache/registries-cache.ts';
import { compileLexicons, type Lexicons } from './extract/lexicons.ts';
import { extractArticle, STEP_BATCH } from './extract/pipeline.ts';
import { pushAll } from './long-arrays.ts';
import { articleId } from './ingest/index.ts';
import { IdAllocator } from './ingest/ids.ts';
import { listArticleFiles } from './ingest/list-files.ts';
import { buildTimeline } from './link/index.ts';
import type { RecordReuse } from './link/reuse.ts';
import type { ArticleFacts, Diagnostic, Registries } from './model/types.ts';
import { timelineSchema, type TimelineData } from './model/schema.ts';
import { loadRegistries } from './registry/load.ts';
import { readInWorkers } from './workers/pool.ts';
import { extractArticlesFacts, readCachedArticle, type ArticleOutcome, type ReadContext, type StoreFacts, type UnreadArticle } from './workers/read-article.ts';

/**
 * Below this many articles to extract, worker threads cost more than they save. Measured on a
 * 2-core machine: a worker is ready after about 0.45 s and must warm its JIT up again, and two
 * threads extracting at once each run about a third slower (they share caches and memory
 * bandwidth), so two threads beat one only from about 2,000 articles on.
 */
const DEFAULT_WORKER_THRESHOLD = 2000;

export interface DataStepOptions {
  /** The content folder: articles/ and the registries. */
  readonly contentDir: string;
  /** Where articles are read from (default `<contentDir>/articles`, or the folder itself when it has no articles/). */
  readonly articlesDir: string;
  /** File paths in the data are relative to this folder (the project root). */
  readonly root: string;
  readonly onArticle?: (done: number, total: number) => void;
  /** The facts cache folder, or false for none (default: env DATELINE_CACHE, else `<root>/.cache/articles`). */
  readonly cacheDir?: string | false;
  /** `runDataStepAsync` only: use workers when more than this many articles must be extracted (default 2,000). */
  readonly workerThreshold?: number;
  /** `runDataStepAsync` only: how many threads extract, the calling one included (default: the machine's available parallelism). */
  readonly workers?: number;
  /** Overrides the extractor version the cache is keyed by (default: a hash of the extraction code). */
  readonly extractorVersion?: string;
  /** 'auto' (default) shows a progress line on stderr when it is a terminal; 'off' never does. */
  readonly progress?: 'auto' | 'off';
  /** Check the result against the contract (zod) and throw if it breaks it (default false). */
  readonly validate?: boolean;
  /** The day the build counts as today (--today), or null: reaches every check that uses it. */
  readonly today?: string | null;
  /** Records of earlier builds to give back when unchanged (a long-running process keeps one; default none). */
  readonly reuse?: RecordReuse;
  /**
   * The extractors' lexicons for the registries read (a long-running process keeps them while the
   * registries are unchanged: see lexiconsKeeper); default: compiled for this build, on this thread.
   */
  readonly lexicons?: (registries: Registries) => Lexicons;
  /**
   * `runDataStepAsync` only: the content hashes of the files read before, by their stamps (a
   * long-running process keeps them: see FileStamps); unchanged files are then not read again.
   */
  readonly stamps?: FileStamps;
  /** The article files, when the caller listed the folder already (see listArticleFolder); default: listed here. */
  readonly files?: readonly string[];
}

/** What the step did: how many articles came from the cache and how many were extracted. */
export interface DataStepStats {
  readonly files: number;
  readonly fromCache: number;
  readonly extracted: number;
  readonly duplicates: number;
  readonly unreadable: number;
  /** Worker threads started (0: all on the calling thread). */
  readonly workers: number;
  /** Threads that extracted articles: the worker threads and the calling thread. */
  readonly threads: number;
}

export interface DataStepResult {
  readonly data: TimelineData;
  /** Configuration errors (a broken registry) stop the build; article problems never do. */
  readonly fatal: readonly Diagnostic[];
  readonly stats: DataStepStats;
}

interface Prepared {
  readonly files: readonly string[];
  readonly ctx: ReadContext;
  /** Compiled once for the build on this thread (each worker compiles its own). */
  readonly lexicons: Lexicons;
  readonly report: (done: number, total: number) => void;
}

/**
 * Runs ingest, extract and link over a content folder, on the calling thread.
 * @example runDataStep({ contentDir: 'content', articlesDir: 'content/articles', root: '.' }).data.events.length
 */
export function runDataStep(options: DataStepOptions): DataStepResult {
  const prepared = prepare(options);
  if ('fatal' in prepared) return prepared;
  const { files, ctx, lexicons, report } = prepared;
  const { found, missing, settled } = lookUp(files, ctx, report);
  const extracted = extractInBatches(missing, ctx, lexicons, writeCachedFacts, (done) => report(settled + done, files.length));
  return finish(inFileOrder(found, extracted), lexicons, 0, options, ctx.cache);
}

/**
 * Runs the data step with the articles to extract spread over worker threads when there are more than `workerThreshold`.
 * @example (await runDataStepAsync({ contentDir: 'content', articlesDir: 'content/articles', root: '.' })).stats.workers
 */
export async function runDataStepAsync(options: DataStepOptions): Promise<DataStepResult> {
  const prepared = prepare(options);
  if ('fatal' in prepared) return prepared;
  const { files, ctx, lexicons, report } = prepared;
  // Every file is read and hashed once, here; cached articles are settled at once and the
  // others, with their bytes, go to extraction (on this thread or the workers).
  const { stamps } = options;
  if (stamps && ctx.cache) stamps.begin(ctx.cache.dir);
  const { found, missing, settled } = lookUp(files, ctx, report, stamps);
  const threads = Math.max(1, options.workers ?? availableParallelism());
  const useWorkers = threads > 1 && missing.length > (options.workerThreshold ?? DEFAULT_WORKER_THRESHOLD);
  // This thread's cache entries are written in the background while it extracts and links.
  const writing: Promise<boolean>[] = [];
  const store: StoreFacts = (at, key, facts) => writing.push(writeCachedFactsInBackground(at, key, facts));
  // The calling thread extracts too: it starts at once, while the workers load the code.
  const extracted = useWorkers
    ? await readInWorkers(missing, ctx, {
        workers: threads - 1,
        here: (batch) => extractArticlesFacts(batch, ctx, lexicons, store),
        onOutcome: (done) => report(settled + done, files.length),
      })
    : extractInBatches(missing, ctx, lexicons, store, (done) => report(settled + done, files.length));
  // What the workers extracted (and stored) is kept in this thread's memory too, as if read here.
  const { cache } = ctx;
  if (useWorkers && cache) {
    extracted.forEach((outcome, n) => {
      const key = missing[n]?.key;
      if (key && outcome?.kind === 'facts') keepCachedFactsInMemory(cache, key, outcome.facts);
    });
  }
  const result = finish(inFileOrder(found, extracted), lexicons, useWorkers ? threads - 1 : 0, options, ctx.cache);
  await Promise.all(writing);
  return result;
}

/** Each file settled by the cache (or a read error), or read for extraction; what is settled is reported. */
function lookUp(
  files: readonly string[],
  ctx: ReadContext,
  report: (done: number, total: number) => void,
  stamps?: FileStamps,
): { found: (ArticleOutcome | UnreadArticle)[]; missing: UnreadArticle[]; settled: number } {
  const found = files.map((file) => readCachedArticle(file, ctx, stamps));
  const missing = found.filter((f): f is UnreadArticle => !('kind' in f));
  const settled = files.length - missing.length;
  report(settled, files.length);
  return { found, missing, settled };
}

/** The articles extracted on this thread STEP_BATCH at a time (the steps read a batch together), `done` told after each batch. */
function extractInBatches(
  articles: readonly UnreadArticle[],
  ctx: ReadContext,
  lexicons: Lexicons,
  store: StoreFacts,
  done: (count: number) => void,
): ArticleOutcome[] {
  const out: ArticleOutcome[] = [];
  for (let i = 0; i < articles.length; i += STEP_BATCH) {
    pushAll(out, extractArticlesFacts(articles.slice(i, i + STEP_BATCH), ctx, lexicons, store));
    done(out.length);
  }
  return out;
}

/** The outcomes in file order: the settled ones where they stand, the extracted ones, in order, in the gaps. */
function inFileOrder(found: readonly (ArticleOutcome | UnreadArticle)[], extracted: readonly ArticleOutcome[]): ArticleOutcome[] {
  let k = 0;
  return found.map((f) => ('kind' in f ? f : extracted[k++])).filter((o): o is ArticleOutcome => o !== undefined);
}

function prepare(options: DataStepOptions): Prepared | DataStepResult {
  const cacheDir = cacheFolder(options);
  const version = cacheDir ? (options.extractorVersion ?? extractorVersion()) : null;
  const store = cacheDir && version ? storedRegistries({ dir: cacheDir, extractorVersion: version }) : undefined;
  const { registries, errors } = loadRegistries(options.contentDir, store);
  const files = options.files ?? listArticleFiles(options.articlesDir, options.root);
  if (errors.length) {
    return {
      data: emptyTimeline(errors),
      fatal: errors,
      stats: { files: files.length, fromCache: 0, extracted: 0, duplicates: 0, unreadable: 0, workers: 0, threads: 1 },
    };
  }
  const cache = cacheDir && version ? { dir: cacheDir, extractorVersion: version, registriesHash: registriesHash(registries) } : null;
  if (cache) {
    pruneOtherVersions(cache);
    removeStaleTemporaryEntries(cache);
  }
  const show = options.progress !== 'off' && process.stderr.isTTY ? progressLine() : null;
  const report = (done: number, total: number): void => {
    options.onArticle?.(done, total);
    show?.(done, total);
  };
  const lexicons = options.lexicons ? options.lexicons(registries) : compileLexicons(registries);
  return { files, ctx: { root: options.root, registries, today: options.today ?? null, cache }, lexicons, report };
}

/** Puts outcomes (in file order) together: ids, duplicates, linking, the contract check. */
function finish(
  outcomes: readonly ArticleOutcome[],
  lexicons: Lexicons,
  workers: number,
  options: DataStepOptions,
  cache: ArticleCacheLocation | null,
): DataStepResult {
  const ids = new IdAllocator();
  const facts: ArticleFacts[] = [];
  const extra: Diagnostic[] = [];
  const byHash = new Map<string, string>();
  let fromCache = 0;
  let duplicates = 0;
  for (const outcome of outcomes) {
    if (outcome.kind === 'unreadable') {
      extra.push(outcome.diagnostic);
      continue;
    }
    if (outcome.cached) fromCache++;
    const { file } = outcome;
    // Ids are given in file order, duplicates included, so a file's id does not depend on the cache.
    const id = ids.take(articleId(file));
    const found = outcome.facts;
    const article = found.article.id === id ? found.article : { ...found.article, id };
    const twin = byHash.get(article.hash);
    if (twin && article.body.trim()) {
      // Both files are shown, but the copy's figures and events count once, under the first file.
      duplicates++;
      const dup: Diagnostic = {
        file,
        severity: 'warning',
        code: 'duplicate',
        message: `same text as ${twin}: it is shown, but its figures and events are counted once, under ${twin}`,
        hint: 'delete one of the two files',
      };
      facts.push({
        ...found,
        article: { ...article, diagnostics: [...article.diagnostics, dup] },
        figures: [],
        attributions: [],
        claims: [],
        events: [],
        diagnostics: [...found.diagnostics, dup],
      });
      continue;
    }
    byHash.set(article.hash, file);
    facts.push(article === found.article ? found : { ...found, article });
  }
  // Articles the link stage reads again are kept in the facts cache too (see read-again-cache.ts).
  const data = buildTimeline(facts, lexicons, extra, options.reuse ?? null, cache ? cachedReadAgain(cache) : extractArticle);
  if (options.validate) assertContract(data);
  const unreadable = outcomes.filter((o) => o.kind === 'unreadable').length;
  return {
    data,
    fatal: [],
    stats: { files: outcomes.length, fromCache, extracted: outcomes.length - unreadable - fromCache, duplicates, unreadable, workers, threads: workers + 1 },
  };
}

/**
 * Throws when the data breaks the contract: a fault in dateline, never in an article.
 * @example assertContract(data) // nothing, or an Error naming the path that breaks
 */
export function assertContract(data: TimelineData): void {
  const checked = timelineSchema.safeParse(data);
  if (checked.success) return;
  const issue = checked.error.issues[0];
  throw new Error(`internal error: the timeline data breaks its contract at ${issue?.path.join('.')}: ${issue?.message}`);
}

function cacheFolder(options: DataStepOptions): string | null {
  if (options.cacheDir === false) return null;
  const dir = options.cacheDir ?? process.env['DATELINE_CACHE'] ?? join(options.root, '.cache', 'articles');
  if (dir === '' || dir === 'off') return null;
  return isAbsolute(dir) ? dir : resolve(options.root, dir);
}

/** A progress line redrawn in place about a hundred times per build (not per article: terminals are slow). */
function progressLine(): (done: number, total: number) => void {
  let shown = -1;
  return (done, total) => {
    const step = Math.max(1, Math.floor(total / 100));
    if (done !== total && done - shown < step) return;
    shown = done;
    process.stderr.write(`\rreading articles: ${done}/${total}${done === total ? '\n' : ''}`);
  };
}

function emptyTimeline(diagnostics: readonly Diagnostic[]): TimelineData {
  return {
    articles: [],
    sources: [],
    claimants: [],
    places: [],
    events: [],
    claims: [],
    groups: [],
    disagreements: [],
    diagnostics: diagnostics.map((d) => ({ ...d })),
  };
}
