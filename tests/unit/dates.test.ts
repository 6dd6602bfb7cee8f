import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DateMention } from '../../src/model/types.ts';
import { extractDates } from '../../src/extract/dates/index.ts';
import { contextOf } from '../helpers/context.ts';

const registries = { sources: [], claimants: [], places: [], notPlaces: [] };

/** The date mentions of a text, read against a fixed reference day. */
function datesIn(text: string, reference: string | null): DateMention[] {
  return extractDates(contextOf(text, { reference, registries }));
}

/** "text: start..end precision" for each mention, the easiest form to compare. */
function read(text: string, reference: string | null): string[] {
  return datesIn(text, reference).map((d) => `${d.text}: ${d.range.start}..${d.range.end} ${d.range.precision}`);
}

const SUN_11_DEC_2016 = '2016-12-11';
const SAT_4_MAR_2017 = '2017-03-04';
const THU_2_MAR_2017 = '2017-03-02';

// ---------------------------------------------------------------- relative to the publication date

test('reads "last night" in an article of 11 Dec 2016 as 10-11 Dec', () => {
  assert.deepEqual(read('Intense Russian raids since last night forced IS out of Palmyra.', SUN_11_DEC_2016), ['last night: 2016-12-10..2016-12-11 days']);
});

test('reads "overnight" and "over the past night" as the night before publication', () => {
  assert.deepEqual(read('Warplanes carried out more than 60 strikes overnight on Palmyra.', SUN_11_DEC_2016), ['overnight: 2016-12-10..2016-12-11 days']);
  assert.deepEqual(read('"Over the past night, troops repulsed all attacks," it said.', SUN_11_DEC_2016), ['Over the past night: 2016-12-10..2016-12-11 days']);
});

test('reads a bare weekday back: "On Thursday" in a Sunday article is three days before', () => {
  assert.deepEqual(read('On Thursday, Daesh began an offensive.', SUN_11_DEC_2016), ['Thursday: 2016-12-08..2016-12-08 day']);
});

test('reads the weekday of publication itself as the publication day', () => {
  assert.deepEqual(read('The Observatory said on Sunday that fighting went on.', SUN_11_DEC_2016), ['Sunday: 2016-12-11..2016-12-11 day']);
});

test('reads "late on Wednesday" in a Thursday article as the day before', () => {
  assert.deepEqual(read('Syrian forces pushed into the city late on Wednesday.', THU_2_MAR_2017), ['Wednesday: 2017-03-01..2017-03-01 day']);
});

test('reads "last Friday" on a Friday as a week before', () => {
  assert.deepEqual(read('The convoy was hit last Friday.', '2016-12-09'), ['last Friday: 2016-12-02..2016-12-02 day']);
});

test('reads a weekday possessive that lost its apostrophe: "Saturdays blast" in a Sunday article', () => {
  assert.deepEqual(read('Rescuers carted away 100 bodies from the site of Saturdays blast.', SUN_11_DEC_2016), ['Saturdays: 2016-12-10..2016-12-10 day']);
});

test('points a weekday forward only when the text does: "will meet on Monday"', () => {
  assert.deepEqual(read('The two ministers will meet on Monday in Geneva.', SUN_11_DEC_2016), ['Monday: 2016-12-12..2016-12-12 day']);
  assert.deepEqual(read('Talks are due to resume on Monday.', SUN_11_DEC_2016), ['Monday: 2016-12-12..2016-12-12 day']);
});

test('points a date forward where it is a deadline or when what is scheduled happens, in the present tense', () => {
  // 11 Dec 2016 is a Sunday.
  assert.deepEqual(read('The mission officially ends its work Tuesday.', SUN_11_DEC_2016), ['Tuesday: 2016-12-13..2016-12-13 day']);
  assert.deepEqual(read('Officials warned of attacks before the December 31 deadline.', SUN_11_DEC_2016), ['December 31: 2016-12-31..2016-12-31 day']);
  assert.deepEqual(read('The truce ended on Tuesday.', SUN_11_DEC_2016), ['Tuesday: 2016-12-06..2016-12-06 day']);
  assert.deepEqual(read('Troops face a withdrawal set for Tuesday.', SUN_11_DEC_2016), ['Tuesday: 2016-12-13..2016-12-13 day']);
  assert.deepEqual(read('Talks resume Tuesday in Geneva.', SUN_11_DEC_2016), ['Tuesday: 2016-12-13..2016-12-13 day']);
});

test('does not take "due to a car bomb" as a future cue', () => {
  assert.deepEqual(read('Ten died due to a car bomb attack on Friday evening.', SUN_11_DEC_2016), ['Friday: 2016-12-09..2016-12-09 day']);
});

