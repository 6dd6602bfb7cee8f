/**
 * Whether a text holds at least one sentence: a letter, then a full stop, question or
 * exclamation mark with no other such mark between them, before a space, a closing
 * quote or bracket, or the end. Read in one pass: the regex
 * /\p{L}[^.!?。！？؟]*[.!?。！？؟](?:\s|["”’)]|$)/u restarts at every letter and so is
 * quadratic on a long run of words with no mark.
 */

const AFTER_TERMINATOR = /[\s"”’)]/u;
const LETTER = /\p{L}/u;

/**
 * True when some sentence ends in `text`.
 * @example hasAnySentence('Shelling went on. Then') // true
 * @example hasAnySentence('Home | World | Middle East') // false
 */
export function hasAnySentence(text: string): boolean {
  let letter = false;
  for (let i = 0; i < text.length; i++) {
    if (isTerminator(text.charCodeAt(i))) {
      if (letter && (i + 1 === text.length || AFTER_TERMINATOR.test(text[i + 1]!) || gluedToNext(text, i))) return true;
      letter = false;
    } else if (!letter && isLetterAt(text, i)) {
      letter = true;
    }
  }
  return false;
}

/**
 * A mark that ends a sentence: . ! ? 。 ！ ？ ؟ (told by its code, not by a one-character
 * string cut out of the text for each of its characters).
 */
function isTerminator(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x61f;
}

/** "air strikes.Language": a pasted page lost the space after a stop, between a lower-case word and a capital. */
function gluedToNext(text: string, i: number): boolean {
  return (
    text[i] === '.' && /[a-z]/.test(text[i - 1] ?? '') && /[a-z]/.test(text[i - 2] ?? '') && /[A-Z]/.test(text[i + 1] ?? '') && /[a-z]/.test(text[i + 2] ?? '')
  );
}

/** The character at `i` is a letter; a surrogate pair is read whole (an astral letter counts). */
function isLetterAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  return LETTER.test(String.fromCodePoint(text.codePointAt(i)!));
}
