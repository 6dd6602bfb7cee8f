/**
 * The gazetteer: GeoNames cities (cities500), GeoNames first-level areas and
 * countries (i18n-iso-countries names, data/countries.json demonyms), indexed
 * by every name dateline reads. One gazetteer per focus (see scope.ts): it is
 * package data, not user state, so each is loaded once per process on first use.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { threadId } from 'node:worker_threads';
import { adminAreas, type Admin1Row } from './admin-areas.ts';
import { buildGazetteer, type Gazetteer } from './build.ts';
import { countryRows } from './countries.ts';
import { gazetteerFiles, type GazetteerFiles } from './data-files.ts';
import { parseCities } from './geonames.ts';
import { keepsCity, type Focus } from './scope.ts';
import { fromSnapshot, toSnapshot, type GazetteerSnapshot } from './snapshot.ts';

export type { Gazetteer, GazetteerEntry, NameHit, SkeletonHit } from './build.ts';
export { addFirstWords, addSkeleton } from './build.ts';
export { ARTICLES, foldKey, isLatinName, keyWithoutArticle, nameWords, skeletonKey } from './fold.ts';
export { placeSlug } from './slug.ts';
export { countryTier, type Focus } from './scope.ts';
export { countryRows, type CountryRow } from './countries.ts';

const cached = new Map<string, Gazetteer>();

/** Where snapshots of the built gazetteer are kept (env DATELINE_GAZETTEER_CACHE; 'off' for none). */
const SNAPSHOT_DIR = process.env['DATELINE_GAZETTEER_CACHE'] ?? resolve(import.meta.dirname, '../../.cache/gazetteer');

/**
 * The gazetteer of a focus built from the installed packages, loaded on first call: from a
 * snapshot of its tables when one was made by the same code and data (about 0.03 s), else
 * built (about 0.2 s) and its snapshot stored for the next process.
 * @example loadGazetteer(['SY']).names.get('aleppo')?.[0]?.entry.place.id // 'aleppo'
 */
export function loadGazetteer(focus: Focus = []): Gazetteer {
  const key = focus.join(',');
  let g = cached.get(key);
  if (!g) {
    g = loadOrBuild(gazetteerFiles(), focus);
    cached.set(key, g);
  }
  return g;
}

function loadOrBuild(files: GazetteerFiles, focus: Focus): Gazetteer {
  if (SNAPSHOT_DIR === 'off' || SNAPSHOT_DIR === '') return readGazetteer(files, focus);
  const version = snapshotKey(files);
  const file = join(SNAPSHOT_DIR, `${version}-${focus.join('-') || 'world'}.json`);
  try {
    return fromSnapshot(JSON.parse(readFileSync(file, 'utf8')) as GazetteerSnapshot);
  } catch {
    // no snapshot yet, or an unreadable one: build, and store it for next time
  }
  const built = readGazetteer(files, focus);
  storeSnapshot(file, version, toSnapshot(built));
  return built;
}

let versionKey: string | null = null;

/** Changes with the gazetteer's code and with the data files (by name, size and time). */
function snapshotKey(files: GazetteerFiles): string {
  versionKey ??= hashSources(files);
  return versionKey;
}

function hashSources(files: GazetteerFiles): string {
  const hash = createHash('sha256');
  const code = import.meta.dirname;
  for (const name of readdirSync(code)
    .filter((f) => f.endsWith('.ts'))
    .sort())
    hash.update(name).update(readFileSync(join(code, name)));
  for (const data of Object.values(files).sort()) {
    const { size, mtimeMs } = statSync(data);
    hash.update(`${data}\0${size}\0${mtimeMs}\0`);
  }
  return hash.digest('hex').slice(0, 16);
}

/** Written through a temporary file renamed into place; a snapshot that cannot be written only costs speed. */
function storeSnapshot(file: string, version: string, snapshot: GazetteerSnapshot): void {
  const tmp = `${file}.${process.pid}.${threadId}.tmp`;
  try {
    mkdirSync(SNAPSHOT_DIR, { recursive: true });
    writeFileSync(tmp, JSON.stringify(snapshot));
    renameSync(tmp, file);
    // Snapshots of other code or data can never be read again.
    for (const old of readdirSync(SNAPSHOT_DIR)) if (old.endsWith('.json') && !old.startsWith(`${version}-`)) rmSync(join(SNAPSHOT_DIR, old), { force: true });
  } catch {
    // read-only checkout or full disk: the next process builds it again
  }
}

/**
 * Reads and indexes the gazetteer of a focus from the given data files (no caching).
 * @example readGazetteer(gazetteerFiles(), ['SY']).byId.get('homs-governorate')?.place.admin1 // 'Homs'
 */
export function readGazetteer(files: GazetteerFiles, focus: Focus = []): Gazetteer {
  const parsed = parseCities(readFileSync(files.cities), (country, featureCode, population) => keepsCity(country, featureCode, population, focus));
  const areas = adminAreas(readJson<Admin1Row[]>(files.admin1));
  return buildGazetteer({ ...parsed, areas, countries: countryRows(), focus });
}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}
