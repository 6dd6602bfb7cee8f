import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractFigures } from '../../src/extract/figures/index.ts';
import { contextOf, type TextSetting } from '../helpers/context.ts';

const ctx: TextSetting = { reference: '2016-12-11', registries: { sources: [], claimants: [], places: [], notPlaces: [] } };

/** The figures read from a text, as their text; these tests want none. */
function figuresIn(text: string): string[] {
  return extractFigures(contextOf(text, ctx)).map((f) => `${f.text} (${f.category})`);
}

const NOT_FIGURES: readonly [string, string][] = [
  ['a year', 'Russia has carried out a bombing campaign in Syria since September 2015.'],
  ['a year after a preposition', 'The civil war began in 2011 with protests.'],
  ['the end of a span of years, written short or whole', 'It was the worst since the civil war (1975-90), and worse than in 2003-2004.'],
  ['a year that opens a punctuation-stripped sentence', '2016 Terrorists executed militants who tried to leave.'],
  ['a day of the month after its month', 'Daesh retook the city on Dec. 10, but lost it again.'],
  ['a day of the month before its month', 'The attack took place on 27 May.'],
  ['a full date', 'Soldiers advance in a previous operation on March 2, 2017.'],
  ['a dateline with a weekday', 'Sun 16 Apr 2017 Death toll rises.'],
  ['a numeric date', 'Posted 16-02-2015 in Aleppo news.'],
  ['a dotted date', '28.04.2017 Get news.'],
  ['a day range of a month', 'Between 21 and 26 of September the hospitals were shelled.'],
  ['the last day of a month\'s run after "and"', 'The raids between March 17 and 23 were the heaviest.'],
  ["the last day of a month's run after a dash", 'The raids of May 3-9 were the heaviest.'],
  ['a clock time', 'Published 11 December 2016 - 15:39.'],
  ['a clock time with am', 'The raids hit Hass around 1130 am.'],
  ['a clock time glued to AM', 'Thu Mar 2, 2017 8:52AM'],
  ['a clock time with p.m.', 'The jets struck the market at around 1 p.m. on Tuesday.'],
  ['a clock time with minutes and p.m.', 'As of 2.30 p.m. rescuers were still digging.'],
  ['a clock time with a spaced a m', 'The gunmen arrived around 11 a m on Saturday.'],
  ['noon by the clock', 'The town fell at 12 noon on Friday, the colonel said.'],
  ['midnight by the clock', 'The curfew starts at 12 midnight.'],
  ['the weight of a bomb, and its weight in pounds', 'The 230 kilogram (500 pound) bomb fell on the house.'],
  ['tonnes of aid', 'The convoy carried 40 tonnes of flour to the town.'],
  ["the numbers of a law's articles", 'A criminal case was opened under articles 100.1, 100.2 and 116.0.1 of the criminal code.'],
  ['a section of a report', 'The findings are set out in section 4 of the report.'],
  ['how many times another figure', 'It gives a casualty rate nearly 10 times higher than the army gave.'],
  ['an age after a name its kin word brings in', 'On the wall hang pictures of each child: Ahmed, his little brother Ali, 9, and their sister.'],
  ['an age whose hyphen was lost before "year-old"', 'Only one woman in the ward, Jane Roe, a 31 year-old teacher, was sitting up.'],
  ['a checkpoint named by number', 'The monitors saw smoke above checkpoint number 14 near the town.'],
  ['the lower end of a distance', 'I turned and walked maybe 100 or 150 metres when the bus was hit.'],
  ['times of day written with a stop', 'At 13.02 and 13.21 the monitors heard rocket salvos from the east.'],
  ['a day and a year of the Hijri calendar', 'Thursday, April 25, 2030 | Shawwal 15, 1451 H'],
  ['the age after a name with its particle', 'Omar al-Rashed, 30, a carpenter, was among the dead.'],
  ['the age of a child after a hedge', 'Among the dead was a child no more than 13.'],
  ['the age of children under it', 'Children under 15 were kept indoors.'],
  ['the people of a town, past a hedge', 'Northtown, a town of about 10,000 residents, was raided.'],
  ['the people a city housed', 'The city, which housed 217,000 before the war, was hit.'],
  ['one who speaks, named in apposition', '"The gunmen came on motorbikes," one fleeing resident, Jane Roe, said.'],
  ['one who witnessed and counted', 'One fleeing witness to the attack had counted the bodies.'],
  ['an age', 'Daesh first seized the 2,000-year-old city in May 2015.'],
  ['an age written out', 'The boy, aged 12, was wounded in the face.'],
  ['"one" the pronoun, before a modal verb', 'Beside the bodies of those killed, one can see abandoned shovels.'],
  ['the ages of a list', 'Two children, ages 3 and 9, were among the dead.'],
  ['the ages of a longer list', 'The victims were aged 5, 7 and 11.'],
  ['the ages of a list written out', 'He found the bodies of his children, aged six and two, in the rubble.'],
  ['the ends of an age range', 'Men aged between 18 and 25 were taken away.'],
  ['the ends of a range of "the ages of"', 'Most of those killed were girls between the ages of 11 and 15.'],
  ['a share of one body', 'A woman with burns over 98% of her body is in critical condition.'],
  ['a duration in months', 'Terrorists held Palmyra for some 10 months.'],
  ['a duration in days', 'Russian Reconciliation Center evacuated people in past 2 days.'],
  ['the ends of a duration', 'The jets came in two rounds within 30 to 60 minutes of each other.'],
  ['a hyphenated duration', 'It ended the 10-month grip over the city.'],
  ['a distance between places', 'Palmyra lies around 225 kilometers from Raqqah.'],
  ['a distance with a direction', 'Heneyda is around 25 kilometres west of the city of Raqqa.'],
  ['a distance glued to its unit', 'The village lies 30km north east of Aleppo city.'],
  ['a story id', 'News ID: 425676'],
  ['a page counter', '847/940'],
  ['a share-widget counter', 'Get short URL 0 67 At least'],
  ['a number in a web address', 'Watch: https://social.example/janeroe/status/1719489426965811219?s=20 posted on Tuesday.'],
  ['a number in an address without its scheme', 'Read the report at example.org/reports/2031/killed-40 online.'],
  ['the population of a city described before its noun', 'The blast hit the seaside city of over 2 million people on Saturday.'],
  ['the day of a byline glued to its month', 'by The Northland Herald news deskJanuary 14, 2031 10:56 pm'],
  ['a slideshow counter before its caption', '2 of 7 | Soldiers walk past a burned tank near the border on Tuesday.'],
  ['a slideshow counter after "Photo"', 'Photo 3 of 12: rescuers search the ruins of the school.'],
  ['an ordinal', 'It was the 3rd attack this week.'],
  ['a decade', 'It has been fighting for an autonomous region since the 1980s.'],
  ['a model name', 'A Su-24 bomber and an S-400 system were deployed.'],
  ['a long model name glued to its number', 'A Strela-10 system fired during the drills.'],
  ["a maker's aircraft by number", 'A Sukhoi 22 warplane flew over the town at dawn.'],
  ['the day of the month after a weekday', 'A strike on the market on Tuesday (22) caused panic.'],
  ['a number in a handle', 'Reporter Jane Roe (@JaneRoe88) wrote from the city.'],
  ['a resolution number', 'The council passed Resolution 2254 last year.'],
  ['a unit number', 'The assault on Division 17 began at dawn.'],
  ['a number word that refers back', 'The two sides met in Geneva.'],
  ['a number word in a partitive', 'One of the fighters said the town was calm.'],
  ['a number word with nothing counted', 'They met one another at the border.'],
  ['a number word that counts nothing that happened', 'Those villages are situated west of two towns.'],
  ['a share "out of"', 'The agency says three out of four Northlanders need aid.'],
  ['a share "in"', 'Officials said two in three homes were damaged.'],
  ['a share out of ten, in digits', 'Nine out of 10 clinics have closed.'],
  ['the number of those who speak', 'The toll could rise, one official said, and two witnesses told AFP the blast was loud.'],
  ['the ends of an age range "from ... to"', 'Those killed ranged in age from 20 to 62.'],
  ['an age "under the age of"', 'The school took in pupils under the age of 10.'],
  ["a village's population told with its subject", 'The population of the village was about 330.'],
  ['a population "just over"', 'The village is very small, with population just over 300 people.'],
  ['people who lived in a place', 'Between 250 and 300 people lived in the village before the attack.'],
  ['an age set off after a name', 'Omar Haddad, 23, and his sister Lina Haddad, 15, lost their home.'],
  ['how many a place is home to', 'The enclave is home to 2.3 million people.'],
  ['the people of "a city of two million"', 'Eastmoor, a city of two million, was shelled again.'],
  ['a population "of"', 'Fighting left the town, with a population of 40,000, without power.'],
  ['a place\'s people "living in" it', 'The siege cut off the 2.3 million people living in the enclave.'],
  ['counts denied as they are told', 'There are not 200 or 500 dead, an official said.'],
  ['a number a label names, after its colon', 'To help: Account: 26001234 at the city bank. Income code: 50110000.'],
  ["a list's item numbers opening their lines", 'What is known:\n\n  1. In the city, the market burned.\n\n  2) The bridge was closed.'],
  ['the age of a person named once, before what they said', "'Nothing is left,' Horvath, 58, said."],
  [
    'the age closing a sentence after a name',
    "'Nothing is left,' said resident Jan Horvath, 60. The army named the freed men Ivan Roe, 26, and Petro Doe, 41.",
  ],
];

