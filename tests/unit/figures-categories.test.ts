import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractFigures } from '../../src/extract/figures/index.ts';
import { splitSentences } from '../../src/extract/sentences.ts';
import type { ExtractContext } from '../../src/model.ts';

const ctx: ExtractContext = { reference: '2031-05-02', registries: { sources: [], claimants: [], places: [], notPlaces: [] } };

/** "value category" for each figure, in order. */
function read(text: string): string[] {
  return extractFigures(splitSentences(text), ctx).map((f) => `${f.value ?? f.vague} ${f.category}`);
}

describe('figures: the predicate past an aside', () => {
  test('"27 people, including two children, were killed": both counts are deaths', () => {
    assert.deepEqual(read('At least 27 people, including two children, were killed in the strike.'), ['27 killed', '2 killed']);
  });
  test('hyphenated number words with an aside ("Fifty-nine people, including seven children, have died")', () => {
    assert.deepEqual(read('Fifty-nine people, including seven children, have died.'), ['59 killed', '7 killed']);
  });
  test('a part counts as its whole ("48 wounded people, including 30 children")', () => {
    assert.deepEqual(read('The hospital received 48 wounded people, including 30 children.'), ['48 injured', '30 injured']);
  });
  test('an aside that never closes is not passed over', () => {
    assert.deepEqual(read('Some 40 buses, including ten for the sick'), ['40 other']);
  });
});

describe('figures: rises and counts put at a figure', () => {
  test('"grew from 50" and "rose to 52 from 39" count what the toll counts', () => {
    assert.deepEqual(read('The death toll grew from 50 on Friday.'), ['50 killed']);
    assert.deepEqual(read('The number of dead rose to 52 from 39.'), ['52 killed', '39 killed']);
  });
  test('a later figure with its own predicate keeps it ("increased to 52, and 114 were injured")', () => {
    assert.deepEqual(read('The number of people killed in the attack on the station on April 8 increased to 52 people, and 114 were injured.'), [
      '52 killed', '114 injured',
    ]);
  });
  test('"put the number of the deaths at 43", and "putting the figure at 50" after a toll', () => {
    assert.deepEqual(read('The health chief put the number of the deaths at 43.'), ['43 killed']);
    assert.deepEqual(read('The mayor said 40 people had lost their lives and the governor put the figure at 50.'), ['40 killed', '50 killed']);
  });
  test('a figure put at with nothing before it says nothing', () => {
    assert.deepEqual(read('The agency put the figure at 25,000.'), ['25000 other']);
  });
  test('"along with" lists with the figure before it', () => {
    assert.deepEqual(read('As many as 19 tanks were destroyed along with 37 armoured vehicles.'), ['19 destroyed', '37 destroyed']);
  });
});

describe('figures: ranges keep both ends', () => {
  const q = (text: string) => extractFigures(splitSentences(text), ctx).map((f) => `${f.value} ${f.qualifier} ${f.category}`);
  test('"between 1,000 and 1,200 people fled": at least the one, up to the other, both displaced', () => {
    assert.deepEqual(q('Between 1,000 and 1,200 people fled the town.'), ['1000 at-least displaced', '1200 up-to displaced']);
  });
  test('"from 30 to 40 people were killed" is a range; "rose from 39 to 52" is two tolls', () => {
    assert.deepEqual(q('From 30 to 40 people were killed.'), ['30 at-least killed', '40 up-to killed']);
    assert.deepEqual(q('The toll rose from 39 to 52.'), ['39 exact killed', '52 exact killed']);
  });
  test('a list is not a range', () => {
    assert.deepEqual(q('The strike killed 11 soldiers and 31 civilians.'), ['11 exact killed', '31 exact killed']);
  });
});

describe('figures: a lexicon for any war', () => {
  test('people who left a place were displaced; a strike that left people dead killed them', () => {
    assert.deepEqual(read('About 8,500 residents of the city left militant-held districts.'), ['8500 displaced']);
    assert.deepEqual(read('At least 34,000 civilians have been removed from the east of the city.'), ['34000 displaced']);
    assert.deepEqual(read('The strike left 43 dead.'), ['43 killed']);
  });
  test('taken to hospital is wounded', () => {
    assert.deepEqual(read('Some 98 people have been taken to hospitals.'), ['98 injured']);
  });
  test('"died in hospital" is killed', () => {
    assert.deepEqual(read('Some 12 of them died in hospital.'), ['12 killed']);
  });
  test('vehicles that carry evacuees are not the evacuees', () => {
    assert.deepEqual(read('Some 40 buses and ambulances moved civilians to the north.'), ['40 other']);
  });
  test('those who remain are not counted as fleeing', () => {
    assert.deepEqual(read('Despite the evacuation, almost 50,000 remained in the city.'), ['50000 other']);
  });
  test('surrender with a verb of two words stays apart from the counted thing', () => {
    assert.deepEqual(read('A total of 14 militants laid down their weapons.'), ['14 surrendered']);
  });
});

describe('figures: a rising count of a category noun', () => {
  test('"the number of martyrs has risen to 45" counts deaths', () => {
    assert.deepEqual(read('The ministry said the number of martyrs in the attack has risen to 45.'), ['45 killed']);
  });
});

describe('figures: a breakdown of a whole', () => {
  test('"of the 98 people wounded, some 16 were children" counts the wounded', () => {
    assert.deepEqual(read('Of the 98 people wounded who were taken to hospitals, some 16 were children, 46 women and 36 men.'), [
      '98 injured', '16 injured', '46 injured', '36 injured',
    ]);
  });
  test('a figure after an unrelated "of the" stays other', () => {
    assert.deepEqual(read('Of the 12 villages, 4 had schools.'), ['12 other', '4 other']);
  });
});

describe('figures: ground, sorties and people sent', () => {
  test('an aside that places the ground ("located in an area of 400 square kilometers") is passed over', () => {
    assert.deepEqual(read('A total of 36 settlements, located in an area of 400 square kilometers, have been liberated.'), ['36 control', '400 control']);
  });
  test('"combat flights" are sorties; "drove them from 90 percent" is ground taken', () => {
    assert.deepEqual(read('The planes conducted 991 combat flights destroying 2,300 facilities.'), ['991 strikes', '2300 destroyed']);
    assert.deepEqual(read('The offensive drove them from more than 90 percent of the east.'), ['90 control']);
  });
  test('staff sent to watch an evacuation are not evacuees', () => {
    assert.deepEqual(read('The agency will send an additional 20 staff to monitor the evacuation.'), ['20 other']);
  });
});

describe('figures: counts in brackets', () => {
  test('"rose to (31) people, while (103) others were injured" reads both counts', () => {
    assert.deepEqual(read('The death toll from the shelling rose to (31) people, while (103) others were injured.'), ['31 killed', '103 injured']);
  });
  test('a numbered item "(2) the army withdraws" is no figure', () => {
    assert.deepEqual(read('The plan has parts: (2) the army withdraws from the town.'), []);
  });
});
