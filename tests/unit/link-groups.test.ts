import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { groupClaims, KeptGroupings, type ClaimRef } from '../../src/link/groups.ts';
import type { ClaimantEntry } from '../../src/model/types.ts';
import { claim, figure, place, range } from '../helpers/facts.ts';

const palmyra = place('palmyra');
const night = range('2016-12-10', '2016-12-11');
const registry: ClaimantEntry[] = [
  { id: 'russia', name: 'Russia', aliases: [] },
  { id: 'ru-mod', name: 'Russian Defense Ministry', aliases: [], partOf: 'russia' },
  { id: 'ru-general-staff', name: 'Russian General Staff', aliases: [], partOf: 'russia' },
  { id: 'sohr', name: 'Syrian Observatory for Human Rights', aliases: [] },
];
const ref = (article: number, c: ReturnType<typeof claim>, ev: number | null = 0): ClaimRef => ({ article, index: 0, claim: c, event: ev });

describe('grouping claims across outlets', () => {
  test('groups the ministry\'s 64 strikes with an outlet\'s "more than 60 strikes"', () => {
    const groups = groupClaims(
      [
        ref(0, claim(figure(64, 'strikes', 'air raids'), 'ru-mod', night, palmyra)),
        ref(1, claim(figure(60, 'strikes', 'strikes', 'more-than'), 'ru-mod', night, palmyra)),
      ],
      registry,
    );
    assert.equal(groups.length, 1);
    assert.equal(groups[0]!.length, 2);
  });

  test('groups "31 vehicles" with "31 cars equipped with heavy machine guns"', () => {
    const groups = groupClaims(
      [
        ref(0, claim(figure(31, 'destroyed', 'vehicles'), 'ru-mod', night, palmyra)),
        ref(1, claim(figure(31, 'destroyed', 'cars equipped with heavy machine guns'), 'ru-mod', night, palmyra)),
      ],
      registry,
    );
    assert.equal(groups.length, 1);
  });

  test("groups a body's figure with the same figure from the body it speaks for (General Staff and Russia)", () => {
    const groups = groupClaims(
      [
        ref(0, claim(figure(93, 'control', 'percent of Aleppo'), 'russia', night, palmyra)),
        ref(1, claim(figure(93, 'control', 'percent of Aleppo'), 'ru-general-staff', night, palmyra)),
      ],
      registry,
    );
    assert.equal(groups.length, 1);
  });

  test('does not group the same number about different things (11 tanks destroyed, 11 km of roads demined)', () => {
    const groups = groupClaims(
      [
        ref(0, claim(figure(11, 'destroyed', 'tanks'), 'ru-mod', night, palmyra)),
        ref(1, claim(figure(11, 'other', 'kilometers of roads'), 'ru-mod', night, palmyra)),
      ],
      registry,
    );
    assert.equal(groups.length, 0);
  });

  test('does not group the same figure in different events (different months)', () => {
    const groups = groupClaims(
      [
        ref(0, claim(figure(300, 'killed', 'militants'), 'ru-mod', night, palmyra), 0),
        ref(1, claim(figure(300, 'killed', 'militants'), 'ru-mod', range('2017-03-02'), palmyra), 1),
      ],
      registry,
    );
    assert.equal(groups.length, 0);
  });

  test('does not group the same figure from rival claimants (the ministry and the monitor)', () => {
    const groups = groupClaims(
      [ref(0, claim(figure(300, 'killed', 'militants'), 'ru-mod', night, palmyra)), ref(1, claim(figure(300, 'killed', 'militants'), 'sohr', night, palmyra))],
      registry,
    );
    assert.equal(groups.length, 0);
  });

  test('does not read 120 as a rounding of 300', () => {
    const groups = groupClaims(
      [
        ref(0, claim(figure(300, 'killed', 'militants'), 'ru-mod', night, palmyra)),
        ref(1, claim(figure(120, 'killed', 'militants', 'more-than'), 'ru-mod', night, palmyra)),
      ],
      registry,
    );
    assert.equal(groups.length, 0);
  });

  test('puts an unattributed mention of a figure in the group of the party whose figure it is, not with its rival', () => {
    const refs = [
      ref(0, claim(figure(30, 'killed', 'people'), 'ru-mod', night, palmyra)),
      ref(1, claim(figure(30, 'killed', 'people'), 'sohr', night, palmyra)),
      ref(2, claim(figure(30, 'killed', 'people'), 'sohr', night, palmyra)),
      ref(3, claim(figure(30, 'killed', 'people'), null, night, palmyra)),
    ];
    const groups = groupClaims(refs, registry);
    assert.deepEqual(
      groups.map((g) => g.map((r) => r.article)),
      [[1, 2, 3]],
      'the monitor carries it in two outlets; the ministry stays alone',
    );
  });

  test('groups unattributed mentions of one figure that no party is quoted for', () => {
    const groups = groupClaims(
      [ref(0, claim(figure(52, 'killed', 'people'), null, night, palmyra)), ref(1, claim(figure(52, 'killed', 'people'), null, night, palmyra))],
      registry,
    );
    assert.equal(groups.length, 1);
  });

  test('does not read "at least 50" as a rounding of 51 (it names a toll of 50)', () => {
    const groups = groupClaims(
      [
        ref(0, claim(figure(51, 'killed', 'people'), 'sohr', night, palmyra)),
        ref(1, claim(figure(50, 'killed', 'people', 'at-least'), 'sohr', night, palmyra)),
      ],
      registry,
    );
    assert.equal(groups.length, 0);
  });

  test('does not read "about 50" as a rounding of 52 where another report gives 50 exactly', () => {
    const groups = groupClaims(
      [
        ref(0, claim(figure(52, 'killed', 'people'), 'sohr', night, palmyra)),
        ref(1, claim(figure(50, 'killed', 'people', 'about'), 'sohr', night, palmyra)),
        ref(2, claim(figure(50, 'killed', 'people'), 'sohr', night, palmyra)),
      ],
      registry,
    );
    assert.deepEqual(
      groups.map((g) => g.map((r) => r.article)),
      [[1, 2]],
    );
  });

  test('groups one uneven toll relayed by officials the registry does not know, named differently in each outlet', () => {
    const groups = groupClaims(
      [
        ref(0, claim(figure(51, 'killed', 'people'), 'provincial-health-office', night, palmyra)),
        ref(1, claim(figure(51, 'killed', 'people'), 'health-ministry-spokesman', night, palmyra)),
      ],
      registry,
    );
    assert.equal(groups.length, 1);
  });

  test('does not group a round figure, or a different thing counted, from claimants named differently', () => {
    const groups = groupClaims(
      [
        ref(0, claim(figure(50, 'killed', 'people'), 'provincial-health-office', night, palmyra)),
        ref(1, claim(figure(50, 'killed', 'people'), 'rebel-spokesman', night, palmyra)),
        ref(2, claim(figure(51, 'killed', 'children'), 'provincial-health-office', night, palmyra)),
        ref(3, claim(figure(51, 'killed', 'people'), 'rebel-spokesman', night, palmyra)),
      ],
      registry,
    );
    assert.equal(groups.length, 0);
  });

  test('does not group the same uneven figure from two bodies the registry knows apart', () => {
    const groups = groupClaims(
      [ref(0, claim(figure(51, 'killed', 'people'), 'ru-mod', night, palmyra)), ref(1, claim(figure(51, 'killed', 'people'), 'sohr', night, palmyra))],
      registry,
    );
    assert.equal(groups.length, 0);
  });
});

