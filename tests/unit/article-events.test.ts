import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { beganTheWar, findArticleEvents, startsAPeriod } from '../../src/extract/events.ts';
import { extractArticle } from '../../src/extract/pipeline.ts';
import { ingestArticle } from '../../src/ingest/index.ts';
import type { DateMention, PlaceMention, Registries, Sentence } from '../../src/model/types.ts';
import { place, range } from '../helpers/facts.ts';
import { lexiconsOf, readPage } from '../helpers/context.ts';

/** One sentence at the start of the body, and the mention of `date` in it, as the date reader gives it. */
function read(text: string, date: string, start: string, end: string): { sentence: Sentence; mention: DateMention } {
  const at = text.indexOf(date);
  assert.ok(at >= 0, `"${date}" is in the sentence`);
  return {
    sentence: { index: 0, span: [0, text.length], text },
    mention: { span: [at, at + date.length], text: date, sentence: 0, range: range(start, end, 'year'), stated: ['year'], relative: false },
  };
}

describe('a date where a period began', () => {
  test('is "since" a date, or "since" the start of something in that date', () => {
    for (const text of ['Eastern Ghouta has been under siege since 2013.', 'Homs has seen the worst violence since the outbreak of the conflict in 2011.']) {
      const { sentence, mention } = read(text, text.match(/\d{4}/)![0], '2011-01-01', '2011-12-31');
      assert.equal(startsAPeriod(sentence, mention), true, text);
    }
  });

  test('is not a date that "since" brings in with a happening of its own', () => {
    const { sentence, mention } = read('Since the army captured the city in 2016, the roads have reopened.', '2016', '2016-01-01', '2016-12-31');
    assert.equal(startsAPeriod(sentence, mention), false);
  });

  test('is not a date in another clause than the "since"', () => {
    const { sentence, mention } = read('The town has been quiet since, and it fell in 2015.', '2015', '2015-01-01', '2015-12-31');
    assert.equal(startsAPeriod(sentence, mention), false);
  });

  test('makes no background event, while a date that tells of a capture does', () => {
    const text = 'Aleppo fell back under government control in 2016 in the biggest advance since the onset of the war in 2011.';
    const at = (word: string): [number, number] => [text.indexOf(word), text.indexOf(word) + word.length];
    const sentence: Sentence = { index: 0, span: [0, text.length], text };
    const year = (y: string): DateMention => ({
      span: at(y),
      text: y,
      sentence: 0,
      range: range(`${y}-01-01`, `${y}-12-31`, 'year'),
      stated: ['year'],
      relative: false,
    });
    const aleppo: PlaceMention = { span: at('Aleppo'), text: 'Aleppo', sentence: 0, place: place('aleppo') };
    const events = findArticleEvents({
      sentences: [sentence],
      dates: [year('2016'), year('2011')],
      places: [aleppo],
      placeRanking: ['aleppo'],
      claims: [],
      title: 'Army advances',
      reference: '2017-03-04',
    });
    const background = events.filter((e) => e.background);
    assert.deepEqual(
      background.map((e) => [e.date?.start, e.action]),
      [['2016-01-01', 'capture']],
    );
  });
});

describe("the date of an article's news", () => {
  const registries: Registries = { sources: [], claimants: [], places: [], notPlaces: [] };
  test('is not a date "since" brings in, even one of a happening of its own: that happening is before the news', () => {
    const body = [
      'Air strikes killed as many as 80 people attending a celebration in the north, a rescue worker said Monday.',
      "The number of casualties at Sunday night's celebration appeared to be the most in a single air attack since the military seized power in February last year.",
    ].join(' ');
    const facts = extractArticle(
      ingestArticle(
        { file: 'content/articles/a.txt', bytes: Buffer.from(`---\npublished: 2022-10-25\n---\nAir strike on a celebration\n\n${body}\n`) },
        registries,
      ),
      lexiconsOf(registries),
    );
    assert.equal(facts.events.find((e) => !e.background)?.date?.start, '2022-10-23');
  });
});

