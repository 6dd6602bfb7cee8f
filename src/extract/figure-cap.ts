/**
 * At most MAX_FIGURES figures per article. No article of prose holds so many; a
 * pasted table of numbers can hold hundreds of thousands, and each becomes a claim
 * on every page that lists it. The first ones are kept, and a warning says how many
 * were dropped.
 */
import type { Diagnostic, Figure } from '../model/types.ts';

export const MAX_FIGURES = 500;

/**
 * The article's first MAX_FIGURES figures, with a warning naming the file when there were more.
 * @example capFigures(figures, 'content/articles/table.txt').figures.length // at most 500
 */
export function capFigures(figures: readonly Figure[], file: string): { figures: readonly Figure[]; diagnostics: Diagnostic[] } {
  if (figures.length <= MAX_FIGURES) return { figures, diagnostics: [] };
  const dropped = figures.length - MAX_FIGURES;
  const message = `the article holds ${figures.length} figures; only the first ${MAX_FIGURES} are kept and ${dropped} were dropped`;
  return {
    figures: figures.slice(0, MAX_FIGURES),
    diagnostics: [{ file, severity: 'warning', code: 'too-many-figures', message }],
  };
}