describe('groupings kept between builds', () => {
  const ministry = claim(figure(64, 'strikes', 'air raids'), 'ru-mod', night, palmyra);
  const outlet = claim(figure(60, 'strikes', 'strikes', 'more-than'), 'ru-mod', night, palmyra);
  const observatory = claim(figure(40, 'killed', 'civilians'), 'sohr', night, palmyra);
  const relay = claim(figure(40, 'killed', 'civilians'), null, night, palmyra);
  const other = claim(figure(12, 'killed', 'civilians'), 'sohr', night, palmyra);
  const refsOf = (claims: ReturnType<typeof claim>[], event = 0): ClaimRef[] => claims.map((c, i) => ref(i, c, event));
  const shape = (groups: ClaimRef[][]): string[][] => groups.map((g) => g.map((r) => `${r.article}:${r.claim.figure.value}`));

  test('the very same claims give the same groups again (under another event number too)', () => {
    const kept = new KeptGroupings();
    const claims = [ministry, outlet, observatory, relay, other];
    const first = groupClaims(refsOf(claims), registry, kept);
    const again = groupClaims(refsOf(claims, 3), registry, kept);
    assert.deepEqual(shape(again), shape(first));
    assert.deepEqual(shape(again), shape(groupClaims(refsOf(claims, 3), registry)));
    assert.equal(again.length, 2);
  });

  test('claims added, removed or reordered are grouped again as a build without memory groups them', () => {
    const kept = new KeptGroupings();
    groupClaims(refsOf([ministry, outlet, observatory, relay]), registry, kept);
    for (const claims of [
      [ministry, outlet, observatory, relay, other],
      [ministry, observatory, relay],
      [relay, observatory, outlet, ministry],
    ]) {
      assert.deepEqual(shape(groupClaims(refsOf(claims), registry, kept)), shape(groupClaims(refsOf(claims), registry)));
    }
  });

  test('another registry groups again: who speaks for whom decides the groups', () => {
    const kept = new KeptGroupings();
    const claims = [ministry, claim(figure(64, 'strikes', 'strikes'), 'ru-general-staff', night, palmyra)];
    assert.equal(groupClaims(refsOf(claims), registry, kept).length, 1);
    const apart: ClaimantEntry[] = registry.map(({ partOf: _, ...c }) => c);
    assert.deepEqual(shape(groupClaims(refsOf(claims), apart, kept)), shape(groupClaims(refsOf(claims), apart)));
  });
});
