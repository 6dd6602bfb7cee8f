import { closeSync, openSync, writeSync } from 'node:fs';

/** Characters that would let a JSON file pasted into HTML or a script close a tag or a string. */
const UNSAFE_IN_HTML = /[<>&\u2028\u2029]/g;
/** Pieces are gathered up to this many characters before each write. */
const WRITE_CHUNK = 1 << 20;
/** Values this deep or deeper are stringified whole; the levels above are written piece by piece. */
const STREAMED_LEVELS = 2;

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
    for (const piece of pieces(value, '', 0)) {
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

/** JSON.stringify(value, null, 1), as a sequence of pieces (the first levels opened up). */
function* pieces(value: unknown, indent: string, depth: number): Generator<string> {
  const opened = depth < STREAMED_LEVELS && typeof value === 'object' && value !== null && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
  if (!opened) {
    // Raw line breaks in JSON text are only ever between values (inside strings they are escaped).
    yield (JSON.stringify(value, null, 1) ?? 'null').replace(/\n/g, `\n${indent}`);
    return;
  }
  const inner = `${indent} `;
  if (Array.isArray(value)) {
    if (value.length === 0) return yield '[]';
    yield '[';
    for (let i = 0; i < value.length; i++) {
      yield `${i ? ',' : ''}\n${inner}`;
      const item: unknown = value[i];
      yield* pieces(item === undefined || typeof item === 'function' || typeof item === 'symbol' ? null : item, inner, depth + 1);
    }
    return yield `\n${indent}]`;
  }
  const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol');
  if (entries.length === 0) return yield '{}';
  yield '{';
  for (let i = 0; i < entries.length; i++) {
    const [key, v] = entries[i]!;
    yield `${i ? ',' : ''}\n${inner}${JSON.stringify(key)}: `;
    yield* pieces(v, inner, depth + 1);
  }
  yield `\n${indent}}`;
}
