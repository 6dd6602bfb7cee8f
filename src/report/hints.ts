import { hintFor } from '../model/diagnostics.ts';
import type { Diagnostic } from '../model/types.ts';

/**
 * The diagnostic with a hint, taken from the catalogue of codes (src/model/diagnostics.ts)
 * when it has none: every problem the user sees says what to do next.
 * @example withHint({ file: 'a.txt', severity: 'warning', code: 'empty', message: 'the file is empty' }).hint // 'paste the article text into it, or delete it'
 */
export function withHint(d: Diagnostic): Diagnostic {
  return d.hint ? d : { ...d, hint: hintFor(d.code) };
}
