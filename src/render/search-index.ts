/**
 * The search index's shards, built by Pagefind on a thread of its own (search-worker.mjs), so
 * that its messages to and from Pagefind's process never wait for the main thread, which
 * renders meanwhile.
 */
import { Worker } from 'node:worker_threads';
import type { SearchDocument } from '../output/search-documents.ts';

/** One shard to index: its documents, the folder its index goes in, and whether it is the primary (the one the page loads). */
export interface IndexJob {
  readonly dir: string;
  readonly primary: boolean;
  readonly docs: readonly SearchDocument[];
  /** The same shard's folder in the previous build, which stays as it is until this one is written: its files with the same bytes are linked, not written again. */
  readonly previous?: string | null;
}

/** Search documents handed to Pagefind at once: a window bounds the messages waiting in memory (all at once: 0.4 GB at 10,000 articles). */
const SEARCH_WINDOW = 1000;
/**
 * Shards indexed at once: two keep both cores busy, and bound the documents waiting in memory;
 * a rebuild's few changed shards (GIVEN_AT_ONCE or fewer) are all indexed at once, none waiting for another.
 */
const SHARDS_AT_ONCE = 2;
/**
 * Shards whose documents go with the thread when it starts: a rebuild's few changed shards all
 * do (asked for later, they waited for the main thread's event loop, which rendering holds); a
 * cold build's others are asked for as the thread goes, so few are held twice at once.
 */
const GIVEN_AT_ONCE = 4;
const WORKER = new URL('./search-worker.mjs', import.meta.url);

/**
 * A search thread started ahead of its work: it loads Pagefind while the build reads its data
 * (at the start of the render it took a sixth of a second, and the search index was the last
 * part of a build after adding an article to a few hundred real ones). It keeps no process
 * alive while it waits; one never given work is stopped.
 */
export class SearchThread {
  readonly worker = new Worker(WORKER, { workerData: { wait: true }, execArgv: [] });
  private given = false;
  private ended = false;

  constructor() {
    this.worker.unref();
    // A thread that failed while waiting is not given work: the work starts a thread of its own.
    this.worker.on('error', () => undefined);
    this.worker.once('exit', () => {
      this.ended = true;
    });
  }

  /** Takes the thread for one piece of work: true the first time, while it waits; false after, or once it has ended. */
  take(): boolean {
    if (this.given || this.ended) return false;
    this.given = true;
    return true;
  }

  /** Stops a thread that was never given work (or was, and is done: then it has stopped already). */
  stop(): void {
    if (this.take()) void this.worker.terminate();
  }
}

/**
 * Indexes each job's documents into its folder; settles once the thread has stopped, with
 * Pagefind's first error if one failed. `ahead`, a thread started ahead, does the work when given
 * (and is stopped when there is none); else a thread is started now.
 * @example await buildSearchIndexes([{ dir: '_site/pagefind', primary: true, docs }])
 */
export function buildSearchIndexes(jobs: readonly IndexJob[], ahead: SearchThread | null = null): Promise<void> {
  if (!jobs.length) {
    ahead?.stop();
    return Promise.resolve();
  }
  // Only what the thread reads is copied to it: the first shards' documents at once, the others when it asks (GIVEN_AT_ONCE).
  const docsOf = (n: number) => jobs[n]?.docs.map(({ sourcePath, html }) => ({ sourcePath, html })) ?? [];
  const workerData = {
    jobs: jobs.map(({ dir, primary, previous = null }) => ({ dir, primary, previous })),
    first: jobs.slice(0, GIVEN_AT_ONCE).map((_, n) => docsOf(n)),
    window: SEARCH_WINDOW,
    atOnce: jobs.length <= GIVEN_AT_ONCE ? jobs.length : SHARDS_AT_ONCE,
  };
  return new Promise((resolve, reject) => {
    let outcome: { readonly ok?: true; readonly error?: string } | null = null;
    const useAhead = ahead?.take() ?? false;
    const worker = useAhead && ahead ? ahead.worker : new Worker(WORKER, { workerData, execArgv: [] });
    if (useAhead) {
      worker.ref();
      worker.postMessage(workerData);
    }
    worker.on('message', (m: { want?: number; ok?: true; error?: string }) => {
      if (m.want === undefined) outcome = m;
      else worker.postMessage({ job: m.want, docs: docsOf(m.want) });
    });
    worker.once('error', (e) => {
      outcome ??= { error: e.message };
    });
    // A Pagefind process that stops (it panics on a folder it cannot write) leaves its answer unsettled: the thread ends without one.
    worker.once('exit', (code) =>
      outcome?.ok
        ? resolve()
        : reject(new Error(outcome?.error ?? `pagefind stopped before the search index was written (its thread ended with code ${code})`)),
    );
  });
}
