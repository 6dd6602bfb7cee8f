import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { articleId, ingestArticle } from '../../src/ingest/index.ts';
import type { Registries } from '../../src/model/types.ts';

const NO_REGISTRIES: Registries = { sources: [], claimants: [], places: [], notPlaces: [] };
const STORY =
  'Government forces retake the town after four days\n\nSyrian government forces recaptured the town in Homs province on Sunday, the army said in a statement.\n\nAt least 12 fighters were killed in the clashes, a monitor said.\n';
const ingest = (text: string | Uint8Array, file = 'content/articles/a.txt', today?: string) =>
  ingestArticle({ file, bytes: typeof text === 'string' ? Buffer.from(text) : text }, NO_REGISTRIES, today ? { today } : {});
const codes = (text: string | Uint8Array, file?: string, today?: string): string[] => ingest(text, file, today).diagnostics.map((d) => d.code);

describe('ingesting hostile files: every file comes back as an article with its problems', () => {
  test('an empty file says it is empty', () => {
    const a = ingest('');
    assert.equal(a.body, '');
    assert.deepEqual(codes(''), ['empty']);
    assert.match(a.diagnostics[0]!.message, /is empty/);
  });

  test('a file of white space says it holds only white space', () => {
    assert.match(ingest(' \n\t\n  ').diagnostics[0]!.message, /only white space/);
  });

  test('a file of page furniture only says no text is left', () => {
    assert.deepEqual(codes('Share\nTweet\nFollow us\nSend comment\n'), ['no-text']);
  });

  test('a file with front matter and nothing under it says so', () => {
    assert.deepEqual(codes('---\ntitle: T\n---\n'), ['no-text']);
  });

  test('a file of headings without one sentence says no facts can be read', () => {
    assert.deepEqual(codes('Syria news\n\nPalmyra Aleppo Homs Idlib\n\nSyrian army advances near Palmyra\n'), ['no-sentences']);
  });

  test('an article in French says it is French and not read for facts', () => {
    const fr =
      "Les forces gouvernementales syriennes ont repris dimanche le contr\u00f4le de la ville, a annonc\u00e9 l'arm\u00e9e dans un communiqu\u00e9, apr\u00e8s trois jours de combats intenses dans la province de Homs. Au moins quarante combattants ont \u00e9t\u00e9 tu\u00e9s.";
    const a = ingest(fr);
    assert.equal(a.language, 'fra');
    assert.deepEqual(
      a.diagnostics.map((d) => d.code),
      ['other-language'],
    );
    assert.match(a.diagnostics[0]!.message, /reads as French, not English/);
  });

  test('a front matter date that names no real day is reported and not used', () => {
    const a = ingest(`---\npublished: 2016-02-30\n---\n${STORY}`);
    assert.equal(a.published, null);
    assert.deepEqual(
      a.diagnostics.map((d) => d.code),
      ['published-unreadable'],
    );
  });

  test('a stated date after the given today is reported and not used', () => {
    const a = ingest(`---\npublished: 2099-01-01\n---\n${STORY}`, 'content/articles/a.txt', '2020-01-01');
    assert.equal(a.published, null);
    assert.match(a.diagnostics[0]!.message, /2099-01-01 .* is after 2020-01-01/);
  });

  test('a file name with spaces, dots in a row or non-ASCII letters gets a safe id and a note', () => {
    assert.deepEqual(codes(STORY, 'content/articles/name with spaces.txt'), ['file-name']);
    assert.deepEqual(codes(STORY, 'content/articles/report..final.txt'), ['file-name']);
    assert.equal(ingest(STORY, 'content/articles/\u1e24alab \u2013 \u062a\u0642\u0631\u064a\u0631.txt').id, 'halab');
  });

  test('article ids hold only safe characters, whatever the file is called', () => {
    for (const name of ['../../etc/passwd.txt', '"><script>alert(1)</script>.txt', '\u062a\u0642\u0631\u064a\u0631.txt', 'a/../../b.md', 'CON.txt']) {
      assert.match(articleId(`content/articles/${name}`), /^[a-z0-9]+(?:-[a-z0-9]+)*$/, name);
    }
  });

  test('ids are read below the articles folder, wherever it is', () => {
    assert.equal(articleId('content/articles/2016/Palmyra retaken.txt'), '2016-palmyra-retaken');
    assert.equal(articleId('../shared/corpora/fakes-dev/articles/fakes-1.txt'), 'fakes-1');
  });
});

