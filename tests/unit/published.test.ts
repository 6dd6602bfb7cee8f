import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findStatedPublication } from '../../src/ingest/published.ts';

/** The stated date of a page given as its lines. */
const stated = (...lines: string[]): string | null => findStatedPublication(lines)?.date ?? null;

// ---------------------------------------------------------------- layouts that state the date

test('reads a date line with a clock time: "11 December 2016 - 15:39"', () => {
  assert.deepEqual(findStatedPublication(['Service :', '11 December 2016 - 15:39', 'News ID: 425676']), {
    date: '2016-12-11',
    evidence: '11 December 2016 - 15:39',
  });
});

test('reads "Updated 11 December 2016" under a photo caption that holds another date', () => {
  const caption = 'Forces loyal to Assad walk through Palmyra after seizing it on March 27, 2016. Daesh retook the city on Dec. 10.';
  assert.equal(stated('Russian onslaught forces Daesh out of Palmyra', caption, 'Updated 11 December 2016', 'Follow'), '2016-12-11');
});

test('reads "11 Dec, 2016 07:31" below page icons', () => {
  assert.equal(stated('icon bookmark icon camera icon check', '11 Dec, 2016 07:31', '', 'Syrian Army thwarts attack'), '2016-12-11');
});

test('reads a date written with hyphens: "02-Feb-2025"', () => {
  assert.equal(stated('40 killed in shelling on a market', '', '02-Feb-2025', '', 'Shelling of a market killed 40 people on Saturday.'), '2025-02-02');
});

test('reads "Thu Mar 2, 2017 8:52AM" a few lines down', () => {
  assert.equal(stated('The Largest Network - JOIN NOW', 'Iran Press TV', 'Daesh pulls back', 'Iran Press TV', '', 'Thu Mar 2, 2017 8:52AM'), '2017-03-02');
});

test('reads "Posted on April 2 2017 by" a byline', () => {
  assert.equal(stated('Headline', '', 'Posted on April 2 2017 by Nazeer Rida At least 12 fighters were killed.'), '2017-04-02');
});

test('reads "Date of publication 7 July 2016" and "Published October 1 2014"', () => {
  assert.equal(stated('Headline', 'Date of publication 7 July 2016 Video More than 33 people were killed.'), '2016-07-07');
  assert.equal(stated('Headline', 'Published October 1 2014 They were among 39 people who died.'), '2014-10-01');
});

test('reads a first body line that opens with the date: "Sun 16 Apr 2017 Death toll from ..."', () => {
  assert.equal(stated('Death toll from Aleppo bomb attack', '', 'Sun 16 Apr 2017 Death toll from Aleppo bomb attack at least 112.'), '2017-04-16');
  assert.equal(stated('Headline', '23 February 2015 The Sawaiq al-Rahman Brigade has announced ...'), '2015-02-23');
  assert.equal(stated('Headline', 'Wed 05 Apr 2017'), '2017-04-05');
});

test('reads a date after a repeated headline and the agency: "... Monitor AFP Monday 17 Mar 2014 Six people ..."', () => {
  assert.equal(stated('Car bomb kills six', 'Car bomb kills six in Syrias Homs NGO AFP Monday 17 Mar 2014 Six people were killed.'), '2014-03-17');
});

test('reads the glued "Last updated at Jan 202015" as 20 January 2015', () => {
  assert.equal(stated('Headline', 'Last updated at Jan 202015 Beirut Syrian government air strikes on Tuesday killed 39.'), '2015-01-20');
});

test('reads numeric dates day first: "21.08.2013Get short URL", "13-08-2013 33 Militants ..."', () => {
  assert.equal(stated('Headline', '21.08.2013Get short URL 0 0 0 Syrian regime forces fired.'), '2013-08-21');
  assert.equal(stated('Headline', '13-08-2013 33 Militants Claimed in Syria.'), '2013-08-13');
});

test('reads "Posted on 2023/01/14", and "1/14/2023" month first since no month is 14', () => {
  assert.equal(stated('Posted on 2023/01/14'), '2023-01-14');
  assert.equal(stated('1/14/2023'), '2023-01-14');
  assert.equal(stated('02/03/2023'), '2023-03-02', 'day first where either could be the month');
  assert.equal(stated('14/14/2023'), null);
});

test('reads "Last Update: Wednesday 16 November 2016" at the foot of the page', () => {
  const body = Array.from({ length: 20 }, (_, i) => `Paragraph ${i} of the story.`);
  assert.equal(stated('Headline', ...body, 'Last Update: Wednesday 16 November 2016 KSA 20:36 - GMT 17:36'), '2016-11-16');
});