test('reads a month without a year as the latest one up to publication: "in March" in December', () => {
  assert.deepEqual(read('Terrorists held Palmyra before its liberation in March.', SUN_11_DEC_2016), ['March: 2016-03-01..2016-03-31 month']);
  assert.deepEqual(read('The city was retaken in March.', '2017-02-10'), ['March: 2016-03-01..2016-03-31 month']);
});

test('ends a month that runs over the publication date at that date', () => {
  assert.deepEqual(read('The siege tightened in December.', SUN_11_DEC_2016), ['December: 2016-12-01..2016-12-11 month']);
});

test('reads "Last August" in a March 2017 article as August 2016', () => {
  assert.deepEqual(read('Last August, Turkey began a major military intervention in Syria.', THU_2_MAR_2017), ['Last August: 2016-08-01..2016-08-31 month']);
});

test('reads "last August" in an August article as the August before', () => {
  assert.deepEqual(read('The town fell last August.', '2016-08-20'), ['last August: 2015-08-01..2015-08-31 month']);
});

test('reads days without a year: "on Dec. 10" and "October 18" in a December article', () => {
  assert.deepEqual(read('Daesh retook the city on Dec. 10, but lost it again.', SUN_11_DEC_2016), ['Dec. 10: 2016-12-10..2016-12-10 day']);
  assert.deepEqual(read('Russia says it stopped strikes on October 18.', SUN_11_DEC_2016), ['October 18: 2016-10-18..2016-10-18 day']);
});

test('puts a day later in the year than publication in the year before: "December 25" on 11 Dec', () => {
  assert.deepEqual(read('The truce collapsed on December 25.', SUN_11_DEC_2016), ['December 25: 2015-12-25..2015-12-25 day']);
});

test('keeps a day just after publication in its year: "MOSCOW, Dec. 12" on a page of 11 Dec', () => {
  assert.deepEqual(read('MOSCOW, Dec. 12. /EWS/. The truce held.', SUN_11_DEC_2016), ['Dec. 12: 2016-12-12..2016-12-12 day']);
  assert.deepEqual(read('The talks on December 14 ended.', SUN_11_DEC_2016), ['December 14: 2016-12-14..2016-12-14 day']);
  assert.deepEqual(read('The talks on December 15 ended.', SUN_11_DEC_2016), ['December 15: 2015-12-15..2015-12-15 day']);
});

test('marks a day without a year as relative with only day and month stated', () => {
  const [mention] = datesIn('Daesh retook the city on Dec. 10.', SUN_11_DEC_2016);
  assert.deepEqual(mention?.stated, ['day', 'month']);
  assert.equal(mention?.relative, true);
});

test('reads "between 10 and 11 December" as a two-day range', () => {
  assert.deepEqual(read('Clashes raged between 10 and 11 December near the city.', SUN_11_DEC_2016), [
    'between 10 and 11 December: 2016-12-10..2016-12-11 days',
  ]);
});

test('reads "10-11 December" and "March 3-5" as ranges', () => {
  assert.deepEqual(read('Strikes hit the city on 10-11 December.', SUN_11_DEC_2016), ['10-11 December: 2016-12-10..2016-12-11 days']);
  assert.deepEqual(read('Talks ran on March 3-5, 2016 in Geneva.', SUN_11_DEC_2016), ['March 3-5, 2016: 2016-03-03..2016-03-05 days']);
});

test('reads "late last year" as September to December of the year before, precision season', () => {
  assert.deepEqual(read('Aleppo fell back under government control late last year.', SAT_4_MAR_2017), ['late last year: 2016-09-01..2016-12-31 season']);
});

test('reads "since midnight" as the publication day', () => {
  assert.deepEqual(read('More than 10,000 people had escaped since midnight.', SUN_11_DEC_2016), ['since midnight: 2016-12-11..2016-12-11 day']);
});

test('reads "earlier this month", "last week", "last year" and "last month"', () => {
  assert.deepEqual(read('The offensive began earlier this month.', SUN_11_DEC_2016), ['earlier this month: 2016-12-01..2016-12-11 month']);
  // Sunday: the week before begun on a Monday (28 Nov-4 Dec) or on a Sunday (4-10 Dec), or the seven days before.
  assert.deepEqual(read('Daesh began an offensive last week near Palmyra.', SUN_11_DEC_2016), ['last week: 2016-11-28..2016-12-10 days']);
  assert.deepEqual(read('Manbij was liberated from Daesh last year.', THU_2_MAR_2017), ['last year: 2016-01-01..2016-12-31 year']);
  assert.deepEqual(read('Rebels shelled the district last month.', SUN_11_DEC_2016), ['last month: 2016-11-01..2016-11-30 month']);
});

