import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import type { Diagnostic, DiagnosticCode } from '../../src/model/types.ts';
import { timelineSchema, type ArticleRecord, type TimelineData } from '../../src/model/schema.ts';
import { withDiagnostics } from '../../src/report/attach.ts';
import { crossArticleChecks, textFingerprint, TextFingerprints } from '../../src/report/cross-checks.ts';
import { buildReport } from '../../src/report/report-json.ts';
import { stringifyForWeb } from '../../src/report/safe-json.ts';
import { formatDiagnostic, formatSummary, summarizeDiagnostics } from '../../src/report/summary.ts';

const article = (file: string, published: string | null, body = `Body of ${file}.`): ArticleRecord => ({
  id: file.replace(/\W+/g, '-'),
  file,
  title: file,
  source: null,
  published,
  publishedInferred: false,
  places: [],
  events: [],
  url: null,
  language: 'eng',
  publishedEvidence: published ? 'front matter' : null,
  sourceEvidence: null,
  body,
  teasers: [],
  marks: [],
  claims: [],
  warnings: [],
});
/** Every list of the contract empty (whatever lists it holds today), then the articles and diagnostics given. */
const timeline = (articles: ArticleRecord[], diagnostics: Diagnostic[] = []): TimelineData => ({
  ...(Object.fromEntries(Object.keys(timelineSchema.shape).map((k) => [k, []])) as unknown as TimelineData),
  articles,
  diagnostics,
});
const warn = (file: string, code: DiagnosticCode, line?: number): Diagnostic => ({
  file,
  severity: 'warning',
  code,
  message: `${code} in ${file}`,
  ...(line ? { line } : {}),
});

describe('the build report', () => {
  test('counts problems by kind, most frequent first', () => {
    const s = summarizeDiagnostics([warn('a', 'empty'), warn('b', 'encoding'), warn('c', 'encoding'), { ...warn('d', 'file-name'), severity: 'info' }]);
    assert.deepEqual(s.byCode, [
      ['encoding', 2],
      ['empty', 1],
      ['file-name', 1],
    ]);
    assert.equal(formatSummary(s), '3 warnings, 1 info in 4 files (encoding 2, empty 1, file-name 1)');
    assert.equal(formatSummary(summarizeDiagnostics([])), 'no problems found');
  });

  test('prints each problem with file, line, kind, what is wrong and what to do', () => {
    assert.equal(
      formatDiagnostic({ ...warn('a.txt', 'front-matter-yaml', 3), hint: 'fix it' }),
      'warning a.txt:3 [front-matter-yaml] front-matter-yaml in a.txt\n  what to do: fix it',
    );
  });

  test('gives every problem a hint, orders them by file and line, and shows new ones on the article', () => {
    const data = withDiagnostics(timeline([article('b.txt', null)], [warn('b.txt', 'front-matter-key', 4), warn('a.txt', 'empty')]), [
      warn('b.txt', 'duplicate-text', 1),
    ]);
    assert.deepEqual(
      data.diagnostics.map((d) => `${d.file}:${d.line ?? ''}:${d.code}`),
      ['a.txt::empty', 'b.txt:1:duplicate-text', 'b.txt:4:front-matter-key'],
    );
    assert.ok(data.diagnostics.every((d) => d.hint));
    assert.deepEqual(data.articles[0]?.warnings, ['duplicate-text in b.txt']);
  });

  test('report.json holds the counts and every problem', () => {
    const r = buildReport([warn('a', 'empty')]);
    assert.deepEqual(r.summary, { total: 1, errors: 0, warnings: 1, info: 0, files: 1, byCode: { empty: 1 } });
    assert.equal(r.problems.length, 1);
  });

  test('JSON for the web escapes markup and reads back the same', () => {
    const value = { t: '</script><script>alert(1)</script> & \u2028' };
    const text = stringifyForWeb(value);
    assert.ok(!/[<>&\u2028]/.test(text));
    assert.deepEqual(JSON.parse(text), value);
  });
});

