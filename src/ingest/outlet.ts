import type { SourceEntry, SourceRef } from '../model.ts';

/** Case-, width- and punctuation-folded form of a name, for comparing names. @example foldName('Russia Today!') // 'russia today' */
export const foldName = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * The registry entry whose name or alias is this name (case and punctuation folded), or null.
 * @example sourceByName(sources, 'Russia Today')?.id // 'rt'
 */
export function sourceByName(sources: readonly SourceEntry[], name: string): SourceEntry | null {
  const wanted = foldName(name);
  return sources.find((s) => foldName(s.name) === wanted || s.aliases.some((a) => foldName(a) === wanted)) ?? null;
}

/**
 * Tells the outlet from the raw text with the registry's patterns; the entry with
 * the most matching patterns wins, the earlier entry on a tie. Null when none
 * matches: an outlet is never guessed.
 * @example identifyOutlet(sources, 'MOSCOW, March 3. /TASS/. The ministry said')?.id // 'tass'
 */
export function identifyOutlet(sources: readonly SourceEntry[], raw: string): SourceRef | null {
  let best: { entry: SourceEntry; hits: number; evidence: string } | null = null;
  for (const entry of sources) {
    let hits = 0;
    let evidence = '';
    for (const pattern of entry.patterns) {
      const m = compiled(pattern).exec(raw);
      if (m) {
        hits++;
        evidence ||= m[0].trim().slice(0, 80);
      }
    }
    if (hits > (best?.hits ?? 0)) best = { entry, hits, evidence };
  }
  return best ? { id: best.entry.id, name: best.entry.name, evidence: `text pattern: ${best.evidence}` } : null;
}

const cache = new Map<string, RegExp>();
function compiled(pattern: string): RegExp {
  let re = cache.get(pattern);
  if (!re) {
    try {
      re = new RegExp(pattern, 'm');
    } catch {
      re = /(?!)/; // reported by the registry loader; never matches here
    }
    cache.set(pattern, re);
  }
  return re;
}
