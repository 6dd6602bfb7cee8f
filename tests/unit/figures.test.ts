import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractFigures } from '../../src/extract/figures/index.ts';
import type { Figure } from '../../src/model/types.ts';
import { contextOf, type TextSetting } from '../helpers/context.ts';

const ctx: TextSetting = { reference: '2016-12-11', registries: { sources: [], claimants: [], places: [], notPlaces: [] } };

function figures(text: string): Figure[] {
  return extractFigures(contextOf(text, ctx));
}
/** "value qualifier category" for each figure, in order. */
function read(text: string): string[] {
  return figures(text).map((f) => `${f.value ?? f.vague} ${f.qualifier} ${f.category}`);
}

describe('figures: values and qualifiers', () => {
  test('a qualifier before "another" or "a further" qualifies the count after it: "at least another 525"', () => {
    assert.deepEqual(read('The shelling left at least another 525 wounded.'), ['525 at-least injured']);
    assert.deepEqual(read('More than a further 40 died in hospital.'), ['40 more-than killed']);
  });
  test('reads "more than 300" as 300, more-than', () => {
    assert.deepEqual(read('The strikes killed more than 300 Daesh elements.'), ['300 more-than killed']);
  });
  test('reads thousands grouped by dots ("265.000", "1.250.000"), and "1.500" as a decimal', () => {
    assert.deepEqual(read('Some 265.000 civilians were evacuated from the west.'), ['265000 about displaced']);
    assert.deepEqual(read('About 1.250.000 people were displaced.'), ['1250000 about displaced']);
    assert.deepEqual(
      read('Officials said 1.500 tents arrived.').map((f) => f.split(' ')[0]),
      ['1.5'],
    );
  });
  test('reads thousands grouped by spaces ("4 000", "1 250 000"), but not a day and a count after a month', () => {
    assert.deepEqual(read('Attacks left nearly 4 000 people dead last year.'), ['4000 up-to killed']);
    assert.deepEqual(read('Some 1 250 000 people were displaced.'), ['1250000 about displaced']);
    assert.deepEqual(read('On March 3 200 people fled the town.'), ['200 exact displaced']);
  });
  test('reads digits with thousands separators ("1,324", "78,000")', () => {
    assert.deepEqual(read('About 1,324 militants have laid down their weapons.'), ['1324 about surrendered']);
    assert.deepEqual(read('More than 78,000 civilians have been evacuated from the east.'), ['78000 more-than displaced']);
  });
  test('reads plain digits without separators as in punctuation-stripped text ("280000")', () => {
    assert.deepEqual(read('The conflict has killed more than 280000 people.'), ['280000 more-than killed']);
  });
  test('reads a number word ("Ninety-three", "thirty one", "a dozen")', () => {
    assert.deepEqual(read('Ninety-three people were killed.'), ['93 exact killed']);
    assert.deepEqual(read('Thirty one Islamic State fighters were killed.'), ['31 exact killed']);
    assert.deepEqual(read('A dozen soldiers were wounded.'), ['12 exact injured']);
  });
  test('reads half a dozen as six, however it is written', () => {
    assert.deepEqual(read('Half a dozen soldiers were wounded.'), ['6 exact injured']);
    assert.deepEqual(read('A half-dozen soldiers were wounded.'), ['6 exact injured']);
    assert.deepEqual(read('Rescuers saw a half dozen bodies in the rubble.'), ['6 exact killed']);
  });
  test('reads scaled numbers ("1.5 million", "a quarter of a million")', () => {
    assert.deepEqual(read('More than 1.5 million people have fled.'), ['1500000 more-than displaced']);
    assert.deepEqual(read('More than a quarter of a million people have been killed.'), ['250000 more-than killed']);
    assert.deepEqual(read('Half a billion people fled their homes.'), ['500000000 exact displaced']);
  });
  test('keeps vague amounts with their word and no value ("scores of", "dozens")', () => {
    const [f] = figures('A Russian aerial onslaught killed scores of Daesh fighters.');
    assert.equal(f?.value, null);
    assert.equal(f?.vague, 'scores');
    assert.equal(f?.text, 'scores of');
    assert.equal(f?.category, 'killed');
    assert.deepEqual(read('Dozens of people were wounded.'), ['Dozens exact injured']);
    assert.deepEqual(read('Billions of people fled their homes.'), ['Billions exact displaced']);
  });
  test('maps qualifiers: over, at least, some, nearly, up to, fewer than, or more', () => {
    assert.deepEqual(read('Over 300 militants were killed in the offensive.'), ['300 more-than killed']);
    assert.deepEqual(read('At least 112 people were killed.'), ['112 at-least killed']);
    assert.deepEqual(read('Some 10,000 people had escaped.'), ['10000 about displaced']);
    assert.deepEqual(read('A chemical attack killed nearly 90 people.'), ['90 up-to killed']);
    assert.deepEqual(read('Up to 300 people fled the town.'), ['300 up-to displaced']);
    assert.deepEqual(read('Fewer than 20 fighters surrendered.'), ['20 fewer-than surrendered']);
    assert.deepEqual(read('The raids killed 50 or more people.'), ['50 at-least killed']);
  });
  test('reads a verb of going beyond as "more than": "the toll topped 20", "surged past 30,000"', () => {
    assert.deepEqual(read('The toll topped 20 dead and 40 wounded.'), ['20 more-than killed', '40 exact injured']);
    assert.deepEqual(read('The death toll surged past 30,000.'), ['30000 more-than killed']);
  });
  test('gives the span of the figure with its qualifier in the body', () => {
    const body = 'Intro.\n\nThe strikes killed more than 300 Daesh elements.';
    const [f] = figures(body);
    assert.equal(f?.text, 'more than 300');
    assert.equal(body.slice(f?.span[0], f?.span[1]), 'more than 300');
  });
});

