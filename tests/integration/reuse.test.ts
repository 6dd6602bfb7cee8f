import assert from 'node:assert/strict';
import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { runDataStep, type DataStepOptions } from '../../src/build-data.ts';
import { RecordReuse } from '../../src/link/reuse.ts';
import type { TimelineData } from '../../src/model/schema.ts';
import { buildView } from '../../src/output/view/index.ts';
import { writeJsonForWeb, type ItemTexts } from '../../src/report/safe-json.ts';
import { project } from '../helpers/project.ts';

const FIGURE_SENTENCE = '\n\nThe ministry said on Monday that 12 more buildings had been destroyed in the city.\n';

/** A project rebuilt as the dev server rebuilds it: records and their text kept from one build to the next. */
function devServerLike(): { p: ReturnType<typeof project>; build: () => TimelineData; written: (data: TimelineData) => string } {
  const p = project();
  const reuse = new RecordReuse();
  const texts: ItemTexts = new WeakMap();
  let n = 0;
  return {
    p,
    build: () => runDataStep({ ...p, reuse }).data,
    written: (data) => {
      const file = join(p.root, `timeline-${++n}.json`);
      writeJsonForWeb(file, data, texts);
      return readFileSync(file, 'utf8');
    },
  };
}

function fresh(p: DataStepOptions): { data: TimelineData; text: string } {
  const data = runDataStep({ ...p, cacheDir: false }).data;
  const file = join(p.contentDir, '..', 'fresh.json');
  writeJsonForWeb(file, data);
  return { data, text: readFileSync(file, 'utf8') };
}

const groupsOf = (data: TimelineData, file: string): (string | null)[] => {
  const article = data.articles.find((a) => a.file.endsWith(file));
  return data.claims.filter((c) => c.article === article?.id).map((c) => c.group);
};

describe('records kept from one build to the next (the dev server)', () => {
  test('give the same data, and the same timeline.json, as a fresh build after adds, edits and removals', () => {
    const { p, build, written } = devServerLike();
    const [first, second, third] = p.articles as [string, string, string];
    const steps: [string, () => void][] = [
      ['the first build', () => {}],
      [
        'an edited copy of an article added',
        () => writeFileSync(join(p.articlesDir, 'zz-copy.txt'), readFileSync(join(p.articlesDir, first), 'utf8') + FIGURE_SENTENCE),
      ],
      ['the copy removed again', () => rmSync(join(p.articlesDir, 'zz-copy.txt'))],
      ['an article edited', () => appendFileSync(join(p.articlesDir, second), FIGURE_SENTENCE)],
      ['an article removed', () => rmSync(join(p.articlesDir, third))],
    ];
    const groups: (string | null)[][] = [];
    for (const [what, change] of steps) {
      change();
      const data = build();
      const expected = fresh(p);
      assert.deepEqual(data, expected.data, what);
      assert.equal(written(data), expected.text, `${what}: timeline.json`);
      groups.push(groupsOf(data, first));
    }
    // The copy's figures join the original's into groups and leave them again: kept claim
    // records whose group changed must not be given back.
    assert.notDeepEqual(groups[1], groups[0], "the copy changes the groups of the first article's claims");
    assert.deepEqual(groups[2], groups[0]);
  });

  test('give back the very records of unchanged articles, and make new ones for an edited article', () => {
    const { p, build } = devServerLike();
    const before = build();
    appendFileSync(join(p.articlesDir, p.articles[0]!), FIGURE_SENTENCE);
    const after = build();
    const edited = (a: { file: string }): boolean => a.file.endsWith(p.articles[0]!);
    const kept = new Set<object>(before.articles);
    assert.equal(after.articles.filter((a) => kept.has(a)).length, after.articles.length - 1);
    assert.equal(kept.has(after.articles.find(edited)!), false);
  });

  test('are safe to keep because building the view changes no record', () => {
    const data = runDataStep({ ...project(), cacheDir: false }).data;
    const copy = structuredClone(data);
    buildView(data);
    assert.deepEqual(data, copy);
  });
});
