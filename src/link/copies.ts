/**
 * A file whose text another file already holds: shown, but its figures and events count once,
 * under the first file (build-data.ts marks it with a `duplicate` warning). The link stage reads
 * no such copy again.
 */
import type { ArticleFacts } from '../model/types.ts';

/** The code of the warning on a copy. */
const DUPLICATE = 'duplicate';

/**
 * Whether these facts are a copy of another file's.
 * @example isCopy(facts) // false
 */
export function isCopy(f: ArticleFacts): boolean {
  return f.diagnostics.some((d) => d.code === DUPLICATE);
}