describe('a date where a campaign the story is part of began', () => {
  /** Whether the year `date` in `text` is read as where the war or a campaign began. */
  const beganIn = (text: string, date: string): boolean => {
    const { sentence, mention } = read(text, date, `${date}-01-01`, `${date}-12-31`);
    return beganTheWar(sentence, mention);
  };

  test('is the date closing a clause on when a campaign or the war began, or on its start', () => {
    for (const [text, date] of [
      ['The rebels hold both cities, seized in an offensive that began in 2024.', '2024'],
      ['The town has been cut off by the siege, which started in 2023.', '2023'],
      ['The city has been ravaged by the war that began in 2011 with protests.', '2011'],
      ['Shelling along the border grew after the start of military operations in the northern valley in 2023.', '2023'],
      ['Thousands fled at the outbreak of the war in 2014.', '2014'],
      ['The city was shelled in the first weeks of the full-scale invasion launched in 2022.', '2022'],
    ] as const) {
      assert.equal(beganIn(text, date), true, text);
    }
  });

  test('is not the day an offensive began told as the news, nor the day fighting erupted', () => {
    for (const [text, date] of [
      ['The offensive began in 2024 with heavy shelling of the river towns.', '2024'],
      ['The road was cut after fierce fighting that erupted in 2023 near the bridge.', '2023'],
      ['An offensive that began in 2022 stalled, and the army shelled the town in 2024.', '2024'],
      ['At the start of the talks in 2024, the army shelled the town.', '2024'],
      ['An offensive launched on Monday has pushed the army back, officials said in 2024.', '2024'],
    ] as const) {
      assert.equal(beganIn(text, date), false, text);
    }
  });
});

describe('an article with nothing to date it by', () => {
  const registries: Registries = { sources: [], claimants: [], places: [], notPlaces: [] };
  const read = (text: string) =>
    extractArticle(ingestArticle({ file: 'content/articles/a.txt', bytes: Buffer.from(text) }, registries), lexiconsOf(registries));
  const HOSPITAL = 'Strikes hit a hospital in Idlib\n\nAir strikes on a hospital in Idlib left 10 people dead, a monitor said.';

  test('is not put on the timeline at a date where a period began, and says why', () => {
    const facts = read(`${HOSPITAL} More than 300,000 people have been killed since the conflict began in March 2011.\n`);
    assert.deepEqual(
      facts.events.map((e) => e.date),
      [null],
      'its main event is undated: only linking may date it',
    );
    assert.deepEqual(
      facts.diagnostics.map((d) => d.code),
      ['undated'],
    );
  });

  test('is not dated by an earlier happening its lead tells of: "destroyed in a previous bout of clashes in 2014"', () => {
    const facts = read(`${HOSPITAL} Residents said the hospital had been destroyed in a previous bout of clashes in 2014.\n`);
    assert.deepEqual(
      facts.events.map((e) => e.date),
      [null],
    );
  });

  test('is dated by its publication date when it has one', () => {
    const facts = read(`---\npublished: 2017-04-27\n---\n${HOSPITAL} More than 300,000 people have been killed since the conflict began in March 2011.\n`);
    assert.equal(facts.events[0]?.date?.start, '2017-04-27');
    assert.deepEqual(facts.diagnostics, []);
  });
});

describe("the main event's place", () => {
  const text = 'A total of 6,000 people left the cities on Friday, the minister said.';
  const inputs = {
    sentences: [{ index: 0, span: [0, text.length] as const, text }],
    dates: [],
    places: [],
    placeRanking: ['northland'],
    claims: [],
    title: 'Northland says 6,000 people evacuated',
    reference: '2023-05-02',
  };

  test('is a place the headline alone names, when the article ranks it first', () => {
    const headline: PlaceMention = { span: [0, 9], text: 'Northland', sentence: -1, place: place('northland', 'country') };
    assert.deepEqual(
      findArticleEvents({ ...inputs, titlePlaces: [headline] })[0]?.places.map((p) => p.id),
      ['northland'],
    );
  });

  test('is none when neither headline nor body names a place', () => {
    assert.deepEqual(findArticleEvents(inputs)[0]?.places, []);
  });
});

