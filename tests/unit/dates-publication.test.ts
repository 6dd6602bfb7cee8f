import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractDates } from '../../src/extract/dates/index.ts';
import { datelineOf, inferPublication, knownPublication, yearlessDays } from '../../src/extract/publication.ts';
import type { StatedDate } from '../../src/model/types.ts';
import { splitSentences } from '../../src/extract/sentences.ts';
import { contextOf } from '../helpers/context.ts';

const registries = { sources: [], claimants: [], places: [], notPlaces: [] };

/** Infers as the pipeline does: dates read with no reference, then reasoned over. */
function infer(text: string): string | null {
  const context = contextOf(text, { reference: null, registries });
  return inferPublication(context.sentences, extractDates(context))?.date ?? null;
}

/** The publication date as the pipeline knows it for a page that states none whole (or only an update date). */
function known(text: string, update: StatedDate | null = null): { date: string; inferred: boolean } | null {
  const context = contextOf(text, { reference: null, registries });
  const dates = extractDates(context);
  const found = knownPublication(context.sentences, dates, update, (reference) => extractDates(context, reference));
  return found ? { date: found.date, inferred: found.inferred } : null;
}

test('dates an article with a caption of Thu 2 Mar 2017, a toll "on Friday" and reports "on Saturday" to Sat 4 Mar', () => {
  const text = [
    'Rudskoy released the toll on Friday.',
    'A day earlier, the Syrian army had said it had recaptured the city.',
    'Syrian soldiers advance in a previous operation on March 2, 2017. (Photo by AFP)',
    'Daesh first seized the city in May 2015. The army purged it in March 2016 but lost it late that year.',
    'Reports on Saturday said the army was engaged in mop-up operations.',
  ].join('\n\n');
  assert.equal(infer(text), '2017-03-04');
});

test('dates an article to the latest weekday named after its latest written day', () => {
  const text = 'The siege began on 14 July 2016, a Thursday. Shelling went on on Saturday. On Sunday the monitor gave a toll.';
  assert.equal(infer(text), '2016-07-17');
});

test('dates an article that names no weekday to its latest written day', () => {
  assert.equal(infer('The town fell on 5 June 2014. It had been besieged since 2012.'), '2014-06-05');
});

test('takes a weekday the day before the written day as before it, not six days after', () => {
  // 2 March 2017 is a Thursday; "Wednesday" is the day before, so publication stays on the Thursday.
  assert.equal(infer('The army pushed in late on Wednesday. By March 2, 2017 it held the citadel.'), '2017-03-02');
});

test('ignores weekdays that point forward ("will meet on Monday", "next Tuesday")', () => {
  assert.equal(infer('The town fell on 5 June 2014, a Thursday. Envoys will meet on Monday and again next Tuesday.'), '2014-06-05');
});

test('infers nothing when a later month or year shows the written day is old background', () => {
  assert.equal(infer('The chemical attack of August 21, 2013 was recalled in March 2017 by the monitor.'), null);
});

test('infers nothing from a text without a written day', () => {
  assert.equal(infer('Air strikes killed ten people on Saturday, a monitor said.'), null);
  assert.equal(infer('The war began in 2011.'), null);
});

test('reads a dateline without a year as stated, taking the year from the text: "MOSCOW, March 3. /TASS/."', () => {
  const text = 'MOSCOW, March 3. /TASS/. The army retook the citadel on March 2, 2017, the ministry said.';
  assert.deepEqual(known(text), { date: '2017-03-03', inferred: false });
});

test('reads a dateline below a headline and a standfirst, its year from a lone year in the text', () => {
  const text =
    'Ten hurt in shelling of a depot\n\nThe depot burned for hours\n\nKYIV, May 4. /XYZ/. Shelling hit the depot on Tuesday, the first such blow in 2021.';
  assert.deepEqual(known(text), { date: '2021-05-04', inferred: false });
});

test('reads a line that is only the page\'s day and hour as its dateline: "15 July, 09:27 AM"', () => {
  const line = datelineOf(splitSentences('Strike kills 23 in the city\n\n15 July, 09:27 AM\n\nThe missiles struck the centre on July 14.'));
  assert.deepEqual(line && { month: line.month, day: line.day, year: line.year }, { month: 7, day: 15, year: null });
  assert.equal(datelineOf(splitSentences('Strike kills 23\n\nOn July 14 missiles struck the centre.')), null);
});

test('leaves a dateline with no year anywhere in the text to the link stage', () => {
  assert.equal(known('OSLO, June 2 (XYZ) - Talks opened on Monday.'), null);
});

test('an update date is the publication day when the text tells of that day as its own', () => {
  const update = { date: '2018-09-02', evidence: 'Updated 02 September 2018', updated: true as const };
  assert.deepEqual(known('The panel said on Sunday that the strike was a mistake.', update), { date: '2018-09-02', inferred: false });
});

test('an update date with news of an earlier day is only an upper bound: the date is marked as reasoned out', () => {
  const update = { date: '2018-09-02', evidence: 'Updated 02 September 2018', updated: true as const };
  const found = known('The panel said on Saturday that the strike was a mistake.', update);
  assert.deepEqual(found, { date: '2018-09-02', inferred: true });
});

test('a day where a still running period began is no anchor: "the capital since October 11, 2014"', () => {
  assert.equal(infer('The town has been the regional capital since October 11, 2014. Buses left this morning.'), null);
});

