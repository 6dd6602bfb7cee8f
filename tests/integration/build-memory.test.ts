import assert from 'node:assert/strict';
import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { collectData, contentFolders } from '../../src/build/collect.ts';
import type { DataFileMemory } from '../../src/build/data-file-memory.ts';
import { BuildMemory } from '../../src/build/memory.ts';
import { warmUp } from '../../src/build/warm-up.ts';
import { writeDataFiles } from '../../src/build/write-data.ts';
import { lexiconsKeeper } from '../../src/extract/lexicons.ts';
import type { TimelineData } from '../../src/model/schema.ts';
import type { ItemTexts } from '../../src/report/safe-json.ts';
import { project } from '../helpers/project.ts';

const FIGURE_SENTENCE = '\n\nThe ministry said on Monday that 12 more buildings had been destroyed in the city.\n';

/** Both data files of a build, as written. */
function written(dir: string, data: TimelineData, texts?: ItemTexts, files?: DataFileMemory): string {
  writeDataFiles(dir, data, texts, files);
  return readFileSync(join(dir, 'data', 'timeline.json'), 'utf8') + readFileSync(join(dir, 'report.json'), 'utf8');
}

describe('a build memory kept from one build to the next (the dev server)', () => {
  test('gives the same data files as a fresh build after adds, edits, copies and removals', async () => {
    const p = project();
    const folders = contentFolders(join(p.contentDir));
    const memory = new BuildMemory();
    const lexicons = lexiconsKeeper();
    const texts: ItemTexts = new WeakMap();
    const [first, second, third] = p.articles as [string, string, string];
    const steps: [string, () => void][] = [
      ['the first build', () => {}],
      [
        'an edited copy of an article added',
        () => writeFileSync(join(p.articlesDir, 'zz-copy.txt'), readFileSync(join(p.articlesDir, first), 'utf8') + FIGURE_SENTENCE),
      ],
      // The same text with other line ends: a duplicate-text warning that comes and goes.
      [
        'a copy with other spaces added',
        () => writeFileSync(join(p.articlesDir, 'zz-crlf.txt'), readFileSync(join(p.articlesDir, second), 'utf8').replace(/\n/g, '\r\n')),
      ],
      [
        'the copies removed again',
        () => {
          for (const f of ['zz-copy.txt', 'zz-crlf.txt']) rmSync(join(p.articlesDir, f));
        },
      ],
      ['an article edited', () => appendFileSync(join(p.articlesDir, second), FIGURE_SENTENCE)],
      ['an article removed', () => rmSync(join(p.articlesDir, third))],
    ];
    let n = 0;
    for (const [what, change] of steps) {
      change();
      const kept = await collectData({ folders, root: p.root, today: null, memory, lexicons, step: { cacheDir: p.cacheDir!, progress: 'off' } });
      const fresh = await collectData({ folders, root: p.root, today: null, step: { cacheDir: false, progress: 'off' } });
      assert.deepEqual(kept.data, fresh.data, what);
      // As the dev server writes: into two folders in turn, each rewritten from its first change.
      assert.equal(
        written(join(p.root, `kept-${++n % 2}`), kept.data, texts, memory.dataFiles),
        written(join(p.root, `fresh-${n}`), fresh.data),
        `${what}: the data files`,
      );
    }
  });

  test('gives the same data as a fresh build after a warm-up and a change', async () => {
    const p = project();
    const folders = contentFolders(join(p.contentDir));
    const memory = new BuildMemory();
    const options = { folders, root: p.root, today: null, memory, lexicons: lexiconsKeeper(), step: { cacheDir: p.cacheDir!, progress: 'off' as const } };
    const first = await collectData(options);
    await warmUp(options);
    assert.deepEqual((await collectData(options)).data, first.data, 'nothing changed');
    appendFileSync(join(p.articlesDir, p.articles[0]!), FIGURE_SENTENCE);
    const fresh = await collectData({ folders, root: p.root, today: null, step: { cacheDir: false, progress: 'off' } });
    assert.deepEqual((await collectData(options)).data, fresh.data, 'an article edited');
  });

  test("gives back the last build's record of an article the checks across articles warn about, when nothing changed", async () => {
    const p = project();
    const folders = contentFolders(join(p.contentDir));
    const memory = new BuildMemory();
    const build = async (): Promise<TimelineData> =>
      (await collectData({ folders, root: p.root, today: null, memory, step: { cacheDir: p.cacheDir!, progress: 'off' } })).data;
    writeFileSync(join(p.articlesDir, 'zz-crlf.txt'), readFileSync(join(p.articlesDir, p.articles[1]!), 'utf8').replace(/\n/g, '\r\n'));
    const before = await build();
    const warned = before.articles.find((a) => a.file.endsWith('zz-crlf.txt'));
    assert.ok(
      warned?.warnings.some((w) => w.startsWith('same article text as')),
      'the copy is warned about',
    );
    const after = await build();
    assert.ok(
      after.articles.every((a, i) => a === before.articles[i]),
      'every article record, the warned copy too',
    );
  });

  test("gives back the last build's objects for the items that did not change", async () => {
    const p = project();
    const folders = contentFolders(join(p.contentDir));
    const memory = new BuildMemory();
    const build = async (): Promise<TimelineData> =>
      (await collectData({ folders, root: p.root, today: null, memory, step: { cacheDir: p.cacheDir!, progress: 'off' } })).data;
    const before = await build();
    appendFileSync(join(p.articlesDir, p.articles[0]!), FIGURE_SENTENCE);
    const after = await build();
    const kept = new Set<object>([...before.events, ...before.diagnostics, ...before.places]);
    const unchanged = after.events.filter((e) => !e.articles.includes(after.articles[0]!.id));
    assert.ok(unchanged.length > 0);
    assert.ok(
      unchanged.every((e) => kept.has(e)),
      'events the edited article is not in',
    );
    assert.ok(after.places.every((place) => kept.has(place) === before.places.some((b) => JSON.stringify(b) === JSON.stringify(place))));
  });
});
