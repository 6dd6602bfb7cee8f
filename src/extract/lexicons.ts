/**
 * What the extractors compile from the registries (content/*.yml) and the gazetteer:
 * the place lexicons, the claimants' name matcher, the outlets' text patterns and the
 * part-of-speech tagger. The build compiles them once per thread (src/build-data.ts,
 * src/workers/extract-worker.ts) and hands the object to every article, so no extractor
 * keeps a cache of its own. Parts are compiled on first use: most builds need few focuses,
 * and many never tag a word.
 */
import { loadGazetteer, type Focus } from '../gazetteer/index.ts';
import type { Registries } from '../model/types.ts';
import { compileSourcePatterns, type SourcePatterns } from '../registry/user-pattern.ts';
import { compileRegistry, type RegistryMatcher } from './claimants/registry.ts';
import { buildLexicon, type PlaceLexicon } from './places/lexicon.ts';
import { loadTagger, type Tagger } from './tagger.ts';

export interface Lexicons {
  readonly registries: Registries;
  /** The gazetteer as the registry amends it, with these countries read in depth (one per focus, built on first ask). */
  places(focus: Focus): PlaceLexicon;
  /** The registered claimants' names. */
  readonly claimants: RegistryMatcher;
  /** The outlets' text patterns (sources.yml), compiled. */
  readonly sourcePatterns: SourcePatterns;
  /** The part-of-speech tagger (wink-nlp's English model), loaded on first use. */
  tagger(): Tagger;
}

/**
 * Compiles what the extractors need from these registries; `shared` gives the parts that do
 * not depend on the registries' focus (the build's own lexicons, when the link stage reads
 * articles again with a collection's focus pinned).
 * @example compileLexicons(registries).places(['SY']).placeOf(entry).name // 'Palmyra'
 */
export function compileLexicons(registries: Registries, shared?: Lexicons): Lexicons {
  if (shared && !sameButFocus(shared.registries, registries)) shared = undefined;
  const byFocus = new Map<string, PlaceLexicon>();
  let claimants: RegistryMatcher | null = null;
  let sourcePatterns: SourcePatterns | null = null;
  let tagger: Tagger | null = null;
  return {
    registries,
    places(focus) {
      if (shared) return shared.places(focus);
      const key = focus.join(',');
      let lex = byFocus.get(key);
      if (!lex) {
        lex = buildLexicon(loadGazetteer(focus), registries);
        byFocus.set(key, lex);
      }
      return lex;
    },
    get claimants() {
      claimants ??= shared?.claimants ?? compileRegistry(registries.claimants);
      return claimants;
    },
    get sourcePatterns() {
      sourcePatterns ??= shared?.sourcePatterns ?? compileSourcePatterns(registries.sources);
      return sourcePatterns;
    },
    tagger() {
      tagger ??= shared?.tagger() ?? loadTagger();
      return tagger;
    },
  };
}

/** The place lexicons read only the places and not-places; the matcher only the claimants; the patterns only the sources. */
function sameButFocus(a: Registries, b: Registries): boolean {
  return a.places === b.places && a.notPlaces === b.notPlaces && a.claimants === b.claimants && a.sources === b.sources;
}

/**
 * For a long-running process (the dev server): the same lexicons for as long as the registries
 * object is the same (the registry loader gives the same object back while its files are unchanged).
 * @example const lexicons = lexiconsKeeper(); lexicons(registries) === lexicons(registries) // true
 */
export function lexiconsKeeper(): (registries: Registries) => Lexicons {
  let kept: Lexicons | null = null;
  return (registries) => {
    if (kept?.registries !== registries) kept = compileLexicons(registries);
    return kept;
  };
}
