/**
 * The gazetteer: GeoNames cities (cities500), GeoNames first-level areas and
 * country-state-city countries, indexed by every name dateline reads. It is
 * package data, not user state, so it is loaded once per process on first use.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { threadId } from 'node:worker_threads';
import { adminAreas, type Admin1Row, type StateRow } from './admin-areas.ts';
import { buildGazetteer, type Gazetteer } from './build.ts';
import type { CountryRow } from './countries.ts';
import { gazetteerFiles, type GazetteerFiles } from './data-files.ts';
import { parseCities } from './geonames.ts';
import { HOME_COUNTRY, NEIGHBOURS } from './scope.ts';
import { fromSnapshot, toSnapshot, type GazetteerSnapshot } from './snapshot.ts';

export type { Gazetteer, GazetteerEntry, NameHit, SkeletonHit } from './build.ts';
export { addFirstWords, addSkeleton } from './build.ts';
export { ARTICLES, foldKey, isLatinName, keyWithoutArticle, nameWords, skeletonKey } from './fold.ts';
export { placeSlug } from './slug.ts';
export { HOME_COUNTRY, NEIGHBOURS } from './scope.ts';

let cached: Gazetteer | null = null;

/** Where snapshots of the built gazetteer are kept (env DATELINE_GAZETTEER_CACHE; 'off' for none). */
const SNAPSHOT_DIR = process.env['DATELINE_GAZETTEER_CACHE'] ?? resolve(import.meta.dirname, '../../.cache/gazetteer');

/**
 * The gazetteer built from the installed packages, loaded on first call: from a snapshot of
 * its tables when one was made by the same code and data (about 0.03 s), else built (about
 * 0.2 s) and its snapshot stored for the next process.
 * @example loadGazetteer().names.get('aleppo')?.[0]?.entry.place.id // 'aleppo'
 */
export function loadGazetteer(): Gazetteer {
  cached ??= loadOrBuild(gazetteerFiles());
  return cached;
}

function loadOrBuild(files: GazetteerFiles): Gazetteer {
  if (SNAPSHOT_DIR === 'off' || SNAPSHOT_DIR === '') return readGazetteer(files);
  const file = join(SNAPSHOT_DIR, `${snapshotKey(files)}.json`);
  try {
    return fromSnapshot(JSON.parse(readFileSync(file, 'utf8')) as GazetteerSnapshot);
  } catch {
    // no snapshot yet, or an unreadable one: build, and store it for next time
  }
  const built = readGazetteer(files);
  storeSnapshot(file, toSnapshot(built));
  return built;
}

/** Changes with the gazetteer's code and with the data files (by name, size and time). */
function snapshotKey(files: GazetteerFiles): string {
  const hash = createHash('sha256');
  const code = import.meta.dirname;
  for (const name of readdirSync(code).filter((f) => f.endsWith('.ts')).sort()) hash.update(name).update(readFileSync(join(code, name)));
  for (const data of Object.values(files).sort()) {
    const { size, mtimeMs } = statSync(data);
    hash.update(`${data}\0${size}\0${mtimeMs}\0`);
  }
  return hash.digest('hex').slice(0, 16);
}

/** Written through a temporary file renamed into place; a snapshot that cannot be written only costs speed. */
function storeSnapshot(file: string, snapshot: GazetteerSnapshot): void {
  const tmp = `${file}.${process.pid}.${threadId}.tmp`;
  try {
    mkdirSync(SNAPSHOT_DIR, { recursive: true });
    writeFileSync(tmp, JSON.stringify(snapshot));
    renameSync(tmp, file);
    // Snapshots of other code or data can never be read again.
    for (const old of readdirSync(SNAPSHOT_DIR)) if (old.endsWith('.json') && join(SNAPSHOT_DIR, old) !== file) rmSync(join(SNAPSHOT_DIR, old), { force: true });
  } catch {
    // read-only checkout or full disk: the next process builds it again
  }
}

/**
 * Reads and indexes the gazetteer from the given data files (no caching).
 * @example readGazetteer(gazetteerFiles()).byId.get('homs-governorate')?.place.admin1 // 'Homs'
 */
export function readGazetteer(files: GazetteerFiles): Gazetteer {
  const cities = parseCities(readFileSync(files.cities));
  const admin1 = readJson<Admin1Row[]>(files.admin1);
  const states = readJson<StateRow[]>(files.states);
  const countries = readJson<CountryRow[]>(files.countries);
  const areas = adminAreas(admin1, states, new Set([HOME_COUNTRY, ...NEIGHBOURS]));
  return buildGazetteer({ cities, areas, countries });
}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}
