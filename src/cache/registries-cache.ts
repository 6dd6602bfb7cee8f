/**
 * The registries as loaded from their files, kept in the facts cache (under the extractor
 * version's folder, so that new loading code never reads what old code kept). A new build
 * process whose registries are unchanged reads them back from one small JSON file instead of
 * loading the YAML parser and parsing and checking the files again: about 0.1 s, as both run
 * cold in a new process.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { threadId } from 'node:worker_threads';
import type { Registries } from '../model/types.ts';
import type { RegistryStore } from '../registry/load.ts';
import type { ArticleCacheLocation } from './article-cache.ts';

const FOLDER = 'registries';

/**
 * A store of registries in the facts cache at `at`. Only the registries of the texts last put
 * are kept (one file); a file that cannot be read, or holds other texts, is a miss.
 * @example loadRegistries('content', storedRegistries({ dir: '.cache/articles', extractorVersion: v }))
 */
export function storedRegistries(at: ArticleCacheLocation): RegistryStore {
  const dir = join(at.dir, at.extractorVersion, FOLDER);
  return {
    get(texts) {
      try {
        const kept = JSON.parse(readFileSync(join(dir, `${keyOf(texts)}.json`), 'utf8')) as { texts?: unknown; registries?: Registries };
        // The texts themselves are compared, not only their hash.
        return isDeepStrictEqual(kept.texts, texts) && kept.registries ? kept.registries : null;
      } catch {
        return null;
      }
    },
    put(texts, registries) {
      const text = JSON.stringify({ texts, registries });
      // Kept only when reading it back gives the same registries (JSON has no -0, for one).
      if (!isDeepStrictEqual((JSON.parse(text) as { registries: unknown }).registries, registries)) return;
      const name = `${keyOf(texts)}.json`;
      const tmp = join(dir, `.${name}.${process.pid}.${threadId}.tmp`);
      try {
        mkdirSync(dir, { recursive: true });
        writeFileSync(tmp, text);
        renameSync(tmp, join(dir, name));
        for (const other of readdirSync(dir)) if (other !== name && !other.startsWith('.')) rmSync(join(dir, other), { force: true });
      } catch {
        // A cache that cannot be written costs speed, never the build (nor can its leftover: a
        // cache folder under a file is no folder to remove it from).
        try {
          rmSync(tmp, { force: true });
        } catch {
          // nothing was written
        }
      }
    },
  };
}

function keyOf(texts: readonly (string | null)[]): string {
  return createHash('sha256').update(JSON.stringify(texts)).digest('hex').slice(0, 32);
}
