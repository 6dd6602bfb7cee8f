import { createRequire } from 'node:module';
import type { Diagnostic, DiagnosticCode } from '../model/types.ts';

/** Articles longer than this are cut: no news article is this long, and a runaway file must not stall the build. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;
const BINARY_MAGIC: readonly [string, readonly number[]][] = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['ZIP archive (or .docx)', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip archive', [0x1f, 0x8b]],
];
const LINE_ENDS = /\r\n?/g;
/** Decoding without `stream` keeps no state between calls, so one decoder serves every file. */
const UTF8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });
const REPLACEMENT = '\ufffd';
/** How much of the file's head is inspected to tell text from binary. */
const HEAD_BYTES = 8192;

export interface Decoded {
  readonly text: string;
  readonly encoding: string;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Turns a file's bytes into text: UTF-8 with or without BOM, UTF-16 with BOM (or
 * without, when its zero bytes give it away), UTF-8 with a few broken bytes
 * (replaced and reported), legacy single-byte encodings (detected, decoded, and
 * reported); line ends become `\n`. Binary files decode to '' with a diagnostic.
 * @example decodeArticle(Buffer.from('\ufeffa\r\nb'), 'a.txt').text // 'a\nb'
 */
export function decodeArticle(bytes: Uint8Array, file: string): Decoded {
  const diagnostics: Diagnostic[] = [];
  const warn = (code: DiagnosticCode, message: string, hint: string, line?: number): void => {
    diagnostics.push({ file, severity: 'warning', code, message, hint, ...(line === undefined ? {} : { line }) });
  };
  const bom = bomOf(bytes);
  const utf16 = bom ?? utf16WithoutBom(bytes);
  const kind = utf16 ? null : binaryKind(bytes);
  if (kind) {
    warn('binary', `this is not text: it looks like a ${kind}; nothing was read from it`, 'save the article as plain text (.txt) and add it again');
    return { text: '', encoding: 'binary', diagnostics };
  }
  let data = bytes;
  if (data.length > MAX_ARTICLE_BYTES) {
    data = data.subarray(0, cutPoint(data, utf16));
    warn('too-large', `the file has ${bytes.length} bytes; only the first ${data.length} bytes (about 2 MB) were read`, 'split it into one file per article');
  }
  let text: string;
  let encoding: string;
  if (utf16) {
    encoding = utf16;
    text = new TextDecoder(utf16).decode(bom ? data.subarray(2) : data);
    if (!bom) warn('encoding', `the file has no byte order mark but reads as ${utf16}; it was read so`, 'save it as UTF-8 to be sure');
    else {
      diagnostics.push({
        file,
        severity: 'info',
        code: 'encoding',
        message: `the file is ${utf16.toUpperCase()} (it starts with a byte order mark); it was read as such`,
        hint: 'nothing to do',
      });
    }
  } else {
    const loose = UTF8.decode(data);
    const broken = countOf(loose, REPLACEMENT) - storedReplacements(data);
    if (broken === 0) {
      [text, encoding] = [loose, 'utf-8'];
    } else if (multibyteChars(loose) >= broken) {
      // Mostly UTF-8 with a few damaged bytes (a bad paste): keep the UTF-8 reading, mark the damage.
      [text, encoding] = [loose, 'utf-8'];
      warn(
        'encoding',
        `${broken} byte${broken === 1 ? ' is' : 's are'} not valid UTF-8 and ${broken === 1 ? 'was' : 'were'} replaced with \u201c${REPLACEMENT}\u201d`,
        'compare these characters with the article page and fix them',
        lineOf(loose, loose.indexOf(REPLACEMENT)),
      );
    } else {
      encoding = legacyEncoding(data);
      text = legacyCodecs().iconv.decode(Buffer.from(data), encoding);
      warn(
        'encoding',
        `the file is not UTF-8; it was read as ${encoding}${firstNonAscii(text)}`,
        'check its characters on the article page, and save it as UTF-8 to be sure',
      );
    }
  }
  return { text: text.includes('\r') ? text.replace(LINE_ENDS, '\n') : text, encoding, diagnostics };
}

function bomOf(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** UTF-16 saved without a BOM: nearly every other byte is zero (Latin text), and the rest are not. */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, HEAD_BYTES) & ~1;
  if (n < 16) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.9 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.9 && oddZero < pairs * 0.05) return 'utf-16be';
  return null;
}

function binaryKind(bytes: Uint8Array): string | null {
  for (const [name, magic] of BINARY_MAGIC) {
    if (magic.every((b, i) => bytes[i] === b)) return name;
  }
  const n = Math.min(bytes.length, HEAD_BYTES);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] ?? 0;
    if (b === 0) return 'binary file';
    if (b < 9 || (b > 13 && b < 32)) controls++;
  }
  return n > 0 && controls / n > 0.1 ? 'binary file' : null;
}

/** Where to cut a too-large file without splitting a character. */
function cutPoint(bytes: Uint8Array, utf16: string | null): number {
  if (utf16) return MAX_ARTICLE_BYTES & ~1;
  let cut = MAX_ARTICLE_BYTES;
  // Step back over UTF-8 continuation bytes so the cut falls before a character's first byte.
  while (cut > MAX_ARTICLE_BYTES - 4 && ((bytes[cut] ?? 0) & 0xc0) === 0x80) cut--;
  return cut;
}

/** U+FFFD characters the file itself holds (bytes EF BF BD): not damage, so not counted as such. */
function storedReplacements(bytes: Uint8Array): number {
  let n = 0;
  for (let i = bytes.indexOf(0xef); i !== -1 && i + 2 < bytes.length; i = bytes.indexOf(0xef, i + 1)) {
    if (bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) n++;
  }
  return n;
}

function countOf(text: string, char: string): number {
  let n = 0;
  for (let i = text.indexOf(char); i !== -1; i = text.indexOf(char, i + 1)) n++;
  return n;
}

function multibyteChars(text: string): number {
  let n = 0;
  for (const c of text) if (c > '\u007f' && c !== REPLACEMENT) n++;
  return n;
}

function lineOf(text: string, index: number): number {
  return index < 0 ? 1 : countOf(text.slice(0, index), '\n') + 1;
}

/** Names the first character that decoding produced beyond ASCII, so the user can check it. */
function firstNonAscii(text: string): string {
  const i = text.search(/[^\u0000-\u007f]/);
  if (i === -1) return '';
  return ` (line ${lineOf(text, i)} has \u201c${text
    .slice(Math.max(0, i - 12), i + 12)
    .replace(/\s+/g, ' ')
    .trim()}\u201d)`;
}

/** The legacy encodings' packages, loaded the first time a file is not UTF-8: most builds never read one, and loading them costs each build about 40 ms. */
function legacyCodecs(): { readonly chardet: typeof import('chardet'); readonly iconv: typeof import('iconv-lite') } {
  codecs ??= { chardet: load('chardet') as typeof import('chardet'), iconv: load('iconv-lite') as typeof import('iconv-lite') };
  return codecs;
}
let codecs: { readonly chardet: typeof import('chardet'); readonly iconv: typeof import('iconv-lite') } | null = null;
const load = createRequire(import.meta.url);

function legacyEncoding(bytes: Uint8Array): string {
  const { chardet, iconv } = legacyCodecs();
  const guess = (chardet.detect(bytes) ?? '').toLowerCase();
  // chardet names ISO-8859-1 for most Western text; Windows-1252 is its superset and what editors write.
  if (!guess || guess === 'iso-8859-1' || guess === 'ascii' || guess === 'utf-8') return 'windows-1252';
  return iconv.encodingExists(guess) ? guess : 'windows-1252';
}
