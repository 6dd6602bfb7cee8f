import { closeSync, openSync, writevSync } from 'node:fs';

/** Characters that would let a JSON file pasted into HTML or a script close a tag or a string. */
const UNSAFE_IN_HTML = /[<>&\u2028\u2029]/g;
/** Encoded pieces are gathered up to this many bytes before each write. */
const WRITE_CHUNK = 1 << 20;
/**
 * Long lists are stringified this many items at a time. JSON.stringify builds a long text
 * out of parts, which must be copied into one before it is encoded: the texts of a few items
 * cost a third of those of 256 (70 against 220 ms for a 1,000-article timeline, 0.75 against
 * 2.4 s for 10,000), and calling it per item costs no more.
 */
const SLICE = 4;

/**
 * JSON text with what could close a tag or a string in HTML escaped, as JSON.parse reads it back.
 * @example escapeForWeb('"<b>"') // '"\\u003cb\\u003e"'
 */
export function escapeForWeb(text: string): string {
  return text.replace(UNSAFE_IN_HTML, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The UTF-8 bytes of `<`, `>`, `&`; of U+2028 and U+2029 (line and paragraph separators). */
const UNSAFE_BYTES = [0x3c, 0x3e, 0x26];
const LINE_SEPARATOR = Buffer.from('\u2028');
const PARAGRAPH_SEPARATOR = Buffer.from('\u2029');

/**
 * `escapeForWeb(text)` in UTF-8. The text is encoded first and its bytes searched for what
 * needs escaping (a native search); only text that holds some is escaped and encoded again.
 * The escapes change no other character, so the bytes are the same either way.
 * @example webSafeUtf8('"a<b"').toString() // '"a\\u003cb"'
 */
export function webSafeUtf8(text: string): Buffer {
  const bytes = Buffer.from(text);
  const unsafe = UNSAFE_BYTES.some((b) => bytes.includes(b)) || bytes.includes(LINE_SEPARATOR) || bytes.includes(PARAGRAPH_SEPARATOR);
  return unsafe ? Buffer.from(escapeForWeb(text)) : bytes;
}

/**
 * JSON text that is safe to inline in HTML: `<`, `>`, `&`, U+2028 and U+2029 become
 * `\uXXXX` escapes, which JSON.parse reads back as the same characters.
 * @example stringifyForWeb({ t: '<script>' }) // '{\n "t": "\\u003cscript\\u003e"\n}\n'
 */
export function stringifyForWeb(value: unknown): string {
  return `${escapeForWeb(JSON.stringify(value, null, 1))}\n`;
}

/**
 * The text of the items of long lists, as an earlier write made it (escaped, in UTF-8), by
 * item: a long-running process (the dev server) keeps one, so that a rewrite after one
 * article changed stringifies only the records that are new. Records are never changed
 * once made.
 */
export type ItemTexts = WeakMap<object, Uint8Array>;

/** Buffers handed to one writev call. */
const MAX_BUFFERS = 512;
const ITEM_SEPARATOR = Buffer.from(',\n');
const NEWLINE = Buffer.from('\n');

/**
 * Writes the same text as `stringifyForWeb` to a file, piece by piece: a timeline of
 * 10,000 articles is 150 MB of JSON, and holding it as one string (twice, with the
 * escaping) would double the build's peak memory. With `texts`, the items of a top-level
 * object's long lists are written one by one and their text kept for the next write.
 * @example writeJsonForWeb('_site/data/timeline.json', data)
 */
export function writeJsonForWeb(file: string, value: unknown, texts: ItemTexts | null = null): void {
  const fd = openSync(file, 'w');
  try {
    // Each piece is encoded by itself and the bytes written a batch at a time with writev.
    // Gathering the text first made a string of many pieces, which had to be made flat (a
    // copy) before it could be encoded: a tenth of a second for a 1,000-article timeline.
    let buffers: Uint8Array[] = [];
    let gathered = 0;
    const queue = (bytes: Uint8Array): void => {
      buffers.push(bytes);
      gathered += bytes.length;
      if (gathered >= WRITE_CHUNK || buffers.length >= MAX_BUFFERS) flush();
    };
    const flush = (): void => {
      if (buffers.length) writevSync(fd, buffers);
      buffers = [];
      gathered = 0;
    };
    for (const piece of pieces(value, texts)) queue(typeof piece === 'string' ? webSafeUtf8(piece) : piece);
    queue(NEWLINE);
    flush();
  } finally {
    closeSync(fd);
  }
}

/**
 * JSON.stringify(value, null, 1), as a sequence of pieces: the lists of a top-level object
 * (or a top-level list) SLICE items at a time, everything else whole; with `texts`, the
 * items of a top-level object's long lists one by one, as escaped UTF-8. Each piece is cut
 * out of JSON.stringify's own output for a value nested as deep as it is in the whole, so
 * its indentation is already right and nothing is re-indented.
 */
function* pieces(value: unknown, texts: ItemTexts | null): Generator<string | Uint8Array> {
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
    const cut = (items: unknown[]): string => JSON.stringify({ [key]: items }, null, 1).slice(head, -'\n ]\n}'.length);
    yield `${comma}\n ${name}: [\n`;
    if (texts) {
      for (let j = 0; j < v.length; j++) {
        if (j) yield ITEM_SEPARATOR;
        yield itemText(v[j], cut, texts);
      }
    } else {
      for (let j = 0; j < v.length; j += SLICE) yield `${j ? ',\n' : ''}${cut(v.slice(j, j + SLICE))}`;
    }
    yield '\n ]';
  }
  yield '\n}';
}

/**
 * The text `writeJsonForWeb` writes, as a list of pieces in order: text (not yet escaped:
 * see escapeForWeb) and kept item texts (escaped UTF-8, the very objects `texts` holds, so a
 * piece that is the same object as an earlier write's is the same bytes).
 * @example Buffer.concat(jsonPiecesForWeb(data, texts).map((p) => typeof p === 'string' ? Buffer.from(escapeForWeb(p)) : p)) // the file's bytes
 */
export function jsonPiecesForWeb(value: unknown, texts: ItemTexts): (string | Uint8Array)[] {
  const out = [...pieces(value, texts)];
  out.push('\n');
  return out;
}

/** The escaped text of one list item in UTF-8, kept in `texts` when the item is an object. */
function itemText(item: unknown, cut: (items: unknown[]) => string, texts: ItemTexts): Uint8Array {
  const keyable = typeof item === 'object' && item !== null;
  const known = keyable ? texts.get(item) : undefined;
  if (known !== undefined) return known;
  const text = webSafeUtf8(cut([item]));
  if (keyable) texts.set(item, text);
  return text;
}

/** An object or list that JSON.stringify opens up itself (no toJSON of its own). */
function isPlainContainer(value: unknown): value is object {
  return typeof value === 'object' && value !== null && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}
