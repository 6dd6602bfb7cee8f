/**
 * A short build runs without V8's optimising compiler (TurboFan). A build after adding an
 * article to a few hundred lasts about a second: code TurboFan optimises has too little left
 * to run to pay back its compiling, which on a two-core machine also takes a core from the
 * search index. Measured on seeds and 390 real articles, one added, eight builds in turns: the
 * view 150 ms instead of 210 ms, the build about 100 ms shorter; a cold build of the same the
 * same. From about 1,000 articles on, the loops over the collection run long enough to pay back
 * optimising them: at 10,000, a build after adding one took 16 s instead of 12 s without it.
 */
import { setFlagsFromString } from 'node:v8';
import { listArticleFiles } from '../src/ingest/list-files.ts';

/** From this many articles on, a build keeps the optimising compiler. */
export const OPTIMISED_FROM_ARTICLES = 1000;

/**
 * Whether a build of the articles under `folder` is short enough to run without the optimising
 * compiler: fewer than OPTIMISED_FROM_ARTICLES article files.
 * @example isShortBuild('content/articles') // true for the five seeds
 */
export function isShortBuild(folder: string): boolean {
  try {
    return listArticleFiles(folder, folder).length < OPTIMISED_FROM_ARTICLES;
  } catch {
    // The build says what is wrong with the folder.
    return false;
  }
}

/** Turns the optimising compiler off for the rest of this process (code optimised before stays so). */
export function withoutOptimisingCompiler(): void {
  setFlagsFromString('--no-turbofan');
}
