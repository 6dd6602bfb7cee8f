import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { leadDate, leadPlace, leadSentences } from '../../src/extract/lead.ts';
import type { DateMention, PlaceMention, Sentence } from '../../src/model/types.ts';
import { place, range } from '../helpers/facts.ts';

/** Sentences of a body, one per line, with their spans. */
function body(...lines: string[]): Sentence[] {
  let at = 0;
  return lines.map((text, index) => {
    const s: Sentence = { index, span: [at, at + text.length], text };
    at += text.length + 1;
    return s;
  });
}

/** The mention of `words` in the sentences, dated `start`..`end`. */
function dated(sentences: Sentence[], words: string, start: string, end = start): DateMention {
  const s = sentences.find((x) => x.text.includes(words))!;
  const from = s.span[0] + s.text.indexOf(words);
  return { span: [from, from + words.length], text: words, sentence: s.index, range: range(start, end), stated: ['weekday'], relative: true };
}

function placed(sentences: Sentence[], words: string, id: string): PlaceMention {
  const s = sentences.find((x) => x.text.includes(words))!;
  const from = s.span[0] + s.text.indexOf(words);
  return { span: [from, from + words.length], text: words, sentence: s.index, place: place(id) };
}

const any = (): boolean => true;

describe('the day of the lead', () => {
  test('is the day of what happened, not the day it was said', () => {
    const s = body('The ministry said on Sunday that warplanes carried out strikes overnight on the town of Ashford.');
    const d = leadDate(s, [dated(s, 'on Sunday', '2021-05-09'), dated(s, 'overnight', '2021-05-08', '2021-05-09')], any);
    assert.equal(d?.text, 'overnight');
  });

  test('is "the 8 April strike" in a report of the findings months later', () => {
    const s = body('Investigators said on Tuesday that the 8 April strike on the station was carried out with a banned weapon.');
    const d = leadDate(s, [dated(s, 'on Tuesday', '2021-07-13'), dated(s, '8 April', '2021-04-08')], any);
    assert.equal(d?.text, '8 April');
  });

  test('is not a deadline ("could be completed by Wednesday")', () => {
    const s = body('The evacuation of the eastern districts could be completed by Wednesday, officials said, after buses left on Monday.');
    const d = leadDate(s, [dated(s, 'by Wednesday', '2021-05-12'), dated(s, 'on Monday', '2021-05-10')], any);
    assert.equal(d?.text, 'on Monday');
  });

  test('is not read from a long caption of another picture: "This photo taken ... on Saturday, Feb. 24, shows"', () => {
    const s = body(
      'This photo taken from video released by the regional governor on Saturday, Feb. 24, 2031, shows buildings damaged in an attack on Westfield.',
      'Four people were killed when a drone hit an apartment block in Eastport, officials said on Sunday.',
    );
    const d = leadDate(s, [dated(s, 'Saturday, Feb. 24, 2031', '2031-02-24'), dated(s, 'on Sunday', '2031-03-02')], any);
    assert.equal(d?.text, 'on Sunday');
  });

  test('is not read from a photo caption or a byline: they are not running text', () => {
    const s = body(
      'Photo: Reuters',
      'By A. Writer',
      'One',
      'Two words',
      'Three short words',
      'Four words here now',
      'Shelling of the old market on Friday killed nine people, medics said.',
    );
    assert.ok(leadSentences(s).has(6));
    assert.ok(!leadSentences(s).has(0));
  });

  test('is not a day in brackets that restates the day it was said: "said on Friday (Mar 25) that ... were killed"', () => {
    const s = body(
      'Officials said on Friday (Mar 25) that 80 people were killed in the shelling of a school in the besieged southern town of Ashford on Mar 16.',
    );
    const d = leadDate(s, [dated(s, 'Friday', '2022-03-25'), dated(s, 'Mar 25', '2022-03-25'), dated(s, 'Mar 16', '2022-03-16')], any);
    assert.equal(d?.text, 'Mar 16');
  });

  test('is the week a strike is dated to ("last week\'s strike"), not the day its toll was told', () => {
    const s = body("Officials said Friday they feared 80 people died in last week's strike on a school in Ashford.");
    const d = leadDate(s, [dated(s, 'Friday', '2022-03-25'), dated(s, 'last week', '2022-03-13', '2022-03-25')], any);
    assert.equal(d?.text, 'last week');
  });

  test('is a day of the happening before the week it is named in, and no tally\'s span ("in the past ten days")', () => {
    const s = body("A strike on Wednesday killed 80 people in Ashford, the worst of last week's raids, and strikes in the past ten days killed 300.");
    const week = dated(s, 'last week', '2022-03-13', '2022-03-25');
    assert.equal(leadDate(s, [week, dated(s, 'on Wednesday', '2022-03-16')], any)?.text, 'on Wednesday');
    const said = body('Officials said on Friday that strikes in the past ten days killed 300 people in Ashford.');
    assert.equal(
      leadDate(said, [dated(said, 'on Friday', '2022-03-25'), dated(said, 'in the past ten days', '2022-03-15', '2022-03-25')], any)?.text,
      'on Friday',
    );
  });

  test('is the day inside the month it ties with: "killed in twin blasts in October ... In the attacks on Oct. 14"', () => {
    const s = body(
      'More than 500 people were killed in twin blasts in Eastmoor in October, a committee said on Thursday.',
      'In the incidents on Oct. 14, a truck bomb exploded outside a hotel.',
    );
    const d = leadDate(
      s,
      [
        { ...dated(s, 'in October', '2017-10-01'), range: range('2017-10-01', '2017-10-31', 'month') },
        dated(s, 'on Thursday', '2017-11-30'),
        { ...dated(s, 'Oct. 14', '2017-10-14'), stated: ['month', 'day'] },
      ],
      any,
    );
    assert.equal(d?.text, 'Oct. 14');
    // A day told from another ("a day earlier") is not sure enough to stand for the month.
    const told = body(
      'A strike last month killed 51 people on a bus in Eastmoor, the alliance said on Saturday.',
      'It said the strike had targeted launchers used to attack Northtown a day earlier.',
    );
    const month = { ...dated(told, 'last month', '2018-08-01'), range: range('2018-08-01', '2018-08-31', 'month') };
    assert.equal(leadDate(told, [month, dated(told, 'on Saturday', '2018-09-01'), dated(told, 'a day earlier', '2018-08-31')], any)?.text, 'last month');
  });

  test('is none when no date of the lead is usable (an undated article keeps an undated main event)', () => {
    const s = body('Warplanes struck the market of Ashford, killing nine people.');
    assert.equal(leadDate(s, [], any), null);
  });
});

