import assert from 'node:assert/strict';
import { existsSync, rmSync } from 'node:fs';
import { describe, test } from 'node:test';
import { readFrontMatter } from '../../src/ingest/front-matter.ts';

const codes = (text: string): string[] => readFrontMatter(text, 'a.txt').diagnostics.map((d) => d.code);

describe('reading front matter', () => {
  test('reads the five known keys from YAML', () => {
    const r = readFrontMatter('---\ntitle: T\nsource: RT\nurl: https://x.org/a\npublished: 2016-12-11\nlanguage: eng\n---\nBody', 'a.txt');
    assert.deepEqual(r.data, { title: 'T', source: 'RT', url: 'https://x.org/a', published: '2016-12-11', language: 'eng' });
    assert.equal(r.content, 'Body');
    assert.equal(r.offsetLines, 7);
  });

  test('keeps an impossible day as written (YAML would roll 2016-02-30 over to 1 March)', () => {
    assert.equal(readFrontMatter('---\npublished: 2016-02-30\n---\nB', 'a.txt').data.published, '2016-02-30');
  });

  test('reports broken YAML with the line in the file, and keeps the text', () => {
    const r = readFrontMatter('---\ntitle: ok\nsource: [Reuters\n---\nBody', 'a.txt');
    assert.equal(r.diagnostics[0]?.code, 'front-matter-yaml');
    assert.ok((r.diagnostics[0]?.line ?? 0) >= 3);
    assert.equal(r.content, 'Body');
  });

  test('reports unknown keys and values of the wrong type by name and line', () => {
    const r = readFrontMatter('---\ntitle: [1, 2]\nauthor: X\n---\nBody', 'a.txt');
    assert.deepEqual(
      r.diagnostics.map((d) => [d.code, d.line]),
      [
        ['front-matter-key', 3],
        ['front-matter-value', 2],
      ],
    );
    assert.deepEqual(r.data, {});
  });

  test('refuses a javascript: url', () => {
    const r = readFrontMatter('---\nurl: "javascript:alert(1)"\n---\nB', 'a.txt');
    assert.equal(r.data.url, undefined);
    assert.deepEqual(codes('---\nurl: "javascript:alert(1)"\n---\nB'), ['front-matter-value']);
  });

  test('reports YAML that is a list rather than keys', () => {
    assert.deepEqual(codes('---\n- a\n- b\n---\nB'), ['front-matter-yaml']);
  });

  test('reports front matter that is never closed and reads the rest as text', () => {
    const r = readFrontMatter('---\ntitle: x\nBody text.', 'a.txt');
    assert.deepEqual(
      r.diagnostics.map((d) => d.code),
      ['front-matter-unclosed'],
    );
    assert.equal(r.content, 'title: x\nBody text.');
  });

  for (const engine of ['js', 'javascript', 'coffee', 'JS ']) {
    test(`never runs front matter written in "${engine.trim()}"`, () => {
      const marker = `/tmp/dateline-unit-pwned-${engine.trim()}`;
      rmSync(marker, { force: true });
      const g = globalThis as { __datelinePwned?: boolean };
      delete g.__datelinePwned;
      const payload = `{ title: (function () { require('fs').writeFileSync('${marker}', 'ran'); globalThis.__datelinePwned = true; return 'x'; })() }`;
      const r = readFrontMatter(`---${engine}\n${payload}\n---\nBody`, 'a.txt');
      assert.equal(g.__datelinePwned, undefined);
      assert.equal(existsSync(marker), false);
      assert.deepEqual(r.data, {});
      assert.equal(r.content, 'Body');
      assert.equal(r.diagnostics[0]?.code, 'front-matter-engine');
    });
  }
});

describe('reading front matter: text that is not front matter', () => {
  test('a text without front matter is left whole', () => {
    assert.deepEqual(readFrontMatter('Body\n---\nmore', 'a.txt'), { data: {}, content: 'Body\n---\nmore', offsetLines: 0, diagnostics: [] });
  });
  test('a rule of four dashes at the top is text, not front matter', () => {
    assert.deepEqual(codes('----\nBody'), []);
  });
});
