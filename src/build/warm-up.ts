/**
 * Readies a long-running process (the dev server) for its first save while nobody waits: a
 * build from the facts cache never reads an article, so the first save paid for loading the
 * gazetteer, building the place lexicons and loading the tagger to read the article saved,
 * and for compiling the link stage's code, which one build of a thousand articles leaves
 * unoptimised: about half a second of the 1.5 s the first save took at 1,000 articles.
 */
import type { Lexicons } from '../extract/lexicons.ts';
import { listArticleFiles } from '../ingest/list-files.ts';
import type { Registries } from '../model/types.ts';
import { loadRegistries } from '../registry/load.ts';
import { readArticle } from '../workers/read-article.ts';
import { type CollectOptions, collectData } from './collect.ts';

/**
 * Reads the first article again (its facts thrown away, nothing cached) with the process's
 * lexicons, then runs the data step once more as a save runs it, on the same content: the
 * memory then holds the same build as before.
 * @example await warmUp({ folders, root: '.', today: null, memory, lexicons })
 */
export async function warmUp(options: CollectOptions & { readonly lexicons: (registries: Registries) => Lexicons }): Promise<void> {
  const { folders, root, today } = options;
  const { registries, errors } = loadRegistries(folders.registries);
  const [first] = listArticleFiles(folders.articles, root);
  if (first !== undefined && errors.length === 0) readArticle(first, { root, registries, today, cache: null }, options.lexicons(registries));
  await collectData(options);
}
