/** The map's outlines kept on disk: a new process takes them for the same frame, and only when the map's code and data are the same. */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { type Frame, mapBase, mapCodeVersion, mapFrame, type MapPlace } from '../../src/output/map.ts';
import { loadMapOutlines, saveMapOutlines } from '../../src/render/map-outlines.ts';
import { tempDir } from '../helpers/temp.ts';

const place = (id: string, lat: number, lon: number, events: number, country: string): MapPlace => ({
  id,
  name: id,
  url: `/places/${id}/`,
  lat,
  lon,
  events,
  country,
});
const sudanese = [place('khartoum', 15.5, 32.56, 4, 'SD'), place('el-fasher', 13.63, 25.35, 2, 'SD')];
const frameKey = (frame: Frame): string => JSON.stringify(frame);

/** Runs `code` (TypeScript, importing from the project) in a process of its own and returns what it printed. */
const inNewProcess = (code: string): string =>
  execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { cwd: process.cwd(), encoding: 'utf8' });

describe("the map's outlines kept between builds", () => {
  test('a new process given the kept outlines draws the same map without drawing them', () => {
    const dir = tempDir('dateline-outlines-');
    const frame = mapFrame(sudanese);
    const drawn = mapBase(frame);
    saveMapOutlines(dir, 0);
    const printed = inNewProcess(`
      import { loadMapOutlines } from './src/render/map-outlines.ts';
      import { mapBase, mapBasesMade } from './src/output/map.ts';
      const loaded = loadMapOutlines(${JSON.stringify(dir)});
      const kept = mapBasesMade().get(${JSON.stringify(frameKey(frame))});
      const base = mapBase(${JSON.stringify(frame)});
      console.log(JSON.stringify({ loaded, same: base === kept, base }));
    `);
    const { loaded, same, base } = JSON.parse(printed) as { loaded: number; same: boolean; base: unknown };
    assert.ok(loaded >= 1);
    assert.equal(same, true, 'the map is the kept outlines, not outlines drawn again');
    assert.deepEqual(base, JSON.parse(JSON.stringify(drawn)));
  });

  test('outlines kept for other code or data are not taken', () => {
    const dir = tempDir('dateline-outlines-');
    const frame: Frame = { west: 10, east: 20, south: 10, north: 20, focusCountry: null };
    const forged = { width: 600, height: 1, countries: [{ name: 'Nowhere', d: 'M0,0Z', focus: false }], labels: [] };
    writeFileSync(join(dir, 'map-outlines.json'), JSON.stringify({ version: `${mapCodeVersion()}-older`, bases: [[frameKey(frame), forged]] }));
    assert.equal(loadMapOutlines(dir), 0);
    assert.ok(!mapBase(frame).countries.some((c) => c.name === 'Nowhere'), 'the map is drawn from the data');
  });

  test('an unreadable file, or one whose outlines are not outlines, costs only the drawing', () => {
    const dir = tempDir('dateline-outlines-');
    writeFileSync(join(dir, 'map-outlines.json'), '{ not json');
    assert.equal(loadMapOutlines(dir), 0);
    assert.equal(loadMapOutlines(join(dir, 'missing')), 0);
    const frame: Frame = { west: 20, east: 30, south: 20, north: 30, focusCountry: null };
    writeFileSync(join(dir, 'map-outlines.json'), JSON.stringify({ version: mapCodeVersion(), bases: [[frameKey(frame), { width: 600 }]] }));
    assert.equal(loadMapOutlines(dir), 0);
    assert.ok(mapBase(frame).countries.length > 0, 'the map is drawn');
  });

  test('a cache folder that cannot be written costs only the drawing next time', () => {
    const dir = tempDir('dateline-outlines-');
    writeFileSync(join(dir, 'a-file'), '');
    mapBase({ west: 60, east: 64, south: 30, north: 34, focusCountry: null });
    assert.doesNotThrow(() => saveMapOutlines(join(dir, 'a-file', 'render'), 0));
  });

  test('nothing is written when every outline was kept already, and at most eight frames are kept', () => {
    const dir = tempDir('dateline-outlines-');
    for (let i = 0; i < 10; i++) mapBase({ west: 40 + i, east: 44 + i, south: 10, north: 14, focusCountry: null });
    saveMapOutlines(dir, 0);
    const file = join(dir, 'map-outlines.json');
    const kept = JSON.parse(readFileSync(file, 'utf8')) as { bases: [string, unknown][] };
    assert.equal(kept.bases.length, 8);
    assert.equal(kept.bases.at(-1)?.[0], frameKey({ west: 49, east: 53, south: 10, north: 14, focusCountry: null }), 'the latest frame is kept');
    writeFileSync(file, 'left as it was');
    saveMapOutlines(dir, Number.POSITIVE_INFINITY);
    assert.equal(readFileSync(file, 'utf8'), 'left as it was');
  });
});
