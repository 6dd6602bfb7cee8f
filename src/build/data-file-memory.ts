/**
 * What a long-running process (the dev server) wrote into each data file, so that the next
 * write into the same file rewrites it from the first byte that changes instead of writing
 * it whole. The timeline of 10,000 articles is 150 MB: writing it whole on every save cost
 * about half a second, and replacing the old file (renaming the new one over it) as much
 * again, as the system frees the old file's blocks.
 *
 * A file is rewritten in place only when it is as this process left it (same inode, size
 * and modification time, and no other name linked to it); else it is written whole, through
 * a temporary file renamed into place. Writing in place is not atomic: the dev server writes
 * only into the build folder it does not serve.
 */
import { type BigIntStats, closeSync, copyFileSync, ftruncateSync, mkdirSync, openSync, renameSync, statSync, writevSync } from 'node:fs';
import { dirname } from 'node:path';
import { type ItemTexts, webSafeUtf8, jsonPiecesForWeb } from '../report/safe-json.ts';

/** Buffers handed to one writev call. */
const MAX_BUFFERS = 512;

interface Written {
  /** The pieces written, in order: text compared by value, kept item texts by identity. */
  readonly pieces: readonly (string | Uint8Array)[];
  /** The byte offset where each piece ends. */
  readonly ends: Float64Array;
  readonly ino: bigint;
  readonly size: bigint;
  readonly mtimeNs: bigint;
}

export class DataFileMemory {
  readonly #files = new Map<string, Written>();

  /**
   * Writes `value` as `writeJsonForWeb` would into `file`: in place from the first piece that
   * differs from what this memory last wrote there, when the file is as it was left; else whole.
   * @example memory.write('.cache/dev/build-1/data/timeline.json', data, itemTexts)
   */
  write(file: string, value: unknown, texts: ItemTexts): void {
    const now = jsonPiecesForWeb(value, texts);
    const before = this.#files.get(file);
    this.#files.delete(file);
    const from = before && asLeft(statOf(file), before) ? sameUntil(before.pieces, now) : -1;
    const bytes = now.map((p) => (typeof p === 'string' ? webSafeUtf8(p) : p));
    const ends = new Float64Array(bytes.length);
    let end = 0;
    for (let i = 0; i < bytes.length; i++) ends[i] = end += bytes[i]!.byteLength;
    if (before && from >= 0) {
      const at = from ? before.ends[from - 1]! : 0;
      writeInto(file, 'r+', bytes.slice(from), at, end);
    } else {
      const temp = `${file}.${process.pid}.tmp`;
      writeInto(temp, 'w', bytes, 0, end);
      renameSync(temp, file);
    }
    const stat = statOf(file);
    if (stat) this.#files.set(file, { pieces: now, ends, ino: stat.ino, size: stat.size, mtimeNs: stat.mtimeNs });
  }

  /**
   * Copies a file this memory wrote, as it was left, to `to` (replacing what is there), and
   * remembers the copy as written too: its next write goes in place. Does nothing for a file
   * it did not write or that changed since.
   * @example memory.copy('.cache/dev/build-1/data/timeline.json', '.cache/dev/build-2/data/timeline.json')
   */
  copy(from: string, to: string): void {
    const written = this.#files.get(from);
    if (!written || !asLeft(statOf(from), written)) return;
    this.#files.delete(to);
    mkdirSync(dirname(to), { recursive: true });
    const temp = `${to}.${process.pid}.tmp`;
    copyFileSync(from, temp);
    renameSync(temp, to);
    const stat = statOf(to);
    if (stat && stat.size === written.size) this.#files.set(to, { ...written, ino: stat.ino, size: stat.size, mtimeNs: stat.mtimeNs });
  }
}

/** True when the file is as this process left it: the same file, untouched, with no other name. */
function asLeft(stat: BigIntStats | undefined, before: Written): boolean {
  return !!stat && stat.nlink === 1n && stat.ino === before.ino && stat.size === before.size && stat.mtimeNs === before.mtimeNs;
}

/** How many pieces from the start are the same in both lists. */
function sameUntil(before: readonly (string | Uint8Array)[], now: readonly (string | Uint8Array)[]): number {
  const n = Math.min(before.length, now.length);
  let i = 0;
  while (i < n && before[i] === now[i]) i++;
  return i;
}

/** Writes the buffers into a file from byte `at` on, and cuts it at `size`. */
function writeInto(file: string, flags: 'r+' | 'w', buffers: readonly Uint8Array[], at: number, size: number): void {
  const fd = openSync(file, flags);
  try {
    let position = at;
    for (let i = 0; i < buffers.length; i += MAX_BUFFERS) {
      const batch = buffers.slice(i, i + MAX_BUFFERS);
      writevSync(fd, batch, position);
      for (const b of batch) position += b.byteLength;
    }
    ftruncateSync(fd, size);
  } finally {
    closeSync(fd);
  }
}

function statOf(file: string): BigIntStats | undefined {
  try {
    return statSync(file, { bigint: true, throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}
