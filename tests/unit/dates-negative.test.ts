import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractDates } from '../../src/extract/dates/index.ts';
import { contextOf } from '../helpers/context.ts';

const registries = { sources: [], claimants: [], places: [], notPlaces: [] };
const REFERENCE = '2016-12-11';

/** The mention texts found in a text; these tests want none. */
function mentionsIn(text: string): string[] {
  return extractDates(contextOf(text, { reference: REFERENCE, registries })).map((d) => d.text);
}

const NOT_DATES: readonly [string, string][] = [
  ['a clock time alone', 'The blast struck at around 7:15 pm (1615 GMT).'],
  ['a page clock time', 'Updated at 15:39'],
  ['an age', 'Daesh first seized the 2,000-year-old city, also known as Tadmur.'],
  ['a duration in months', 'Terrorists held Palmyra for some 10 months, causing extensive damage.'],
  ["a picture's date in its caption", 'Troops train near the border in this handout picture released January 26, 2015.'],
  ['a caption closed by its place and date', 'A man walks past burnt cars in Eastmoor North, Northland, May 1, 2013.'],
  ["a file photo's date", 'A convoy crosses the bridge, March 3, 2014. AGENCY/Name/File Photo'],
  ["a picture's date with its credit in square brackets", 'Civilians leave the scene of a blast in Eastmoor, Northland, Oct 14, 2015 [Photo: AGENCY]'],
  [
    "a picture's date after its place without a comma, with its credit in brackets",
    'Civilians leave the scene of a blast in Eastmoor Oct 14, 2015 [Photo: AGENCY]',
  ],
  ["a screen grab's date with its credit in brackets", 'Ruins of a prison hit by an air strike in Eastmoor, Northland, January 21, 2015 (Screen grab/Channel)'],
  [
    "a picture's date with an agency and a name in brackets",
    'The spokesman gives a press conference in Port Arlen, Northland, November 5, 2014 (AGENCY /Jan ROE)',
  ],
  ['a count', 'It had carried out 64 anti-terror air raids around Palmyra.'],
  ['a four-digit count', 'The attack killed 2015 people, officials said.'],
  ['a count of over two thousand', 'More than 2,016 families fled the town.'],
  ['a story id', 'News ID: 425676'],
  ['a view counter', '847/940'],
  ['a fraction', 'About 1/2 of the city is held by rebels.'],
  ['a UN resolution number', 'The council passed Resolution 2254 unanimously.'],
  ['a lower-case march', 'Thousands joined a march through the city.'],
  ['the modal verb may', 'The toll may rise further, medics said.'],
  ['a newspaper named Sun', 'The Sun newspaper reported the claim.'],
  ['ordinal units', 'The 4th Brigade and the 1st Division moved north.'],
  ['a measure', 'Specialists demined 24 hectares (2.6 square feet) and 11 kilometers of roads.'],
  ['a distance', 'Palmyra lies around 225 kilometers from Raqqah.'],
  ['a weekday inside a word', 'The Fridayz cafe and Mondayne street were hit.'],
  ['killed in a day, without a date', 'Fifty people were killed in 24 hours of fighting.'],
  ['a body named for a day', 'Fighters of the March 23 Movement and of the 6 April Youth Movement marched.'],
];

for (const [what, text] of NOT_DATES) {
  test(`finds no date in ${what}: "${text}"`, () => {
    assert.deepEqual(mentionsIn(text), []);
  });
}

test('finds no date in a sentence that names a possessive weekday only as part of a word', () => {
  assert.deepEqual(mentionsIn('Sundays are quiet in the old city.'), []);
});

// ---------------------------------------------------------------- dates that must not be read as the past days they look like

/** Each mention as "text: start..end", read against a reference day. */
function readAgainst(text: string, reference: string): string[] {
  return extractDates(contextOf(text, { reference, registries })).map((d) => `${d.text}: ${d.range.start}..${d.range.end}`);
}

test('"Thursday\'s meeting next week" is the Thursday of next week, not the one just past', () => {
  // Sunday 11 December 2016: next week runs 12-18 December.
  assert.ok(readAgainst("Thursday's meeting next week will discuss the truce.", REFERENCE).includes('Thursday: 2016-12-15..2016-12-15'));
  // Wednesday 14 December 2016: next week's Thursday is the 22nd, not tomorrow.
  assert.ok(readAgainst("Thursday's meeting next week will discuss the truce.", '2016-12-14').includes('Thursday: 2016-12-22..2016-12-22'));
  assert.ok(readAgainst('The envoys met on Monday last week.', '2016-12-14').some((m) => m.endsWith(': 2016-12-05..2016-12-05')));
});

test('"in March" in a past-tense December article is the March before, never the next one', () => {
  assert.deepEqual(readAgainst('The army retook the town in March.', REFERENCE), ['March: 2016-03-01..2016-03-31']);
});

test('"the 2013 attack" is that year, and no day of the week before publication', () => {
  assert.deepEqual(readAgainst('Survivors of the 2013 attack gathered in the square.', REFERENCE), []);
});

test('"last Thursday" beside "on Thursday" is the Thursday before; alone it is the latest one', () => {
  // Friday 10 August 2018.
  assert.deepEqual(readAgainst('The bus was hit on Thursday. Last Thursday a market was shelled.', '2018-08-10'), [
    'Thursday: 2018-08-09..2018-08-09',
    'Last Thursday: 2018-08-02..2018-08-02',
  ]);
  assert.deepEqual(readAgainst('Last Thursday a market was shelled.', '2018-08-10'), ['Last Thursday: 2018-08-09..2018-08-09']);
});

test('still finds a day before a capitalised word that names no body: "on March 23 Northland troops"', () => {
  assert.deepEqual(mentionsIn('On March 23 Northland troops crossed the river.'), ['March 23']);
});

test('still finds a month alone before a body\'s name: "Since March Northland Front has recruited"', () => {
  assert.deepEqual(mentionsIn('Since March Northland Front has recruited 300 fighters.'), ['March']);
});
