/**
 * The house rules of src/: data flows one way through the rooms, and nothing imports in a
 * circle. Each rule reads the import statements of every source file, so a change that
 * breaks one fails here with the files named.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { importGraph, findCycles, roomOf, ROOM_ORDER } from '../helpers/import-graph.ts';

const graph = importGraph('src');

describe('the rooms of src/', () => {
  test('no stage imports a room that comes after it', () => {
    const wrong: string[] = [];
    for (const [file, imports] of graph) {
      const from = roomOf(file);
      for (const target of imports) {
        const to = roomOf(target);
        if (from === null || to === null) continue;
        if (ROOM_ORDER.indexOf(to) > ROOM_ORDER.indexOf(from)) wrong.push(`${file} -> ${target}`);
      }
    }
    assert.deepEqual(wrong, []);
  });

  test('link, extract, ingest and report never import output', () => {
    const wrong = [...graph].flatMap(([file, imports]) =>
      /^src\/(link|extract|ingest|report)\//.test(file) ? imports.filter((t) => t.startsWith('src/output/')).map((t) => `${file} -> ${t}`) : [],
    );
    assert.deepEqual(wrong, []);
  });

  test('output never imports link: what the pages need of link is in the data or in the model', () => {
    const wrong = [...graph].flatMap(([file, imports]) =>
      file.startsWith('src/output/') ? imports.filter((t) => t.startsWith('src/link/')).map((t) => `${file} -> ${t}`) : [],
    );
    assert.deepEqual(wrong, []);
  });

  test('nothing in src/ imports in a circle', () => {
    assert.deepEqual(findCycles(graph), []);
  });

  test('the import reader sees a cycle and a backwards import when there is one', () => {
    const toy = new Map([
      ['src/link/a.ts', ['src/output/b.ts']],
      ['src/output/b.ts', ['src/link/a.ts']],
    ]);
    assert.equal(findCycles(toy).length, 1);
    assert.ok(ROOM_ORDER.indexOf(roomOf('src/output/b.ts')!) > ROOM_ORDER.indexOf(roomOf('src/link/a.ts')!));
  });
});
