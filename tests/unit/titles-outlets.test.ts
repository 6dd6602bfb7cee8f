import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { outletFromAddress, outletFromPage } from '../../src/ingest/byline.ts';
import { isFurniture } from '../../src/ingest/furniture.ts';
import { pickHeadline } from '../../src/ingest/headline.ts';
import { ingestArticle } from '../../src/ingest/index.ts';
import type { Registries, SourceEntry } from '../../src/model/types.ts';

const SOURCES: SourceEntry[] = [{ id: 'wire-one', name: 'Wire One', aliases: ['W1', 'wireone.example'], patterns: [] }];
const REGISTRIES: Registries = {
  sources: SOURCES,
  claimants: [{ id: 'hill-monitor', name: 'Hill Valley Monitor for Peace', aliases: [] }],
  places: [],
  notPlaces: [],
};
const LEDE = 'Shelling hit the river port of Eastmoor on Monday, killing at least 12 people and wounding 40 others, officials said.';
const ingest = (text: string) => ingestArticle({ file: 'content/articles/t.txt', bytes: Buffer.from(text) }, REGISTRIES);

describe("titles: never a time stamp, a bar of links or the stored copy's date", () => {
  test('the stored copy\'s "date YYYY-MM-DD" stamp is not part of the headline', () => {
    assert.equal(ingest(` date 2030-05-02 Twelve killed as shelling hits Eastmoor port\n\n${LEDE}\n`).title, 'Twelve killed as shelling hits Eastmoor port');
  });
  test('"Skip to main content" after the stamp is furniture, and the real headline is found', () => {
    assert.equal(
      ingest(` date 2030-05-02 Skip to main content\n\nTwelve killed as shelling hits Eastmoor port\n\n${LEDE}\n`).title,
      'Twelve killed as shelling hits Eastmoor port',
    );
  });
  test('a skip link and a call for members are furniture: "Press "Enter" to skip to content", "Help us reach 10,000 members"', () => {
    assert.equal(
      ingest(`Press "Enter" to skip to content\n\nTwelve killed as shelling hits Eastmoor port\n\n${LEDE}\n`).title,
      'Twelve killed as shelling hits Eastmoor port',
    );
    assert.equal(
      ingest(` date 2030-05-02 Help us reach 10,000 membersSupport our reporting\nTwelve killed as shelling hits Eastmoor port\n\n${LEDE}\n`).title,
      'Twelve killed as shelling hits Eastmoor port',
    );
    assert.equal(isFurniture('Become a member'), true);
    assert.equal(isFurniture('Support independent journalism'), true);
    assert.equal(isFurniture('The charity asked donors to support our work in the camps, its director said at length in the statement.'), false);
  });
  test('a title read from the first sentence goes on past an abbreviation\'s full stop: "the Oct. 7 raid", "a U.S. drone"', () => {
    const lede = 'A commander who planned the Oct. 9 raid on Eastmoor was killed by a U.S. drone, the army said on Oct. 30. Two aides died with him.';
    assert.equal(ingest(`${lede}\n`).title, 'A commander who planned the Oct. 9 raid on Eastmoor was killed by a U.S. drone, the army said on Oct. 30.');
  });
  test('skip links run together, and a note that the story is old, are no headline', () => {
    assert.equal(
      ingest(`Skip to main contentSkip to navigation\n\nTwelve killed as shelling hits Eastmoor port\n\nThis article is more than 3 years old\n\n${LEDE}\n`)
        .title,
      'Twelve killed as shelling hits Eastmoor port',
    );
    assert.equal(isFurniture('This story is more than two years old'), true);
    assert.equal(isFurniture('Skip to content | Skip to footer'), true);
  });
  test("a blog feed's footer naming where the post ran first is furniture, and its figure no claim", () => {
    assert.equal(isFurniture('The post Toll in Eastmoor shelling rises to 30 appeared first on Northland Daily.'), true);
    const text = `Twelve killed as shelling hits Eastmoor port\n\n${LEDE}\n\nThe post Toll in Eastmoor shelling rises to 30 appeared first on Northland Daily.\n`;
    assert.doesNotMatch(ingest(text).body, /appeared first/);
    assert.equal(isFurniture('The post office in the square was hit first on Monday, and 12 people were killed in the queue outside it.'), false);
  });
  test("a stock picture's label and a note on where the story also ran are no headline", () => {
    assert.equal(
      ingest(`Image for representation\n\nTwelve killed as shelling hits Eastmoor port\n\n${LEDE}\n`).title,
      'Twelve killed as shelling hits Eastmoor port',
    );
    assert.equal(isFurniture('A version of this story appeared in the Morning Brief newsletter from the Northland Times.'), true);
  });
  test("the stored copy's stamp of a month alone is not part of the first line either", () => {
    assert.equal(
      ingest(` date 2030-05 Shelling hit the river port of Eastmoor on Monday, killing at least 12 people.\n`).title,
      'Shelling hit the river port of Eastmoor on Monday, killing at least 12 people.',
    );
  });
  test('a sidebar of stories stamped "1h ago" is furniture', () => {
    assert.equal(isFurniture('1h agoMinister resigns after a long inquiry into spending'), true);
    assert.equal(isFurniture('47 mins ago - World'), true);
    assert.equal(isFurniture('12 hours ago, the army said the road was open.'), false);
  });
  test('a newsletter and account bar is furniture', () => {
    assert.equal(isFurniture('Newsletter Signup Register / Login'), true);
    assert.equal(isFurniture('Register to vote before the deadline, the commission urged.'), false);
  });
  test('a clock time or a labelled date line is never the headline', () => {
    assert.equal(pickHeadline(['09:41 GMT +201 June 2031', 'Publish Date: 3 June 2031 - 10:15', 'Floods cut the road to the northern valley']), 2);
  });
  test('a byline with its day, in capitals, is not the headline', () => {
    assert.equal(pickHeadline(['JANE ROE – THURSDAY, 25 AUGUST, 2031, 09:53', 'Floods cut the road to the northern valley']), 1);
    assert.equal(pickHeadline(['JANE ROE – THURSDAY, 25 AUGUST, 2031, 09:53', 'Source: the regional governor, on Telegram']), -1);
  });
  test("a page address's words in lower case above the headline are not it", () => {
    assert.equal(pickHeadline(['floods cut the road to the northern valley', 'Floods cut the road to the “northern” valley']), 1);
  });
  test('a headline that ends with a colon is kept; a short label is not', () => {
    assert.equal(pickHeadline(['Related:', 'Convoy reaches besieged town after talks:']), 1);
  });
  test('passes over a dateline alone on its line', () => {
    assert.equal(pickHeadline(['EASTMOOR, Northland, Oct. 15', 'Floods cut the road to the northern valley']), 1);
    assert.equal(pickHeadline(['EASTMOOR, April 8']), -1);
  });
  test('the headline above the byline wins over a repeated subhead below it', () => {
    assert.equal(
      pickHeadline(['Talks could end the siege by Friday', 'Jane Roe, Wire One', 'Officials: the siege will end soon', 'Officials: the siege will end soon']),
      0,
    );
  });
  test('a caption printed above the headline does not hide it', () => {
    const a = ingest(
      `09:41 GMT +201 June 2031\nSmoke rises over the old port, as seen from the hills above Eastmoor on June 1, 2031.\nArmy retakes the old port of Eastmoor\n${LEDE}\n`,
    );
    assert.equal(a.title, 'Army retakes the old port of Eastmoor');
  });
  test("a page that only prints its masthead has the lede's line as title, not the outlet's name", () => {
    const a = ingest(
      `The Hill Valley Monitor for Peace\n\nAfter three days of fighting… rebels hold the whole of Eastmoor, its port and the old town, the army withdraws to the hills\n\n${LEDE}\n`,
    );
    assert.equal(a.title, 'After three days of fighting… rebels hold the whole of Eastmoor, its port and the old town, the army withdraws to the hills');
    assert.equal(a.source?.name, 'Hill Valley Monitor for Peace');
  });
});

