/** A file written in pieces, some text and some bytes kept from an earlier build. */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { type Piece, piecesText, writePieces } from '../../src/output/file-pieces.ts';
import { tempDir } from '../helpers/temp.ts';

const folder = (): string => tempDir('dateline-pieces-');

describe('a file written in pieces', () => {
  test('holds the UTF-8 of its pieces in order, texts and bytes alike', () => {
    const pieces: Piece[] = ['id,place\r\n', Buffer.from('1,Ḥalab\r\n'), '2,', 'دير الزور\r\n', Buffer.from('3,Kramatorsk — station\r\n')];
    const file = join(folder(), 'claims.csv');
    writePieces(file, pieces);
    assert.equal(readFileSync(file, 'utf8'), 'id,place\r\n1,Ḥalab\r\n2,دير الزور\r\n3,Kramatorsk — station\r\n');
    assert.equal(piecesText(pieces), readFileSync(file, 'utf8'));
  });

  test('holds every piece of a long file, beyond one write call and one text chunk', () => {
    const pieces: Piece[] = [];
    for (let i = 0; i < 3000; i++) pieces.push(i % 3 ? Buffer.from(`row ${i} ✓\n`) : `row ${i} ✗\n`);
    pieces.push('x'.repeat(1_500_000), Buffer.from('end\n'));
    const file = join(folder(), 'long.txt');
    writePieces(file, pieces);
    assert.equal(readFileSync(file, 'utf8'), piecesText(pieces));
    assert.match(readFileSync(file, 'utf8'), /^row 0 ✗\nrow 1 ✓\n.*row 2999 ✓\nx{1500000}end\n$/s);
  });

  test('replaces what the file held before, and writes an empty file for no pieces', () => {
    const file = join(folder(), 'feed.xml');
    writeFileSync(file, 'an older and longer text than the new one');
    writePieces(file, ['new']);
    assert.equal(readFileSync(file, 'utf8'), 'new');
    writePieces(file, []);
    assert.equal(readFileSync(file, 'utf8'), '');
  });
});
