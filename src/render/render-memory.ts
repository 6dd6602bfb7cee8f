/**
 * What a long-running process (the dev server) keeps from one render for the next, so that
 * a render after one article changed fingerprints and indexes only what is new: the
 * fingerprints of the view's parts (the view gives back the same objects for unchanged
 * parts: src/output/view/keep.ts), their search documents, feed entries and CSV rows, the
 * search shards' fingerprints, and the rendering code's fingerprint until the templates change.
 * A one-shot build keeps none; it computes all of them once.
 */
import { KeptTexts } from '../output/kept-texts.ts';
import type { KeptDocuments, SearchDocument } from '../output/search-documents.ts';
import { Digests } from './digest.ts';
import { type SearchShard, shardFingerprint } from './search-shards.ts';

interface KeptShard {
  readonly code: string;
  readonly docs: readonly SearchDocument[];
  readonly print: string;
}

export class RenderMemory {
  /** Fingerprints of the view's parts, by object (parts are never changed once made). */
  readonly digests = new Digests();
  /** Search documents, by the part of the view each was made from. */
  readonly documents: KeptDocuments = new WeakMap();
  /** Feed entries and CSV rows, by the part of the view each was made from. */
  readonly texts = new KeptTexts();
  readonly #shards = new Map<string, KeptShard>();
  #code: { readonly settings: string; readonly print: string } | null = null;

  /**
   * The rendering code's fingerprint under these settings, computed once until forgetCode.
   * @example memory.code('{"pathPrefix":"/"}', () => codeFingerprint(root, settings))
   */
  code(settings: string, compute: () => string): string {
    if (this.#code?.settings !== settings) this.#code = { settings, print: compute() };
    return this.#code.print;
  }

  /**
   * Says that the templates changed: the code's fingerprint is computed again at the next render.
   * @example memory.forgetCode() // after an edit under layouts/
   */
  forgetCode(): void {
    this.#code = null;
  }

  /**
   * A shard's fingerprint (search-shards.ts), hashed again only when its documents are not the very ones of last time.
   * @example memory.shardFingerprint('code…', shard) // 'Zx1…='
   */
  shardFingerprint(code: string, shard: SearchShard): string {
    const kept = this.#shards.get(shard.folder);
    if (kept && kept.code === code && kept.docs.length === shard.docs.length && kept.docs.every((d, i) => d === shard.docs[i])) return kept.print;
    const print = shardFingerprint(code, shard);
    this.#shards.set(shard.folder, { code, docs: shard.docs, print });
    return print;
  }
}
