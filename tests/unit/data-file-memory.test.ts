import assert from 'node:assert/strict';
import { linkSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { DataFileMemory } from '../../src/build/data-file-memory.ts';
import { stringifyForWeb, type ItemTexts } from '../../src/report/safe-json.ts';
import { tempDir } from '../helpers/temp.ts';

const dir = tempDir('dateline-data-files-');
let files = 0;
const newFile = (): string => join(dir, `timeline-${files++}.json`);

/** A timeline-like value: a long list of records (kept objects, as the data step gives back unchanged records), and a short one. */
const timeline = (records: readonly object[], note: string): object => ({ articles: records, note: [note], events: records.slice(0, 300) });
const record = (n: number, text: string): object => ({ id: `r-${n}`, body: `${text} <${n}>`, marks: [n, n + 1] });

type Step = { readonly kind: 'add' | 'edit' | 'remove'; readonly at: number; readonly text: string };
const step: fc.Arbitrary<Step> = fc.record({
  kind: fc.constantFrom('add' as const, 'edit' as const, 'remove' as const),
  at: fc.nat(),
  text: fc.string({ maxLength: 12 }),
});

describe('data files rewritten from their first change (the dev server)', () => {
  test('after any sequence of adds, edits and removals, files written in turns hold exactly the text a whole write gives', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 8 }), fc.string({ maxLength: 5 }), (steps, note) => {
        const memory = new DataFileMemory();
        const texts: ItemTexts = new WeakMap();
        const turns = [newFile(), newFile()];
        const records = Array.from({ length: 400 }, (_, n) => record(n, 'first'));
        let made = records.length;
        for (const [i, s] of [{ kind: 'edit', at: 0, text: '' } as Step, ...steps].entries()) {
          const at = s.at % (records.length + 1);
          if (s.kind === 'add') records.splice(at, 0, record(made++, s.text));
          else if (s.kind === 'remove' && records.length > 1) records.splice(at % records.length, 1);
          else if (records.length) records[at % records.length] = record(made++, s.text);
          const value = timeline(records, `${note}${i}`);
          const file = turns[i % 2]!;
          memory.write(file, value, texts);
          if (readFileSync(file, 'utf8') !== stringifyForWeb(value)) return false;
        }
        return true;
      }),
      { numRuns: 40 },
    );
  });

  test('a later write goes into the same file, and the first one through a new file renamed into place', () => {
    const memory = new DataFileMemory();
    const texts: ItemTexts = new WeakMap();
    const file = newFile();
    const records = Array.from({ length: 300 }, (_, n) => record(n, 'x'));
    writeFileSync(file, 'an older file');
    const older = statSync(file).ino;
    memory.write(file, timeline(records, 'a'), texts);
    const first = statSync(file).ino;
    assert.notEqual(first, older, 'written whole, as a new file');
    records.push(record(300, 'y'));
    memory.write(file, timeline(records, 'b'), texts);
    assert.equal(statSync(file).ino, first, 'rewritten in place');
    assert.equal(readFileSync(file, 'utf8'), stringifyForWeb(timeline(records, 'b')));
  });

  test('a copy of a file written is rewritten in place, to the same text as a whole write', () => {
    const memory = new DataFileMemory();
    const texts: ItemTexts = new WeakMap();
    const records = Array.from({ length: 300 }, (_, n) => record(n, 'x'));
    const file = newFile();
    memory.write(file, timeline(records, 'a'), texts);
    const copy = join(dir, `copies-${files}`, 'timeline.json');
    memory.copy(file, copy);
    assert.equal(readFileSync(copy, 'utf8'), readFileSync(file, 'utf8'));
    const ino = statSync(copy).ino;
    records.splice(150, 1, record(1000, 'y'));
    memory.write(copy, timeline(records, 'b'), texts);
    assert.equal(statSync(copy).ino, ino, 'in place');
    assert.equal(readFileSync(copy, 'utf8'), stringifyForWeb(timeline(records, 'b')));
  });

  test('a file changed since it was written, or linked under another name, is written whole, and the other name keeps its bytes', () => {
    const memory = new DataFileMemory();
    const texts: ItemTexts = new WeakMap();
    const records = Array.from({ length: 300 }, (_, n) => record(n, 'x'));
    const edited = newFile();
    memory.write(edited, timeline(records, 'a'), texts);
    writeFileSync(edited, `${readFileSync(edited, 'utf8')} `);
    memory.write(edited, timeline(records, 'b'), texts);
    assert.equal(readFileSync(edited, 'utf8'), stringifyForWeb(timeline(records, 'b')), 'an edited file');

    const linked = newFile();
    memory.write(linked, timeline(records, 'a'), texts);
    const other = `${linked}.link`;
    linkSync(linked, other);
    const bytes = readFileSync(other, 'utf8');
    memory.write(linked, timeline(records, 'c'), texts);
    assert.equal(readFileSync(linked, 'utf8'), stringifyForWeb(timeline(records, 'c')), 'a linked file');
    assert.equal(readFileSync(other, 'utf8'), bytes, 'its other name');
  });
});
