/**
 * A file written in pieces: text made now, and text kept as UTF-8 bytes from an earlier build
 * (kept-texts.ts). The feeds, the sitemap and the CSV downloads of 10,000 articles are some
 * 40 MB: joined into one string and encoded again on every save, they took the dev server
 * half a second; written as the pieces they are, only the new ones are encoded.
 */
import { closeSync, openSync, writevSync } from 'node:fs';

/** Text, or text already encoded as UTF-8. */
export type Piece = string | Uint8Array;

/** Buffers handed to one writev call. */
const MAX_BUFFERS = 512;
/** Text gathered before it is encoded and queued (characters). */
const TEXT_CHUNK = 1 << 20;

const decoder = new TextDecoder();

/**
 * The text the pieces make, one after another.
 * @example piecesText(['a,', Buffer.from('b\r\n')]) // 'a,b\r\n'
 */
export function piecesText(pieces: readonly Piece[]): string {
  let text = '';
  for (const piece of pieces) text += typeof piece === 'string' ? piece : decoder.decode(piece);
  return text;
}

/**
 * Writes the pieces to `file` (made anew, or emptied) as UTF-8: consecutive texts encoded
 * together, bytes as they are, many at a time (writev).
 * @example writePieces('_site/data/claims.csv', ['claim_id,date\r\n', keptRow])
 */
export function writePieces(file: string, pieces: readonly Piece[]): void {
  const fd = openSync(file, 'w');
  try {
    let text = '';
    let buffers: Uint8Array[] = [];
    const flush = (): void => {
      if (text) buffers.push(Buffer.from(text, 'utf8'));
      text = '';
      if (buffers.length) writeAll(fd, buffers);
      buffers = [];
    };
    for (const piece of pieces) {
      if (typeof piece === 'string') {
        text += piece;
        if (text.length >= TEXT_CHUNK) flush();
        continue;
      }
      if (text) buffers.push(Buffer.from(text, 'utf8'));
      text = '';
      buffers.push(piece);
      if (buffers.length >= MAX_BUFFERS) flush();
    }
    flush();
  } finally {
    closeSync(fd);
  }
}

/** writev until every byte is written (a call may write fewer than asked). */
function writeAll(fd: number, buffers: readonly Uint8Array[]): void {
  let left = buffers.reduce((n, b) => n + b.byteLength, 0);
  let queue = buffers;
  while (left > 0) {
    const written = writevSync(fd, queue);
    left -= written;
    if (left <= 0) break;
    // Drop what was written, and cut the buffer it stopped in.
    let skip = written;
    let i = 0;
    while (skip >= (queue[i]?.byteLength ?? 0) && i < queue.length) skip -= queue[i++]!.byteLength;
    queue = [queue[i]!.subarray(skip), ...queue.slice(i + 1)];
  }
}
