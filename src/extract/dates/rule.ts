/**
 * A date rule: one named regex and what a match of it means. The phrase
 * extractors are tables of rules run by `extractorOf`.
 */
import type { DateCandidate, DateExpr, Extractor, StatedPart } from './candidate.ts';
import { spanIn } from './candidate.ts';
import { allMatches } from '../all-matches.ts';

export interface DateRule {
  /** Cheap non-global pre-check; the rule runs only on sentences it matches. */
  readonly hint?: RegExp;
  /** Global regex; a rule's match is the date's text. */
  readonly pattern: RegExp;
  /** What the match means, or null when on a closer look it is not a date. */
  readonly read: (m: RegExpMatchArray, textBefore: string) => DateExpr | null;
  readonly stated?: (m: RegExpMatchArray) => readonly StatedPart[];
}

/**
 * An extractor that runs a table of rules over each sentence passing a cheap pre-check.
 * @example extractorOf(/night/i, [lastNightRule])
 */
export function extractorOf(hint: RegExp, rules: readonly DateRule[]): Extractor {
  return (sentence) => {
    if (!hint.test(sentence.text)) return [];
    const out: DateCandidate[] = [];
    // Rules in a row often share their hint: a non-global regex answers the same on the same text.
    let lastHint: RegExp | null = null;
    let lastPassed = false;
    for (const rule of rules) {
      if (rule.hint && rule.hint !== lastHint) {
        lastHint = rule.hint;
        lastPassed = rule.hint.test(sentence.text);
      }
      if (rule.hint && !lastPassed) continue;
      for (const m of allMatches(rule.pattern, sentence.text)) {
        const expr = rule.read(m, sentence.text.slice(0, m.index));
        if (!expr) continue;
        out.push({
          sentence: sentence.index,
          span: spanIn(sentence, m.index, m[0].length),
          text: m[0],
          stated: rule.stated?.(m) ?? [],
          expr,
          origin: 'rule',
          relative: expr.kind !== 'absolute',
        });
      }
    }
    return out;
  };
}
