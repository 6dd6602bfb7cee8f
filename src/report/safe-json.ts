/** Characters that would let a JSON file pasted into HTML or a script close a tag or a string. */
const UNSAFE_IN_HTML = /[<>&\u2028\u2029]/g;

/**
 * JSON text that is safe to inline in HTML: `<`, `>`, `&`, U+2028 and U+2029 become
 * `\uXXXX` escapes, which JSON.parse reads back as the same characters.
 * @example stringifyForWeb({ t: '<script>' }) // '{\n "t": "\\u003cscript\\u003e"\n}\n'
 */
export function stringifyForWeb(value: unknown): string {
  const text = JSON.stringify(value, null, 1).replace(UNSAFE_IN_HTML, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `${text}\n`;
}
