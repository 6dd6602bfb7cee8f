import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import iconv from 'iconv-lite';
import { decodeArticle, MAX_ARTICLE_BYTES } from '../../src/ingest/decode.ts';

const codes = (d: ReturnType<typeof decodeArticle>): string[] => d.diagnostics.map((x) => `${x.severity}:${x.code}`);

describe('decoding article files', () => {
  test('reads UTF-8 with a BOM and CRLF line ends as plain text with \\n', () => {
    const d = decodeArticle(Buffer.from('\ufeffFirst line\r\nSecond line\rThird'), 'a.txt');
    assert.equal(d.text, 'First line\nSecond line\nThird');
    assert.deepEqual(codes(d), []);
  });

  test('reads Windows-1252 curly quotes as the same quotes, and says it did', () => {
    const bytes = iconv.encode('\u201cWe will return,\u201d a resident said \u2013 on Sunday.', 'windows-1252');
    const d = decodeArticle(bytes, 'a.txt');
    assert.equal(d.text, '\u201cWe will return,\u201d a resident said \u2013 on Sunday.');
    assert.equal(d.encoding, 'windows-1252');
    assert.deepEqual(codes(d), ['warning:encoding']);
    assert.match(d.diagnostics[0]!.message, /read as windows-1252/);
  });

  test('reads Latin-1 accents as the same letters, and says it did', () => {
    const d = decodeArticle(iconv.encode('The caf\u00e9 owner, Jos\u00e9 M\u00fcller, spoke.', 'latin1'), 'a.txt');
    assert.equal(d.text, 'The caf\u00e9 owner, Jos\u00e9 M\u00fcller, spoke.');
    assert.deepEqual(codes(d), ['warning:encoding']);
  });

  test('keeps a UTF-8 file with two broken bytes as UTF-8, marks them, and names the line', () => {
    const bytes = Buffer.concat([Buffer.from('He said \u201csafe\u201d.\nNext line '), Buffer.from([0xc3, 0x28, 0xff])]);
    const d = decodeArticle(bytes, 'a.txt');
    assert.equal(d.encoding, 'utf-8');
    assert.match(d.text, /\u201csafe\u201d/);
    assert.equal(d.diagnostics[0]?.code, 'encoding');
    assert.equal(d.diagnostics[0]?.line, 2);
    assert.match(d.diagnostics[0]!.message, /2 bytes are not valid UTF-8/);
  });

  test('does not count a replacement character stored in a valid file as damage', () => {
    assert.deepEqual(codes(decodeArticle(Buffer.from('A \ufffd in the text.'), 'a.txt')), []);
  });

  test('reads UTF-16 with a BOM, little- and big-endian', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Palmyra \u2013 Homs\r\n', 'utf16le')]);
    assert.equal(decodeArticle(le, 'a.txt').text, 'Palmyra \u2013 Homs\n');
    const be = Buffer.from(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('Aleppo', 'utf16le').swap16()]));
    assert.equal(decodeArticle(be, 'a.txt').text, 'Aleppo');
  });

  test('reads UTF-16 without a BOM when its zero bytes give it away, and says so', () => {
    const d = decodeArticle(Buffer.from('Government forces took the town on Sunday.', 'utf16le'), 'a.txt');
    assert.equal(d.text, 'Government forces took the town on Sunday.');
    assert.deepEqual(codes(d), ['warning:encoding']);
  });

  test('refuses a PNG renamed .txt and reads nothing from it', () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    const d = decodeArticle(png, 'image.txt');
    assert.equal(d.text, '');
    assert.equal(d.encoding, 'binary');
    assert.match(d.diagnostics[0]!.message, /PNG image/);
  });

  test('cuts a file over the cap at a character boundary and says how much was read', () => {
    const bytes = Buffer.from('\u00e9'.repeat(MAX_ARTICLE_BYTES / 2 + 10));
    const d = decodeArticle(bytes, 'big.txt');
    assert.equal(d.encoding, 'utf-8');
    assert.ok(!d.text.includes('\ufffd'), 'no character is cut in half');
    assert.deepEqual(codes(d), ['warning:too-large']);
    assert.match(d.diagnostics[0]!.message, new RegExp(`has ${bytes.length} bytes`));
  });

  test('reads an empty file as empty text without a complaint of its own', () => {
    assert.deepEqual(decodeArticle(new Uint8Array(), 'a.txt'), { text: '', encoding: 'utf-8', diagnostics: [] });
  });
});
