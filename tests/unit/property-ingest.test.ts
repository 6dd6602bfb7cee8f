/**
 * Property-based: random bytes and random mutations of the seed articles go through
 * ingest and extraction without a crash or a hang, and every input comes back as an
 * article whose spans point into its own body.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { extractArticle } from '../../src/extract/pipeline.ts';
import { splitSentences } from '../../src/extract/sentences.ts';
import { ingestArticle } from '../../src/ingest/index.ts';
import type { ArticleFacts, Span } from '../../src/model/types.ts';
import { loadRegistries } from '../../src/registry/load.ts';
import { lexiconsOf } from '../helpers/context.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const SEED_DIR = join(ROOT, 'content', 'articles');
const SEEDS: readonly Buffer[] = readdirSync(SEED_DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(SEED_DIR, f)));
const { registries } = loadRegistries(join(ROOT, 'content'));
const RUNS = 200;
/** Fixed seeds: a failure is the same failure on every machine (fast-check prints the seed and path to replay). */
const SETTINGS = { numRuns: RUNS, seed: 20161211 } as const;
/** Pieces that have broken text pipelines before: markers, encodings, markup, odd whitespace and digits. */
const HOSTILE_SNIPPETS = [
  '---js\n{ title: 1 }\n---\n',
  '---\ntitle: [\n---\n',
  '---\n',
  '\ufeff',
  '\r\n',
  '\r',
  '\u0000',
  '\u2028',
  '\u200b',
  '\ufffd',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'READ MORE: ',
  'Share\n',
  '\n\n\n',
  '...',
  '!!!',
  '?',
  ' 1,000,000,000,000,000,000 ',
  ' 31 February 2017 ',
  ' 99/99/9999 ',
  ' last Sunday ',
  ' \u0661\u0662\u0663 ',
  '\ud83d\udca5',
  '\ud800',
  'Palmyra',
  ' Aleppo, Syria ',
  '(((((((',
  '\t\t\t',
  'é'.normalize('NFD'),
];

type Mutation = (bytes: Buffer) => Buffer;
const at = (n: number, length: number): number => (length === 0 ? 0 : n % (length + 1));

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 64 })).map(
    ([n, b]): Mutation =>
      (x) => {
        const i = at(n, x.length);
        return Buffer.concat([x.subarray(0, i), Buffer.from(b), x.subarray(i)]);
      },
  ),
  fc.tuple(fc.nat(), fc.nat({ max: 2000 })).map(
    ([n, len]): Mutation =>
      (x) => {
        const i = at(n, x.length);
        return Buffer.concat([x.subarray(0, i), x.subarray(i + len)]);
      },
  ),
  fc.tuple(fc.nat(), fc.constantFrom(...HOSTILE_SNIPPETS)).map(
    ([n, s]): Mutation =>
      (x) => {
        const i = at(n, x.length);
        return Buffer.concat([x.subarray(0, i), Buffer.from(s), x.subarray(i)]);
      },
  ),
  fc.tuple(fc.nat(), fc.string({ unit: 'grapheme', maxLength: 40 })).map(
    ([n, s]): Mutation =>
      (x) => {
        const i = at(n, x.length);
        return Buffer.concat([x.subarray(0, i), Buffer.from(s), x.subarray(i)]);
      },
  ),
  fc.tuple(fc.nat(), fc.nat({ max: 3000 }), fc.integer({ min: 2, max: 5 })).map(
    ([n, len, times]): Mutation =>
      (x) => {
        const i = at(n, x.length);
        return Buffer.concat([x.subarray(0, i), ...Array.from({ length: times }, () => x.subarray(i, i + len)), x.subarray(i + len)]);
      },
  ),
  fc.nat().map(
    (n): Mutation =>
      (x) =>
        x.subarray(0, at(n, x.length)),
  ),
  fc.constant<Mutation>((x) => Buffer.from(x.toString('latin1'), 'utf16le')),
);

const mutatedSeed = fc
  .tuple(fc.nat({ max: SEEDS.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 8 }))
  .map(([k, ms]) => ms.reduce((x, m) => m(x), SEEDS[k]!));

/** Reads bytes through ingest and extraction and checks what must hold for any input. */
function readAll(bytes: Uint8Array): ArticleFacts {
  const article = ingestArticle({ file: 'content/articles/random.txt', bytes }, registries);
  assert.equal(typeof article.body, 'string');
  assert.equal(typeof article.title, 'string');
  assert.ok(article.id.length > 0);
  const facts = extractArticle(article, lexiconsOf(registries));
  const inBody = (span: Span, what: string): void =>
    assert.ok(span[0] >= 0 && span[0] <= span[1] && span[1] <= article.body.length, `${what} span ${span} inside a body of ${article.body.length}`);
  for (const s of splitSentences(article.body)) inBody(s.span, 'sentence');
  for (const d of facts.dates) inBody(d.span, 'date');
  for (const p of facts.places) inBody(p.span, 'place');
  for (const f of facts.figures) inBody(f.span, 'figure');
  for (const d of [...article.diagnostics, ...facts.diagnostics]) assert.ok(d.message && d.code && d.file === 'content/articles/random.txt');
  return facts;
}

describe('any input comes back as an article (property-based)', () => {
  test(`${RUNS} random byte strings are read without a crash`, { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4096 }), (bytes) => void readAll(bytes)),
      SETTINGS,
    );
  });

  test(`${RUNS} random texts (any Unicode) are read without a crash`, { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 2000 }), (text) => void readAll(Buffer.from(text))),
      SETTINGS,
    );
  });

  test(`${RUNS} random mutations of the seed articles are read without a crash, each in bounded time`, { timeout: 180_000 }, () => {
    fc.assert(
      fc.property(mutatedSeed, (bytes) => {
        const t0 = performance.now();
        readAll(bytes);
        // A generous bound: an article of a few KB takes milliseconds; seconds would mean runaway backtracking.
        assert.ok(performance.now() - t0 < 5000, `read in ${Math.round(performance.now() - t0)} ms`);
      }),
      SETTINGS,
    );
  });
});