describe('an earlier happening the article dates to a day of its own', () => {
  const registries: Registries = { sources: [], claimants: [], places: [], notPlaces: [] };
  const read = (published: string, body: string) =>
    extractArticle(
      ingestArticle(
        { file: 'content/articles/a.txt', bytes: Buffer.from(`---\npublished: ${published}\n---\nGenerals warn of new strikes\n\n${body}\n`) },
        registries,
      ),
      lexiconsOf(registries),
    );
  const earlier = (published: string, body: string) =>
    read(published, body)
      .events.filter((e) => e.background)
      .map((e) => [e.date?.start, e.places.map((p) => p.name).join(), e.claims.length]);

  test('is an event of its own, with the figures of that day, a week before the news', () => {
    const body =
      'The generals warned against new missile strikes at a briefing in Mosul on Tuesday, a spokesman said. On April 4 an air strike on Tikrit killed 80 people and wounded 200 others.';
    assert.deepEqual(earlier('2017-04-11', body), [['2017-04-04', 'Tikrit', 2]]);
  });

  test('is none on the day a picture was taken: "This file photo, taken on December 3, 2016, shows the camp"', () => {
    const body =
      'An air strike on a camp in Tikrit killed 80 people on Monday, officials said. This file photo, taken on December 3, 2016, shows an aerial view of the camp in Mosul.';
    assert.deepEqual(earlier('2017-04-11', body), []);
  });

  test('is none for history told without figures and without a happening: "forcing the president to flee the capital"', () => {
    const body =
      'An air strike on a camp in Tikrit killed 80 people on Monday, officials said. Rebels swept into Mosul in September 2014, forcing the governor to flee the city.';
    assert.deepEqual(earlier('2017-04-11', body), []);
  });

  test('is one when a weekday names it, two days before the news', () => {
    const body =
      'Air strikes on Mosul killed 120 fighters on Saturday, the ministry said. Strikes on Thursday night killed 14 people near Tikrit, a monitor said.';
    assert.deepEqual(earlier('2017-10-07', body), [['2017-10-05', 'Tikrit', 1]]);
  });

  test('is at the place its sentence puts nearest the day, not the first the sentence names', () => {
    const body =
      'Air strikes on Mosul killed 12 people on Saturday, the ministry said. The raid on Mosul answered rebels who shelled Tikrit on Thursday, killing 9 people.';
    assert.deepEqual(earlier('2017-10-07', body), [['2017-10-05', 'Tikrit', 1]]);
  });

  test('is not the day before the news, which is still the story of the day', () => {
    const body = 'Air strikes on Mosul killed 12 people on Saturday, the ministry said. Strikes on Friday killed 14 people near Tikrit, a monitor said.';
    assert.deepEqual(earlier('2017-10-07', body), []);
  });

  test('does not give its place to the main event, whose lead dates another day', () => {
    const body =
      'The army said its jets carried out a raid in eastern Ukraine on Saturday. Officials called the raid a reply to a rocket attack on Sloviansk on Friday. Medics said dozens of people were treated at a bus depot in Kramatorsk.';
    const main = read('2022-04-09', body).events.find((e) => !e.background);
    assert.deepEqual(
      main?.places.map((p) => p.name),
      ['Kramatorsk'],
    );
    assert.equal(main?.date?.start, '2022-04-09');
  });

  test('is no event when its sentence tells of no happening and gives no figure of that day', () => {
    const body = 'Air strikes on Mosul killed 12 people on Saturday, the ministry said. Talks in Tikrit on Wednesday ended without a deal.';
    assert.deepEqual(earlier('2017-10-07', body), []);
  });

  test('is no event for a meeting the text puts next week, nor for a month or a year', () => {
    const body =
      "Air strikes on Mosul killed 12 people on Saturday, the ministry said. Thursday's meeting next week in Tikrit will discuss the attack. The 2013 attack on Kirkuk killed 40 people.";
    assert.deepEqual(
      earlier('2017-10-07', body).filter(([date]) => date !== undefined && date >= '2017-01-01'),
      [],
    );
  });
});

