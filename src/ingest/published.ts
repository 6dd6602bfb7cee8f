import type { StatedDate } from '../model.ts';

/** PLACEHOLDER (dates helper replaces): the publication date stated in the raw text's page layout, or null. */
export function findStatedPublication(_lines: readonly string[]): StatedDate | null {
  return null;
}
