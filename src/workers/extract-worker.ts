/**
 * Worker thread entry: extracts the facts of the batches of articles it is
 * sent (already read by the calling thread) and answers with their outcomes. The registries arrive once, in workerData, and
 * are compiled into the thread's lexicons; the gazetteer is loaded once per worker, before it asks for its first batch.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { compileLexicons } from '../extract/lexicons.ts';
import { loadGazetteer } from '../gazetteer/index.ts';
import { extractArticlesFacts, type ArticleOutcome, type ReadContext, type UnreadArticle } from './read-article.ts';

export interface BatchRequest {
  readonly batch: number;
  readonly articles: readonly UnreadArticle[];
}

export type BatchReply =
  | { readonly ready: true }
  | { readonly batch: number; readonly outcomes: readonly ArticleOutcome[] }
  | { readonly batch: number; readonly error: string };

const ctx = workerData as ReadContext;
// What the extractors compile from the registries, once for this thread (the registries cannot cross threads compiled).
const lexicons = compileLexicons(ctx.registries);
const port = parentPort;
if (!port) throw new Error('extract-worker.ts runs only as a worker thread');

port.on('message', (request: BatchRequest) => {
  try {
    const outcomes = extractArticlesFacts(request.articles, ctx, lexicons);
    port.postMessage({ batch: request.batch, outcomes } satisfies BatchReply);
  } catch (e) {
    const err = e as Error;
    port.postMessage({ batch: request.batch, error: `${err.message}\n${err.stack ?? ''}` } satisfies BatchReply);
  }
});

// The code is loaded and the gazetteer read (the calling thread works meanwhile): ask for work.
loadGazetteer();
port.postMessage({ ready: true } satisfies BatchReply);