test('a day written without its year where a count began is no anchor either: "Since April 28, at least 600 have been killed"', () => {
  const read = yearlessDays(splitSentences('Since April 28, at least 600 people have been killed. Today a strike hit the market on May 3.'));
  assert.deepEqual(
    read.days.map((d) => d.text),
    ['May 3'],
  );
});

test('counts days on from where a period began: "after four days of clashes since 8 December 2016"', () => {
  assert.equal(infer('After four days of clashes since the 8th of December 2016, the group held the town.'), '2016-12-11');
  assert.equal(infer('Clashes have gone on since the 8th of December 2016.'), null);
});

test('says what it reasoned from', () => {
  const context = contextOf('The siege began on 14 July 2016. On Sunday the monitor gave a toll.', { reference: null, registries });
  const inferred = inferPublication(context.sentences, extractDates(context));
  assert.match(inferred?.evidence ?? '', /14 July 2016.*Sunday/);
});

test('reads a dateline with the day first: "KYIV, 4 May (XYZ)"', () => {
  const text = 'KYIV, 4 May (XYZ) - Shelling hit a depot on Tuesday, the first such blow in 2021.';
  assert.deepEqual(known(text), { date: '2021-05-04', inferred: false });
});

test('a dateline that writes its year states the day whole, whatever other years the text names', () => {
  assert.deepEqual(known('BEIRUT, Dec 10, 2016 (XYZ) - The siege that began in 2013 went on.'), { date: '2016-12-10', inferred: false });
  assert.equal(datelineOf(splitSentences('KYIV, 4 May 2021 (XYZ) - Shelling hit a depot.'))?.year, 2021);
});

test('reads no dateline from a sentence that opens with a place in ordinary case', () => {
  assert.equal(datelineOf(splitSentences('Paris, 8 April was the day the talks began, the envoy recalled.')), null);
});

test('dates no article by an old photo caption when a siege it tells of began later', () => {
  const text = [
    'Shells hit a mosque in the city on Wednesday, killing 13.',
    'Smoke rises over the capital during clashes, May 1, 2023. (AFP)',
    'The city has been under siege since May 2024.',
  ].join('\n\n');
  assert.equal(infer(text), null);
  assert.equal(infer(text.replace('since May 2024', 'since April 2023')), '2023-05-03');
});

test('takes no weekday a "since" reaches back to as the last day named: a period has run from it to the writing', () => {
  // 8 April 2017 was a Saturday: the Tuesday of the attack is the 4th, before it, not the 11th after it.
  const text = [
    'A caption dated April 8, 2017.',
    'One woman was killed in an air strike on Saturday on the town, a monitor said.',
    'The death was the first in the town since an attack on Tuesday that killed 87 people.',
    'The town has been hit several times since the Tuesday attack.',
  ].join('\n\n');
  assert.equal(infer(text), '2017-04-08');
});

test('still moves on to a weekday named without a "since" after the latest written day', () => {
  const text = ['A caption dated April 8, 2017.', 'An attack on Tuesday killed 87 people, a monitor said.'].join('\n\n');
  assert.equal(infer(text), '2017-04-11');
});

test('takes no publication day from the day the war began', () => {
  const text =
    'A strike on a school in the north on Thursday killed at least 15 people, medics said. Militants triggered the war when they stormed the border on 7 May 2021, killing hundreds.';
  assert.equal(infer(text), null);
  // The same date told as the news is still read.
  assert.equal(infer('Militants stormed the border on 7 May 2021, killing hundreds. On Saturday the army struck back.'), '2021-05-08');
  // An offensive that began is news, not the war's start.
  assert.equal(infer('The offensive began on 3 May 2021 near the river. Fighting went on on Wednesday.'), '2021-05-05');
});

test('dates an article by a day it gives with its weekday, in the first year after the years it looks back on', () => {
  // 25 August fell on a Sunday in 2019 and 2024: the report looks back on 2021, so it is 2024.
  const text = 'On Sunday, August 25, a video of the trench circulated. In June 2021, 160 people were killed in a town to the north.';
  assert.equal(infer(text), '2024-08-25');
  assert.equal(infer('Shelling resumed on Friday 3 March. The town fell to the rebels in 2015.'), '2017-03-03');
  // A wire's bracketed day: "late on Tuesday (July 2)".
  assert.equal(infer('A strike hit the camp late on Tuesday (July 2). The camp had been hit once before, in May 2019.'), '2019-07-02');
});

test('dates no article by a weekday and a day with no year stated, nor by one that fits no year soon after', () => {
  assert.equal(infer('On Sunday, August 25, a video of the trench circulated.'), null);
  // 25 August was a Tuesday in 2015, the year stated; it was next a Wednesday in 2021, six years after 2015.
  assert.equal(infer('On Tuesday, August 25, shelling resumed. The town fell to the rebels in 2015.'), '2015-08-25');
  assert.equal(infer('On Wednesday, August 25, shelling resumed. The town fell to the rebels in 2015.'), null);
  // A period still running bounds nothing: 5 September was a Friday in 2014 and 2025 alike.
  assert.equal(infer('The attack came on Friday, September 5. The group has waged an insurgency since 2009.'), null);
});

test('a day set ahead bounds no publication: "as the August 31 deadline looms", "must leave by June 2"', () => {
  const read = yearlessDays(
    splitSentences('The blasts came as the August 31 deadline for the withdrawal looms. Aid groups must leave by June 2. Shelling hit the port on May 3.'),
  );
  assert.deepEqual(
    read.days.map((d) => d.text),
    ['May 3'],
  );
});
