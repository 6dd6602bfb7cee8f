import { closeSync, openSync, writeSync } from 'node:fs';

/** Characters that would let a JSON file pasted into HTML or a script close a tag or a string. */
const UNSAFE_IN_HTML = /[<>&\u2028\u2029]/g;
/** Pieces are gathered up to this many characters before each write. */
const WRITE_CHUNK = 1 << 20;
/** Long lists are stringified this many items at a time. */
const SLICE = 256;

const escapeUnsafe = (text: string): string => text.replace(UNSAFE_IN_HTML, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/**
 * JSON text that is safe to inline in HTML: `<`, `>`, `&`, U+2028 and U+2029 become
 * `\uXXXX` escapes, which JSON.parse reads back as the same characters.
 * @example stringifyForWeb({ t: '<script>' }) // '{\n "t": "\\u003cscript\\u003e"\n}\n'
 */
export function stringifyForWeb(value: unknown): string {
  return `${escapeUnsafe(JSON.stringify(value, null, 1))}\n`;
}

/**
 * Writes the same text as `stringifyForWeb` to a file, piece by piece: a timeline of
 * 10,000 articles is 150 MB of JSON, and holding it as one string (twice, with the
 * escaping) would double the build's peak memory.
 * @example writeJsonForWeb('_site/data/timeline.json', data)
 */
export function writeJsonForWeb(file: string, value: unknown): void {
  const fd = openSync(file, 'w');
  try {
    let pending = '';
    for (const piece of pieces(value)) {
      pending += piece;
      if (pending.length >= WRITE_CHUNK) {
        writeSync(fd, escapeUnsafe(pending));
        pending = '';
      }
    }
    writeSync(fd, `${escapeUnsafe(pending)}\n`);
  } finally {
    closeSync(fd);
  }
}

/**
 * JSON.stringify(value, null, 1), as a sequence of pieces: the lists of a top-level object
 * (or a top-level list) SLICE items at a time, everything else whole. Each piece is cut out
 * of JSON.stringify's own output for a value nested as deep as it is in the whole, so its
 * indentation is already right and nothing is re-indented.
 */
function* pieces(value: unknown): Generator<string> {
  if (!isPlainContainer(value)) return yield JSON.stringify(value, null, 1) ?? 'null';
  if (Array.isArray(value)) {
    if (value.length === 0) return yield '[]';
    yield '[';
    // '[\n' + items + '\n]'
    for (let i = 0; i < value.length; i += SLICE) yield `${i ? ',' : ''}\n${JSON.stringify(value.slice(i, i + SLICE), null, 1).slice(2, -2)}`;
    return yield '\n]';
  }
  // JSON.stringify leaves these fields out.
  const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol');
  if (entries.length === 0) return yield '{}';
  yield '{';
  for (let i = 0; i < entries.length; i++) {
    const [key, v] = entries[i]!;
    const comma = i ? ',' : '';
    if (!Array.isArray(v) || v.length <= SLICE) {
      // '{\n "key": value\n}'
      yield `${comma}\n${JSON.stringify({ [key]: v }, null, 1).slice(2, -2)}`;
      continue;
    }
    const name = JSON.stringify(key);
    // '{\n "key": [\n' + items + '\n ]\n}'
    const head = `{\n ${name}: [\n`.length;
    yield `${comma}\n ${name}: [`;
    for (let j = 0; j < v.length; j += SLICE) yield `${j ? ',' : ''}\n${JSON.stringify({ [key]: v.slice(j, j + SLICE) }, null, 1).slice(head, -'\n ]\n}'.length)}`;
    yield '\n ]';
  }
  yield '\n}';
}

/** An object or list that JSON.stringify opens up itself (no toJSON of its own). */
function isPlainContainer(value: unknown): value is object {
  return typeof value === 'object' && value !== null && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}
