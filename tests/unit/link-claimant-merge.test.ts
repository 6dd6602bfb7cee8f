import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractArticle } from '../../src/extract/pipeline.ts';
import { ingestArticle } from '../../src/ingest/index.ts';
import { mergeClaimantsAcross } from '../../src/link/claimant-merge.ts';
import type { ArticleFacts, ClaimantEntry, Registries } from '../../src/model/types.ts';
import { lexiconsOf } from '../helpers/context.ts';

const registries: Registries = { sources: [], claimants: [], places: [], notPlaces: [] };
const facts = (text: string, n: number): ArticleFacts =>
  extractArticle(
    ingestArticle(
      {
        file: `content/articles/m${n}.txt`,
        bytes: Buffer.from(
          `---\npublished: 2031-05-02\n---\nShelling hits the port\n\nThe port was shelled on Monday morning, residents of the city said.\n\n${text}\n`,
        ),
      },
      registries,
    ),
    lexiconsOf(registries),
  );
/** The claimant names of each article's claims after merging. */
const names = (texts: string[], registry: ClaimantEntry[] = []): string[][] =>
  mergeClaimantsAcross(texts.map(facts), registry).map((f) => f.claims.map((c) => c.claimant?.name ?? '-'));

describe('claimants merged across articles, without a registry entry', () => {
  test('transliterations of one person are one claimant', () => {
    assert.deepEqual(
      names([
        'Eastmoor governor Pavlo Kyrychenko said 17 people were killed.',
        'Governor Pavel Kirichenko said 17 people were killed.',
        'Governor Pavlo Kyrychenko said 25 people were killed.',
      ]),
      [['Pavlo Kyrychenko'], ['Pavlo Kyrychenko'], ['Pavlo Kyrychenko']],
    );
  });
  test('a bare surname joins the one person of that name', () => {
    assert.deepEqual(names(['Mayor Oleksandr Hordienko said 40 people had died.', 'Gordienko said 300 people fled.']), [
      ['Oleksandr Hordienko'],
      ['Oleksandr Hordienko'],
    ]);
  });
  test('an office named instead of the person joins the one person who holds it', () => {
    assert.deepEqual(names(['Eastmoor town mayor Ivan Petrenko said 40 people had died.', 'The mayor of Eastmoor said 12 people died.']), [
      ['Ivan Petrenko'],
      ['Ivan Petrenko'],
    ]);
  });
  test('a body stays itself beside a person whose office is in it: the ministry is not its director', () => {
    assert.deepEqual(
      names([
        'Jan Roe, director-general of Westland State’s Health Ministry, said 40 people had died.',
        'The health ministry said 12 people were killed in the strike.',
      ]),
      [['Jan Roe'], ['Health ministry']],
    );
  });
  test('two people of one surname stay apart, and the bare surname joins neither', () => {
    assert.deepEqual(names(['Ivan Petrenko said 40 people died.', 'Olena Petrenko said 12 people died.', 'Petrenko said 5 people died.']), [
      ['Ivan Petrenko'],
      ['Olena Petrenko'],
      ['Petrenko'],
    ]);
  });
  test('a registered claimant is never merged away', () => {
    const registry: ClaimantEntry[] = [{ id: 'petrenko', name: 'Petrenko', aliases: [] }];
    assert.deepEqual(names(['Ivan Petrenko said 40 people died.', 'Petrenko said 5 people died.'], registry), [['Ivan Petrenko'], ['Petrenko']]);
  });
  test('the same facts and merges give back the same objects (records are reused by them)', () => {
    const all = ['Governor Pavel Kirichenko said 39 people were killed.', 'Governor Pavlo Kyrychenko said 50 people were killed.'].map(facts);
    const once = mergeClaimantsAcross(all, []);
    const again = mergeClaimantsAcross(all, []);
    assert.equal(once[0], again[0]);
    assert.equal(once[1], again[1]);
    assert.ok(
      once.some((f, i) => f !== all[i]),
      'one of the two was merged',
    );
  });
});

describe("the article's own outlet", () => {
  const withOutlet: Registries = {
    sources: [{ id: 'daily-example', name: 'Daily Example', aliases: [], patterns: [] }],
    claimants: [],
    places: [],
    notPlaces: [],
  };
  const own = (text: string): string[] =>
    mergeClaimantsAcross(
      [
        extractArticle(
          ingestArticle(
            {
              file: 'content/articles/o.txt',
              bytes: Buffer.from(
                `---\nsource: Daily Example\npublished: 2031-05-02\n---\nShelling hits the port\n\nThe port was shelled on Monday morning, residents of the city said.\n\n${text}\n`,
              ),
            },
            withOutlet,
          ),
          lexiconsOf(withOutlet),
        ),
      ],
      [],
    )[0]!.claims.map((c) => c.claimant?.name ?? '-');
  test('"as the outlet reported" in the outlet\'s own article is no claimant', () => {
    assert.deepEqual(own('As Daily Example reported, the number of people killed increased to 52.'), ['-']);
  });
  test("the outlet's own journalists' count keeps the outlet", () => {
    assert.deepEqual(own('Daily Example journalists on the scene reported seeing the bodies of at least 30 people.'), ['Daily Example']);
  });
});

describe('merging stays fast on many claimants', () => {
  test('5,000 people and their offices merge in well under two seconds', () => {
    const letters = (i: number): string =>
      i
        .toString(26)
        .replace(/\d/g, (d) => 'qrstuvwxyz'[Number(d)]!)
        .replace(/^./, (c) => c.toUpperCase());
    const fake = (i: number): ArticleFacts => {
      const person = { id: `p${i}`, name: `Ivan ${letters(i)}enko`, role: `${letters(i)}ville mayor` };
      const office = { id: `o${i}`, name: `Mayor of ${letters(i)}ville` };
      const at = (claimant: typeof person | typeof office) => ({ sentence: 0, span: [0, 1], text: 'x', claimant, carried: false });
      return { article: { source: null }, attributions: [at(person), at(office)], claims: [] } as unknown as ArticleFacts;
    };
    const all = Array.from({ length: 5000 }, (_, i) => fake(i + 30));
    const t0 = performance.now();
    const merged = mergeClaimantsAcross(all, []);
    assert.ok(performance.now() - t0 < 2000);
    // Some generated surnames read alike ("Rbenko", "Rbbenko"): the office joins its holder, whoever that became.
    assert.ok(merged.every((f) => f.attributions[1]!.claimant.id.startsWith('p')));
  });
});
