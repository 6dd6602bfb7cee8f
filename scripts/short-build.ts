/**
 * A short build lets V8 optimise only the code that runs long. V8 hands a function to its
 * optimising compiler (TurboFan) once it has run about 66 kB of its bytecode; in a build after
 * adding an article to a few hundred, which lasts about a second, TurboFan compiled some 200
 * functions, for some 0.85 s of compiling on other threads (on two cores, taken from the search
 * index and the main thread), most of it for code with too little left to run to pay it back.
 * With eight times that budget, only the code that runs long is optimised. Measured in turns
 * (one article added each time, eight builds each, medians): the seeds and 390 real articles
 * 1.19 s against 1.40 s, 1,000 synthetic ones 1.86 s against 2.07 s; at 10,000, 11.8 s against
 * 11.5 s, where the loops over the whole collection run long enough to pay back optimising them early.
 */
import { setFlagsFromString } from 'node:v8';
import { listArticleFiles } from '../src/ingest/list-files.ts';

/** From this many articles on, a build optimises as V8 does by default. */
export const SHORT_BUILD_ARTICLES = 5000;
/** V8's interrupt budget (bytecode run before a function is considered for optimising), eight times its default of 67,584. */
const SHORT_BUILD_BUDGET = 8 * 67_584;

/**
 * Whether a build of the articles under `folder` is short: fewer than SHORT_BUILD_ARTICLES article files.
 * @example isShortBuild('content/articles') // true for the five seeds
 */
export function isShortBuild(folder: string): boolean {
  try {
    return listArticleFiles(folder, folder).length < SHORT_BUILD_ARTICLES;
  } catch {
    // The build says what is wrong with the folder.
    return false;
  }
}

/**
 * Lets V8 optimise, for the rest of this process, only the code that runs long; unless node was
 * given an interrupt budget of its own (`node --interrupt-budget=67584 …` measures V8's default).
 */
export function optimiseOnlyLongRunningCode(execArgv: readonly string[] = process.execArgv): void {
  if (!execArgv.some((a) => a.startsWith('--interrupt-budget='))) setFlagsFromString(`--interrupt-budget=${SHORT_BUILD_BUDGET}`);
}