describe('ingesting ordinary files: no complaint', () => {
  test('a plain English story in a plain file name raises nothing', () => {
    assert.deepEqual(codes(STORY), []);
  });
  test('a YAML date with a time keeps the day as written', () => {
    assert.equal(ingest(`---\npublished: 2016-12-11T23:30:00+03:00\n---\n${STORY}`).published?.date, '2016-12-11');
  });
  test('a stated date on the given today is not in the future', () => {
    assert.deepEqual(codes(`---\npublished: 2020-01-01\n---\n${STORY}`, undefined, '2020-01-01'), []);
  });
});

describe("a page's own day above the story", () => {
  test('a story without a headline is titled by its lead, not by the byline with its day in capitals above it', () => {
    const a = ingest('JANE ROE – THURSDAY, 25 AUGUST, 2031, 09:53\n\n25 people died in a rocket attack on the village; rescue work is over.\n');
    assert.equal(a.title, '25 people died in a rocket attack on the village; rescue work is over.');
    assert.ok(!a.body.includes('JANE ROE'), 'the byline is no paragraph of the story');
  });
  test('a day without its year ("15 July, 09:27 AM") stays in the body, for its year to be read; a section label goes', () => {
    const a = ingest(
      'Strike kills 23 in the city centre\n\nWorld\n\n15 July, 09:27 AM\n\nMissiles struck the centre of the city on July 14, killing 23 people.\n',
    );
    assert.deepEqual(a.body.split('\n\n'), ['15 July, 09:27 AM', 'Missiles struck the centre of the city on July 14, killing 23 people.']);
  });
});