describe('hard-wrapped paragraphs', () => {
  test('a paragraph wrapped at any word is joined again until its sentence ends', () => {
    const a = ingest(
      `Twelve killed as shelling hits Eastmoor port\n\nA total of 2,400 people were moved\n\nfrom the northern towns on Monday, Deputy Prime\n\nMinister Jane Roe said online.\n\nThe army said the port was shelled again.\n`,
    );
    assert.equal(
      a.body,
      'A total of 2,400 people were moved from the northern towns on Monday, Deputy Prime Minister Jane Roe said online.\n\nThe army said the port was shelled again.',
    );
  });
});

describe('outlets from the page: bylines, datelines, mastheads, the address; never guessed', () => {
  const page = (text: string) => outletFromPage(SOURCES, [], text)?.name ?? null;
  test('an agency between slashes after a dateline, registered or not', () => {
    assert.equal(page('NORTHPORT, 09.12.2031. /Coast Wire/. About 500 people left the town.'), 'Coast Wire');
  });
  test('an agency tag in capitals after a dateline', () => {
    assert.equal(page('NORTHPORT, Aug. 9 (CWA) – The ministry condemned the attack.'), 'CWA');
  });
  test('a byline line that is, or opens with, a registered outlet', () => {
    assert.equal(page('Army retakes port\nWire One\nMay 2, 2031'), 'Wire One');
    assert.equal(page('Army retakes port\nW1, EASTMOOR, Freedonia\nThe army said.'), 'Wire One');
    assert.equal(page('Army retakes port\nWire One | Updated: 02-05-2031 11:23'), 'Wire One');
    assert.equal(page('Army retakes port\nBy W1 - May 05,2031 - Last updated at May 05,2031'), 'Wire One');
    assert.equal(page('Army retakes port\nBy JANE ROE\nThe army said.'), null);
  });
  test("a masthead ending as outlets' names do", () => {
    assert.equal(page('NORTHERN Valley Press Agency\n\nMinistry condemns the attack'), 'NORTHERN Valley Press Agency');
  });
  test('a photo credit is not a byline', () => {
    assert.equal(page('Army retakes port\nJane Roe/W1/Photo Service)\nThe army said on Monday that it had taken the port.'), null);
  });
  test('an unregistered name in a sentence is not an outlet', () => {
    assert.equal(page('Army retakes port\nThe army said (in a statement) that the port was taken.'), null);
  });
  test('the address gives the registered outlet, else its host', () => {
    assert.equal(outletFromAddress(SOURCES, 'https://www.wireone.example/a/1')?.name, 'Wire One');
    assert.equal(outletFromAddress(SOURCES, 'https://news.example.org/story?id=2')?.name, 'news.example.org');
    assert.equal(outletFromAddress(SOURCES, 'not an address'), null);
  });
});

