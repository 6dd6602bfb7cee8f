/**
 * The build's first half, one path for `npm run build`, the dev server and the bench:
 * content folder in, checked timeline data out. Reads every article (the data step),
 * the About page, the files it skipped, and runs the checks across articles, so that
 * every command reports the same problems for the same content.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type DataStepOptions, type DataStepStats, runDataStepAsync } from '../build-data.ts';
import { listArticleFolder } from '../ingest/list-files.ts';
import type { RecordReuse } from '../link/reuse.ts';
import type { BuildMemory } from './memory.ts';
import type { Diagnostic } from '../model/types.ts';
import type { TimelineData } from '../model/schema.ts';
import { readAboutPage, type AboutPage } from '../output/about-page.ts';
import { withDiagnostics } from '../report/attach.ts';
import { crossArticleChecks } from '../report/cross-checks.ts';

/** Where a content folder's parts are. */
export interface ContentFolders {
  readonly content: string;
  /** `<content>/articles`, or the folder itself when it has no articles/ inside. */
  readonly articles: string;
  /** The registries (sources.yml ...): the content folder, or the project's own for a bare folder of articles. */
  readonly registries: string;
  /** Where about.md is read from: none for a bare folder of articles (the project's own speaks of its articles). */
  readonly about: string | null;
}

/**
 * The parts of a content folder.
 * @example contentFolders('content').articles // '/…/content/articles'
 */
export function contentFolders(content: string, projectContent = resolve('content')): ContentFolders {
  const dir = resolve(content);
  const structured = existsSync(join(dir, 'articles'));
  return {
    content: dir,
    articles: structured ? join(dir, 'articles') : dir,
    registries: structured ? dir : projectContent,
    about: structured ? dir : null,
  };
}

export interface CollectOptions {
  readonly folders: ContentFolders;
  /** File paths in the data are relative to this folder (the project root). */
  readonly root: string;
  /** The day publication dates are checked against, or null (see crossArticleChecks). */
  readonly today: string | null;
  /** Render the About page's Markdown (a data-only build only checks it). */
  readonly renderAbout?: boolean;
  /** Where the About page's HTML is kept between builds (kept-markdown.ts); default none. */
  readonly aboutKeptIn?: string;
  /** Records of earlier builds to give back when unchanged (default: those of `memory`, else none). */
  readonly reuse?: RecordReuse;
  /** What a long-running process keeps between builds (the dev server holds one); default none. */
  readonly memory?: BuildMemory;
  /** The extractors' lexicons, kept across builds by a long-running process (the dev server: lexiconsKeeper). */
  readonly lexicons?: DataStepOptions['lexicons'];
  /** The data step's own settings, for the bench: the cache folder, the extractor version, the progress line. */
  readonly step?: Pick<DataStepOptions, 'cacheDir' | 'extractorVersion' | 'progress'>;
}

export interface Collected {
  readonly data: TimelineData;
  /** Configuration errors (a broken registry): nothing is written. */
  readonly fatal: readonly Diagnostic[];
  readonly stats: DataStepStats;
  readonly about: AboutPage | null;
}

/**
 * Reads a content folder into checked timeline data, with every problem found on the way.
 * @example (await collectData({ folders: contentFolders('content'), root: '.', today: null })).data.articles.length // 5
 */
export async function collectData(options: CollectOptions): Promise<Collected> {
  const { folders, root, today } = options;
  // The About page is read meanwhile.
  const about = readAboutPage(folders.about, { render: options.renderAbout ?? true, keptIn: options.aboutKeptIn ?? null });
  const reuse = options.reuse ?? options.memory?.records;
  // Listed once: the articles to read, and the notes on the files that are not articles.
  const folder = listArticleFolder(folders.articles, root);
  const step = await runDataStepAsync({
    files: folder.files,
    contentDir: folders.registries,
    articlesDir: folders.articles,
    root,
    today,
    ...options.step,
    ...(reuse ? { reuse } : {}),
    ...(options.lexicons ? { lexicons: options.lexicons } : {}),
    ...(options.memory ? { stamps: options.memory.stamps } : {}),
  });
  const read = await about;
  if (step.fatal.length) return { data: step.data, fatal: step.fatal, stats: step.stats, about: read.page };
  const fingerprints = options.memory?.fingerprints;
  const problems = [...crossArticleChecks(step.data, { today, ...(fingerprints ? { fingerprints } : {}) }), ...folder.problems, ...read.diagnostics];
  const data = withDiagnostics(step.data, problems);
  return { data: options.memory ? options.memory.unchanged(data) : data, fatal: [], stats: step.stats, about: read.page };
}
