/**
 * Regular expressions a user writes (sources.yml `patterns`) run in a linear-time engine,
 * RE2 (its JavaScript port, re2js): a pattern such as `(a+)+$` made V8's backtracking
 * engine run for hours on one article, and the build hung with no message. RE2 matches
 * in time linear in the text whatever the pattern; it has no lookaround and no
 * back-references, and a pattern that uses them is refused with a message when the
 * registry is read. Patterns are multi-line (`^` and `$` at each line) and case-sensitive,
 * as they always were; the text they see has `\n` line ends (decode.ts).
 */
import { RE2JS } from 're2js';

/** A compiled user pattern: whether it occurs in a text, and its first match. */
export interface UserPattern {
  test(text: string): boolean;
  /** The first match's text, or null. */
  firstMatch(text: string): string | null;
}

/** Each pattern of the outlets (sources.yml), compiled, or why it cannot be. */
export type SourcePatterns = ReadonlyMap<string, UserPattern | Error>;

/**
 * Compiles every pattern of these outlets once (the build does, per thread), for identifyOutlet.
 * @example compileSourcePatterns(registries.sources).get('^RT \\(Russia Today\\)') instanceof Error // false
 */
export function compileSourcePatterns(sources: readonly { readonly patterns: readonly string[] }[]): SourcePatterns {
  const out = new Map<string, UserPattern | Error>();
  for (const s of sources) for (const p of s.patterns) if (!out.has(p)) out.set(p, compileUserPattern(p));
  return out;
}

/**
 * Compiles a pattern, or says why it cannot be (the message of the engine's error).
 * @example compileUserPattern('^RT \\(Russia Today\\)') instanceof Error // false
 * @example compileUserPattern('(?<=a)b') instanceof Error // true: no lookbehind in RE2
 */
export function compileUserPattern(pattern: string): UserPattern | Error {
  try {
    const re = RE2JS.compile(pattern, RE2JS.MULTILINE);
    return {
      // test() runs RE2's DFA: no capture groups, the fastest linear path.
      test: (text) => re.test(text),
      firstMatch: (text) => {
        const m = re.matcher(text);
        return m.find() ? m.group() : null;
      },
    };
  } catch (e) {
    return new Error((e as Error).message);
  }
}