describe('figures: categories from the words around them', () => {
  test('tells killed and destroyed apart in one sentence ("killed more than 300 ... and destroyed 11 tanks and 31 cars")', () => {
    assert.deepEqual(read('The strikes killed more than 300 Daesh elements and destroyed 11 tanks and 31 cars equipped with heavy machine guns.'), [
      '300 more-than killed',
      '11 exact destroyed',
      '31 exact destroyed',
    ]);
  });
  test('reads "11 tanks and infantry fighting vehicles" as one figure, destroyed by a verb at the end', () => {
    const found = figures('The ministry added that 11 tanks and infantry fighting vehicles, and 31 cars equipped with heavy machine guns have been destroyed.');
    assert.deepEqual(
      found.map((f) => [f.value, f.category, f.what]),
      [
        [11, 'destroyed', 'tanks and infantry fighting vehicles'],
        [31, 'destroyed', 'cars equipped with heavy machine guns'],
      ],
    );
  });
  test('reads air raids, airstrikes and sorties as strikes', () => {
    assert.deepEqual(read('The ministry said it had carried out 64 anti-terror air raids around Palmyra.'), ['64 exact strikes']);
    assert.deepEqual(read('Russian aircraft carried out 64 airstrikes on militant gatherings.'), ['64 exact strikes']);
    assert.deepEqual(read('Warplanes launched at least 60 air raids on the town.'), ['60 at-least strikes']);
  });
  test('reads "killed or injured" and "dead or injured" as casualties', () => {
    assert.deepEqual(read('Syrian soldiers either killed or injured more than 1,000 members of the Daesh terrorist group.'), ['1000 more-than casualties']);
    assert.deepEqual(read('Over 1,000 killed, injured during Palmyra liberation op'), ['1000 more-than casualties']);
  });
  test('keeps killed and injured apart when each has its own figure', () => {
    assert.deepEqual(read('A bomb blast killed six people and injured 32 in the district.'), ['6 exact killed', '32 exact injured']);
    assert.deepEqual(read('At least 11 people were killed and 25 others injured.'), ['11 at-least killed', '25 exact injured']);
  });
  test('reads people who escaped, fled or were evacuated as displaced', () => {
    assert.deepEqual(read('The Observatory estimated that more than 10,000 people had escaped since midnight.'), ['10000 more-than displaced']);
  });
  test('reads fighters who laid down their weapons as surrendered', () => {
    assert.deepEqual(read('About 1,324 militants have laid down their weapons and crossed into areas of the city to surrender.'), ['1324 about surrendered']);
  });
  test('reads a share of a city held as control ("in control of 93 percent of the strategic city")', () => {
    const [f] = figures('Russia said the Damascus forces are now in control of 93 percent of the strategic city.');
    assert.deepEqual([f?.value, f?.category, f?.what], [93, 'control', 'percent of the strategic city']);
    assert.deepEqual(read('The Syrian government now controls 93 percent of Aleppo.'), ['93 exact control']);
  });
  test('reads villages liberated as control, and ground cleared by deminers as other', () => {
    assert.deepEqual(read('They liberated three more villages from the terrorists.'), ['3 exact control']);
    assert.deepEqual(read('Specialists have demined a total area of 24 hectares, including 162 residential blocks and 11 kilometers of roads.'), [
      '24 exact other',
      '162 exact other',
      '11 exact other',
    ]);
  });
  test('carries a verb through a list with a long item ("destroyed 19 tanks, ..., and more than 100 automobiles")', () => {
    assert.deepEqual(
      read(
        'The Syrian forces also destroyed 19 tanks, 37 armored vehicles, 98 pickup trucks with heavy weapons mounted on them, and more than 100 automobiles.',
      ),
      ['19 exact destroyed', '37 exact destroyed', '98 exact destroyed', '100 more-than destroyed'],
    );
  });
  test('gives a part the category of its whole ("112 civilians including 33 children have been killed")', () => {
    assert.deepEqual(read('At least 112 civilians including 33 children have been killed in Aleppo.'), ['112 at-least killed', '33 exact killed']);
  });
  test('reads a death toll that rose to a figure as killed', () => {
    assert.deepEqual(read('The death toll in the bomb attack rose to 112.'), ['112 exact killed']);
    assert.deepEqual(read('The monitoring group put the death toll at 58.'), ['58 exact killed']);
  });
  test('reads people lost by an army as killed, but ground lost as control', () => {
    assert.deepEqual(read('Russia has so far lost at least 12 soldiers in the war.'), ['12 at-least killed']);
  });
  test('keeps a verb that is not a category from lending a far one ("freed 150 civilians")', () => {
    assert.deepEqual(read('The strike killed 12 people and the opposition freed 150 civilians.'), ['12 exact killed', '150 exact other']);
  });
  test('reads money as other', () => {
    assert.deepEqual(read('The deal is worth around $1 billion.'), ['1000000000 about other']);
  });
});

describe('figures: a sentence a page repeats', () => {
  test('is one statement: a caption printed twice gives its figures once', () => {
    const caption = 'Rescuers search the rubble after a strike that killed 14 people in Eastmoor on Monday.';
    assert.deepEqual(read(`${caption}\n\n${caption}\n\nOfficials said 3 more died in hospital.`), ['14 exact killed', '3 exact killed']);
  });
  test('but a short sentence said twice may be two tolls', () => {
    assert.deepEqual(read('Shells hit Eastmoor.\n\n2 soldiers died.\n\nShells hit Westfield.\n\n2 soldiers died.'), ['2 exact killed', '2 exact killed']);
  });
});