describe('a running total the article dates years before its news', () => {
  const registries: Registries = { sources: [], claimants: [], places: [], notPlaces: [] };
  const factsOf = (body: string, published = '2024-08-26') =>
    extractArticle(
      ingestArticle({ file: 'content/articles/a.txt', bytes: Buffer.from(`---\npublished: ${published}\n---\nAttack on a town\n\n${body}\n`) }, registries),
      lexiconsOf(registries),
    );
  const mainFigures = (body: string): string[] => {
    const facts = factsOf(body);
    const main = facts.events.find((e) => !e.background);
    return (main?.claims ?? []).map((c) => facts.claims[c]!.figure.text);
  };

  test('is no figure of the news: "more than 300,000 killed since the conflict began in March 2011"', () => {
    assert.deepEqual(
      mainFigures(
        'Gunmen killed at least 40 people in an attack on Northtown in Ukraine on Saturday, officials said. More than 300,000 people have been killed since the conflict began in March 2011.',
      ),
      ['at least 40'],
    );
  });

  test('is no figure of the news when counted since long before it: "Since March 2011, more than 300,000 have been killed"', () => {
    assert.deepEqual(
      mainFigures(
        'Gunmen killed at least 40 people in an attack on Northtown in Ukraine on Saturday, officials said. Since March 2011, more than 300,000 people have been killed.',
      ),
      ['at least 40'],
    );
  });

  test('is no figure of the news when the war that "has killed" it is told in a relative clause', () => {
    assert.deepEqual(
      mainFigures(
        'Gunmen killed at least 40 people in an attack on Northtown in Ukraine on Saturday, officials said. The UN has tried to end the conflict, which it says has killed 377,000 people.',
      ),
      ['at least 40'],
    );
  });

  test('is no figure of the news, nor of the day the war is counted from: "an offensive on the Gaza Strip, which has killed 41,200"', () => {
    const body =
      'Gunmen killed at least 40 people in an attack on Northtown in Ukraine on Saturday, officials said. It came against the backdrop of an offensive on the Gaza Strip, which has killed more than 41,200 people, following an attack on Oct. 7 last year.';
    assert.deepEqual(mainFigures(body), ['at least 40']);
    const facts = factsOf(body);
    assert.deepEqual(
      facts.events.filter((e) => e.background).flatMap((e) => e.claims.map((i) => facts.claims[i]?.figure.text)),
      [],
    );
  });

  test('is no figure of the news told of another happening: "In a separate incident", "In another attack"', () => {
    assert.deepEqual(
      mainFigures(
        'Gunmen killed at least 40 people in an attack on Northtown in Ukraine on Saturday, officials said. In a separate incident, 10 members of one family were killed in a strike on a village. In another attack, three people died in a fire.',
      ),
      ['at least 40'],
    );
  });

  test('is no figure of the news told after the lead of an earlier time elsewhere: "Last week, about 70 ... in Kharkiv"', () => {
    const body =
      'Gunmen killed at least 40 people in an attack on a market in Kramatorsk in Ukraine on Saturday, officials said. The army has advanced in recent weeks. Last week, about 70 people were killed in an attack on a hospital in Kharkiv.';
    assert.deepEqual(mainFigures(body), ['at least 40']);
    const facts = factsOf(body, '2024-08-24');
    // The news's toll is of its own day, not counted from the earlier attack.
    assert.deepEqual(facts.claims[0]?.date, { start: '2024-08-24', end: '2024-08-24', precision: 'day' });
    // The same opening about the news's own place is still the news.
    assert.deepEqual(
      mainFigures(
        'Gunmen killed at least 40 people in an attack on a market in Kramatorsk in Ukraine on Saturday, officials said. Last week, 12 people were killed in Kramatorsk.',
      ),
      ['at least 40', '12'],
    );
  });

  test('is a figure of the news another source gives "elsewhere"', () => {
    assert.deepEqual(
      mainFigures(
        'Gunmen killed at least 40 people in an attack on Northtown in Ukraine on Saturday, officials said. Elsewhere, a monitor said at least 58 were dead.',
      ),
      ['at least 40', 'at least 58'],
    );
  });

  test('is no figure of the news when the war is its subject: "the offensive has killed over 36,700"', () => {
    assert.deepEqual(
      mainFigures(
        'Gunmen killed at least 40 people in an attack on Northtown in Ukraine on Saturday, officials said. The offensive has killed over 36,700 people, the ministry says. More than 37,000 people are estimated to have been killed in the war.',
      ),
      ['at least 40'],
    );
  });

  test('is no figure of the news: "16 months of war in Northland has killed", "killed in the civil war"', () => {
    assert.deepEqual(
      mainFigures(
        'Gunmen killed at least 40 people in an attack on Northtown in Ukraine on Saturday, officials said. More than 16 months of war in Northland has killed more than 20,000 people. The agency says at least 18,000 people have been killed in the civil war.',
      ),
      ['at least 40'],
    );
  });

  test('is no figure of the news: "as the death toll in the enclave surged past 30,000", "15,000 lives have been lost since the conflict began"', () => {
    assert.deepEqual(
      mainFigures(
        'Gunmen killed at least 40 people in an attack on Northtown in Ukraine on Saturday, officials said. The attack came as the death toll in the enclave surged past 30,000. Over 15,000 lives have been lost since the conflict began.',
      ),
      ['at least 40'],
    );
  });

  test('is no figure of the news: "at least 2,000 have been killed in Southport since the start of the war"', () => {
    assert.deepEqual(
      mainFigures(
        'Gunmen killed at least 40 people in an attack on Northtown in Ukraine on Saturday, officials said. Officials say at least 2,000 people have been killed in Northtown since the start of the war. About 900 have died since the siege began, and 600 more since the fighting broke out again.',
      ),
      ['at least 40', 'About 900', '600'],
    );
  });
});

