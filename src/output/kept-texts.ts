/**
 * Texts of feed entries and CSV rows already made, kept by a long-running process (the dev
 * server) for the next build: the parts of the view are never changed once made, and the
 * view gives back the same part when nothing it shows changed (view/keep.ts), so an entry
 * or a row is made again only for the parts that are new. Each text is kept with a key
 * that says everything else it was made from (the path prefix, a place's cells...).
 */
import type { Piece } from './file-pieces.ts';

export class KeptTexts {
  readonly #kinds = new Map<string, WeakMap<object, { readonly key: string; readonly bytes: Uint8Array }>>();

  /**
   * The text of this kind made for `item` with this key, else the one `make` makes (and keeps),
   * as UTF-8: the file is written from the kept bytes, and only new texts are encoded.
   * @example texts.of('atom', event, '/', () => entry(event)) // made once while the event and the prefix are the same
   */
  of(kind: string, item: object, key: string, make: () => string): Piece {
    let kept = this.#kinds.get(kind);
    if (!kept) this.#kinds.set(kind, (kept = new WeakMap()));
    const hit = kept.get(item);
    if (hit?.key === key) return hit.bytes;
    const bytes = Buffer.from(make(), 'utf8');
    kept.set(item, { key, bytes });
    return bytes;
  }
}

/**
 * The key of a kept text from the values it was made from: each written with its length first,
 * so that no two lists of values give the same key (cheaper than their JSON, once per row a build).
 * @example textKey('/', null, 'a1') // '1:/-1:a1'
 */
export function textKey(...values: readonly (string | null)[]): string {
  let key = '';
  for (const value of values) key += value === null ? '-' : `${value.length}:${value}`;
  return key;
}

/** Keeps nothing: a one-shot build makes every text once. */
export const KEEP_NO_TEXTS: Pick<KeptTexts, 'of'> = { of: (_kind, _item, _key, make) => make() };

/** What the feeds and downloads ask of kept texts. */
export type Texts = Pick<KeptTexts, 'of'>;
