/**
 * The words at the end of a text, read without scanning it all.
 * The regexes that look at the words just before a date ("late March", "in May")
 * have the form `\b(?:word|...)[-\s]+$`, and V8 tries such a regex at every
 * position of the text before the date; the words can only stand right before
 * the trailing run of dashes and spaces, so the rest of the text is skipped.
 */
import { isSpaceAt } from '../word-runs.ts';

/**
 * `re.exec(text)` for a non-global regex of the form `\b(?:words)[-\s]+$` whose words are at
 * most `longest` characters long and end in a letter. Such a match ends its words where the
 * trailing run of dashes and spaces begins, so it starts at most `longest` characters before
 * that; one character more is read so that `\b` sees what it sees in the whole text. The
 * match's `index` counts in the whole text.
 * @example execAtEnd(/\b(late|early)[-\s]+$/i, 'fighting in late ', 5)?.index // 12
 */
export function execAtEnd(re: RegExp, text: string, longest: number): RegExpExecArray | null {
  let run = text.length;
  while (run > 0 && (text.charCodeAt(run - 1) === 0x2d || isSpaceAt(text, run - 1))) run--;
  const from = Math.max(0, run - longest - 1);
  const m = re.exec(from === 0 ? text : text.slice(from));
  if (m) m.index += from;
  return m;
}
