/**
 * What a long-running process (the dev server) keeps from one build to the next, so that a
 * rebuild after one article changed redoes little for the others: the records made from
 * unchanged facts, and the fingerprints of unchanged texts. One object, held by the process
 * and passed to every build (collectData's `memory`); nothing is kept in a module, and a
 * one-shot build keeps nothing. Everything kept is keyed by what it was made from (facts
 * objects, which are never changed once made, or the text itself), so the result is the
 * same as a build without it.
 */
import { FileStamps } from '../cache/file-stamps.ts';
import { RecordReuse } from '../link/reuse.ts';
import type { TimelineData } from '../model/schema.ts';
import { TextFingerprints } from '../report/cross-checks.ts';
import { DataFileMemory } from './data-file-memory.ts';
import { unchangedItems, type KeptItems } from './unchanged-items.ts';

export class BuildMemory {
  /** Article and claim records (see RecordReuse). */
  readonly records = new RecordReuse();
  /** Content hashes of the article files read, by their stamps: unchanged files are not read again. */
  readonly stamps = new FileStamps();
  /** Fingerprints of article texts, for the same-text check. */
  readonly fingerprints = new TextFingerprints();
  /** What was written into each data file, so that the next write there starts at the first change (see writeDataFiles). */
  readonly dataFiles = new DataFileMemory();
  readonly #items: KeptItems = new Map();

  /**
   * The build's data with every item that equals the last build's given back as the last build's
   * object (see unchangedItems): its JSON text, kept by the writer, is not made again.
   * @example memory.unchanged(data).events[0] === memory.unchanged(again).events[0] // true
   */
  unchanged(data: TimelineData): TimelineData {
    return unchangedItems(data, this.#items);
  }
}
