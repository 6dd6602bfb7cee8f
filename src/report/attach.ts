import type { Diagnostic } from '../model/types.ts';
import type { TimelineData } from '../model/schema.ts';
import { withHint } from './hints.ts';

/**
 * The timeline data with more diagnostics: each gets a hint, all are ordered by
 * file and line (a stable order, whatever order the checks ran in), and each
 * article lists its new warnings too, so its page shows them.
 * @example withDiagnostics(data, []).diagnostics.every((d) => d.hint) // true
 */
export function withDiagnostics(data: TimelineData, extra: readonly Diagnostic[]): TimelineData {
  const added = new Map<string, string[]>();
  for (const d of extra) {
    if (d.severity === 'info') continue;
    const list = added.get(d.file);
    if (list) list.push(d.message);
    else added.set(d.file, [d.message]);
  }
  const diagnostics = [...data.diagnostics.map(asDiagnostic), ...extra]
    .map(withHint)
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0)));
  const articles = data.articles.map((a) => {
    const more = added.get(a.file);
    return more ? { ...a, warnings: [...a.warnings, ...more] } : a;
  });
  return { ...data, articles, diagnostics };
}

/**
 * A diagnostic as the data file holds it (optional fields may be present but undefined), as the model's type.
 * @example asDiagnostic({ file: 'a', severity: 'info', code: 'encoding', message: 'm', line: undefined }) // { file: 'a', severity: 'info', code: 'encoding', message: 'm' }
 */
export function asDiagnostic(d: TimelineData['diagnostics'][number]): Diagnostic {
  const { file, severity, code, message, line, hint } = d;
  return { file, severity, code, message, ...(line === undefined ? {} : { line }), ...(hint === undefined ? {} : { hint }) };
}
