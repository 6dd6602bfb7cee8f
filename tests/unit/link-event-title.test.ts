import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildTimeline } from '../../src/link/index.ts';
import type { ArticleEvent, ArticleFacts, Place } from '../../src/model/types.ts';
import { event, facts, place, range } from '../helpers/facts.ts';
import { lexiconsOf } from '../helpers/context.ts';

const town = place('northbridge');
const titled = (f: ArticleFacts, title: string): ArticleFacts => ({ ...f, article: { ...f.article, title } });
const registries = { sources: [], claimants: [], places: [], notPlaces: [] };

describe('the title of an event', () => {
  test('is the headline of the report that told it first', () => {
    const data = buildTimeline(
      [
        titled(facts('a', '2024-05-02', [event(range('2024-05-01'), [town])]), 'Toll from Northbridge strike rises to 40'),
        titled(facts('b', '2024-05-01', [event(range('2024-05-01'), [town])]), 'Missile strike hits Northbridge market'),
      ],
      lexiconsOf(registries),
    );
    assert.equal(data.events[0]?.title, 'Missile strike hits Northbridge market');
  });

  test('is not a sub-heading taken for a title, however early: a question, or a line in lower case', () => {
    for (const sub of ['What happened and who were the victims?', 'what the strike on the market means for the town']) {
      const data = buildTimeline(
        [
          titled(facts('a', '2024-05-01', [event(range('2024-05-01'), [town])]), sub),
          titled(facts('b', '2024-05-02', [event(range('2024-05-01'), [town])]), 'Missile strike hits Northbridge market'),
        ],
        lexiconsOf(registries),
      );
      assert.equal(data.events[0]?.title, 'Missile strike hits Northbridge market', sub);
    }
    // With no headline among its reports, the event is named by its kind and place, not by the sub-heading.
    const alone = buildTimeline(
      [titled(facts('a', '2024-05-01', [event(range('2024-05-01'), [town])]), 'What happened and who were the victims?')],
      lexiconsOf(registries),
    );
    assert.doesNotMatch(alone.events[0]?.title ?? '', /victims\?/);
  });

  test('is not the lede a page without a headline gives as its title, however early', () => {
    const lede =
      'A spokeswoman for the regional administration said at least twelve people, including three children, were killed and twenty more were wounded when a missile struck the market';
    const data = buildTimeline(
      [
        titled(facts('a', '2024-05-01', [event(range('2024-05-01'), [town])]), lede),
        titled(facts('b', '2024-05-02', [event(range('2024-05-01'), [town])]), 'Missile strike hits Northbridge market'),
      ],
      lexiconsOf(registries),
    );
    assert.equal(data.events[0]?.title, 'Missile strike hits Northbridge market');
  });

  test('is not a short lede a page without a headline gives as its title, its body opening with it', () => {
    const lede = 'A missile struck the Northbridge market, killing twelve people, officials said on Wednesday.';
    const withBody = (f: ArticleFacts, body: string): ArticleFacts => ({ ...f, article: { ...f.article, body } });
    const data = buildTimeline(
      [
        withBody(titled(facts('a', '2024-05-01', [event(range('2024-05-01'), [town])]), lede), `NORTHBRIDGE: ${lede} Rescuers searched the rubble.`),
        titled(facts('b', '2024-05-01', [event(range('2024-05-01'), [town])]), 'Missile strike hits Northbridge market'),
      ],
      lexiconsOf(registries),
    );
    assert.equal(data.events[0]?.title, 'Missile strike hits Northbridge market');
  });

  test("of an event only background reports tell is made from its own kind and most specific place, not from the first report's region", () => {
    const region: Place = { ...place('westshire', 'governorate'), admin1: 'Westshire' };
    const inTown: Place = { ...place('northbridge'), admin1: 'Westshire', lat: region.lat, lon: region.lon };
    const background = (p: Place): ArticleEvent => ({
      ...event(range('2015-05-01', '2015-05-31', 'month'), [p], 'capture', [], true),
      title: `Change of control in ${p.name}`,
    });
    const data = buildTimeline(
      [
        facts('a', '2016-12-01', [event(range('2016-12-01'), [place('eastfield')]), background(region)]),
        facts('b', '2016-12-02', [event(range('2016-12-02'), [place('southgate')]), background(inTown)]),
      ],
      lexiconsOf(registries),
    );
    const then = data.events.find((e) => e.date.start === '2015-05-01');
    assert.deepEqual(then?.places, ['northbridge', 'westshire'], 'one event, in the town of the region');
    assert.equal(then?.title, 'Change of control in Northbridge');
  });
});