test('reads "last week" as the week before, however the writer begins a week, up to the day before', () => {
  // Monday 12 Dec 2016: the week before is 5-11 Dec (Monday start) or 4-10 Dec (Sunday start).
  assert.deepEqual(read('The town was shelled last week.', '2016-12-12'), ['last week: 2016-12-04..2016-12-11 days']);
  // Saturday 26 Mar 2022: a strike on Wednesday 16 Mar was "last week's strike".
  const [mention] = datesIn("Officials said the toll of last week's strike had risen.", '2022-03-26');
  assert.ok(mention && mention.range.start <= '2022-03-16' && mention.range.end === '2022-03-25');
  // Not two weeks back, nor this week.
  assert.ok(mention && mention.range.start >= '2022-03-13');
});

test('reads "In May last year" as May of the year before, with the month stated', () => {
  const [mention] = datesIn('In May last year, the extremist group seized several towns.', SUN_11_DEC_2016);
  assert.equal(mention?.text, 'May last year');
  assert.deepEqual(mention?.range, { start: '2015-05-01', end: '2015-05-31', precision: 'month' });
  assert.deepEqual(mention?.stated, ['month']);
});

test('reads "the past 24 hours", "two days ago" and "in recent weeks"', () => {
  assert.deepEqual(read('At least 50 were killed in the past 24 hours.', SUN_11_DEC_2016), ['the past 24 hours: 2016-12-10..2016-12-11 days']);
  assert.deepEqual(read('The convoy was hit two days ago.', SUN_11_DEC_2016), ['two days ago: 2016-12-09..2016-12-09 day']);
  assert.deepEqual(read('Fighting intensified in recent weeks.', SUN_11_DEC_2016), ['in recent weeks: 2016-11-20..2016-12-11 days']);
});

test('reads "early March" as the first ten days of March', () => {
  assert.deepEqual(read('The army advanced in early March.', '2017-04-01'), ['early March: 2017-03-01..2017-03-10 days']);
});

// ---------------------------------------------------------------- written whole

test('reads "in March 2016" at month precision and "since September 2015" as its month', () => {
  assert.deepEqual(read('The army purged the city in March 2016.', null), ['March 2016: 2016-03-01..2016-03-31 month']);
  assert.deepEqual(read('Russia has bombed Syria since September 2015.', null), ['September 2015: 2015-09-01..2015-09-30 month']);
});

test('reads "in 2011" as the year, without the preposition in the mention', () => {
  const [mention] = datesIn('The militancy began in 2011.', SUN_11_DEC_2016);
  assert.equal(mention?.text, '2011');
  assert.deepEqual(mention?.range, { start: '2011-01-01', end: '2011-12-31', precision: 'year' });
  assert.equal(mention?.relative, false);
});

test('reads "from March to May 2016" as months, the year written at the end holding for the start', () => {
  assert.deepEqual(read('Government forces besieged the town from March to May 2016.', null), ['March to May 2016: 2016-03-01..2016-05-31 month']);
});

test('reads "late 2016" as a season and "between 2012 and 2014" as years', () => {
  assert.deepEqual(read('The town was lost in late 2016.', null), ['late 2016: 2016-09-01..2016-12-31 season']);
  assert.deepEqual(read('It was held by rebels between 2012 and 2014.', null), ['2012 and 2014: 2012-01-01..2014-12-31 year']);
});

test('reads a photo caption date "on March 2, 2017" as written, with day, month and year stated', () => {
  const [mention] = datesIn('Syrian soldiers advance in a previous operation on March 2, 2017. (Photo by AFP)', null);
  assert.equal(mention?.text, 'March 2, 2017');
  assert.deepEqual(mention?.range, { start: '2017-03-02', end: '2017-03-02', precision: 'day' });
  assert.deepEqual(mention?.stated, ['day', 'month', 'year']);
  assert.equal(mention?.relative, false);
});

test('reads numeric dates day first: "13-08-2013" and "07-08-2013"', () => {
  assert.deepEqual(read('13-08-2013 Militants killed in Homs.', null), ['13-08-2013: 2013-08-13..2013-08-13 day']);
  assert.deepEqual(read('07-08-2013 An army unit killed dozens.', null), ['07-08-2013: 2013-08-07..2013-08-07 day']);
});

test('reads "Thu Mar 2, 2017 8:52AM" as the day, ignoring the clock time', () => {
  assert.deepEqual(read('Thu Mar 2, 2017 8:52AM', null), ['Thu Mar 2, 2017: 2017-03-02..2017-03-02 day']);
});

// ---------------------------------------------------------------- relative to the previous mention

test('reads "A day earlier" as the day before the previous sentence\'s date', () => {
  const text = 'Rudskoy released the toll on Friday.\n\nA day earlier, the army had said it recaptured the city.';
  assert.deepEqual(read(text, SAT_4_MAR_2017), ['Friday: 2017-03-03..2017-03-03 day', 'A day earlier: 2017-03-02..2017-03-02 day']);
});

