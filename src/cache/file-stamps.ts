/**
 * The content hashes of article files a long-running process (the dev server) has read,
 * by what the file system says of each file: a rebuild after one article changed then
 * reads and hashes that article only, not ten thousand files (150 MB at 10,000 articles,
 * read and hashed again on every save).
 *
 * A file is taken as unchanged when its inode, size, modification and change times are
 * those seen when its bytes were read. The change time (ctime) is set by the system on
 * every write, rename or chmod and cannot be set back by a program, so a file written
 * after it was read shows another one; except within one tick of the file system's clock,
 * when a write just after the read may leave every time as it was ("racy" files, as git
 * calls them). So a stamp is kept only when the file had last changed well before the build
 * that read it began (any later write then falls in a later tick), as the file system itself
 * tells the time: `begin` writes a file of its own and reads its change time, on the same
 * device, so in the same clock as the stamps. Nothing here reads the process's clock.
 */
import { type BigIntStats, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A stamp is trusted only when the file last changed this long before the build began (far more than a tick of any file system's clock). */
const SETTLED_NS = 2_000_000_000n;
/** The file each build writes to learn the file system's time. */
const CLOCK_FILE = '.clock';

interface Stamp {
  readonly ino: bigint;
  readonly size: bigint;
  readonly mtimeNs: bigint;
  readonly ctimeNs: bigint;
  readonly contentHash: string;
}

export class FileStamps {
  readonly #settleNs: bigint;
  #stamps = new Map<string, Stamp>();
  /** Files changed before this time (the file system's, in ns) are settled; null: keep no stamp this build. */
  #settledBefore: bigint | null = null;
  /** The device the time was read on: files on others are in another clock, and get no stamp. */
  #device: bigint | null = null;

  /** `settleNs`: how long before the build a file must have last changed for its stamp to be kept (tests shorten it). */
  constructor(settleNs: bigint = SETTLED_NS) {
    this.#settleNs = settleNs;
  }

  /**
   * Starts a build: learns the file system's time by writing a file into `dir` (the facts
   * cache folder). When that fails, no stamp is kept in this build.
   * @example stamps.begin('.cache/articles')
   */
  begin(dir: string): void {
    this.#settledBefore = null;
    this.#device = null;
    try {
      mkdirSync(dir, { recursive: true });
      const clock = join(dir, CLOCK_FILE);
      writeFileSync(clock, '');
      const stat = statSync(clock, { bigint: true });
      this.#settledBefore = stat.ctimeNs - this.#settleNs;
      this.#device = stat.dev;
    } catch {
      // No time to compare with: every file is read this build.
    }
  }

  /**
   * The content hash of a file read before, when the file is the same as then; else null (read it).
   * @example stamps.hashOf('/abs/content/articles/a.txt') // 'ab12…' or null
   */
  hashOf(path: string): string | null {
    const kept = this.#stamps.get(path);
    if (!kept) return null;
    let now: BigIntStats | undefined;
    try {
      now = statSync(path, { bigint: true, throwIfNoEntry: false });
    } catch {
      return null;
    }
    if (!now || now.ino !== kept.ino || now.size !== kept.size || now.mtimeNs !== kept.mtimeNs || now.ctimeNs !== kept.ctimeNs) return null;
    return kept.contentHash;
  }

  /**
   * Keeps a file's content hash with the stamp it had before its bytes were read (`before`),
   * when the file had settled by the time the build began; else forgets it (read it again).
   * @example stamps.keep(path, FileStamps.stat(path), hash)
   */
  keep(path: string, before: BigIntStats | undefined, contentHash: string): void {
    const settled = before && this.#settledBefore !== null && before.dev === this.#device && before.ctimeNs <= this.#settledBefore;
    if (!settled) {
      this.#stamps.delete(path);
      return;
    }
    this.#stamps.set(path, { ino: before.ino, size: before.size, mtimeNs: before.mtimeNs, ctimeNs: before.ctimeNs, contentHash });
  }

  /**
   * Stamps taken before a file is read: the stat of the file, or undefined when it cannot be had.
   * @example const before = FileStamps.stat(path)
   */
  static stat(path: string): BigIntStats | undefined {
    try {
      return statSync(path, { bigint: true, throwIfNoEntry: false });
    } catch {
      return undefined;
    }
  }
}
