import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compatibleActions } from '../../src/link/actions.ts';
import { linkEvents } from '../../src/link/events.ts';
import { actionOf } from '../../src/extract/events.ts';
import type { ArticleFacts, Place } from '../../src/model/types.ts';
import { claim, event, facts, figure, range } from '../helpers/facts.ts';

// Invented places: two towns of one province, the province, another town elsewhere, and the country.
const at = (id: string, kind: Place['kind'], admin1: string | null, country = 'XA', lat = 48.7, lon = 37.6): Place => ({
  id,
  name: id,
  admin1,
  country,
  lat,
  lon,
  kind,
});
const ashford = at('ashford', 'city', 'Northshire');
const brockley = at('brockley', 'city', 'Northshire', 'XA', 48.9, 37.9);
const northshire = at('northshire', 'governorate', 'Northshire', 'XA', 48.5, 37.8);
const carrow = at('carrow', 'city', 'Southmoor', 'XA', 47.1, 35.2);
const country = at('xaland', 'country', null);

const killed = (n: number, who: string | null = 'health-office') => claim(figure(n, 'killed', 'people'), who, null, null);
const oneEvent = (all: ArticleFacts[]): boolean => linkEvents(all).length === 1;

describe('pairs of reports that must link', () => {
  test('"on Thursday" from one capital and "on Friday" from another, a strike and a bombing', () => {
    assert.ok(
      oneEvent([
        facts('a', '2021-05-06', [event(range('2021-05-06'), [ashford], 'strikes')]),
        facts('b', '2021-05-07', [event(range('2021-05-07'), [ashford], 'bombing')]),
      ]),
    );
  });

  test('the town and the province that holds it', () => {
    const linked = linkEvents([
      facts('a', '2021-05-06', [event(range('2021-05-06'), [ashford], 'attack')]),
      facts('b', '2021-05-06', [event(range('2021-05-06'), [northshire], 'strikes')]),
    ]);
    assert.equal(linked.length, 1);
    assert.deepEqual(
      linked[0]!.places.map((p) => p.id),
      ['ashford', 'northshire'],
    );
  });

  test("a town the gazetteer knows only by its province's point, and a report naming the province's seat", () => {
    assert.ok(
      oneEvent([
        facts('a', '2021-05-06', [event(range('2021-05-06'), [at('little-ashford', 'city', 'Northshire')], 'strikes')]),
        facts('b', '2021-05-06', [event(range('2021-05-06'), [ashford], 'strikes')]),
      ]),
    );
  });

  test("a site named two ways, and the town it stands in (a gazetteer gives a site its town's point)", () => {
    const town = { ...ashford, lat: 48.7, lon: 37.6 };
    const station = at('ashford-station', 'site', 'Northshire');
    const railway = at('ashford-railway-station', 'site', 'Northshire');
    assert.ok(
      oneEvent([
        facts('a', '2021-05-06', [event(range('2021-05-06'), [{ ...station, lat: 48.7, lon: 37.6 }], 'strikes')]),
        facts('b', '2021-05-06', [event(range('2021-05-06'), [{ ...railway, lat: 48.701, lon: 37.6 }], 'strikes')]),
        facts('c', '2021-05-06', [event(range('2021-05-06'), [town], 'strikes')]),
      ]),
    );
  });

  test('a follow-up a week later that carries the toll: it joins, and the event keeps its own day', () => {
    const linked = linkEvents([
      facts('a', '2021-05-06', [event(range('2021-05-06'), [ashford], 'strikes', [0])], [killed(43)]),
      facts('b', '2021-05-13', [event(range('2021-05-13'), [ashford], 'toll', [0])], [killed(43, null)]),
    ]);
    assert.equal(linked.length, 1);
    assert.deepEqual(linked[0]!.date, range('2021-05-06'));
  });

  test('the earliest report founds the event whatever order the files come in', () => {
    const linked = linkEvents([
      facts('late', '2021-05-13', [event(range('2021-05-13'), [ashford], 'toll', [0])], [killed(43, null)]),
      facts('early', '2021-05-06', [event(range('2021-05-06'), [ashford], 'strikes', [0])], [killed(43)]),
    ]);
    assert.equal(linked.length, 1);
    assert.deepEqual(linked[0]!.date, range('2021-05-06'));
  });

  test('a report without a date that shares two figures joins, and takes no date of its own', () => {
    const linked = linkEvents([
      facts(
        'a',
        '2021-05-06',
        [event(range('2021-05-06'), [ashford], 'strikes', [0, 1])],
        [killed(43), claim(figure(61, 'injured', 'people'), 'health-office', null, null)],
      ),
      facts(
        'b',
        '2021-05-06',
        [{ ...event(range('2021-05-06'), [ashford], 'strikes', [0, 1]), date: null }],
        [killed(43), claim(figure(61, 'injured', 'people'), null, null, null)],
      ),
    ]);
    assert.equal(linked.length, 1);
    assert.equal(linked[0]!.reports.length, 2);
    assert.deepEqual(linked[0]!.date, range('2021-05-06'));
  });

  test('a report that names only the country joins the event whose figures it carries', () => {
    const injured = (n: number) => claim(figure(n, 'injured', 'people'), null, null, null);
    assert.ok(
      oneEvent([
        facts('a', '2021-05-06', [event(range('2021-05-06'), [ashford], 'strikes', [0, 1])], [killed(43), injured(12)]),
        facts('b', '2021-05-06', [event(range('2021-05-06'), [country], 'attack', [0, 1])], [killed(43, null), injured(12)]),
      ]),
    );
  });

  test('"an August air strike" in a report of the findings weeks later joins the one strike of August there', () => {
    assert.ok(
      oneEvent([
        facts('a', '2021-08-09', [event(range('2021-08-09'), [ashford], 'strikes')]),
        facts('b', '2021-09-01', [event(range('2021-08-01', '2021-08-31', 'month'), [ashford], 'strikes')]),
      ]),
    );
  });

  test('strike, raid, attack, bombing and massacre are one kind of happening told in different words', () => {
    const kinds = [
      'An air strike hit the market',
      'A raid on the market',
      'An attack on the market',
      'A car bomb went off at the market',
      'The market massacre',
    ].map((t) => actionOf(t));
    for (const a of kinds) for (const b of kinds) assert.ok(compatibleActions(a, b), `${a} ~ ${b}`);
  });

  test('executions and killings are a toll, as killed is', () => {
    assert.equal(actionOf('Rebels executed at least 21 civilians in the city, a rights group says'), 'toll');
    assert.equal(actionOf('A report on the killings of civilians in the port'), 'toll');
    assert.equal(actionOf('Gunmen killed 21 civilians in the city'), 'toll');
  });

  test('blasts are a bombing, and the displaced a camp is for are people, not their flight', () => {
    assert.equal(actionOf('Blasts Kill Nine In Camp For Displaced In East Northland'), 'bombing');
    assert.equal(actionOf('Six were killed in a camp for internally displaced people'), 'toll');
    assert.equal(actionOf('Thousands displaced as fighting nears the town'), 'fighting');
    assert.equal(actionOf('Thousands displaced from the town, aid groups say'), 'evacuation');
    assert.equal(actionOf('Families fled the town overnight'), 'evacuation');
  });

  test('people killed as they fled are a toll: their flight tells who they were', () => {
    assert.equal(actionOf('At least 14 civilians were killed while trying to flee the besieged city'), 'toll');
    assert.equal(actionOf('Twelve people were shot dead as they fled the village'), 'toll');
    assert.equal(actionOf('Thousands were forced to flee the city'), 'evacuation');
  });

  test('a jet that bombed a refugee camp struck it: the camp names where refugees live, not their flight', () => {
    assert.equal(actionOf('A military jet mistakenly bombed a refugee camp, killing dozens'), 'strikes');
    assert.equal(actionOf('Refugees crossed the border overnight'), 'evacuation');
  });

  test('a capture aimed at is not a capture: the offensive is what happened, unless the aim was reached', () => {
    assert.equal(actionOf('Rebels launched an offensive to retake the town on Monday'), 'attack');
    assert.equal(actionOf('The army vowed to recapture the border crossing'), 'report');
    assert.equal(actionOf('Government troops retook the town on Monday'), 'capture');
    assert.equal(actionOf('Government troops managed to retake the town on Monday'), 'capture');
    assert.equal(actionOf('The town fell to the rebels on Monday'), 'capture');
  });

  test('what a clause dates before the happening ("months after the army retook it") is not its action', () => {
    assert.equal(actionOf('Militants began an offensive on the town on Friday, months after the army retook it'), 'attack');
    assert.equal(actionOf('Shelling resumed on Sunday, two weeks since the truce was signed'), 'strikes');
    // When the words before name no action, the whole text is read, as before.
    assert.equal(actionOf('Two days after the strikes, rebels retook the town'), 'capture');
  });
});

