/**
 * Spreads article files over worker threads in small batches (a worker that is
 * done asks for the next one, so slow articles do not hold the others up) and
 * returns the outcomes in the files' own order: the result does not depend on
 * how many workers ran or which finished first.
 */
import { Worker } from 'node:worker_threads';
import type { ArticleOutcome, ReadContext } from './read-article.ts';
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

export interface PoolOptions {
  readonly workers: number;
  /** Files per message: large enough to make messaging cheap, small enough to balance the load. */
  readonly batchSize?: number;
  readonly onOutcome?: (done: number, total: number) => void;
}

/**
 * Reads every file with `workers` threads; resolves with one outcome per file, in order.
 * @example (await readInWorkers(files, ctx, { workers: 4 })).length === files.length
 */
export async function readInWorkers(files: readonly string[], ctx: ReadContext, options: PoolOptions): Promise<ArticleOutcome[]> {
  const batchSize = Math.max(1, options.batchSize ?? 32);
  const batches: string[][] = [];
  for (let i = 0; i < files.length; i += batchSize) batches.push(files.slice(i, i + batchSize));
  const results: (readonly ArticleOutcome[] | undefined)[] = new Array(batches.length);
  const count = Math.max(1, Math.min(options.workers, batches.length));
  let next = 0;
  let done = 0;

  const runOne = (): Promise<void> =>
    new Promise((resolve, reject) => {
      const worker = new Worker(BOOTSTRAP, { eval: true, workerData: ctx, execArgv: [] });
      let failed = false;
      let inFlight = false;
      const fail = (err: Error): void => {
        if (failed) return;
        failed = true;
        void worker.terminate();
        reject(err);
      };
      const send = (): void => {
        if (next >= batches.length) {
          void worker.terminate().then(() => resolve());
          return;
        }
        const batch = next++;
        inFlight = true;
        worker.postMessage({ batch, files: batches[batch] ?? [] } satisfies BatchRequest);
      };
      worker.on('message', (reply: BatchReply) => {
        if ('error' in reply) return fail(new Error(`a worker failed on files ${batches[reply.batch]?.join(', ')}: ${reply.error}`));
        inFlight = false;
        results[reply.batch] = reply.outcomes;
        done += reply.outcomes.length;
        options.onOutcome?.(done, files.length);
        send();
      });
      worker.on('error', fail);
      worker.on('exit', (code) => {
        if (inFlight && !failed) fail(new Error(`a worker stopped with exit code ${code}`));
      });
      send();
    });

  await Promise.all(Array.from({ length: count }, runOne));
  return results.flatMap((r) => r ?? []);
}