describe('the attack a war was set off by', () => {
  test('dates no event of a report of today: "the war ignited by the Front\'s Oct. 7 attack"', () => {
    const text = "The 8-month-old war ignited by the Front's Oct. 7 attack goes on.";
    const at = text.indexOf('Oct. 7');
    const sentence: Sentence = { index: 0, span: [0, text.length], text };
    const mention: DateMention = {
      span: [at, at + 6],
      text: 'Oct. 7',
      sentence: 0,
      range: range('2023-10-07', '2023-10-07', 'day'),
      stated: ['month', 'day'],
      relative: false,
    };
    assert.equal(beganTheWar(sentence, mention), true);
  });
});

describe('the span a superlative is measured over', () => {
  const registries: Registries = { sources: [], claimants: [], places: [], notPlaces: [] };
  const mainDate = (body: string): string | undefined =>
    extractArticle(
      ingestArticle({ file: 'content/articles/a.txt', bytes: Buffer.from(`---\npublished: 2025-04-14\n---\nMissiles hit Kharkiv\n\n${body}\n`) }, registries),
      lexiconsOf(registries),
    ).events.find((e) => !e.background)?.date?.start;

  test('dates no event: "the deadliest attack on civilians this year" is of Sunday\'s strike', () => {
    assert.equal(
      mainDate(
        "Northland struck the centre of Kharkiv with two missiles Sunday midmorning as crowds gathered. Officials said at least 34 people were killed, including two children, in Northland's deadliest attack on civilians this year.",
      ),
      '2025-04-13',
    );
  });

  test('dates no event by the campaign the toll is measured since: "since ... launched an offensive three months ago"', () => {
    assert.equal(
      mainDate(
        'A missile hit a shelter in Kharkiv, killing at least 44 people. It was the highest toll from a single strike since Northland launched a ground and air offensive three months ago.',
      ),
      '2025-04-14',
    );
  });

  test('dates no event by the year a superlative is measured over, nor by when the invasion was launched', () => {
    assert.equal(
      mainDate(
        'The single deadliest attack on civilians in 2025 killed a sixth of the village. A missile hit its cafe in Kharkiv on Sunday, killing 51 people. The village had 500 people before Northland launched its invasion of Southland in February 2022.',
      ),
      '2025-04-13',
    );
  });

  test('is dated by a day set before its clause: "where on April 10, 118 people were killed"', () => {
    assert.equal(
      mainDate(
        'Witnesses gave new accounts of the shooting in Kharkiv, where on April 10, 118 people were killed. Another shooting there on April 1 killed 10 people.',
      ),
      '2025-04-10',
    );
  });

  test('is not dated by the day a finding was told: "On Thursday, the military admitted a strike on March 17 killed 105"', () => {
    assert.equal(
      mainDate('On Thursday, the military admitted an air strike it carried out in Kharkiv on March 17 killed at least 105 civilians.'),
      '2025-03-17',
    );
  });

  test('still dates a happening "this year" without a superlative', () => {
    assert.equal(mainDate('Officials said 34 people were killed in strikes on Kharkiv this year.'), '2025-01-01');
  });
});

