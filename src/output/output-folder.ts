/**
 * The output folder a build may write: it replaces the folder whole, so it must be one the
 * build made, never the user's. `--content X --out X` once replaced the content folder
 * (articles, registries, notes) with the site without a word. A marker file the build
 * writes into its output lets it recognise its own folders later. And what a killed build
 * left beside it (`.site.building-PID`, hundreds of MB) is removed at the next start.
 */
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { isInside, realPath } from '../inside-folder.ts';
import { removeLeftovers } from '../leftovers.ts';

/** Written into every output folder: a folder that holds it was made by a dateline build. */
export const OUTPUT_MARKER = '.dateline-output';

/** An output folder of a dateline build from before the marker: both files are the build's. */
const EARLIER_OUTPUT = ['report.json', join('data', 'timeline.json')];

/**
 * Why the build must not write `out`, or null when it may: it is, holds or sits inside a
 * content folder, or it holds files the build did not write. A missing or empty folder is fine.
 * @example outputFolderProblem('content', ['content']) // 'content is the content folder …'
 */
export function outputFolderProblem(out: string, contentFolders: readonly string[]): string | null {
  const realOut = realPath(out);
  for (const folder of contentFolders) {
    const real = realPath(folder);
    const where = realOut === real ? 'is' : isInside(real, realOut) ? 'sits inside' : isInside(realOut, real) ? 'holds' : null;
    if (where) return `${out} ${where} the content folder ${folder}: the build replaces its output folder whole, and would replace the content`;
  }
  if (!existsSync(out)) return null;
  if (!statSync(out).isDirectory()) return `${out} is a file, not a folder`;
  const names = readdirSync(out);
  if (names.length === 0 || names.includes(OUTPUT_MARKER) || EARLIER_OUTPUT.every((f) => existsSync(join(out, f)))) return null;
  return `${out} holds files the build did not write (no ${OUTPUT_MARKER} in it): the build replaces its output folder whole, and would lose them`;
}

/** Marks a folder as the build's output (see OUTPUT_MARKER). */
export function markOutputFolder(dir: string): void {
  writeFileSync(join(dir, OUTPUT_MARKER), 'Written by a dateline build: the next build replaces this folder whole.\n');
}

const escapeForRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Removes what builds that were killed left: `.<out>.building-PID`, `.<out>.previous-PID`,
 * `.<out>.spare-PID` and `.<out>.previous-N.removing-PID` (or `spare-N`) beside the output folder, and `*.PID.tmp` files in it, whose process is gone (a running
 * build's are left alone). Returns the paths removed.
 * @example removeLeftoversOfKilledBuilds('_site') // ['.site.building-4242']
 */
export function removeLeftoversOfKilledBuilds(out: string): string[] {
  // A previous output being removed is named by the process removing it (see removeLater).
  const beside = new RegExp(`^\\.${escapeForRegExp(basename(out))}\\.(?:(?:previous|spare)-\\d+\\.removing|building|previous|spare)-(\\d+)$`);
  return [dirname(out), out, join(out, 'data')].flatMap((dir, i) => removeLeftovers(dir, i === 0 ? beside : /\.(\d+)\.tmp$/));
}
