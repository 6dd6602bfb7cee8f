import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractArticle } from '../../src/extract/pipeline.ts';
import { ingestArticle } from '../../src/ingest/index.ts';
import type { Registries } from '../../src/model/types.ts';
import { lexiconsOf } from '../helpers/context.ts';

const registries: Registries = { sources: [], claimants: [], places: [], notPlaces: [] };

/** The date of each figure of an article published on `published`, as "value: start..end". */
function datesOf(published: string, ...paragraphs: string[]): string[] {
  const text = `---\npublished: ${published}\n---\nA headline about the war\n\n${paragraphs.join('\n\n')}\n`;
  const facts = extractArticle(ingestArticle({ file: 'content/articles/t.txt', bytes: new TextEncoder().encode(text) }, registries), lexiconsOf(registries));
  return facts.claims.map((c) => `${c.figure.value}: ${c.date ? `${c.date.start}..${c.date.end}` : 'none'}`);
}

// Friday 14 April 2023 is the publication day of most cases below.
const FRI = '2023-04-14';

describe('a figure dated from its own sentence', () => {
  test('not from a period a later clause starts: "killed 60 in the province, the stronghold of a group at war since 2015"', () => {
    assert.deepEqual(
      datesOf(
        FRI,
        'At least 60 people were killed when missiles hit a prison in the province, the stronghold of a group that has been at war with the army since 2015.',
      ),
      ['60: 2023-04-14..2023-04-14'],
    );
  });

  test('counted "since" a day runs from that day to the writing', () => {
    assert.deepEqual(datesOf(FRI, 'Since Monday, the toll from the shelling of the town has reached 19.'), ['19: 2023-04-10..2023-04-14']);
    assert.deepEqual(datesOf(FRI, 'Since March 2011, more than 300,000 people have been killed in the war.'), ['300000: 2011-03-01..2023-04-14']);
  });

  test('not by a day of who among the counted were: "including fighters who surrendered in May"', () => {
    assert.deepEqual(
      datesOf(FRI, 'A blast tore through the prison on Wednesday.', 'It killed at least 50 people, including fighters who surrendered in March.'),
      ['50: 2023-04-12..2023-04-12'],
    );
  });

  test('takes the day its sentence names: "on Wednesday"', () => {
    assert.deepEqual(datesOf(FRI, 'Shelling on Wednesday destroyed 14 houses in the village, the governor said.'), ['14: 2023-04-12..2023-04-12']);
  });

  test('takes the day its own clause names over the one of the clause before', () => {
    assert.deepEqual(datesOf(FRI, 'Some 2,310 people left the city on Thursday, more than the 1,905 who left on Wednesday, the ministry said.'), [
      '2310: 2023-04-13..2023-04-13',
      '1905: 2023-04-12..2023-04-12',
    ]);
  });

  test('keeps a period a period: "between 3 and 9 April"', () => {
    assert.deepEqual(datesOf(FRI, 'Between 3 and 9 April some 420 families fled the district, the agency said.'), ['420: 2023-04-03..2023-04-09']);
  });
});

describe('a date that names another happening', () => {
  test('"killed 90 in a strike on a commander who planned the October 7 attacks" is not dated October 7', () => {
    const dates = datesOf(FRI, 'At least 90 people were killed in a strike on a commander, who planned the October 7 attacks.');
    assert.ok(!dates[0]?.includes('2022-10-07'), dates[0]);
    // In the figure's own clause, the happening it names is its own.
    assert.deepEqual(datesOf(FRI, 'Rescuers recovered more than 200 bodies in the days following the March 17 strike.'), ['200: 2023-03-17..2023-03-17']);
  });
});

describe('a figure dated from the sentences before it', () => {
  test('a sentence that points back at a strike takes its date, however old', () => {
    assert.deepEqual(
      datesOf(FRI, 'A rocket of the same kind hit the port on March 2, the ministry said. The strike killed 11 people and wounded 23, it said.'),
      ['11: 2023-03-02..2023-03-02', '23: 2023-03-02..2023-03-02'],
    );
  });

  test('"That one killed 31 people" points back at the happening just told, and its "one" is no count', () => {
    assert.deepEqual(datesOf(FRI, 'Three years ago a suicide attack hit the same square. That one killed 31 people.'), ['31: 2020-01-01..2020-12-31']);
    assert.deepEqual(
      datesOf(FRI, 'A source said that one person was killed on Thursday.').map((d) => d.split(':')[0]),
      ['1'],
    );
  });

  test('a day after the writing (a deadline, what is scheduled) dates no figure', () => {
    assert.deepEqual(datesOf(FRI, 'The last troops leave ahead of a withdrawal set for Tuesday. Officials gave varying tolls of 30 to 60 dead.'), [
      '30: 2023-04-14..2023-04-14',
      '60: 2023-04-14..2023-04-14',
    ]);
  });

  test('a date where a period began lends itself to no later sentence', () => {
    const dates = datesOf(FRI, 'The town has been under siege since 2015. Shelling wounded 37 people in its market, medics said.');
    assert.ok(!dates[0]?.startsWith('37: 2015'), dates[0]);
  });
});

