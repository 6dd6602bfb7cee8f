/**
 * The map's outlines kept on disk between builds, beside the render records: a new process
 * that draws the map for the same frame takes them from there instead of projecting Natural
 * Earth again. They are named by the map's code and data (mapCodeVersion), so a change to
 * either draws them anew; an unreadable file costs only the drawing.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { knownMapBases, type MapBase, mapBasesMade, mapCodeVersion } from '../output/map.ts';

/** Frames kept, at most: the latest drawn (one per site, as a rule). */
const KEEP = 8;
const FILE = 'map-outlines.json';

interface OutlinesFile {
  readonly version: string;
  readonly bases: readonly (readonly [string, MapBase])[];
}

/**
 * Hands the outlines kept in `cacheDir` to the map; returns how many there were.
 * @example loadMapOutlines('.cache/render') // 1
 */
export function loadMapOutlines(cacheDir: string): number {
  const file = join(cacheDir, FILE);
  if (!existsSync(file)) return 0;
  try {
    const kept = JSON.parse(readFileSync(file, 'utf8')) as OutlinesFile;
    if (kept.version !== mapCodeVersion() || !Array.isArray(kept.bases)) return 0;
    knownMapBases(kept.bases);
    return kept.bases.length;
  } catch {
    return 0;
  }
}

/**
 * Keeps the outlines this process drew or was handed, when it drew any, in `cacheDir`.
 * @example saveMapOutlines('.cache/render', 1)
 */
export function saveMapOutlines(cacheDir: string, loaded: number): void {
  const bases = [...mapBasesMade()];
  if (bases.length <= loaded) return;
  mkdirSync(cacheDir, { recursive: true });
  const file = join(cacheDir, FILE);
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify({ version: mapCodeVersion(), bases: bases.slice(-KEEP) } satisfies OutlinesFile));
  renameSync(temp, file);
}
