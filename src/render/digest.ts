/**
 * A fingerprint of a value of the view: the same data gives the same text, any change
 * gives another. The view shares objects widely (an event sits in its month, its places,
 * its outlets' pages), so each object's fingerprint is worked out once and kept: the
 * fingerprints of every page of a site cost one walk over the view, not one per page.
 */
import { createHash } from 'node:crypto';

/** Objects whose own text is longer than this are stood for by a hash of it. */
const INLINE_LIMIT = 48;

export class Digests {
  private readonly known = new WeakMap<object, string>();
  private readonly open = new WeakSet<object>();

  /**
   * The fingerprint of a value: JSON-like text for small values, a hash for larger ones.
   * @example new Digests().of({ a: [1, 'x'] }) // '{"a":[1,"x"]}'
   */
  of(value: unknown): string {
    if (value === null || typeof value !== 'object') return primitive(value);
    const hit = this.known.get(value);
    if (hit !== undefined) return hit;
    // A cycle would never end; the view has none, and a change that made one should fail loudly.
    if (this.open.has(value)) throw new Error('the view refers to itself: it cannot be fingerprinted');
    this.open.add(value);
    const text = this.textOf(value);
    this.open.delete(value);
    const digest = text.length > INLINE_LIMIT ? `#${createHash('sha1').update(text).digest('base64')}` : text;
    this.known.set(value, digest);
    return digest;
  }

  private textOf(value: object): string {
    if (Array.isArray(value)) return `[${value.map((v) => this.of(v)).join(',')}]`;
    // Sets and maps are read by their entries (an object's keys would miss them).
    if (value instanceof Map) return `M[${[...value].map(([k, v]) => `${this.of(k)}=${this.of(v)}`).join(',')}]`;
    if (value instanceof Set) return `S[${[...value].map((v) => this.of(v)).join(',')}]`;
    const record = value as Record<string, unknown>;
    return `{${Object.keys(record)
      .map((k) => `${JSON.stringify(k)}:${this.of(record[k])}`)
      .join(',')}}`;
  }
}

/** undefined and functions have no JSON: they get marks of their own, so that they differ from null. */
function primitive(value: unknown): string {
  if (value === undefined) return 'u';
  if (typeof value === 'function') return `f${value.name}`;
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'symbol') return `s${value.description ?? ''}`;
  return JSON.stringify(value);
}