describe('hard-wrapped text', () => {
  const WRAPPED =
    'At least nine people were killed by a\nmissile that struck a market in the\nnorth of the city on Saturday, officials said.\nThe market was crowded.\n';
  test('a first line that goes on in lower case is the start of the story, not its headline', () => {
    const a = ingest(WRAPPED);
    assert.equal(a.title, 'At least nine people were killed by a missile that struck a market in the north of the city on Saturday, officials said.');
    assert.match(a.body, /^At least nine people were killed by a missile that struck a market in the north of the city on Saturday/);
  });
  test("a story with no headline is titled by its first sentence without the dateline and the agency's name", () => {
    const a = ingest(
      'By Jane Roe\nNORTHTOWN, Eastmoor (Reuters) – Shelling killed five civilians in the Lakeside region on Sunday, officials said. The market was hit.\n',
    );
    assert.equal(a.title, 'Shelling killed five civilians in the Lakeside region on Sunday, officials said.');
  });
  test('a story with no headline is titled by its first sentence without a dateline that names no agency: "Northtown, Feb 1"', () => {
    const a = ingest('Northtown, Feb 1 At least 45 civilians were killed in a shelling on a crowded market, a medical source said. The market was hit.\n');
    assert.equal(a.title, 'At least 45 civilians were killed in a shelling on a crowded market, a medical source said.');
  });

  test("a page with no headline is titled by its lead, not by its address, a summary's bullet or the lead's dateline", () => {
    const a = ingest(
      'https://news.example/x1\n- Fighting has ravaged the north since the war began, with the army battling rebels across the country\nNORTHTOWN: An air strike on a village killed ten civilians, residents said on Wednesday.\nResidents said the village was hit twice by the jets before noon on Wednesday.\n',
    );
    assert.equal(a.title, 'An air strike on a village killed ten civilians, residents said on Wednesday.');
    assert.equal(
      ingest('(Reuters) – Shelling killed five civilians in the Lakeside region on Sunday, officials said. The market was hit.\n').title,
      'Shelling killed five civilians in the Lakeside region on Sunday, officials said.',
    );
  });
  test('a page with no headline is titled by its lead, not by its date written in numbers, and without a dateline before a double hyphen', () => {
    const a = ingest(
      '30/03/2023\n\nAir strikes on a village in the north killed eight civilians on Thursday, residents said.\n\nResidents said the jets came back an hour later and hit the school, where families had taken shelter.\n',
    );
    assert.equal(a.title, 'Air strikes on a village in the north killed eight civilians on Thursday, residents said.');
    const b = ingest(
      'June 30, 2023\n\nNORTHTOWN -- Air strikes on two villages killed nine civilians this week, residents said on Thursday.\n\nResidents said the jets came back an hour later and hit the school, where families had taken shelter.\n',
    );
    assert.equal(b.title, 'Air strikes on two villages killed nine civilians this week, residents said on Thursday.');
  });
  test('the headline cut short in a list of stories beside the article is no text of it', () => {
    const a = ingest(
      '17 killed in drone strike in Lakeland\n\nSeventeen civilians were killed in a drone strike in the Lakeland region, aid workers said on Tuesday.\n\nDozens of people were injured, they said.\n\n17 killed in drone s\n',
    );
    assert.equal(
      a.body,
      'Seventeen civilians were killed in a drone strike in the Lakeland region, aid workers said on Tuesday.\n\nDozens of people were injured, they said.',
    );
    assert.match(ingest('Fighting in the north\n\nFighting in the north went on, officials said on Tuesday.\n\nFighting in\n').body, /Fighting in$/);
  });
  test("a picture's caption the page repeats under its headline is not the headline", () => {
    const page = (caption: string): string =>
      `Fresh shelling hits the port\n\nMarch 3, 2019 6:37 am\n\n${caption}\n${caption}\nNORTHTOWN, Mar 3 – Shelling killed two people on Saturday in the port, witnesses said.\n`;
    assert.equal(ingest(page('Fighters of the rebel group take positions near the river/AFP')).title, 'Fresh shelling hits the port');
    assert.equal(ingest(page('Smoke rises over the harbour after the shelling. Photo: Jane Roe')).title, 'Fresh shelling hits the port');
    assert.equal(ingest(page('Smoke rises over the harbour after the shelling (Getty Images)')).title, 'Fresh shelling hits the port');
    // The agency and the photographer: "Reuters/Jane Roe", "AP Photo/Jane Roe".
    assert.equal(ingest(page("Eastmoor's governor at the port. Reuters/Jane Roe")).title, 'Fresh shelling hits the port');
    assert.equal(ingest(page('Rescuers at the port on Saturday. AP Photo/Jane Roe')).title, 'Fresh shelling hits the port');
    // A dash before the agency, the agency and photographer in brackets, a handout "via" an agency.
    assert.equal(ingest(page('A man walks past the ruined depot in Northtown, March 2. — Reuters')).title, 'Fresh shelling hits the port');
    assert.equal(ingest(page('People watch smoke rise over the port, as seen from the hills (Reuters/Jane Roe)')).title, 'Fresh shelling hits the port');
    assert.equal(ingest(page('Damaged cranes at the port. Satellite image handout via Reuters')).title, 'Fresh shelling hits the port');
  });
  test("a picture's caption above the headline, closed by where and when it was taken, is not the headline", () => {
    const caption = 'Residents look at the damage at the site of the shelling of a school sheltering families, in Northtown City March 2, 2019';
    const a = ingest(
      `${caption}\n${caption}\n\nShells rain on a school at dawn\n\nShells hit a school in Northtown on Saturday, killing four people, medics said.\n`,
    );
    assert.equal(a.title, 'Shells rain on a school at dawn');
  });
  test('a story with no headline is titled by its lead, not by the date line above it, and without its dateline', () => {
    const lead = 'A strike on the port of Northtown has left at least 30 people dead and dozens wounded as rescuers search the rubble.';
    assert.equal(ingest(`Saturday, March 2, 2019, 1:04 PM\n\nComment\n\nShare\n\n${lead}\n\nThe army said it hit a depot.\n`).title, lead);
    assert.equal(ingest(`NORTHTOWN—${lead}\n\nThe army said it hit a depot.\n`).title, lead);
    assert.equal(ingest(`NORTHTOWN • ${lead}\n\nThe army said it hit a depot.\n`).title, lead);
  });
  test('a story with no headline is titled by its lead without a wire\'s dateline and day: "NORTHTOWN, October 1. /AGENCY/."', () => {
    const lead = 'A strike on the port of Northtown has left at least 30 people dead and dozens wounded as rescuers search the rubble.';
    assert.equal(ingest(`NORTHTOWN, October 1. /NNA/. ${lead}\n\nThe army said it hit a depot.\n`).title, lead);
    assert.equal(ingest(`Northtown, May 8 (NNA).- ${lead}\n\nThe army said it hit a depot.\n`).title, lead);
  });
  test("a story with no headline under a picture's caption is titled by its lead, not by the caption", () => {
    const lead = 'The number of people killed in the attack on the port has risen to 40.';
    assert.equal(ingest(`Rebels have claimed the attack on the port (Picture: Reuters)\n\n${lead}\n\nMore bodies were found, officials said.\n`).title, lead);
    const satellite = 'An overview of the port of Northtown, March 1, 2019, in this satellite image obtained by Reuters on March 2, 2019.';
    assert.equal(ingest(`${satellite}\n\n${lead}\n\nMore bodies were found, officials said.\n`).title, lead);
  });
  test('a story wrapped throughout, its dateline on a line of its own, is titled by its lead and read in whole sentences', () => {
    const a = ingest(
      'Northtown\n– Eight soldiers have been killed in an attack in the restive\nnorth of the country, security sources said.\nGunmen ambushed the troops on\nMonday close to the border in the lake province, leaving four dead.\nThe attack took place in a\nvillage near the river, the sources said.\n',
    );
    assert.equal(a.title, 'Eight soldiers have been killed in an attack in the restive north of the country, security sources said.');
    assert.deepEqual(a.body.split('\n\n'), [
      'Northtown – Eight soldiers have been killed in an attack in the restive north of the country, security sources said.',
      'Gunmen ambushed the troops on Monday close to the border in the lake province, leaving four dead.',
      'The attack took place in a village near the river, the sources said.',
    ]);
  });
  test('a blank line still ends a paragraph of a wrapped story', () => {
    const a = ingest(`${WRAPPED}\nResidents fled\n\nThe army said it had\nregained the town and\nThe road reopened.\n`);
    assert.ok(a.body.split('\n\n').includes('The army said it had regained the town and The road reopened.'));
    assert.ok(a.body.split('\n\n').includes('Residents fled'), a.body);
  });
  test('a headline line over a wrapped story stays the headline', () => {
    assert.equal(ingest(`Missile hits market\n\n${WRAPPED}`).title, 'Missile hits market');
  });
});

