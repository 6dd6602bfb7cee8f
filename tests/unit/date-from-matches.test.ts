import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractArticle } from '../../src/extract/pipeline.ts';
import { ingestArticle } from '../../src/ingest/index.ts';
import { dateFromMatches } from '../../src/link/date-from-matches.ts';
import type { ArticleFacts, Registries } from '../../src/model/types.ts';
import { lexiconsOf } from '../helpers/context.ts';

const registries: Registries = {
  sources: [{ id: 'wire', name: 'Wire Service', aliases: [], patterns: [] }],
  claimants: [{ id: 'health-office', name: 'the regional health office', aliases: ['the regional health office', 'the health office'] }],
  places: [],
  notPlaces: [],
};

/** One article's facts as the extract stage gives them. */
function facts(name: string, text: string): ArticleFacts {
  const bytes = new TextEncoder().encode(text);
  return extractArticle(ingestArticle({ file: `content/articles/${name}.txt`, bytes }, registries), lexiconsOf(registries));
}

const dated = (published: string, body: string): ArticleFacts =>
  facts(`dated-${published}`, `---\npublished: ${published}\nsource: Wire Service\n---\nDepot strike toll rises\n\n${body}\n`);
const undated = (body: string): ArticleFacts => facts('undated', `Depot strike toll rises\n\n${body}\n`);

const TOLL = 'The regional health office said 61 people were killed and 112 were wounded when the missile hit the depot.';
// Friday 8 March 2024.
const FRIDAY = '2024-03-08';