describe('a toll with no day of its own', () => {
  test('counts from the strike the article reports to the day it was given', () => {
    assert.deepEqual(datesOf(FRI, 'A missile hit the bus depot on Tuesday. The regional health office said on Thursday that 61 people had died.'), [
      '61: 2023-04-11..2023-04-13',
    ]);
  });

  test('takes the day of the strike told just before it', () => {
    assert.deepEqual(datesOf(FRI, 'A missile hit the bus depot on Tuesday. The health office put the toll at 61 dead.'), ['61: 2023-04-11..2023-04-11']);
  });

  test('counts from the strike to publication when nothing near it names a day', () => {
    const dates = datesOf(
      FRI,
      'A missile hit the bus depot on Tuesday, the regional governor said.',
      'Rescuers worked through the night to clear the rubble from the platforms.',
      'Crowds of relatives gathered at the hospital gates to wait for news.',
      'Officials gave no reason for the delay in naming the dead.',
      'The health office put the toll at 61 dead.',
    );
    assert.deepEqual(dates, ['61: 2023-04-11..2023-04-14']);
  });

  test('takes the month of a strike known only by its month: "a March air strike"', () => {
    assert.deepEqual(datesOf('2023-04-01', 'The panel said on Saturday that a strike in March that killed 44 people was a mistake.'), [
      '44: 2023-03-01..2023-03-31',
    ]);
  });

  test('is not dated by an old attack: "the 2013 attack" is background, not what the toll counts', () => {
    const dates = datesOf(FRI, 'The 2013 attack is still remembered in the town. Shelling on Wednesday killed 9 people, medics said.');
    assert.deepEqual(dates, ['9: 2023-04-12..2023-04-12']);
  });

  test('with nothing that dates it is dated on the publication day', () => {
    assert.deepEqual(datesOf(FRI, 'The agency counted 12 destroyed bridges in the province.'), ['12: 2023-04-14..2023-04-14']);
  });
});

describe('a toll counted from the happening its lead tells of', () => {
  test('not from a past attack the lead gives a person a part in: "a commander responsible for the March 30 attack"', () => {
    const dates = datesOf(
      FRI,
      'An air strike hit a crowded block of the city, killing at least 52 people, officials said.',
      'The army said it had killed a commander responsible for the March 30 attack on the border post.',
    );
    assert.deepEqual(dates, ['52: 2023-04-14..2023-04-14']);
  });

  test('from the happening someone claims a part in when it is the news: "responsible for a bombing on a bus on Sunday"', () => {
    const dates = datesOf(
      FRI,
      'The group said on Thursday it was responsible for a suicide bombing on a bus on Wednesday which killed fighters near the border.',
      'The fighters were travelling to the front.',
      'Their factions bring in weapons through the crossing.',
      'The crossing is one of several on the border.',
      'Rescuers said the blast killed 50 fighters.',
    );
    assert.deepEqual(dates, ['50: 2023-04-12..2023-04-14']);
  });

  test('not from an earlier attack the background recalls further down', () => {
    const dates = datesOf(
      FRI,
      'The toll of the missile strike on the city has reached 10, prosecutors said on Friday.',
      'On Thursday at about 2 am missiles hit apartment buildings in the centre of the city.',
      'Nine civilians were killed and 35 injured in the strike.',
      'Rescuers searched the rubble through the night for more people.',
      'Ten buildings and a school were damaged in the blasts, officials said.',
      'Forces opened the offensive with an attack on the front line on March 30.',
    );
    assert.ok(dates.includes('9: 2023-04-13..2023-04-13'), dates.join(' | '));
  });

  test('not from an attack the news answered, however long told: "in retaliation for an attack by armed militants on ... villages on March 20"', () => {
    const dates = datesOf(
      FRI,
      'Air strikes hit a crowded camp in the north, killing at least 50 people, and medics struggled to treat the wounded.',
      'Tanks have been in the area for four days, after weeks of bombardment in retaliation for an attack by armed militants on mostly civilian border villages on March 20.',
    );
    assert.deepEqual(dates, ['50: 2023-04-14..2023-04-14']);
  });

  test('not from a week named whole when the figure\'s own sentence names the day: "early Saturday" in a Saturday paper', () => {
    const dates = datesOf(
      '2023-04-15',
      'Bombs hit a hospital in the city early Saturday, killing at least 16 people, the charity said.',
      'The strikes came on the sixth day of fighting for the city, which rebels entered early this week.',
    );
    assert.deepEqual(dates, ['16: 2023-04-15..2023-04-15']);
  });

  test('not from a paragraph past the lead that opens on another happening\'s day: "On April 10, the north came under attack."', () => {
    const dates = datesOf(
      FRI,
      'In the city, an apartment block in the centre was partly destroyed by missile fire, the regional governor said.',
      'At the moment two are known dead and 15 wounded. There may be people under the rubble.',
      'Other towns of the region were attacked too. In the west one of the plants was damaged.',
      'Four houses were partly destroyed.',
      'Missiles and drones strike the region daily. On April 10, the north came under attack. The attack killed 18 people.',
    );
    assert.deepEqual(dates.slice(0, 3), ['2: 2023-04-14..2023-04-14', '15: 2023-04-14..2023-04-14', '4: 2023-04-14..2023-04-14']);
    assert.equal(dates[3], '18: 2023-04-10..2023-04-10');
  });

  test('not from a trend of recent weeks, nor from the span a superlative is measured over', () => {
    const dates = datesOf(
      FRI,
      'On Thursday, a shelling attack struck a market in the city, killing at least 56 people. The attack was one of the deadliest in recent weeks.',
      'In recent weeks, the army has intensified its offensive, leading to heavy casualties.',
    );
    assert.deepEqual(dates, ['56: 2023-04-13..2023-04-13']);
  });
});
