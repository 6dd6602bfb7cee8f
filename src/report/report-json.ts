import type { Diagnostic } from '../model/types.ts';
import { summarizeDiagnostics } from './summary.ts';

export interface BuildReport {
  readonly summary: {
    readonly total: number;
    readonly errors: number;
    readonly warnings: number;
    readonly info: number;
    readonly files: number;
    readonly byCode: Readonly<Record<string, number>>;
  };
  readonly problems: readonly Diagnostic[];
}

/**
 * The content of `report.json`: counts by kind, then every problem with file, line, what and what to do.
 * @example buildReport([]).summary.total // 0
 */
export function buildReport(diagnostics: readonly Diagnostic[]): BuildReport {
  const s = summarizeDiagnostics(diagnostics);
  return {
    summary: {
      total: s.total,
      errors: s.bySeverity.error,
      warnings: s.bySeverity.warning,
      info: s.bySeverity.info,
      files: s.files,
      byCode: Object.fromEntries(s.byCode),
    },
    problems: diagnostics,
  };
}
