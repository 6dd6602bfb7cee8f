/**
 * The extraction contract: one table of steps whose order meets every step's needs, one
 * context per article with one token stream, and no state kept between articles.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { compileLexicons } from '../../src/extract/lexicons.ts';
import {
  extractArticle,
  extractArticles,
  runSteps,
  runStepsOver,
  STEP_BATCH,
  STEPS,
  type Step,
  type StepName,
  unmetNeeds,
} from '../../src/extract/pipeline.ts';
import { tokenStream } from '../../src/extract/tokens.ts';
import { ingestArticle } from '../../src/ingest/index.ts';
import type { IngestedArticle } from '../../src/model/types.ts';
import { loadRegistries } from '../../src/registry/load.ts';
import { contextOf, lexiconsOf } from '../helpers/context.ts';

const { registries } = loadRegistries('content');
const ctx = { reference: '2016-12-11', registries };

const article = (text: string, file = 'content/articles/a.txt'): IngestedArticle => ingestArticle({ file, bytes: Buffer.from(text) }, registries);
const TOLL = `---\npublished: 2016-12-11\n---\nStrikes hit Aleppo\n\nRussian jets carried out 64 raids on Sunday, the Russian Defense Ministry said. The strikes killed 300 fighters.\n`;
const OTHER = `Shelling hits Homs\n\nShelling killed 12 people in Homs on Friday, 9 December 2016, the Syrian Observatory for Human Rights said.\n`;

describe('the steps table', () => {
  test('runs every step after the steps it needs', () => {
    assert.deepEqual(unmetNeeds(STEPS), []);
  });

  test('a table that runs a step before what it needs is caught, naming both', () => {
    const byName = new Map(STEPS.map((s) => [s.name, s]));
    const misordered = ['places', 'claimants', 'figures'].map((n) => byName.get(n as StepName)) as Step[];
    assert.deepEqual(unmetNeeds(misordered), ['claimants needs figures']);
    assert.deepEqual(unmetNeeds(STEPS.slice(1)), ['dates needs publication', 'claims needs publication', 'events needs publication']);
  });

  test('names each step once', () => {
    const names = STEPS.map((s) => s.name);
    assert.equal(new Set(names).size, names.length);
  });

  test('runs the steps in the table order, each once', () => {
    const ran: string[] = [];
    runSteps(contextOf('Russian jets carried out 64 raids on Sunday, the ministry said.', ctx), STEPS, (name, run) => {
      ran.push(name);
      return run();
    });
    assert.deepEqual(
      ran,
      STEPS.map((s) => s.name),
    );
  });

  test('the claimants step reads the figures step: a statement carries on only into a sentence with a figure', () => {
    const found = runSteps(contextOf('The Russian Defense Ministry said it carried out raids. The strikes killed 300 fighters. The city was quiet.', ctx));
    assert.deepEqual(
      found.claimants.map((a) => `${a.sentence}${a.carried ? ' carried' : ''}`),
      ['0', '1 carried'],
    );
  });
});

describe('articles read together', () => {
  const FRENCH =
    `Frappes sur la ville\n\nDes avions ont mené soixante frappes dimanche sur les quartiers de l'est de la ville, a déclaré le ministère dans un communiqué publié dans la soirée. ` +
    `Selon les secouristes, les bombardements ont tué au moins trente personnes et blessé des dizaines d'autres, dont plusieurs enfants. ` +
    `Les habitants racontent une nuit de peur, sans électricité ni eau, pendant que les combats se poursuivaient dans les rues voisines.\n`;
  const seeds = readdirSync('content/articles')
    .sort()
    .map((name) => article(readFileSync(join('content/articles', name), 'utf8'), `content/articles/${name}`));

  test('give each article the facts it gets read alone, in their order, an article in another language included', () => {
    const lexicons = compileLexicons(registries);
    const articles = [article(TOLL), ...seeds, article(FRENCH, 'content/articles/fr.txt'), article(OTHER, 'content/articles/b.txt')];
    const together = extractArticles(articles, lexicons);
    assert.equal(together.length, articles.length);
    assert.deepEqual(
      together,
      articles.map((a) => extractArticle(a, compileLexicons(registries))),
    );
    const french = together[articles.length - 2];
    assert.notEqual(french?.article.language, 'eng');
    assert.equal(french?.claims.length, 0, 'the French article has no facts');
    assert.ok(together.every((f, n) => f.article === articles[n]));
  });

  test('more articles than a batch holds are all read, in order', () => {
    const lexicons = compileLexicons(registries);
    const many = Array.from({ length: STEP_BATCH + 3 }, (_, n) => article(n % 2 ? TOLL : OTHER, `content/articles/${n}.txt`));
    const facts = extractArticles(many, lexicons);
    assert.deepEqual(
      facts.map((f) => f.article.file),
      many.map((a) => a.file),
    );
    assert.deepEqual(facts[STEP_BATCH + 1], extractArticle(many[STEP_BATCH + 1]!, lexicons));
  });

  test('each step reads every article before the next step starts', () => {
    const ran: string[] = [];
    const contexts = [contextOf('Russian jets carried out 64 raids.', ctx), contextOf('Shelling killed 12 people in Homs.', ctx)];
    runStepsOver(contexts, STEPS.slice(0, 3), (name, run) => {
      ran.push(name);
      return run();
    });
    assert.deepEqual(ran, ['publication', 'publication', 'dates', 'dates', 'places', 'places']);
  });
});

describe('the article context', () => {
  test('gives every reader the same tokens of a sentence, with offsets in it and its index', () => {
    const context = contextOf('Aleppo is quiet. Over 1,324 militants left al-Bab.', ctx);
    const second = context.sentences[1]!;
    const tokens = context.tokens.of(second);
    assert.equal(context.tokens.of(second), tokens, 'tokenized once');
    assert.deepEqual(
      tokens.map((t) => `${t.kind}:${t.text}`),
      ['word:Over', 'num:1,324', 'word:militants', 'word:left', 'word:al-Bab', 'punct:.'],
    );
    assert.ok(tokens.every((t) => t.sentence === 1 && second.text.slice(t.start, t.end) === t.text && t.pos === undefined));
  });

  test('a tagger that cuts words otherwise fills their part of speech by the offsets, and the tokens stay the same', () => {
    const sentence = { index: 0, span: [0, 40], text: "Syria's al-Bab fell, the U.S. army said." } as const;
    const tagged = tokenStream(lexiconsOf(registries).tagger()).of(sentence);
    const plain = tokenStream().of(sentence);
    assert.deepEqual(
      tagged.map(({ pos: _, ...t }) => t),
      plain.map((t) => ({ ...t })),
    );
    assert.deepEqual(
      tagged.map((t) => `${t.text}/${t.pos}`),
      ["Syria's/PROPN", 'al-Bab/PROPN', 'fell/VERB', ',/PUNCT', 'the/DET', 'U/PROPN', './PROPN', 'S/PROPN', './PROPN', 'army/NOUN', 'said/VERB', './PUNCT'],
    );
  });

  test('a tagger that gives fewer words leaves the tokens it does not cover untagged', () => {
    const sentence = { index: 0, span: [0, 9], text: 'Aleppo 12' } as const;
    const tagger = { tag: () => ({ words: ['Aleppo'], tags: ['PROPN' as const] }) };
    assert.deepEqual(
      tokenStream(tagger)
        .of(sentence)
        .map((t) => t.pos ?? '-'),
      ['PROPN', '-'],
    );
  });
});

describe('no state between articles', () => {
  test('an article read again, after another, or with lexicons compiled afresh gives the same facts', () => {
    const lexicons = compileLexicons(registries);
    const first = extractArticle(article(TOLL), lexicons);
    extractArticle(article(OTHER, 'content/articles/b.txt'), lexicons);
    assert.deepEqual(extractArticle(article(TOLL), lexicons), first);
    assert.deepEqual(extractArticle(article(TOLL), compileLexicons(registries)), first);
    assert.ok(first.claims.length > 0 && first.attributions.length > 0, 'the article has facts to compare');
  });

  test('the lexicons compile each part once, and share it with a copy that pins the focus', () => {
    const lexicons = compileLexicons(registries);
    assert.equal(lexicons.places(['SY']), lexicons.places(['SY']));
    assert.equal(lexicons.claimants, lexicons.claimants);
    const pinned = compileLexicons({ ...registries, focus: ['SY'] }, lexicons);
    assert.equal(pinned.places(['SY']), lexicons.places(['SY']));
    assert.deepEqual(pinned.registries.focus, ['SY']);
    // Other places: nothing to share.
    const other = compileLexicons({ ...registries, places: [] }, lexicons);
    assert.notEqual(other.places(['SY']), lexicons.places(['SY']));
  });

  test('src/extract and the registry pattern compiler create no module-level cache', () => {
    const files = [...sourceFiles('src/extract'), 'src/registry/user-pattern.ts'];
    const found = files.flatMap((file) => moduleState(readFileSync(file, 'utf8')).map((line) => `${file}: ${line}`));
    assert.deepEqual(found, []);
  });

  test('the module-state reader sees a top-level let and an empty collection filled later', () => {
    const toy = "const WORDS = new Set(['a']);\nconst cache = new WeakMap<object, string>();\nlet nlp: unknown = null;\nfunction f() {\n  let x = 1;\n}\n";
    assert.deepEqual(moduleState(toy), ['const cache = new WeakMap<object, string>();', 'let nlp: unknown = null;']);
  });
});

/** Top-level lines that hold state across calls: a `let`, or an empty Map, Set, WeakMap or array to be filled. */
function moduleState(text: string): string[] {
  return text
    .split('\n')
    .filter(
      (line) =>
        /^(?:export\s+)?let\s/.test(line) ||
        /^(?:export\s+)?const\s+\w+(?:\s*:[^=]+)?\s*=\s*(?:new\s+(?:Weak)?(?:Map|Set)\s*(?:<.*>)?\(\s*\)|\[\s*\])/.test(line),
    );
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}