test('reads no date from days counted to a plan: "three days before ministers are to meet"', () => {
  const text = 'The strike hit the town on Friday.\n\nIt came three days before the foreign ministers are to hold a meeting on the war.';
  assert.deepEqual(read(text, SAT_4_MAR_2017), ['Friday: 2017-03-03..2017-03-03 day']);
  const done = 'The strike hit the town on Friday.\n\nThree days before, the army had warned residents to leave.';
  assert.deepEqual(read(done, SAT_4_MAR_2017), ['Friday: 2017-03-03..2017-03-03 day', 'Three days before: 2017-02-28..2017-02-28 day']);
});

test('reads "late that year" from the year mentioned before it', () => {
  const text = 'The army purged the city in March 2016 but lost it back to them late that year.';
  assert.deepEqual(read(text, null), ['March 2016: 2016-03-01..2016-03-31 month', 'late that year: 2016-09-01..2016-12-31 season']);
});

test('counts "later in the day" from the story\'s day, not from a date that names a past happening ("the February 20 massacre")', () => {
  const text = 'The strike killed one of the leaders of the February 20 massacre.\n\nOfficials said later in the day that 52 people were killed.';
  assert.deepEqual(read(text, SAT_4_MAR_2017), ['February 20: 2017-02-20..2017-02-20 day', 'later in the day: 2017-03-04..2017-03-04 day']);
});

test('reads "the next day" after a stated date even without a reference', () => {
  assert.deepEqual(read('Rebels attacked on 4 July 2015. The army struck back the next day.', null), [
    '4 July 2015: 2015-07-04..2015-07-04 day',
    'the next day: 2015-07-05..2015-07-05 day',
  ]);
});

test('reads "hours after" as the day of the mention before it', () => {
  const text = 'Raids since last night forced IS out of Palmyra hours after the terrorists re-entered the city.';
  assert.deepEqual(read(text, SUN_11_DEC_2016), ['last night: 2016-12-10..2016-12-11 days', 'hours after: 2016-12-10..2016-12-11 days']);
});

test('takes "two days after the ceasefire" right after a date as describing that date, not as a new one', () => {
  assert.deepEqual(read('Shelling resumed on Friday, two days after the ceasefire began.', SUN_11_DEC_2016), ['Friday: 2016-12-09..2016-12-09 day']);
  assert.deepEqual(read('Russia began strikes in September 2015 one year after the United States began its own.', null), [
    'September 2015: 2015-09-01..2015-09-30 month',
  ]);
});

test('drops a shift that would land after publication ("a day after the talks")', () => {
  assert.deepEqual(read('The raid came on Sunday, a day after the talks.', SUN_11_DEC_2016), ['Sunday: 2016-12-11..2016-12-11 day']);
});

// ---------------------------------------------------------------- without a reference

test('keeps only what the text states whole when there is no reference date', () => {
  assert.deepEqual(read('The toll was released on Friday, after raids last night and on Dec. 10.', null), []);
});

test('gives spans that point at the mention in the body', () => {
  const body = 'Headline\n\nThe strikes began on Thursday. More came last night.';
  for (const d of extractDates(contextOf(body, { reference: SUN_11_DEC_2016, registries }))) {
    assert.equal(body.slice(d.span[0], d.span[1]), d.text);
  }
});

test('keeps a dateline before an agency tag, and a caption that tells of the story', () => {
  assert.ok(read('MOSCOW, March 3. /TASS/. The army moved north.', '2017-03-03').some((m) => m.endsWith('2017-03-03..2017-03-03 day')));
  assert.ok(read('Rescuers at the hospital after a strike on August 2, 2018 Photo: AGENCY', '2018-08-03').some((m) => m.startsWith('August 2, 2018')));
});

test('keeps a date that ends a story sentence after "on", or after its weekday', () => {
  assert.ok(read('Fighting resumed in Eastmoor, Northland, on May 1, 2015.', '2015-05-02').some((m) => m.includes('2015-05-01')));
  assert.ok(read('Fighting resumed on Friday, May 1, 2015.', '2015-05-02').some((m) => m.includes('2015-05-01')));
});

test('reads the same dates when asked twice against one reference, whatever the first caller did with them', () => {
  const context = contextOf('Raids since last night. On 3 December the army said it had retaken the town on Sunday.', { reference: null, registries });
  const first = extractDates(context, '2016-12-11');
  const expected = first.map((d) => d.text);
  first.reverse();
  first.length = 1;
  assert.deepEqual(
    extractDates(context, '2016-12-11').map((d) => d.text),
    expected,
  );
  assert.notDeepEqual(
    extractDates(context, null).map((d) => d.text),
    expected,
  );
});