describe('titles: never the masthead glued to its motto, nor a byline', () => {
  test('"The Eastmoor HeraldTruth in every line" on the page of eastmoorherald.example is the masthead; the headline is below', () => {
    const page = `---\nurl: https://www.eastmoorherald.example/world/2030/05/02/story\n---\nThe Eastmoor HeraldTruth in every line\n\nTwelve killed as shelling hits Eastmoor port\n\n${LEDE}\n`;
    assert.equal(ingest(page).title, 'Twelve killed as shelling hits Eastmoor port');
  });
  test("a line that only starts with the outlet's name, not glued to what follows, may be the headline", () => {
    const page = `---\nurl: https://www.eastmoorherald.example/world/2030/05/02/story\n---\nEastmoor Herald reporter wounded in port shelling\n\n${LEDE}\n`;
    assert.equal(ingest(page).title, 'Eastmoor Herald reporter wounded in port shelling');
  });
  test('"By Wire One with agencies" above the lede is the byline: the lede gives the title', () => {
    assert.notEqual(ingest(` date 2030-05-02 By Wire One with agencies\n\n${LEDE}\n`).title, 'By Wire One with agencies');
  });
});

describe("titles: never the page's date bar or its widgets", () => {
  test("a date bar, a weather widget and the masthead's staff above the headline are no headline, and start no story", () => {
    const page = [
      'Thursday, April 25, 2030 | Shawwal 15, 1451 H',
      'clear sky',
      'weather',
      'EASTLAND',
      '27°C / 27°C',
      'EDITOR IN CHIEF- JAN ROE',
      '',
      'Twelve killed as shelling hits Eastmoor port',
      '',
      LEDE,
    ].join('\n');
    const article = ingest(page);
    assert.equal(article.title, 'Twelve killed as shelling hits Eastmoor port');
    assert.ok(!article.body.includes('EDITOR IN CHIEF'), article.body.slice(0, 200));
    assert.ok(!article.body.includes('clear sky'), article.body.slice(0, 200));
    assert.equal(isFurniture('27°C / 27°C'), true);
    assert.equal(isFurniture('Editor-in-Chief: Jan Roe'), true);
    assert.equal(isFurniture('4 + 4 ='), true, "a comment form's sum");
  });
});