describe('dating an undated article from the dated reports it repeats', () => {
  test('moves a page its text dates only from below (a photo of weeks before) on to the reports whose figures it repeats', () => {
    const captioned = undated(`Smoke rises over the depot after a strike on February 20, 2024. (Photo: Jane Roe/Wire)\n\n${TOLL}`);
    assert.equal(captioned.published, '2024-02-20', 'its own text dates it from the photo');
    const [, after] = dateFromMatches([dated(FRIDAY, TOLL), captioned], lexiconsOf(registries));
    assert.equal(after?.published, FRIDAY);
    assert.match(after?.publishedEvidence ?? '', /dated from its match with Wire Service, 2024-03-08, after/);
  });

  test('takes the day of the report whose figures it shares, and says so', () => {
    const [, after] = dateFromMatches([dated(FRIDAY, TOLL), undated(TOLL)], lexiconsOf(registries));
    assert.equal(after?.published, FRIDAY);
    assert.equal(after?.publishedInferred, true);
    assert.match(after?.publishedEvidence ?? '', /dated from its match with Wire Service, 2024-03-08/);
  });

  test('resolves the weekdays it names in that window: "on Saturday" is the day after the Friday report', () => {
    const [, after] = dateFromMatches([dated(FRIDAY, TOLL), undated(`${TOLL} Funerals were held on Saturday.`)], lexiconsOf(registries));
    assert.equal(after?.published, '2024-03-09');
    assert.match(after?.publishedEvidence ?? '', /Saturday/);
  });

  test('moves on to a day it writes without its year a few days after the match: "On March 11, ..." is that year\'s', () => {
    const [, after] = dateFromMatches([dated(FRIDAY, TOLL), undated(`${TOLL} On March 11, two more people died in hospital.`)], lexiconsOf(registries));
    assert.equal(after?.published, '2024-03-11');
    assert.ok(
      after?.claims.some((c) => c.date?.start === '2024-03-11'),
      "the day is read in the match's year, not a year before",
    );
  });

  test('reads its facts again against that day: its figures are dated', () => {
    const [, after] = dateFromMatches([dated(FRIDAY, TOLL), undated(TOLL)], lexiconsOf(registries));
    assert.ok(after?.claims.length && after.claims.every((c) => c.date !== null));
    assert.ok(after.events.length > 0, 'it stands on the timeline');
  });

  test('never overrides a stated date', () => {
    const other = dated('2024-03-20', TOLL);
    const [, after] = dateFromMatches([dated(FRIDAY, TOLL), other], lexiconsOf(registries));
    assert.equal(after, other);
  });

  test('does not date from one small figure in common, nor from reports that only share a common value', () => {
    const [, one] = dateFromMatches([dated(FRIDAY, TOLL), undated('Another blast wounded 7 people in a market far away.')], lexiconsOf(registries));
    assert.equal(one?.published, null);
    const [, single] = dateFromMatches([dated(FRIDAY, TOLL), undated('Elsewhere 61 sheep were lost in a storm.')], lexiconsOf(registries));
    assert.equal(single?.published, null);
  });

  test('one shared figure from the same claimant is not enough: a claimant who gives tolls daily can repeat a number', () => {
    const [, after] = dateFromMatches(
      [dated(FRIDAY, TOLL), undated('The regional health office said 61 people were killed in the shelling of the north.')],
      lexiconsOf(registries),
    );
    assert.equal(after?.published, null);
  });

  test('two small tolls in common tie two reports only about the same place: a monitor that gives tolls daily falls on small numbers again', () => {
    const report = dated(FRIDAY, 'The regional health office said 12 people were killed and 9 were wounded in Mosul.');
    const [, elsewhere] = dateFromMatches(
      [report, undated('The regional health office said 12 people were killed and 9 were wounded in Basra.')],
      lexiconsOf(registries),
    );
    assert.equal(elsewhere?.published, null);
    const [, there] = dateFromMatches(
      [report, undated('The regional health office said 12 people were killed and 9 were wounded in Mosul.')],
      lexiconsOf(registries),
    );
    assert.equal(there?.published, FRIDAY);
  });

  test('one small toll at the same place is not enough, one large toll there is', () => {
    const report = dated(FRIDAY, 'The regional health office said 15 people were killed in the strike on a school in Mosul.');
    const [, small] = dateFromMatches(
      [report, undated('Fifteen people were killed when a strike hit a school in Mosul, the regional health office said.')],
      lexiconsOf(registries),
    );
    assert.equal(small?.published, null, 'a small toll at one place recurs in a long war');
    const large = dated(FRIDAY, 'The regional health office said 61 people were killed in the strike on a school in Mosul.');
    const [, there] = dateFromMatches([large, undated('At least 61 people were killed when a strike hit a school in Mosul.')], lexiconsOf(registries));
    assert.equal(there?.published, FRIDAY);
  });

  test('a toll in a town and the same toll in the province it lies in are about one place; two towns of a province are not', () => {
    const town = dated(FRIDAY, 'The regional health office said 61 people were killed in the strike on a school in Mosul.');
    const [, province] = dateFromMatches([town, undated('At least 61 people were killed in a strike in Nineveh province.')], lexiconsOf(registries));
    assert.equal(province?.published, FRIDAY);
    const [, other] = dateFromMatches([town, undated('At least 61 people were killed in a strike in Tal Afar.')], lexiconsOf(registries));
    assert.equal(other?.published, null);
  });

  test('a toll at a site and the same toll in its town are about one place', () => {
    const station = dated(FRIDAY, 'The regional health office said 61 people were killed in the strike on Mosul railway station.');
    const [, town] = dateFromMatches([station, undated('At least 61 people were killed in a strike in Mosul.')], lexiconsOf(registries));
    assert.equal(town?.published, FRIDAY);
  });

  test('a match before a day the text writes whole is a coincidence of numbers, and is not taken', () => {
    const [, after] = dateFromMatches([dated(FRIDAY, TOLL), undated(`${TOLL} The depot had been rebuilt in May 2025.`)], lexiconsOf(registries));
    assert.notEqual(after?.published, FRIDAY);
  });

  test('a figure every report gives over the weeks (a running total) marks no week', () => {
    const total = 'The war has killed 48,210 people and wounded 96,400, the regional health office said.';
    const reports = ['2024-01-05', '2024-01-19', '2024-02-02', '2024-02-16', FRIDAY].map((day) => dated(day, total));
    const [...all] = dateFromMatches([...reports, undated(total)], lexiconsOf(registries));
    assert.equal(all.at(-1)?.published, null);
  });

  test("a toll repeated in another country is another war's: no match", () => {
    const abroad = dated(FRIDAY, 'The health office said 61 people were killed and 112 were wounded when a missile hit a depot in Aleppo, Syria.');
    const page = undated('Officials said 61 people were killed and 112 were wounded when a missile hit a depot in Kharkiv, Ukraine.');
    const [, after] = dateFromMatches([abroad, page], lexiconsOf(registries));
    assert.notEqual(after?.published, FRIDAY);
  });

  test('gives a dateline without a year the year of the reports nearest to it', () => {
    const line = undated('PORTVILLE, March 9 (XYZ) - Rescuers searched the rubble of the depot for a second day, officials said.');
    const [, after] = dateFromMatches([dated(FRIDAY, TOLL), line], lexiconsOf(registries));
    assert.equal(after?.published, '2024-03-09');
    assert.equal(after?.publishedInferred, false, 'a dateline states the day');
  });
});

