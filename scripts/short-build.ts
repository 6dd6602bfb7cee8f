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
 *
 * `npm run build` gives node that budget on its command line: a flag set while the code runs
 * changes the flags V8 keeps compiled code for, and the build's compiled code is kept from one
 * run to the next (scripts/run-compiled.mjs). A long build then sets V8's default again; node
 * started without a budget of its own is given the short build's while it runs.
 */
import { setFlagsFromString } from 'node:v8';
import { listArticleFiles } from '../src/ingest/list-files.ts';

/** From this many articles on, a build optimises as V8 does by default. */
export const SHORT_BUILD_ARTICLES = 5000;
/** V8's interrupt budget: bytecode run before a function is considered for optimising. */
const V8_BUDGET = 67_584;
/** A short build's: eight times V8's (package.json's build scripts give it). */
export const SHORT_BUILD_BUDGET = 8 * V8_BUDGET;

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
 * The interrupt budget a build sets while it runs, or null to keep the one it has: a short build
 * lets V8 optimise only the code that runs long, a long one optimises as V8 does by default; a
 * budget node was given other than the short build's stays (`node --interrupt-budget=67584 …`
 * measures V8's default).
 * @example budgetToSet(true, []) // '--interrupt-budget=540672'
 */
export function budgetToSet(short: boolean, execArgv: readonly string[]): string | null {
  const given = execArgv.find((a) => a.startsWith('--interrupt-budget='));
  if (short && given === undefined) return `--interrupt-budget=${SHORT_BUILD_BUDGET}`;
  if (!short && given === `--interrupt-budget=${SHORT_BUILD_BUDGET}`) return `--interrupt-budget=${V8_BUDGET}`;
  return null;
}

/**
 * Sets, for the rest of this process, the interrupt budget the build needs (budgetToSet).
 * @example optimiseAsTheBuildNeeds(isShortBuild('content/articles'))
 */
export function optimiseAsTheBuildNeeds(short: boolean, execArgv: readonly string[] = process.execArgv): void {
  const flag = budgetToSet(short, execArgv);
  if (flag) setFlagsFromString(flag);
}
