/**
 * A fingerprint of a value of the view: the same data gives the same fingerprint, any
 * change another. The view shares objects widely (an event sits in its month, its places,
 * its outlets' pages), so each object fingerprinted is kept, and stands for itself by its
 * fingerprint inside any object fingerprinted later: a site's pages cost about one pass of
 * JSON.stringify over the view, not one per page that shows an object.
 */
import * as crypto from 'node:crypto';

/**
 * A base64 SHA-1 of a text. Node's one-shot `hash` (from 20.12) costs half of a Hash object made
 * per text, and a site's fingerprints hash some fifteen thousand small texts; older Node makes the object.
 * @example sha1Base64('x') // 'EQ2UEmJAtFU+xeo/+zjFcdgcWUQ='
 */
export const sha1Base64: (text: string) => string =
  typeof crypto.hash === 'function' ? (text) => crypto.hash('sha1', text, 'base64') : (text) => crypto.createHash('sha1').update(text).digest('base64');

/** Marks a fingerprint standing for an object, so that it cannot be taken for a string of the view. */
const MARK = '\u0000#';

export class Digests {
  private readonly known = new WeakMap<object, string>();
  private readonly parts = new WeakMap<object, string>();
  private readonly pages = new Map<string, WeakMap<object, { readonly common: string; readonly print: string }>>();

  /**
   * A page's fingerprint, kept by its template and item: made again only when the item is another
   * object or `common` (what the template's every page shares: the code, the shell, the parts read) differs.
   * @example digests.page('place.11ty.ts', pg, common, () => sha1(common + digest(pg)))
   */
  page(template: string, item: object, common: string, make: () => string): string {
    let kept = this.pages.get(template);
    if (!kept) this.pages.set(template, (kept = new WeakMap()));
    const hit = kept.get(item);
    if (hit !== undefined && hit.common === common) return hit.print;
    const print = make();
    kept.set(item, { common, print });
    return print;
  }

  /**
   * The fingerprint of the part of `value` that `part` picks, kept by `value` (so an object is
   * always given the same `part`: a page item, by its template's).
   * @example digests.ofPart(page, (p) => ({ ...p, place: p.place.name }))
   */
  ofPart<T extends object>(value: T, part: (value: T) => unknown): string {
    let digest = this.parts.get(value);
    if (digest === undefined) {
      digest = this.of(part(value));
      this.parts.set(value, digest);
    }
    return digest;
  }

  /**
   * The fingerprint of a value (a base64 SHA-1 of its JSON, with objects fingerprinted before standing for
   * themselves, unless `whole`). Different data never get the same fingerprint; the same data may get
   * two (one whole, one not), which costs only a page rendered again.
   * @example new Digests().of({ a: [1, 'x'] }) // '\u0000#Wc8…='
   */
  of(value: unknown, { whole = false }: { readonly whole?: boolean } = {}): string {
    if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? String(value);
    const hit = this.known.get(value);
    if (hit !== undefined) return hit;
    // Native JSON.stringify writes the text, of a copy in which the objects already known stand as
    // their fingerprints (a replacer doing the swap cost a call from native code per value, primitives
    // too). `whole` takes the value as it is: the same fingerprint's worth for an object that holds
    // nothing fingerprinted, cheaper.
    const text = JSON.stringify(whole ? value : withKnownSwapped(value, this.known));
    const digest = `${MARK}${sha1Base64(text)}`;
    this.known.set(value, digest);
    return digest;
  }

  /**
   * As `of(value, { whole: true })`, but the objects of the lists under `shared`, fingerprinted
   * before, stand for themselves by their fingerprints instead of being written out again (an
   * article's claims: the claims are fingerprinted first, as the events and places hold them too).
   * @example digests.ofWithShared(article, ['claims'])
   */
  ofWithShared<T extends object>(value: T, shared: readonly (keyof T & string)[]): string {
    const hit = this.known.get(value);
    if (hit !== undefined) return hit;
    const copy = { ...value } as Record<string, unknown>;
    for (const key of shared) {
      const list = copy[key];
      if (Array.isArray(list)) copy[key] = list.map((item: unknown) => this.of(item, { whole: true }));
    }
    const digest = `${MARK}${sha1Base64(JSON.stringify(copy))}`;
    this.known.set(value, digest);
    return digest;
  }
}

/**
 * `value` with each object inside it that `known` holds swapped for its fingerprint, copied only
 * where something was swapped; JSON.stringify writes it as it writes `value` with those objects
 * replaced. Objects of a class (a Date, a Map) are left whole, as JSON.stringify writes them.
 * @example withKnownSwapped({ a: claim, b: [1] }, known) // { a: '\u0000#…', b: [1] } (b the same array)
 */
function withKnownSwapped(value: object, known: WeakMap<object, string>): object {
  if (Array.isArray(value)) {
    let copy: unknown[] | null = null;
    for (let i = 0; i < value.length; i++) {
      const swapped = swappedItem(value[i], known);
      if (swapped !== value[i]) (copy ??= value.slice())[i] = swapped;
    }
    return copy ?? value;
  }
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return value;
  let copy: Record<string, unknown> | null = null;
  for (const key in value) {
    const item = (value as Record<string, unknown>)[key];
    const swapped = swappedItem(item, known);
    if (swapped !== item) (copy ??= { ...value })[key] = swapped;
  }
  return copy ?? value;
}

function swappedItem(item: unknown, known: WeakMap<object, string>): unknown {
  return item !== null && typeof item === 'object' ? (known.get(item) ?? withKnownSwapped(item, known)) : item;
}