describe('the place of the lead', () => {
  test('is not the town the hurt were taken to', () => {
    const s = body(
      'Gunmen killed hundreds of people on Saturday while they dug trenches around the town of Ashford.',
      'Officials said the toll could exceed 500, with many injured evacuated to hospitals in Brockley, 40 kilometres away.',
    );
    assert.equal(leadPlace(s, [placed(s, 'Ashford', 'ashford'), placed(s, 'Brockley', 'brockley')], ['brockley', 'ashford']), 'ashford');
  });

  test('is not a dateline ("MOSCOW (Wire) -")', () => {
    const s = body('MOSCOW (Wire) - A missile strike on the railway station of Ashford killed 30 people, officials said.');
    assert.equal(leadPlace(s, [placed(s, 'MOSCOW', 'moscow'), placed(s, 'Ashford', 'ashford')], ['moscow', 'ashford']), 'ashford');
  });

  test('is not the place of an earlier happening the lead names it by ("captured after the fall of Brockley")', () => {
    const s = body(
      'Both sides traded blame for an attack on a prison that killed dozens of prisoners captured after the fall of Brockley.',
      'The prison stands in Carrow.',
    );
    assert.equal(leadPlace(s, [placed(s, 'Brockley', 'brockley'), placed(s, 'Carrow', 'carrow')], ['brockley', 'carrow']), 'carrow');
  });
  test('is not where someone spoke ("said in Brockley")', () => {
    const s = body('The minister said in Brockley that the shelling of Carrow had stopped.');
    assert.equal(leadPlace(s, [placed(s, 'Brockley', 'brockley'), placed(s, 'Carrow', 'carrow')], ['brockley', 'carrow']), 'carrow');
  });

  test('is the one the headline names, before one the lead names in passing', () => {
    const title = 'Air strike hits bus in Dunmore';
    const s = body('Dozens of children were among the dead, the aid group said from its office in Carrow.');
    const headline = {
      text: title,
      mentions: [{ span: [title.indexOf('Dunmore'), title.length] as const, text: 'Dunmore', sentence: -1, place: place('dunmore') }],
    };
    assert.equal(leadPlace(s, [placed(s, 'Carrow', 'carrow')], ['carrow', 'dunmore'], headline), 'dunmore');
  });

  test('is the town where it happened, inside the area the headline names ("Dunmore:" over "the town of Ashford, in Dunmore province")', () => {
    const title = 'Dunmore: dozens killed in gas attack';
    const s = body('A suspected gas attack hit the town of Ashford, in Dunmore province, early on Tuesday, killing dozens.');
    const inDunmore = (id: string, kind: 'city' | 'governorate') => ({ ...place(id, kind), admin1: 'Dunmore' });
    const headline = {
      text: title,
      mentions: [{ span: [0, 7] as const, text: 'Dunmore', sentence: -1, place: inDunmore('dunmore', 'city') }],
    };
    const ashford = { ...placed(s, 'Ashford', 'ashford'), place: inDunmore('ashford', 'city') };
    const province = {
      ...placed(s, 'Dunmore province', 'dunmore-province'),
      place: { ...inDunmore('dunmore-province', 'governorate'), name: 'Dunmore Province' },
    };
    assert.equal(leadPlace(s, [ashford, province], ['dunmore', 'ashford', 'dunmore-province'], headline), 'ashford');
    // A town of another area does not take the headline's place.
    const elsewhere = { ...ashford, place: { ...ashford.place, admin1: 'Carrow' } };
    assert.equal(leadPlace(s, [elsewhere, province], ['dunmore', 'ashford', 'dunmore-province'], headline), 'dunmore');
  });

  test('is the city the headline names when the lead does not name its area as such ("flee Dunmore" over "strikes in Ashford district")', () => {
    const title = 'Thousands flee Dunmore';
    const s = body('Shelling and airstrikes in Ashford district, south of Dunmore, continue to drive families out of the city.');
    const headline = { text: title, mentions: [{ span: [16, 23] as const, text: 'Dunmore', sentence: -1, place: { ...place('dunmore'), admin1: 'Dunmore' } }] };
    const ashford = { ...placed(s, 'Ashford', 'ashford'), place: { ...place('ashford'), admin1: 'Dunmore' } };
    assert.equal(leadPlace(s, [ashford], ['dunmore', 'ashford'], headline), 'dunmore');
  });

  describe('given the day of the lead', () => {
    const s = body(
      'Jets carried out a raid in the east on Saturday, the army said.',
      'It called the raid a reply to a rocket attack on Carrow on Friday.',
      'Medics treated dozens of people at a depot in Ashford.',
    );
    const mentions = [placed(s, 'Carrow', 'carrow'), placed(s, 'Ashford', 'ashford')];
    const saturday = dated(s, 'on Saturday', '2021-05-08');
    const day = (...dates: DateMention[]) => ({ dates: [saturday, ...dates], range: saturday.range });

    test('is not where its clause dates another day\'s happening ("an attack on Carrow on Friday")', () => {
      assert.equal(leadPlace(s, mentions, ['carrow', 'ashford']), 'carrow', 'without the day: the place beside the attack');
      assert.equal(leadPlace(s, mentions, ['carrow', 'ashford'], undefined, day(dated(s, 'on Friday', '2021-05-07'))), 'ashford');
    });

    test("is still where its clause dates the lead's own day, or a day a clause away", () => {
      const same = body('Jets carried out a raid in the east on Saturday, the army said.', 'It said a rocket attack on Carrow on Saturday had killed four.');
      const onSaturday = dated(same, 'on Saturday,', '2021-05-08');
      const later = dated(same, 'on Saturday had', '2021-05-08');
      assert.equal(
        leadPlace(same, [placed(same, 'Carrow', 'carrow')], ['ashford', 'carrow'], undefined, { dates: [onSaturday, later], range: onSaturday.range }),
        'carrow',
      );
      const apart = body('Jets carried out a raid in the east on Saturday, the army said.', 'It named a rocket attack on Carrow, which began on Friday.');
      const began = dated(apart, 'on Friday', '2021-05-07');
      assert.equal(
        leadPlace(apart, [placed(apart, 'Carrow', 'carrow')], ['ashford', 'carrow'], undefined, {
          dates: [dated(apart, 'on Saturday', '2021-05-08'), began],
          range: range('2021-05-08', '2021-05-08'),
        }),
        'carrow',
      );
    });
  });

  test('is the most central place where the lead tells nothing apart', () => {
    const s = body('Life returned slowly to the streets of the old city this week.');
    assert.equal(leadPlace(s, [], ['ashford', 'carrow']), 'ashford');
  });
});