for (const [what, text] of NOT_FIGURES) {
  test(`reads no figure from ${what}: "${text}"`, () => {
    assert.deepEqual(figuresIn(text), []);
  });
}

test('reads a count set off after a place\'s name, not an age: "In Northern Province, 12, including children, were killed"', () => {
  assert.deepEqual(figuresIn('In Northern Province, 12, including children, were killed.'), ['12 (killed)']);
});

test('reads the count a denial gives instead, and a small group "living in" a place: "not 20 but 30", "12 people living in a school"', () => {
  assert.deepEqual(figuresIn('Not 20 but 30 soldiers were killed.'), ['30 (killed)']);
  assert.deepEqual(figuresIn('The strike killed 12 people living in a school.'), ['12 (killed)']);
});

test('reads a count after "ages" that starts no list of ages: "people of all ages and 12 soldiers"', () => {
  assert.deepEqual(figuresIn('The strike killed people of all ages and 12 soldiers.'), ['12 (killed)']);
});

test('reads counts that look like shares: "40 in two days", "12 out of 40 villages"', () => {
  assert.deepEqual(
    figuresIn('Strikes killed 40 people in two days.').map((f) => f.split(' ')[0]),
    ['40'],
  );
  assert.deepEqual(
    figuresIn('Shelling destroyed 12 out of 40 villages.').map((f) => f.split(' ')[0]),
    ['12', '40'],
  );
});

test('reads a count of people killed before "said" in punctuation-stripped text: "killed two police officers said the ministry"', () => {
  assert.deepEqual(
    figuresIn('The attack killed two police officers said the ministry.').map((f) => f.split(' ')[0]),
    ['two'],
  );
});

test('still reads "one" as a count where it counts: "one soldier was killed"', () => {
  assert.deepEqual(
    figuresIn('One could hear shelling all night, and one soldier was killed.').map((f) => f.split(' ')[0]),
    ['one'],
  );
});

test('reads no year of a date as a count, though a verb follows it: "on March 17, 2017 killed 12"', () => {
  assert.deepEqual(
    figuresIn('The strike on March 17, 2017 killed 12 people.').map((f) => f.split(' ')[0]),
    ['12'],
  );
  assert.deepEqual(
    figuresIn('The strike on 17 March, 2017 killed 12 people.').map((f) => f.split(' ')[0]),
    ['12'],
  );
});

test('reads no count in who puts a toll: "One official put the casualties at more than 137"', () => {
  assert.deepEqual(
    figuresIn('One official put the total casualties at more than 137.').map((f) => f.split(' ').slice(0, 3).join(' ')),
    ['more than 137'],
  );
});