describe('a report that a toll rose', () => {
  const registries: Registries = { sources: [], claimants: [], places: [], notPlaces: [] };
  const mainDate = (title: string, body: string): string | undefined =>
    extractArticle(
      ingestArticle({ file: 'content/articles/a.txt', bytes: Buffer.from(`---\npublished: 2023-04-14\n---\n${title}\n\n${body}\n`) }, registries),
      lexiconsOf(registries),
    ).events.find((e) => !e.background)?.date?.start;

  test('is of the happening the toll counts, dated anywhere in the text', () => {
    assert.equal(
      mainDate(
        'Death toll in air strike on Eastmoor village rises to 171',
        'The number of people killed has risen to at least 171, according to rescuers. Three more bodies were found on the morning of April 14. A jet dropped bombs on a ceremony in the village at about 8 a.m. on April 11.',
      ),
      '2023-04-11',
    );
  });

  test('is of the happening a toll "raised" counts', () => {
    assert.equal(
      mainDate(
        'Death toll from air strike on Eastmoor village raised to 171',
        'The number of people killed is now at least 171, according to rescuers. Three more bodies were found on the morning of April 14. A jet dropped bombs on a ceremony in the village at about 8 a.m. on April 11.',
      ),
      '2023-04-11',
    );
  });

  test('is not the day of the happening the news followed ("months of conflict following the attack on October 7")', () => {
    assert.equal(
      mainDate(
        '274 people died during the raid on the camp, the ministry said',
        'At least 274 people were killed in the raid on the camp of Eastmoor, the ministry reported Friday. The raid revealed the cost of such operations after six months of conflict following the initial attack on October 7.',
      ),
      '2023-04-14',
    );
  });

  test('is not the day of a happening the lead gives a person a part in: "a commander responsible for the March 20 attack"', () => {
    const lead = 'An air strike on a crowded block of Eastmoor has killed a large number of people, rescuers said.';
    for (const second of [
      'The army said the strike killed a commander it described as responsible for the March 20 attack on the border post, which left 300 dead.',
      'The army said the strike killed one of the leaders of the March 20 massacres.',
      "The army said the commander had played a role in the group's attack on the border post on March 20.",
      'The army said the strike killed one of the leaders of the massacres in Westfield on 20 March.',
      'The army said the commander had sent fighters to carry out the deadly raid on the border post on March 20.',
      'The army said the strike killed a commander who led the March 20 border raid.',
    ]) {
      assert.equal(mainDate('Strike on Eastmoor block kills dozens', `${lead} ${second}`), '2023-04-14', second);
    }
  });

  test('is still the day of a happening named beside a part in it when that day is news: "the group behind the attack on Tuesday"', () => {
    assert.equal(
      mainDate(
        'Gunmen attack Eastmoor market',
        'Gunmen attacked a market in Eastmoor, killing 12 people. Police arrested two men linked to the attack on Tuesday night.',
      ),
      '2023-04-11',
    );
  });

  test('is the day the lead gives the happening itself', () => {
    assert.equal(
      mainDate(
        'Death toll mounts after blast on evacuee convoy',
        'A bomb blast hit a bus convoy on Thursday, killing at least 100. Rockets struck the town on Tuesday.',
      ),
      '2023-04-13',
    );
  });
});

