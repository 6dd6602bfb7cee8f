import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Diagnostic, DiagnosticCode } from '../../src/model/types.ts';
import { timelineSchema, type ArticleRecord, type TimelineData } from '../../src/model/schema.ts';
import { withDiagnostics } from '../../src/report/attach.ts';
import { crossArticleChecks } from '../../src/report/cross-checks.ts';
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
});

describe('checks across articles: nothing to report', () => {
  test('articles spread over less than a year, one alone, or undated, raise nothing', () => {
    assert.deepEqual(crossArticleChecks(timeline([article('a.txt', '2016-01-01'), article('b.txt', '2016-12-31')]), { today: null }), []);
    assert.deepEqual(crossArticleChecks(timeline([article('a.txt', '2099-01-01')]), { today: null }), []);
    assert.deepEqual(crossArticleChecks(timeline([article('a.txt', null, ''), article('b.txt', null, '')]), { today: null }), []);
  });
});