describe('dating an undated article that shares no figure with the dated reports', () => {
  test('gives its yearless days the year of the collection, and after "today" takes the day after the latest', () => {
    const page = undated('The mayor said that since the strike on March 8 the depot has stayed shut. This morning the last buses left the city.');
    const [, after] = dateFromMatches([dated(FRIDAY, TOLL), page], lexiconsOf(registries));
    assert.equal(after?.published, '2024-03-09');
    assert.equal(after?.publishedInferred, true);
    assert.match(after?.publishedEvidence ?? '', /March 8.*other reports.*today/);
  });

  test('takes the year from a report that reasons out its own day, not only from one that states it', () => {
    // 8 March 2024 was a Friday: the first page states no date, but its weekday and the year it looks back on give it.
    const reasoned = undated('On Friday, March 8, the depot burned. The strike recalled another in May 2022.');
    const page = undated('The depot was hit on March 8, the mayor said.');
    const [first, second] = dateFromMatches([reasoned, page], lexiconsOf(registries));
    assert.equal(first?.published, FRIDAY);
    assert.equal(second?.published, FRIDAY);
    assert.equal(second?.publishedInferred, true);
  });

  test('takes the year from the reports about its own country: a Ukrainian "January 24" is not a Syrian January years on', () => {
    const home = dated('2015-01-13', 'Rockets hit a bus near Donetsk, Ukraine, on Tuesday, killing 12 people, officials said.');
    const abroad = dated('2018-01-28', 'A bomb killed 95 people in Aleppo, Syria, on Saturday, officials said.');
    const page = undated('Rockets hit the city of Mariupol in Ukraine on January 24, officials said, and the city council counted the dead.');
    const [, , after] = dateFromMatches([home, abroad, page], lexiconsOf(registries));
    assert.equal(after?.published, '2015-01-24');
  });

  test('without "today" takes the latest yearless day itself', () => {
    const page = undated('The depot was hit on March 8 and the station on March 5, the mayor said.');
    assert.equal(dateFromMatches([dated(FRIDAY, TOLL), page], lexiconsOf(registries))[1]?.published, '2024-03-08');
  });

  test('stays undated when nothing at all gives a clue, and says what the user can add', () => {
    const [, after] = dateFromMatches(
      [dated(FRIDAY, TOLL), undated('Shelling went on in the north, residents said, and roads were closed.')],
      lexiconsOf(registries),
    );
    assert.equal(after?.published, null);
    assert.match(after?.diagnostics.find((d) => d.code === 'undated')?.message ?? '', /published: YYYY-MM-DD/);
  });
});

describe('dating an undated article by the happening it tells of', () => {
  // Sunday 10 March 2024, told of the next day.
  const festival = facts(
    'festival',
    '---\npublished: 2024-03-11\nsource: Wire Service\n---\nDrone strike hits festival\n\nA military drone struck a festival in the village of Dar Kalam in Nineveh province on Sunday, killing at least 40 people, residents said.\n',
  );
  const inquiry = (body: string): ArticleFacts => facts('inquiry', `Governor orders inquiry\n\n${body}\n`);

  test('"Sunday\'s air strike" on a village the dated reports put on a Sunday is that Sunday\'s, and it says so', () => {
    const [, after] = dateFromMatches(
      [
        festival,
        inquiry("The governor ordered an inquiry into Sunday's air strike on the village of Dar Kalam in Nineveh province, which killed more than 30 people."),
      ],
      lexiconsOf(registries),
    );
    assert.equal(after?.published, '2024-03-10');
    assert.equal(after?.publishedInferred, true);
    assert.match(after?.publishedEvidence ?? '', /Sunday's event at Dar Kalam/);
  });

  test('a later weekday it names is the day after the happening: "said on Tuesday" after "Sunday\'s strike"', () => {
    const [, after] = dateFromMatches(
      [festival, inquiry("Officials said on Tuesday that Sunday's air strike on the village of Dar Kalam in Nineveh province killed more than 30 people.")],
      lexiconsOf(registries),
    );
    assert.equal(after?.published, '2024-03-12');
  });

  test('a weekday it names before the happening\'s is the day before, not the next week\'s: "on Sunday, a day after ... on Saturday"', () => {
    const [, after] = dateFromMatches(
      [festival, inquiry('A drone struck the village of Dar Kalam in Nineveh province on Sunday, a day after fighters had left it on Saturday.')],
      lexiconsOf(registries),
    );
    assert.equal(after?.published, '2024-03-10');
  });

  test('another weekday, a large city or no weekday at all dates nothing', () => {
    for (const body of [
      "The governor ordered an inquiry into Friday's air strike on the village of Dar Kalam in Nineveh province, which killed more than 30 people.",
      "The governor ordered an inquiry into Sunday's air strike in Mosul, which killed more than 30 people.",
      'The governor ordered an inquiry into the air strike on the village of Dar Kalam in Nineveh province, which killed more than 30 people.',
    ]) {
      const [, after] = dateFromMatches([festival, inquiry(body)], lexiconsOf(registries));
      assert.equal(after?.published, null, body);
    }
  });
});

test('leaves a copy of another file as it is: its figures count once, under the first file', () => {
  const copy = undated('PORTVILLE, March 9 (XYZ) - Rescuers searched the rubble of the depot for a second day, officials said.');
  const marked: ArticleFacts = {
    ...copy,
    claims: [],
    figures: [],
    events: [],
    diagnostics: [...copy.diagnostics, { file: 'b.txt', severity: 'warning', code: 'duplicate', message: 'same text as a.txt' }],
  };
  const [, after] = dateFromMatches([dated(FRIDAY, TOLL), marked], lexiconsOf(registries));
  assert.equal(after, marked, 'not dated and read again, though its dateline would date it');
});