test('prefers a "Published" date to an earlier "updated" one', () => {
  assert.equal(stated('Headline', 'Updated 12 March 2017', 'Published 11 March 2017'), '2017-03-11');
});

test('reads a labelled date even below the head of the page', () => {
  const body = Array.from({ length: 20 }, (_, i) => `Paragraph ${i} of the story.`);
  assert.equal(stated('Headline', ...body, 'Published: 3 May 2016'), '2016-05-03');
});

test('reads every kind of label below the head of the page, on the line of the date or the line above it', () => {
  const body = Array.from({ length: 20 }, (_, i) => `Paragraph ${i} of the story.`);
  for (const label of ['Posted on', 'POSTED:', 'PUBLISHED', 'Date of publication', 'Publication date:', 'First published']) {
    assert.equal(stated('Headline', ...body, `${label} 3 May 2016`), '2016-05-03', label);
    assert.equal(stated('Headline', ...body, label, '3 May 2016'), '2016-05-03', `${label} above`);
  }
  for (const label of ['Updated', 'UPDATED', 'Last updated', 'LAST UPDATED', 'Modified']) {
    assert.equal(findStatedPublication(['Headline', ...body, `${label} 3 May 2016`])?.updated, true, label);
  }
});

// ---------------------------------------------------------------- negative cases

test('gives no date for a dateline without a year: "MOSCOW, March 3. /TASS/."', () => {
  assert.equal(stated('Headline', 'MOSCOW, March 3. /TASS/. The Syrian army retook Palmyra.'), null);
});

test('gives no date for a date inside a sentence of the story', () => {
  assert.equal(stated('Headline', 'Syrian soldiers advance in a previous operation on March 2, 2017. (Photo by AFP)'), null);
  assert.equal(stated('Headline', 'The city was seized by the army in 11 December 2016 fighting.'), null);
});

test('gives no date for a lower-case "posted on" inside a story sentence', () => {
  const body = Array.from({ length: 20 }, (_, i) => `Paragraph ${i} of the story.`);
  assert.equal(stated('Headline', ...body, 'The video, which was posted on 3 July 2016 by the group, shows the killing.'), null);
});

test('gives no date for a photo caption date followed by its credit', () => {
  assert.equal(stated('Headline', 'A man walks past rubble in Aleppo, Syria March 2, 2017. REUTERS/Abdalrhman Ismail'), null);
});

test('gives no date for a caption in the present tense of pictures: "staff are seen after the blast in Eastmoor Oct. 3, 2031"', () => {
  assert.equal(
    stated('Charity leaves bombed hospital', 'Injured staff are seen after an explosion near their hospital in Eastmoor Oct. 3, 2031. Relief Aid'),
    null,
  );
});

test('gives no date for a caption\'s "Photo: 8 July 2031", nor for "This photo taken ... on Saturday, Feb. 24, 2031, shows"', () => {
  assert.equal(stated('Strike hits hospital', 'Volunteers clear the rubble at the hospital. Photo: 8 July 2031Agency'), null);
  assert.equal(
    stated('Strike hits hospital', 'This photo taken from video released by the governor on Saturday, Feb. 24, 2031, shows damaged buildings.'),
    null,
  );
});

test('reads the dateline\'s date, not a weather widget\'s day credited to its site: "02-Jan-2031  Eastport weather.net"', () => {
  assert.equal(
    stated('02-Jan-2031  Eastport weather.net', 'Headline of the story', 'Kabul, 25 December 2030: Strikes killed at least 15 people.'),
    '2030-12-25',
  );
});

test('gives no date for a photo caption date followed by its credit in square brackets', () => {
  assert.equal(
    stated('Headline', 'By Staff Reporter', 'Civilians leave the scene of a blast in Eastmoor Oct 14, 2015 [Photo: AGENCY]', 'The story begins here.'),
    null,
  );
});

test('gives no date for a caption whose credit is far from its date', () => {
  const caption = 'Soldiers load a truck near the border in this handout picture released May 4, 2019. Press office of the army/Handout via AGENCY/File Photo';
  assert.equal(stated('Headline', caption, 'The story begins here.'), null);
  assert.equal(stated('Headline', 'A convoy on the road in this picture taken March 3, 2020, near the front.', 'Story.'), null);
});

test('reads a date line that runs on into a caption', () => {
  assert.equal(stated(' date 2021-06-02 Rescuers search the rubble in this file photo taken May 4, 2019.', 'Story.'), '2021-06-02');
});

