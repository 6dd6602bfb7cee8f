import type { SourceEntry, SourceRef } from '../model/types.ts';
import { compileSourcePatterns, compileUserPattern, type SourcePatterns } from '../registry/user-pattern.ts';

/** A run of characters that are no letter or digit (built once, not per name). */
const NOT_WORD_RUN = /[^\p{L}\p{N}]+/gu;

/**
 * Text whose NFKC form is itself up to punctuation: plain ASCII, no-break space and the General
 * Punctuation block (typographic quotes, dashes, spaces), whose NFKC forms hold no letter or
 * digit and join nothing around them. Folding such text needs no normalisation.
 */
const PLAIN = /^[\x00-\x7f\u00a0\u2000-\u206f]*$/;

/** Case-, width- and punctuation-folded form of a name, for comparing names. @example foldName('Russia Today!') // 'russia today' */
export const foldName = (s: string): string =>
  // In plain text the letters and digits are [a-z0-9] once lower-cased.
  (PLAIN.test(s) ? s.toLowerCase().replace(/[^a-z0-9]+/g, ' ') : s.normalize('NFKC').toLowerCase().replace(NOT_WORD_RUN, ' ')).trim();

/**
 * Whether `foldName(line) === folded`, read char by char for plain text so that a long line
 * that differs early is not folded whole.
 * @example foldsTo('Russia  Today!', 'russia today') // true
 */
export function foldsTo(line: string, folded: string): boolean {
  if (!PLAIN.test(line)) return foldName(line) === folded;
  let k = 0;
  let gap = false;
  for (let i = 0; i < line.length; i++) {
    let c = line.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (gap && k > 0) {
        if (folded.charCodeAt(k) !== 32) return false;
        k++;
      }
      gap = false;
      if (folded.charCodeAt(k) !== c) return false;
      k++;
    } else gap = true;
  }
  return k === folded.length;
}

/** Each registry's entries by folded name and alias, the first entry winning, built once per registry. */
const byFoldedName = new WeakMap<readonly SourceEntry[], ReadonlyMap<string, SourceEntry>>();

/**
 * The registry entry whose name or alias is this name (case and punctuation folded), or null.
 * @example sourceByName(sources, 'Russia Today')?.id // 'rt'
 */
export function sourceByName(sources: readonly SourceEntry[], name: string): SourceEntry | null {
  let index = byFoldedName.get(sources);
  if (!index) {
    const map = new Map<string, SourceEntry>();
    for (const s of sources) for (const n of [s.name, ...s.aliases]) if (!map.has(foldName(n))) map.set(foldName(n), s);
    byFoldedName.set(sources, (index = map));
  }
  return index.get(foldName(name)) ?? null;
}

/**
 * Tells the outlet from the raw text with the registry's patterns; the entry with
 * the most matching patterns wins, the earlier entry on a tie. Null when none
 * matches: an outlet is never guessed.
 * @example identifyOutlet(sources, 'MOSCOW, March 3. /TASS/. The ministry said')?.id // 'tass'
 */
export function identifyOutlet(sources: readonly SourceEntry[], raw: string, patterns: SourcePatterns = compileSourcePatterns(sources)): SourceRef | null {
  let best: { entry: SourceEntry; hits: number; evidence: string } | null = null;
  for (const entry of sources) {
    let hits = 0;
    let evidence = '';
    for (const pattern of entry.patterns) {
      // Linear-time matching (RE2): a user's pattern cannot hang the build. One that does
      // not compile was reported by the registry loader and never matches here.
      const compiled = patterns.get(pattern) ?? compileUserPattern(pattern);
      if (compiled instanceof Error || !compiled.test(raw)) continue;
      hits++;
      evidence ||= (compiled.firstMatch(raw) ?? '').trim().slice(0, 80);
    }
    if (hits > (best?.hits ?? 0)) best = { entry, hits, evidence };
  }
  return best ? { id: best.entry.id, name: best.entry.name, evidence: `text pattern: ${best.evidence}` } : null;
}
