import chardet from 'chardet';
import iconv from 'iconv-lite';
import type { Diagnostic } from '../model.ts';

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

export interface Decoded {
  readonly text: string;
  readonly encoding: string;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Turns a file's bytes into text: UTF-8 with or without BOM, UTF-16 with BOM,
 * legacy single-byte encodings (detected, decoded, and reported); line ends
 * become `\n`. Binary files decode to '' with a diagnostic.
 * @example decodeArticle(Buffer.from('\ufeffa\r\nb'), 'a.txt').text // 'a\nb'
 */
export function decodeArticle(bytes: Uint8Array, file: string): Decoded {
  const diagnostics: Diagnostic[] = [];
  const warn = (code: string, message: string, hint?: string): void => {
    diagnostics.push({ file, severity: 'warning', code, message, ...(hint ? { hint } : {}) });
  };
  const kind = binaryKind(bytes);
  if (kind) {
    warn('binary', `this is not text: it looks like a ${kind}`, 'save the article as plain text (.txt) and add it again');
    return { text: '', encoding: 'binary', diagnostics };
  }
  let data = bytes;
  if (data.length > MAX_ARTICLE_BYTES) {
    warn(
      'too-large',
      `the file has ${data.length} bytes; only the first ${MAX_ARTICLE_BYTES} were read`,
      'split it into one file per article',
    );
    data = data.subarray(0, MAX_ARTICLE_BYTES);
  }
  let text: string;
  let encoding: string;
  if (data[0] === 0xff && data[1] === 0xfe) {
    [text, encoding] = [new TextDecoder('utf-16le').decode(data.subarray(2)), 'utf-16le'];
  } else if (data[0] === 0xfe && data[1] === 0xff) {
    [text, encoding] = [new TextDecoder('utf-16be').decode(data.subarray(2)), 'utf-16be'];
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(data);
      encoding = 'utf-8';
    } catch {
      encoding = legacyEncoding(data);
      text = iconv.decode(Buffer.from(data), encoding);
      warn(
        'encoding',
        `the file is not valid UTF-8; it was read as ${encoding}`,
        'check its characters on the article page, and save it as UTF-8 to be sure',
      );
    }
  }
  return { text: text.replace(/\r\n?/g, '\n'), encoding, diagnostics };
}

function binaryKind(bytes: Uint8Array): string | null {
  for (const [name, magic] of BINARY_MAGIC) {
    if (magic.every((b, i) => bytes[i] === b)) return name;
  }
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (utf16) return null;
  const head = bytes.subarray(0, 8192);
  let controls = 0;
  for (const b of head) {
    if (b === 0) return 'binary file';
    if (b < 9 || (b > 13 && b < 32)) controls++;
  }
  return head.length > 0 && controls / head.length > 0.1 ? 'binary file' : null;
}

function legacyEncoding(bytes: Uint8Array): string {
  const guess = (chardet.detect(bytes) ?? '').toLowerCase();
  // chardet names ISO-8859-1 for most Western text; Windows-1252 is its superset and what editors write.
  if (!guess || guess === 'iso-8859-1' || guess === 'ascii' || guess === 'utf-8') return 'windows-1252';
  return iconv.encodingExists(guess) ? guess : 'windows-1252';
}
