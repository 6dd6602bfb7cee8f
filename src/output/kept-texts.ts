/**
 * Texts of feed entries and CSV rows already made, kept by a long-running process (the dev
 * server) for the next build: the parts of the view are never changed once made, and the
 * view gives back the same part when nothing it shows changed (view/keep.ts), so an entry
 * or a row is made again only for the parts that are new. Each text is kept with a key
 * that says everything else it was made from (the path prefix, a place's cells...).
 */
import type { Piece } from './file-pieces.ts';

export class KeptTexts {
  readonly #kinds = new Map<string, WeakMap<object, { readonly key: TextKey; readonly bytes: Uint8Array }>>();

  /**
   * The text of this kind made for `item` with this key, else the one `make` makes (and keeps),
   * as UTF-8: the file is written from the kept bytes, and only new texts are encoded.
   * @example texts.of('atom', event, '/', () => entry(event)) // made once while the event and the prefix are the same
   */
  of(kind: string, item: object, key: TextKey, make: () => string): Piece {
    let kept = this.#kinds.get(kind);
    if (!kept) this.#kinds.set(kind, (kept = new WeakMap()));
    const hit = kept.get(item);
    if (hit !== undefined && sameKey(hit.key, key)) return hit.bytes;
    const bytes = Buffer.from(make(), 'utf8');
    kept.set(item, { key, bytes });
    return bytes;
  }
}

/**
 * What a kept text was made from besides its item: one text (the path prefix), or a list of
 * values compared one by one. A list costs no joined text per row (a claim's row of the CSV
 * download depends on four values, and there are 60,000 rows a save at 10,000 articles).
 */
export type TextKey = string | readonly (string | null)[];

/**
 * Whether two keys name the same values.
 * @example sameKey(['/', 'a1', null], ['/', 'a1', null]) // true
 */
export function sameKey(a: TextKey, b: TextKey): boolean {
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Keeps nothing: a one-shot build makes every text once. */
export const KEEP_NO_TEXTS: Pick<KeptTexts, 'of'> = { of: (_kind, _item, _key, make) => make() };

/** What the feeds and downloads ask of kept texts. */
export type Texts = Pick<KeptTexts, 'of'>;