describe('the day of the lead, when a toll is updated', () => {
  test('is the day of the strike, not the day a monitor raised the toll', () => {
    const s = body('A monitoring group on Tuesday raised the toll from air strikes on the market of Ashford the previous day to 61.');
    const d = leadDate(s, [dated(s, 'on Tuesday', '2021-05-11'), dated(s, 'the previous day', '2021-05-10')], any);
    assert.equal(d?.text, 'the previous day');
  });

  test('is not the day the toll rose to a new count', () => {
    const s = body('The toll rose to 57 on Sunday, two days after missiles hit the station on Friday.');
    const d = leadDate(s, [dated(s, 'on Sunday', '2021-05-09'), dated(s, 'on Friday', '2021-05-07')], any);
    assert.equal(d?.text, 'on Friday');
  });
});

describe('the day of the lead, beside a tally of days', () => {
  test('is the day of the report, not "the past ten days" of a campaign', () => {
    const s = body('MOSCOW, March 3. Air strikes destroyed 278 targets in the past ten days near the town, the general said on Friday.');
    const d = leadDate(s, [dated(s, 'in the past ten days', '2017-02-21', '2017-03-03'), dated(s, 'on Friday', '2017-03-03')], any);
    assert.equal(d?.text, 'on Friday');
  });
});

describe('the day of the lead, named by its month', () => {
  test('is "an August air strike" in a report of the findings, not the day they were given', () => {
    const s = body('Investigators said on Saturday that an August air strike on a bus was not justified.');
    const august = { ...dated(s, 'August', '2018-08-01', '2018-08-31'), range: range('2018-08-01', '2018-08-31', 'month') };
    const d = leadDate(s, [dated(s, 'on Saturday', '2018-09-01'), august], any);
    assert.equal(d?.text, 'August');
  });
});