describe('checks across articles', () => {
  const articles = [article('a.txt', '2016-12-10'), article('b.txt', '2016-12-11'), article('c.txt', '2099-01-01')];

  test('without a today, a date over a year after every other article is reported', () => {
    const found = crossArticleChecks(timeline(articles), { today: null });
    assert.deepEqual(
      found.map((d) => [d.file, d.code]),
      [['c.txt', 'published-future']],
    );
    assert.match(found[0]!.message, /latest is 2016-12-11/);
  });

  test('with a today, any date after it is reported', () => {
    const found = crossArticleChecks(timeline(articles), { today: '2016-12-10' });
    assert.deepEqual(
      found.map((d) => d.file),
      ['b.txt', 'c.txt'],
    );
  });

  test('the same text in two files is named with both files', () => {
    const found = crossArticleChecks(timeline([article('a.txt', null, 'Same  text.'), article('b.txt', null, 'Same text.\n')]), { today: null });
    assert.deepEqual(
      found.map((d) => [d.file, d.code]),
      [['b.txt', 'duplicate-text']],
    );
    assert.match(found[0]!.message, /a\.txt/);
  });

  test('files with the very same text are each named as a copy of the first', () => {
    const body = 'One text, three files.';
    const found = crossArticleChecks(timeline([article('a.txt', null, body), article('b.txt', null, body), article('c.txt', null, `${body} `)]), {
      today: null,
    });
    assert.deepEqual(
      found.map((d) => [d.file, d.code, /a\.txt/.test(d.message)]),
      [
        ['b.txt', 'duplicate-text', true],
        ['c.txt', 'duplicate-text', true],
      ],
    );
  });
});

describe('checks across articles: nothing to report', () => {
  test('articles spread over less than a year, one alone, or undated, raise nothing', () => {
    assert.deepEqual(crossArticleChecks(timeline([article('a.txt', '2016-01-01'), article('b.txt', '2016-12-31')]), { today: null }), []);
    assert.deepEqual(crossArticleChecks(timeline([article('a.txt', '2099-01-01')]), { today: null }), []);
    assert.deepEqual(crossArticleChecks(timeline([article('a.txt', null, ''), article('b.txt', null, '')]), { today: null }), []);
  });
});

/** What the check calls the same text: spaces folded to one, trimmed. */
const folded = (text: string): string => text.replace(/\s+/g, ' ').trim();
const twins = (bodies: readonly string[], fingerprints?: TextFingerprints): string[] =>
  crossArticleChecks(timeline(bodies.map((b, i) => article(`${i}.txt`, null, b))), { today: null, ...(fingerprints ? { fingerprints } : {}) }).map(
    (d) => d.file,
  );

describe('the fingerprint of an article text', () => {
  test('is the same for texts that differ only in their runs of spaces, and at their ends', () => {
    assert.equal(textFingerprint('  Shelling hit the town.\r\n\r\nTwo  were killed.\n'), textFingerprint('Shelling hit the town. Two were killed.'));
    assert.equal(textFingerprint('a\u00a0b\u2003c\u3000d\ufeff'), textFingerprint('a b c d'));
  });

  test('differs where a space is added or taken away inside a word', () => {
    assert.notEqual(textFingerprint('Shelling hit the town.'), textFingerprint('Shelling hit the to wn.'));
    assert.notEqual(textFingerprint('ab'), textFingerprint('a b'));
  });

  test('counts as a space exactly the characters \\s matches', () => {
    const spaced = textFingerprint('a b');
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      assert.equal(textFingerprint(`a${ch}b`) === spaced, /\s/.test(ch), `U+${c.toString(16)}`);
    }
  });

  test('is equal for any two texts whose folded texts are equal', () => {
    const spacy = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n', '\t', '\u00a0', '\u2028', 'é') });
    fc.assert(
      fc.property(spacy, spacy, (x, y) => {
        if (folded(x) === folded(y)) assert.equal(textFingerprint(x), textFingerprint(y));
        if (textFingerprint(x) === textFingerprint(y)) assert.equal(folded(x).length, folded(y).length);
      }),
    );
  });
});

describe('the same-text check with fingerprints kept between builds', () => {
  test('finds the same twins as without them, build after build', () => {
    const fingerprints = new TextFingerprints();
    const builds = [
      ['One text.', 'Another text.', 'One  text.\n'],
      ['One text.', 'Another text.', 'A third.'],
      ['Another text.', ' Another\ttext. ', 'One text.', 'One text.'],
    ];
    for (const bodies of builds) assert.deepEqual(twins(bodies, fingerprints), twins(bodies));
    assert.deepEqual(twins(builds[2]!, fingerprints), ['1.txt', '3.txt']);
  });

  test('never takes texts of only spaces for twins', () => {
    assert.deepEqual(twins([' ', '\n\n', '']), []);
  });
});
