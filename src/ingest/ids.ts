/**
 * A URL- and file-safe id from any text: ASCII letters, digits and single dashes only,
 * so no input can name a path outside the output folder.
 * @example slugify('Syria’s Palmyra / ../etc') // 'syrias-palmyra-etc'
 */
export function slugify(text: string, fallback = 'item'): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
  return slug || fallback;
}

/** Makes ids unique in order of first use: the second 'palmyra' becomes 'palmyra-2'. */
export class IdAllocator {
  readonly #used = new Map<string, number>();

  /** @example new IdAllocator().take('a') // 'a' */
  take(base: string): string {
    const n = this.#used.get(base) ?? 0;
    this.#used.set(base, n + 1);
    if (n === 0) return base;
    let candidate = `${base}-${n + 1}`;
    while (this.#used.has(candidate)) candidate = `${candidate}-x`;
    this.#used.set(candidate, 1);
    return candidate;
  }
}