describe('the publication date from the article address', () => {
  const url = 'url: https://news.example.org/world/2017/03/26/shelling-goes-on/';
  test('is used when the page states no date', () => {
    assert.deepEqual(ingest(`---\n${url}\n---\n${STORY}`).published, { date: '2017-03-26', evidence: 'the address: /2017/03/26' });
  });

  test('gives way to a date the page labels as published, and wins over an unlabelled date line and an update date', () => {
    assert.equal(ingest(`---\n${url}\n---\nHeadline of the story\nPublished 25 March 2017 - 10:02\n${STORY}`).published?.date, '2017-03-25');
    // A bare date line may be the clock of the saved page or a photo's day.
    assert.equal(ingest(`---\n${url}\n---\nHeadline of the story\nSunday 14 May 2017 12:05\n${STORY}`).published?.date, '2017-03-26');
    assert.equal(ingest(`---\n${url}\n---\nHeadline of the story\nUpdated 28 March 2017\n${STORY}`).published?.date, '2017-03-26');
  });

  test('leaves an update date, marked as such, when the address has no day', () => {
    const a = ingest(`---\nurl: https://news.example.org/world/933842\n---\nHeadline of the story\nUpdated 28 March 2017\n${STORY}`);
    assert.deepEqual(a.published, { date: '2017-03-28', evidence: 'Updated 28 March 2017', updated: true });
  });
});