/** The main event's place in an article of `title` and `body` published on `published`, with no registries. */
function mainEventPlace(title: string, body: string, published: string) {
  const registries: Registries = { sources: [], claimants: [], places: [], notPlaces: [] };
  return extractArticle(
    ingestArticle({ file: 'content/articles/a.txt', bytes: Buffer.from(`---\npublished: ${published}\n---\n${title}\n\n${body}\n`) }, registries),
    lexiconsOf(registries),
  ).events.find((e) => !e.background)?.places[0];
}

describe('the place of the main event, beside another war', () => {
  const mainPlace = (title: string, body: string): string | undefined => mainEventPlace(title, body, '2025-04-14')?.id;

  test("is not the town a war is named after, a destination, a camera's standpoint, nor a distance's origin", () => {
    const lead = 'Air strikes killed 49 people in northern Lebanon on Monday';
    assert.equal(mainPlace('Strikes on Lebanon', `${lead}, the deadliest day since the Aleppo war began, medics said.`), 'lebanon');
    assert.equal(mainPlace('Strikes on Lebanon', `${lead}, medics said. Cars jammed the roads heading toward Beirut.`), 'lebanon');
    assert.equal(mainPlace('Smoke over the north', `Smoke rises over northern Lebanon, as seen from Tripoli. ${lead}.`), 'lebanon');
    assert.equal(mainPlace('Strikes on Lebanon', `${lead}. After a year of war against Northfront in Aleppo, the army turned north.`), 'lebanon');
  });

  test('is not the town a distance is measured from: "a city about 200 miles southeast of Kyiv"', () => {
    const body = 'Two missiles hit a military academy in central Ukraine on Tuesday, killing 51 people, in a city about 200 miles southeast of Kyiv.';
    assert.equal(mainPlace('Missiles hit academy', body), 'ukraine');
  });

  test('is not a city named only as the scene of another war: "a region beset by Russia\'s war in Aleppo"', () => {
    const lead =
      "Rebels in Lebanon vowed fierce retaliation for the strikes against them, raising the prospect of a wider conflict in a region beset by Russia's war in Aleppo.";
    assert.equal(mainPlace(lead, `${lead} The strikes hit targets across Lebanon, officials said.`), 'lebanon');
  });
});

describe('the place of the main event, in an area called by its chief town', () => {
  const mainPlace = (title: string, body: string): string | undefined => mainEventPlace(title, body, '2024-05-14')?.name;

  test('is the town the lead puts in it, not the area its bare name stands for: "a shelter in Nuseirat in central Gaza"', () => {
    assert.equal(
      mainPlace(
        'Six killed in strike on shelter in Gaza',
        'Six people were killed when a strike hit a school used as a shelter in Nuseirat in central Gaza on Monday, medics said.',
      ),
      // GeoNames' spelling of the camp
      'An Nusayrat',
    );
  });

  test('is the town of "the southern Gaza city of Khan Younis": a city of the area, not the area\'s chief town', () => {
    assert.equal(
      mainPlace('Strike kills 71', 'An air strike in the southern Gaza city of Khan Younis killed 71 people on Saturday, the health ministry said.'),
      'Khan Yunis',
    );
  });

  test('is the town itself where the text writes it as one: "Gaza City"', () => {
    assert.equal(mainPlace('Market shelled in Gaza City', 'Five people were killed when shells hit a market in Gaza City on Monday, medics said.'), 'Gaza');
  });
});

