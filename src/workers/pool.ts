/**
 * Spreads the articles to extract over worker threads in small batches (a worker that is
 * done asks for the next one, so slow articles do not hold the others up) and
 * returns the outcomes in the files' own order: the result does not depend on
 * how many workers ran or which finished first.
 *
 * The calling thread can take batches too: it starts at once, while the workers
 * are still loading the code, and a worker that is ready only after the work is
 * done is simply stopped.
 */
import { Worker } from 'node:worker_threads';
import type { ArticleOutcome, ReadContext, UnreadArticle } from './read-article.ts';
import type { BatchReply, BatchRequest } from './extract-worker.ts';

const WORKER_FILE = new URL('./extract-worker.ts', import.meta.url).href;
/**
 * Node 20 does not apply the parent's `--import tsx` to a worker's own entry file, so a
 * worker starts from this small script that registers tsx's loader and then imports the entry.
 */
const BOOTSTRAP = `
import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})
  .then(({ register }) => { register(); return import(${JSON.stringify(WORKER_FILE)}); })
  .catch((e) => { setImmediate(() => { throw e; }); });
`;

/**
 * The young generation the process was given (`npm run dev` runs Node with 64 MB semi-spaces:
 * extraction makes many short-lived objects, and V8's default 16 MB made it collect them about a
 * tenth of its time), given to each worker too: V8's young generation is three semi-spaces.
 * `npm run build` keeps V8's default (see README, Rebuilding), and so do its workers.
 * @example youngGeneration(['--max-semi-space-size=64']) // { maxYoungGenerationSizeMb: 192 }
 */
export function youngGeneration(execArgv: readonly string[]): { maxYoungGenerationSizeMb?: number } {
  const semi = execArgv.map((arg) => /^--max-semi-space-size=(\d+)$/.exec(arg)?.[1]).find((mb) => mb !== undefined);
  return semi === undefined ? {} : { maxYoungGenerationSizeMb: 3 * Number(semi) };
}

export interface PoolOptions {
  /** Worker threads to start. */
  readonly workers: number;
  /**
   * Reads a batch of files on the calling thread: when given, the calling thread takes batches too,
   * between the workers' messages, instead of waiting idle.
   */
  readonly here?: (articles: readonly UnreadArticle[]) => ArticleOutcome[];
  /** Files per message (default: about eight batches per thread, at most 32). */
  readonly batchSize?: number;
  readonly onOutcome?: (done: number, total: number) => void;
}

/**
 * Extracts every article with `workers` threads (and the calling thread, given `here`); resolves with one outcome per article, in order.
 * @example (await readInWorkers(unread, ctx, { workers: 3, here: (batch) => extractArticlesFacts(batch, ctx, lexicons) })).length === unread.length
 */
export async function readInWorkers(files: readonly UnreadArticle[], ctx: ReadContext, options: PoolOptions): Promise<ArticleOutcome[]> {
  const threads = Math.max(1, options.workers + (options.here ? 1 : 0));
  const batchSize = Math.max(1, options.batchSize ?? Math.min(32, Math.ceil(files.length / (threads * 8))));
  const batches: UnreadArticle[][] = [];
  for (let i = 0; i < files.length; i += batchSize) batches.push(files.slice(i, i + batchSize));
  const results: (readonly ArticleOutcome[] | undefined)[] = new Array(batches.length);
  let next = 0;
  let done = 0;
  const store = (batch: number, outcomes: readonly ArticleOutcome[]): void => {
    results[batch] = outcomes;
    done += outcomes.length;
    options.onOutcome?.(done, files.length);
  };

  const runOne = (): Promise<void> =>
    new Promise((resolve, reject) => {
      const worker = new Worker(BOOTSTRAP, { eval: true, workerData: ctx, execArgv: [], resourceLimits: youngGeneration(process.execArgv) });
      let failed = false;
      let inFlight = false;
      let finished = false;
      const fail = (err: Error): void => {
        if (failed) return;
        failed = true;
        void worker.terminate();
        reject(err);
      };
      const send = (): void => {
        if (next >= batches.length) {
          finished = true;
          void worker.terminate().then(() => resolve());
          return;
        }
        const batch = next++;
        inFlight = true;
        worker.postMessage({ batch, articles: batches[batch] ?? [] } satisfies BatchRequest);
      };
      worker.on('message', (reply: BatchReply) => {
        if ('ready' in reply) return send();
        if ('error' in reply) return fail(new Error(`a worker failed on files ${batches[reply.batch]?.map((a) => a.file).join(', ')}: ${reply.error}`));
        inFlight = false;
        store(reply.batch, reply.outcomes);
        send();
      });
      worker.on('error', fail);
      worker.on('exit', (code) => {
        if (!finished && !failed) fail(new Error(`a worker stopped with exit code ${code}${inFlight ? ' while reading' : ' before it started'}`));
      });
    });

  const runHere = async (read: (articles: readonly UnreadArticle[]) => ArticleOutcome[]): Promise<void> => {
    while (next < batches.length) {
      const batch = next++;
      store(batch, read(batches[batch] ?? []));
      // Let the workers' messages in before the next batch, so they are handed work too.
      await new Promise((resolve) => setImmediate(resolve));
    }
  };

  const workers = Math.max(0, Math.min(options.here ? options.workers : Math.max(1, options.workers), batches.length));
  await Promise.all([...Array.from({ length: workers }, runOne), ...(options.here ? [runHere(options.here)] : [])]);
  return results.flatMap((r) => r ?? []);
}
