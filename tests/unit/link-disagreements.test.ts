import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findDisagreements, KeptDisagreements } from '../../src/link/disagreements.ts';
import type { ClaimRecord } from '../../src/model/schema.ts';

const record = (id: string, value: number, what: string, source: string, extra: Partial<ClaimRecord> = {}): ClaimRecord => ({
  id,
  article: id,
  value,
  qualifier: 'exact',
  category: 'killed',
  what,
  claimant: null,
  place: null,
  date: null,
  event: 'ev',
  group: null,
  quote: '',
  span: [0, 1],
  text: String(value),
  vague: null,
  source,
  published: null,
  ...extra,
});

describe('finding where outlets disagree', () => {
  test("lays one outlet's 300 dead against another's 120 side by side", () => {
    const found = findDisagreements([record('a', 300, 'militants', 'rt'), record('b', 120, 'militants', 'sana')]);
    assert.equal(found.length, 1);
    assert.deepEqual([found[0]!.low, found[0]!.high], [120, 300]);
    assert.deepEqual(
      found[0]!.versions.map((v) => v.sources),
      [['sana'], ['rt']],
    );
  });
  test('does not call a rounding in the same group a disagreement', () => {
    const found = findDisagreements([
      record('a', 64, 'air raids', 'rt', { category: 'strikes', group: 'g' }),
      record('b', 60, 'strikes', 'an', { category: 'strikes', group: 'g', qualifier: 'more-than' }),
    ]);
    assert.equal(found.length, 0);
  });
  test('does not compare figures about different sides', () => {
    assert.equal(findDisagreements([record('a', 300, 'militants', 'rt'), record('b', 50, 'soldiers', 'an')]).length, 0);
  });
  test('does not compare figures of different events', () => {
    assert.equal(findDisagreements([record('a', 300, 'militants', 'rt'), record('b', 120, 'militants', 'sana', { event: 'other' })]).length, 0);
  });
});

describe('telling different scopes from disagreement', () => {
  test('does not set 10,000 who fled since midnight against 78,000 evacuated since the operation began', () => {
    const found = findDisagreements([
      record('a', 10000, 'people', 'rasa', { category: 'displaced' }),
      record('b', 78000, 'civilians', 'rt', { category: 'displaced' }),
    ]);
    assert.equal(found.length, 0);
  });
});

describe('lists within one report', () => {
  test('does not read one article\'s "37 armored vehicles, 98 pickup trucks" as a disagreement', () => {
    const found = findDisagreements([
      record('a', 37, 'armored vehicles', 'ptv', { category: 'destroyed', article: 'one' }),
      record('b', 98, 'pickup trucks', 'ptv', { category: 'destroyed', article: 'one' }),
    ]);
    assert.equal(found.length, 0);
  });
});

describe('disagreements kept between builds', () => {
  const claims = (): ClaimRecord[] => [
    record('a', 300, 'militants', 'rt'),
    record('b', 120, 'militants', 'sana'),
    record('c', 40, 'civilians', 'rt', { event: 'other' }),
    record('d', 10, 'civilians', 'sana', { event: 'other' }),
  ];

  test('the very same records give back the same disagreements, found once', () => {
    const kept = new KeptDisagreements();
    const list = claims();
    const first = findDisagreements(list, kept);
    const again = findDisagreements(list, kept);
    assert.equal(again.length, 2);
    assert.ok(again.every((d, i) => d === first[i]));
    assert.deepEqual(again, findDisagreements(claims()));
  });

  test('a changed record in one event finds that event again, and keeps the other', () => {
    const kept = new KeptDisagreements();
    const list = claims();
    const first = findDisagreements(list, kept);
    const changed = [list[0]!, record('b', 150, 'militants', 'sana'), list[2]!, list[3]!];
    const again = findDisagreements(changed, kept);
    assert.deepEqual(again, findDisagreements(changed));
    assert.deepEqual([again[0]!.low, again[0]!.high], [150, 300]);
    assert.notEqual(again[0], first[0]);
    assert.equal(again[1], first[1]);
  });

  test('records in another order are found again (a version lists its claims in order)', () => {
    const kept = new KeptDisagreements();
    const list = claims();
    findDisagreements(list, kept);
    const swapped = [list[1]!, list[0]!, list[2]!, list[3]!];
    assert.deepEqual(findDisagreements(swapped, kept), findDisagreements(swapped));
  });
});