describe('pairs of reports that must not link', () => {
  test('two towns of one province on the same day, even with a report of the province between them', () => {
    const linked = linkEvents([
      facts('a', '2021-05-06', [event(range('2021-05-06'), [ashford], 'strikes')]),
      facts('b', '2021-05-06', [event(range('2021-05-06'), [northshire], 'strikes')]),
      facts('c', '2021-05-06', [event(range('2021-05-06'), [brockley], 'strikes')]),
    ]);
    assert.notEqual(
      linked.find((e) => e.places.some((p) => p.id === 'ashford')),
      linked.find((e) => e.places.some((p) => p.id === 'brockley')),
    );
  });

  test('a site and a town of the same province 30 km away', () => {
    assert.ok(
      !oneEvent([
        facts('a', '2021-05-06', [event(range('2021-05-06'), [{ ...at('ashford-station', 'site', 'Northshire'), lat: 48.7, lon: 37.6 }], 'strikes')]),
        facts('b', '2021-05-06', [event(range('2021-05-06'), [{ ...brockley, lat: 48.97, lon: 37.6 }], 'strikes')]),
      ]),
    );
  });

  test('towns of different provinces on the same day', () => {
    assert.ok(
      !oneEvent([
        facts('a', '2021-05-06', [event(range('2021-05-06'), [ashford], 'strikes')]),
        facts('b', '2021-05-06', [event(range('2021-05-06'), [carrow], 'strikes')]),
      ]),
    );
  });

  test('the same town in different months', () => {
    assert.ok(
      !oneEvent([
        facts('a', '2021-05-06', [event(range('2021-05-06'), [ashford], 'strikes', [0])], [killed(43)]),
        facts('b', '2021-07-06', [event(range('2021-07-06'), [ashford], 'strikes', [0])], [killed(43)]),
      ]),
    );
  });

  test('a bombing and a truce in the same town on the same day', () => {
    assert.ok(
      !oneEvent([
        facts('a', '2021-05-06', [event(range('2021-05-06'), [ashford], 'bombing')]),
        facts('b', '2021-05-06', [event(range('2021-05-06'), [ashford], 'agreement')]),
      ]),
    );
  });

  test('a strike a week after another in the same town, with no figure in common', () => {
    assert.ok(
      !oneEvent([
        facts('a', '2021-05-06', [event(range('2021-05-06'), [ashford], 'strikes', [0])], [killed(43)]),
        facts('b', '2021-05-13', [event(range('2021-05-13'), [ashford], 'strikes', [0])], [killed(12)]),
      ]),
    );
  });

  test('a strike days after another in the same town that shares only one small toll', () => {
    assert.ok(
      !oneEvent([
        facts('a', '2021-05-06', [event(range('2021-05-06'), [ashford], 'strikes', [0])], [killed(7)]),
        facts('b', '2021-05-10', [event(range('2021-05-10'), [ashford], 'strikes', [0])], [killed(7)]),
      ]),
    );
  });

  test('a strike two weeks after another in the same town, even with the same large toll', () => {
    assert.ok(
      !oneEvent([
        facts('a', '2021-05-06', [event(range('2021-05-06'), [ashford], 'strikes', [0])], [killed(43)]),
        facts('b', '2021-05-20', [event(range('2021-05-20'), [ashford], 'strikes', [0])], [killed(43)]),
      ]),
    );
  });

  test('a report that names only the country and shares one round toll', () => {
    assert.ok(
      !oneEvent([
        facts('a', '2021-05-06', [event(range('2021-05-06'), [ashford], 'strikes', [0])], [killed(30)]),
        facts('b', '2021-05-06', [event(range('2021-05-06'), [country], 'strikes', [0])], [killed(30)]),
      ]),
    );
  });

  test('a report that names only the country and shares one small figure', () => {
    assert.ok(
      !oneEvent([
        facts('a', '2021-05-06', [event(range('2021-05-06'), [ashford], 'strikes', [0])], [killed(7)]),
        facts('b', '2021-05-06', [event(range('2021-05-06'), [country], 'strikes', [0])], [killed(7)]),
      ]),
    );
  });

  test('a report without a date that shares nothing stays off the timeline', () => {
    const linked = linkEvents([
      facts('a', '2021-05-06', [event(range('2021-05-06'), [ashford], 'strikes')]),
      facts('b', '2021-05-06', [{ ...event(range('2021-05-06'), [ashford], 'strikes'), date: null }]),
    ]);
    assert.deepEqual(
      linked.map((e) => e.reports.length),
      [1],
    );
  });

  test('the same large figures in another country', () => {
    const abroad = at('dunmore', 'city', 'Eastvale', 'XB');
    assert.ok(
      !oneEvent([
        facts('a', '2021-05-06', [event(range('2021-05-06'), [ashford], 'strikes', [0, 1])], [killed(43), killed(61)]),
        facts('b', '2021-05-06', [event(range('2021-05-06'), [abroad], 'strikes', [0, 1])], [killed(43), killed(61)]),
      ]),
    );
  });
});
