/**
 * The gazetteer: GeoNames cities (cities500), GeoNames first-level areas and
 * countries (i18n-iso-countries names, data/countries.json demonyms), indexed
 * by every name dateline reads. One gazetteer per focus (see scope.ts), combined
 * from parts (the world, each focus country at its depth): package data, not
 * user state, so each part is loaded once per process on first use.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { threadId } from 'node:worker_threads';
import { adminAreas, type Admin1Row } from './admin-areas.ts';
import { buildEntries, buildGazetteer, type GazetteerSources } from './build.ts';
import type { Gazetteer } from './types.ts';
import { combineParts, type CountryPart } from './combine.ts';
import { countryRows } from './countries.ts';
import { gazetteerFiles, type GazetteerFiles } from './data-files.ts';
import { leadersOf, parseCities, type Leaders } from './geonames.ts';
import { atTier, indexPart, type GazetteerPart } from './part.ts';
import { countryTier, focusReading, keepsCity, type Depth, type Focus } from './scope.ts';
import { fromSnapshot, toSnapshot, type PartSnapshot } from './snapshot.ts';

export type { Gazetteer, GazetteerEntry, NameHit, SkeletonHit } from './types.ts';
export { addFirstWords, addSkeleton } from './part.ts';
export { ARTICLES, foldKey, isLatinName, keyWithoutArticle, nameWords, skeletonKey } from './fold.ts';
export { placeSlug } from './slug.ts';
export { countryTier, type Focus } from './scope.ts';
export { countryRows, type CountryRow } from './countries.ts';

const views = new Map<string, Gazetteer>();
/** Snapshot file names are made of part names: only these shapes become files. */
const SAFE_NAME = /^(?:world|[A-Z]{2}-(?:primary|secondary))$/;
const parts = new Map<string, GazetteerPart>();

/** Where snapshots of the built gazetteer parts are kept (env DATELINE_GAZETTEER_CACHE; 'off' for none). */
const SNAPSHOT_DIR = process.env['DATELINE_GAZETTEER_CACHE'] ?? resolve(import.meta.dirname, '../../.cache/gazetteer');

/**
 * The gazetteer of a focus built from the installed packages, read through parts loaded on
 * first use: the world's big places once, and each focus country once per depth (in full as
 * the first focus country, down to towns as another). A part is read from a snapshot of its
 * tables when one was made by the same code and data, else built and its snapshot stored for
 * the next process; a new focus of known countries costs no loading at all.
 * @example loadGazetteer(['SY']).names.get('aleppo')?.[0]?.entry.place.id // 'aleppo'
 */
export function loadGazetteer(focus: Focus = []): Gazetteer {
  const key = focus.join(',');
  let g = views.get(key);
  if (!g) {
    g = combineParts(focus, worldPart(), countryParts(focus));
    views.set(key, g);
  }
  return g;
}

function worldPart(): GazetteerPart {
  return storedPart('world', () => readPart(gazetteerFiles(), null));
}

/** Each focus country's part at its tier (a country named twice counts where it is first named, as countryTier does). */
function countryParts(focus: Focus): CountryPart[] {
  return focus.flatMap((country, tier) => (focus.indexOf(country) === tier ? [{ country, part: countryPart(country, tier) }] : []));
}

function countryPart(country: string, tier: number): GazetteerPart {
  const depth: Depth = tier === 0 ? 'primary' : 'secondary';
  const part = storedPart(`${country}-${depth}`, () => readPart(gazetteerFiles(), { country, depth }));
  if (tier <= 1) return part;
  // Secondary parts are built as the second focus country (tier 1); a third moves down a tier.
  const name = `${country}-${depth}-${tier}`;
  let moved = parts.get(name);
  if (!moved) {
    moved = atTier(part, tier);
    parts.set(name, moved);
  }
  return moved;
}

/** A part kept for the process, and as a snapshot for the next one. */
function storedPart(name: string, build: () => GazetteerPart): GazetteerPart {
  let part = parts.get(name);
  if (!part) {
    part = SAFE_NAME.test(name) ? loadOrBuild(gazetteerFiles(), name, build) : build();
    parts.set(name, part);
  }
  return part;
}

function loadOrBuild(files: GazetteerFiles, name: string, build: () => GazetteerPart): GazetteerPart {
  if (SNAPSHOT_DIR === 'off' || SNAPSHOT_DIR === '') return build();
  const version = snapshotKey(files);
  const file = join(SNAPSHOT_DIR, `${version}-${name}.json`);
  try {
    return fromSnapshot(JSON.parse(readFileSync(file, 'utf8')) as PartSnapshot);
  } catch {
    // no snapshot yet, or an unreadable one: build, and store it for next time
  }
  const built = build();
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
function storeSnapshot(file: string, version: string, snapshot: PartSnapshot): void {
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
 * Reads and indexes one part from the given data files (no caching): the world's big places
 * and every country and first-level area (`country` null), or one country's places at a depth.
 * @example readPart(gazetteerFiles(), { country: 'SY', depth: 'primary' }).byId.get('al-bab-sy')?.place.admin1 // 'Aleppo'
 */
export function readPart(files: GazetteerFiles, country: { readonly country: string; readonly depth: Depth } | null): GazetteerPart {
  const focus = country ? focusReading(country.country, country.depth) : [];
  const entries = buildEntries(readSources(files, focus));
  if (!country) return indexPart(entries);
  const tier = countryTier(country.country, focus);
  return indexPart(new Map([...entries].filter(([, e]) => e.tier === tier)));
}

/**
 * Reads and indexes the whole gazetteer of a focus from the given data files in one part (no
 * caching): what loadGazetteer's combined parts must answer as.
 * @example readGazetteer(gazetteerFiles(), ['SY']).byId.get('homs-governorate')?.place.admin1 // 'Homs'
 */
export function readGazetteer(files: GazetteerFiles, focus: Focus = []): Gazetteer {
  return buildGazetteer(readSources(files, focus));
}

/** Each country's largest populations, by cities file: every part built in a process reads the same. */
const leadersByFile = new Map<string, Map<string, Leaders>>();

function readSources(files: GazetteerFiles, focus: Focus): GazetteerSources {
  const data = readFileSync(files.cities);
  let leaders = leadersByFile.get(files.cities);
  if (!leaders) leadersByFile.set(files.cities, (leaders = leadersOf(data)));
  const parsed = parseCities(data, (country, featureCode, population, leading) => keepsCity(country, featureCode, population, focus, leading), leaders);
  const areas = adminAreas(readJson<Admin1Row[]>(files.admin1));
  return { ...parsed, areas, countries: countryRows(), focus };
}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}
