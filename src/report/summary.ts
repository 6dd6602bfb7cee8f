import type { Diagnostic, Severity } from '../model/types.ts';

export interface DiagnosticSummary {
  readonly total: number;
  readonly bySeverity: Readonly<Record<Severity, number>>;
  /** `[code, count]`, most frequent first, then by code: a stable order. */
  readonly byCode: readonly (readonly [string, number])[];
  /** Files with at least one problem. */
  readonly files: number;
}

/**
 * Counts problems by severity and by kind.
 * @example summarizeDiagnostics([{ file: 'a', severity: 'warning', code: 'empty', message: '' }]).byCode // [['empty', 1]]
 */
export function summarizeDiagnostics(diagnostics: readonly Diagnostic[]): DiagnosticSummary {
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const codes = new Map<string, number>();
  for (const d of diagnostics) {
    bySeverity[d.severity]++;
    codes.set(d.code, (codes.get(d.code) ?? 0) + 1);
  }
  const byCode = [...codes.entries()].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0));
  return { total: diagnostics.length, bySeverity, byCode, files: new Set(diagnostics.map((d) => d.file)).size };
}

/**
 * One problem as the terminal shows it: where, what, and what to do.
 * @example formatDiagnostic({ file: 'a.txt', line: 2, severity: 'warning', code: 'front-matter-yaml', message: 'bad', hint: 'fix it' })
 * // 'warning a.txt:2 [front-matter-yaml] bad\n  what to do: fix it'
 */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line === undefined ? d.file : `${d.file}:${d.line}`;
  return `${d.severity} ${where} [${d.code}] ${d.message}${d.hint ? `\n  what to do: ${d.hint}` : ''}`;
}

/**
 * The closing line of a build: how many problems of each kind.
 * @example formatSummary(summarizeDiagnostics([])) // 'no problems found'
 */
export function formatSummary(s: DiagnosticSummary): string {
  if (s.total === 0) return 'no problems found';
  const severities = (['error', 'warning', 'info'] as const)
    .filter((k) => s.bySeverity[k] > 0)
    .map((k) => `${s.bySeverity[k]} ${k}${s.bySeverity[k] === 1 ? '' : 's'}`)
    .join(', ');
  const kinds = s.byCode.map(([code, n]) => `${code} ${n}`).join(', ');
  return `${severities} in ${s.files} file${s.files === 1 ? '' : 's'} (${kinds})`;
}