test('still reads a date line that names a photo nowhere', () => {
  assert.equal(stated('Headline', 'Photos and video', 'March 5, 2020 10:15'), '2020-03-05');
  assert.equal(stated('Headline', 'In this file photo the square is empty.', 'Posted on March 5, 2020'), '2020-03-05');
});

test('gives no date for a date far into a long first line', () => {
  const story = `${'The army advanced on several fronts amid heavy shelling. '.repeat(8)}The town fell 3 May 2016 at dawn.`;
  assert.equal(stated('Headline', story), null);
});

test('gives no date for an unlabelled date below the head of the page', () => {
  const body = Array.from({ length: 20 }, (_, i) => `Paragraph ${i} of the story.`);
  assert.equal(stated('Headline', ...body, '3 May 2016'), null);
});

test('gives no date for impossible days and for years alone', () => {
  assert.equal(stated('Headline', '31-02-2016 Killed in Homs.'), null);
  assert.equal(stated('Headline', 'Copyright 2016'), null);
  assert.equal(stated('Headline', 'News ID: 425676', '847/940'), null);
});

// ---------------------------------------------------------------- more page layouts

test('reads a clock time between the label and the date: "Posted at 5:16 PM, Mar 26, 2017"', () => {
  assert.equal(stated('Headline', 'Posted at 5:16 PM, Mar 26, 2017'), '2017-03-26');
  assert.equal(stated('Headline', 'Published: Apr 08, 2022 09:46 PM'), '2022-04-08');
});

test('reads a date after a clock time, a date with "minutes ago" and a byline with a date', () => {
  assert.equal(stated('Headline', '17:13 08.04.2022'), '2022-04-08');
  assert.equal(stated('Headline', 'By Ann Writer', 'Apr 08, 2022  •  21 minutes ago'), '2022-04-08');
  assert.equal(stated('Headline', 'By Ann Writer | March 26, 2017'), '2017-03-26');
  assert.equal(stated(' date 2022-04-15 Skip to main content', 'Headline'), '2022-04-15');
});

test('marks a date that is only an update date: "Updated 07 April 2017", "Last updated: 10:02 GMT, 9 Aug 2018"', () => {
  assert.deepEqual(findStatedPublication(['Headline', 'Updated 07 April 2017']), { date: '2017-04-07', evidence: 'Updated 07 April 2017', updated: true });
  assert.equal(findStatedPublication(['Headline', 'Last updated: 10:02 GMT, 9 Aug 2018'])?.updated, true);
});

test('a page that states when it was published is not marked as updated, whatever else it says', () => {
  const found = findStatedPublication(['Headline', 'Published 6 April 2017', 'Updated 07 April 2017']);
  assert.deepEqual(found, { date: '2017-04-06', evidence: 'Published 6 April 2017' });
});

test('a clock time inside a story sentence makes no label: "the video was posted at 5 pm on March 26, 2017"', () => {
  const body = Array.from({ length: 14 }, (_, i) => `Paragraph ${i} of the story.`);
  assert.equal(stated('Headline', ...body, 'The video was posted at 5:16 pm on March 26, 2017 by a resident.'), null);
});

test('reads a label on a line of its own as the label of the date below it', () => {
  assert.deepEqual(findStatedPublication(['Headline', 'First published', 'March 3, 2019', 'Last updated', 'May 2, 2021']), {
    date: '2019-03-03',
    evidence: 'March 3, 2019',
  });
  assert.equal(findStatedPublication(['Headline', 'Last updated:', '2 May 2021'])?.updated, true);
  assert.equal(stated('Headline', 'Published', 'Last updated', 'A caption of the scene in the city.'), null);
});

test("takes the date under the headline over the site's date of the day alone above it", () => {
  assert.equal(stated('Friday, April 26, 2024', 'Shelling hits the market in Northtown', 'May 22, 2018', 'Shelling hit the market on Tuesday.'), '2018-05-22');
  // A first date line that is the earlier day, or not alone on its line, stays the page's date.
  assert.equal(stated('May 22, 2018', 'Shelling hits the market in Northtown', 'April 26, 2024', 'Shelling hit the market.'), '2018-05-22');
  assert.equal(stated('Northtown Daily, April 26, 2024', 'Shelling hits the market', 'May 22, 2018'), '2024-04-26');
  // The site's date of the day after a bullet: "• Sat. Dec 10th, 2022".
  assert.equal(stated('• Sat. Dec 10th, 2022', 'Shelling hits the market in Northtown', 'Jan 21, 2021', 'Shelling hit the market.'), '2021-01-21');
});
