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
    const kept = JSON.parse(readFileSync(file, 'utf8')) as Partial<OutlinesFile> | null;
    if (kept?.version !== mapCodeVersion() || !Array.isArray(kept.bases) || !kept.bases.every(isEntry)) return 0;
    knownMapBases(kept.bases);
    return kept.bases.length;
  } catch {
    return 0;
  }
}

/**
 * Keeps the outlines this process drew or was handed, when it drew any, in `cacheDir`; a
 * cache that cannot be written costs only the drawing next time.
 * @example saveMapOutlines('.cache/render', 1)
 */
export function saveMapOutlines(cacheDir: string, loaded: number): void {
  const bases = [...mapBasesMade()];
  if (bases.length <= loaded) return;
  try {
    mkdirSync(cacheDir, { recursive: true });
    const file = join(cacheDir, FILE);
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify({ version: mapCodeVersion(), bases: bases.slice(-KEEP) } satisfies OutlinesFile));
    renameSync(temp, file);
  } catch {
    // Not kept (a read-only cache): drawn again next time. The site is in place already.
  }
}

/** An entry as saveMapOutlines writes it: a frame's key and its outlines. */
function isEntry(entry: unknown): entry is readonly [string, MapBase] {
  if (!Array.isArray(entry) || entry.length !== 2 || typeof entry[0] !== 'string') return false;
  const base = entry[1] as Partial<MapBase> | null;
  return typeof base?.width === 'number' && typeof base.height === 'number' && Array.isArray(base.countries) && Array.isArray(base.labels);
}