/** The date of a page's main event (the one not of its background). */
const mainEventOf = (published: string, title: string, ...paragraphs: string[]) => readPage(published, title, ...paragraphs).events.find((e) => !e.background);

describe('a campaign that began long before the news', () => {
  test('"On 4 April, the troops began an assault on the capital" in a January report dates no strike of the news', () => {
    const main = mainEventOf(
      '2031-01-05',
      'Northern army denies attack on academy',
      'EASTPORT (Agency) - The Northern Army under the control of General Jan Roe denies involvement in an attack on a military academy in Eastport that killed at least 30 people, army spokesman Ali Moe said on Sunday.',
      "According to the health ministry of the Eastport government, at least 30 cadets were killed and another 33 were injured after the academy was shelled. The government accused Roe's forces of conducting an air strike.",
      '"Perhaps it was a mine, not an air strike," Moe said.',
      "On 4 April, Roe's troops began an assault to take control of the capital, Eastport, from the government. In December, Roe called for a final decisive step, although no progress has been reported so far.",
    );
    assert.equal(main?.date?.start, '2031-01-05');
  });
});

describe('a day ahead of the news', () => {
  test('"ahead of the president\'s August 31 deadline to withdraw" is a deadline: the attack "on Thursday" is the news', () => {
    const main = mainEventOf(
      '2031-08-28',
      'Soldiers killed outside the airport',
      "Twelve soldiers were killed and 15 others injured in an attack outside the airport in the capital on Thursday, signaling a deadly turn in efforts to evacuate civilians ahead of the president's August 31 deadline to withdraw.",
    );
    assert.equal(main?.date?.start, '2031-08-28');
  });
  test('an offensive planned for next month is not when the news happened', () => {
    const main = mainEventOf(
      '2031-08-28',
      'Soldiers killed outside the airport',
      'The army will launch an offensive on the port next month, the minister said, after shelling killed 12 soldiers.',
    );
    assert.equal(main?.date?.start, '2031-08-28');
  });
});

describe('a day someone had a part in', () => {
  test('"pivotal in the planning and the execution of the October 7 attack" dates the commander\'s past, not the strike that killed him', () => {
    const main = mainEventOf(
      '2031-11-01',
      'Air strikes hit a crowded camp',
      'Air strikes hit a densely populated camp in the north, killing at least 50 people and a militant commander, and medics struggled to treat the wounded.',
      'Tanks have been in the area for four days.',
      'An army statement said the strike by fighter jets on the camp had killed the commander.',
      '"He was very important, even pivotal in the planning and the execution of the October 7 attack against our towns," said an army spokesman.',
    );
    assert.equal(main?.date?.start, '2031-11-01');
  });
});

describe('background events', () => {
  test('none from a happening told as someone\'s past: "a commander linked to the March 30 attack on the border post"', () => {
    const facts = readPage(
      '2031-05-02',
      'Strike on a camp in Gaza',
      'Air strikes hit the Jabalia refugee camp in Gaza on Tuesday, killing at least 50 people, health officials said.',
      'The army said the strike on the Jabalia camp killed a commander linked to the March 30 attack on the border post.',
    );
    assert.deepEqual(
      facts.events.filter((e) => e.background).map((e) => e.date?.start),
      [],
    );
  });
});

describe('a day the happening owns', () => {
  test('"the monitor said Monday\'s air strike on the market killed 10" dates the strike, not "earlier this year"', () => {
    const main = mainEventOf(
      '2031-12-01',
      'Air strike on a market kills 10',
      "Eastport, Dec 1 (AP) Activists say an air strike on a market in a rebel-held town in the north has killed at least 10 civilians. The monitor said Monday's air strike on the market in Northtown killed 10 and wounded others.",
      'The army launched a four-month offensive earlier this year against the province.',
    );
    assert.deepEqual(main?.date, { start: '2031-12-01', end: '2031-12-01', precision: 'day' });
  });
});
