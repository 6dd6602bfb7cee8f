/**
 * The data step: content folder in, timeline data out. Reads every article,
 * extracts its facts, links them, and validates the result against the contract.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle } from './extract/pipeline.ts';
import { articleId, ingestArticle } from './ingest/index.ts';
import { IdAllocator } from './ingest/ids.ts';
import { listArticleFiles } from './ingest/list-files.ts';
import { buildTimeline } from './link/index.ts';
import type { ArticleFacts, Diagnostic, IngestedArticle } from './model.ts';
import { timelineSchema, type TimelineData } from './output/schema.ts';
import { loadRegistries } from './registry/load.ts';

export interface DataStepOptions {
  /** The content folder: articles/ and the registries. */
  readonly contentDir: string;
  /** Where articles are read from (default `<contentDir>/articles`, or the folder itself when it has no articles/). */
  readonly articlesDir: string;
  /** File paths in the data are relative to this folder (the project root). */
  readonly root: string;
  readonly onArticle?: (done: number, total: number) => void;
}

export interface DataStepResult {
  readonly data: TimelineData;
  /** Configuration errors (a broken registry) stop the build; article problems never do. */
  readonly fatal: readonly Diagnostic[];
}

/**
 * Runs ingest, extract and link over a content folder.
 * @example (await runDataStep({ contentDir: 'content', articlesDir: 'content/articles', root: '.' })).data.events.length
 */
export function runDataStep(options: DataStepOptions): DataStepResult {
  const { registries, errors } = loadRegistries(options.contentDir);
  if (errors.length) return { data: emptyTimeline(errors), fatal: errors };
  const files = listArticleFiles(options.articlesDir, options.root);
  const ids = new IdAllocator();
  const facts: ArticleFacts[] = [];
  const extra: Diagnostic[] = [];
  const byHash = new Map<string, string>();
  files.forEach((file, n) => {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(join(options.root, file));
    } catch (e) {
      extra.push({ file, severity: 'warning', code: 'unreadable', message: `cannot read the file: ${(e as Error).message}` });
      return;
    }
    const ingested = ingestArticle({ file, bytes }, registries);
    const article: IngestedArticle = { ...ingested, id: ids.take(articleId(file)) };
    const twin = byHash.get(article.hash);
    if (twin && article.body.trim()) {
      extra.push({
        file,
        severity: 'warning',
        code: 'duplicate',
        message: `same text as ${twin}: only ${twin} is read`,
        hint: 'delete one of the two files',
      });
      return;
    }
    byHash.set(article.hash, file);
    facts.push(extractArticle(article, registries));
    options.onArticle?.(n + 1, files.length);
  });
  const data = buildTimeline(facts, registries, extra);
  const checked = timelineSchema.safeParse(data);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new Error(`internal error: the timeline data breaks its contract at ${issue?.path.join('.')}: ${issue?.message}`);
  }
  return { data, fatal: [] };
}

function emptyTimeline(diagnostics: readonly Diagnostic[]): TimelineData {
  return { articles: [], sources: [], claimants: [], places: [], events: [], claims: [], groups: [], disagreements: [], diagnostics: diagnostics.map((d) => ({ ...d })) };
}
