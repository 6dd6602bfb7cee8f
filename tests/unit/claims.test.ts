import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { assembleClaims } from '../../src/extract/claims.ts';
import type { Attribution, DateMention, Figure, PlaceMention, Sentence } from '../../src/model/types.ts';
import { place, range } from '../helpers/facts.ts';

const sentence = (index: number, start: number, text: string): Sentence => ({ index, span: [start, start + text.length], text });
const fig = (sentenceIndex: number, at: number, value: number): Figure => ({
  span: [at, at + 2],
  text: String(value),
  sentence: sentenceIndex,
  value,
  vague: null,
  qualifier: 'exact',
  category: 'killed',
  what: 'militants',
});
const said = (sentenceIndex: number, id: string, carried = false): Attribution => ({
  sentence: sentenceIndex,
  span: [0, 1],
  text: id,
  claimant: { id, name: id },
  carried,
});
const when = (sentenceIndex: number, at: number, start: string, end = start): DateMention => ({
  span: [at, at + 5],
  text: 'x',
  sentence: sentenceIndex,
  range: range(start, end),
  stated: [],
  relative: true,
});
const where = (sentenceIndex: number, at: number, id: string, kind: 'city' | 'country' = 'city'): PlaceMention => ({
  span: [at, at + 5],
  text: id,
  sentence: sentenceIndex,
  place: place(id, kind),
});

const sentences = [
  sentence(0, 0, 'The ministry said it carried out 64 raids around Palmyra last night.'),
  sentence(1, 80, 'The strikes killed 300 militants.'),
];
const base = { sentences, placeRanking: ['aleppo'], reference: '2016-12-11' };

describe('assembling claims', () => {
  test('gives a figure the speaker of its sentence', () => {
    const claims = assembleClaims({ ...base, figures: [fig(0, 30, 64)], attributions: [said(0, 'ru-mod')], dates: [], places: [] });
    assert.equal(claims[0]?.claimant?.id, 'ru-mod');
  });

  test('leaves the claimant empty when nobody is said to claim it', () => {
    const claims = assembleClaims({ ...base, figures: [fig(1, 95, 300)], attributions: [], dates: [], places: [] });
    assert.equal(claims[0]?.claimant, null);
  });

  test('dates a figure by the statement just before when its own sentence has no date', () => {
    const claims = assembleClaims({
      ...base,
      figures: [fig(1, 95, 300)],
      attributions: [said(0, 'ru-mod'), said(1, 'ru-mod', true)],
      dates: [when(0, 55, '2016-12-10', '2016-12-11')],
      places: [],
    });
    assert.deepEqual(claims[0]?.date, range('2016-12-10', '2016-12-11'));
  });

  test("does not borrow a date from another speaker's statement", () => {
    const claims = assembleClaims({
      ...base,
      figures: [fig(1, 95, 300)],
      attributions: [said(0, 'sohr'), said(1, 'ru-mod')],
      dates: [when(0, 55, '2016-12-08')],
      places: [],
    });
    assert.notDeepEqual(claims[0]?.date, range('2016-12-08'), 'not the day of the other statement');
    assert.deepEqual(claims[0]?.date, range('2016-12-08', '2016-12-11'), 'the run from the reported event to publication');
  });

  test('places a figure at the city in its sentence rather than the country', () => {
    const claims = assembleClaims({
      ...base,
      figures: [fig(0, 30, 64)],
      attributions: [],
      dates: [],
      places: [where(0, 5, 'syria', 'country'), where(0, 45, 'palmyra')],
    });
    assert.equal(claims[0]?.place?.id, 'palmyra');
  });

  test('places a figure without a place at the nearest place named just before', () => {
    const claims = assembleClaims({ ...base, figures: [fig(1, 95, 300)], attributions: [], dates: [], places: [where(0, 45, 'palmyra')] });
    assert.equal(claims[0]?.place?.id, 'palmyra');
  });

  test("places each figure in its own clause when a rival's clause names a narrower place", () => {
    for (const text of [
      'Attacks on the Lakeside region killed five people, officials said, while officials in Northtown said one died.',
      'Shelling killed five people in the Lakeside region, and in Northtown one died.',
    ]) {
      const at = (w: string): number => text.indexOf(w);
      const mention = (w: string, kind: 'city' | 'governorate'): PlaceMention => ({
        span: [at(w), at(w) + w.length],
        text: w,
        sentence: 0,
        place: place(w.toLowerCase(), kind),
      });
      const claims = assembleClaims({
        sentences: [sentence(0, 0, text)],
        placeRanking: ['lakeside'],
        reference: '2016-12-11',
        figures: [fig(0, at('five'), 5), fig(0, at('one died'), 1)],
        attributions: [],
        dates: [],
        places: [mention('Lakeside', 'governorate'), mention('Northtown', 'city')],
      });
      assert.deepEqual(
        claims.map((c) => c.place?.id),
        ['lakeside', 'northtown'],
      );
    }
  });

  test('does not place a figure where some among the counted came from: "including fighters who surrendered at Northtown"', () => {
    const lead = 'An explosion tore through the prison at Southmoor.';
    const text = 'It killed at least 50 people, including fighters who surrendered at Northtown.';
    const start = lead.length + 1;
    const at = text.indexOf('Northtown');
    const claims = assembleClaims({
      sentences: [sentence(0, 0, lead), sentence(1, start, text)],
      placeRanking: ['northtown', 'southmoor'],
      reference: '2016-12-11',
      figures: [fig(1, start + text.indexOf('50'), 50)],
      attributions: [],
      dates: [],
      places: [
        { span: [lead.indexOf('Southmoor'), lead.indexOf('Southmoor') + 9], text: 'Southmoor', sentence: 0, place: place('southmoor') },
        { span: [start + at, start + at + 9], text: 'Northtown', sentence: 1, place: place('northtown') },
      ],
    });
    assert.equal(claims[0]?.place?.id, 'southmoor');
  });

  test('quotes the whole sentence the figure was read from', () => {
    const claims = assembleClaims({ ...base, figures: [fig(1, 95, 300)], attributions: [], dates: [], places: [] });
    assert.equal(claims[0]?.quote, 'The strikes killed 300 militants.');
  });
});

describe("placing claims in the article's country", () => {
  test('places "in a statement issued in Moscow ... strikes in Palmyra" at Palmyra', () => {
    const moscow = { ...where(0, 5, 'moscow'), place: { ...place('moscow'), country: 'RU' } };
    const claims = assembleClaims({
      ...base,
      placeRanking: ['palmyra'],
      figures: [fig(0, 30, 64)],
      attributions: [],
      dates: [],
      places: [moscow, where(0, 45, 'palmyra')],
    });
    assert.equal(claims[0]?.place?.id, 'palmyra');
  });

  test('places a figure without a place of its own at the main place even when only the headline names it', () => {
    const ranked = { ...base, placeRanking: ['northland'] };
    const headline = [{ span: [0, 9] as const, text: 'Northland', sentence: -1, place: place('northland', 'country') }];
    const claims = assembleClaims({ ...ranked, figures: [fig(1, 95, 300)], attributions: [], dates: [], places: [], titlePlaces: headline });
    assert.equal(claims[0]?.place?.id, 'northland');
    const without = assembleClaims({ ...ranked, figures: [fig(1, 95, 300)], attributions: [], dates: [], places: [] });
    assert.equal(without[0]?.place, null);
  });

  test("places a figure told of a province at the article's main town when the town lies in it, and not otherwise", () => {
    const inArea = (id: string, kind: 'city' | 'governorate', admin1: string) => ({ ...place(id, kind), admin1 });
    const main: PlaceMention = { span: [0, 5], text: 'Northtown', sentence: 0, place: inArea('northtown', 'city', 'Lakeside') };
    const province = (admin1: string): PlaceMention => ({
      span: [100, 105],
      text: 'province',
      sentence: 1,
      place: inArea(`${admin1}-province`, 'governorate', admin1),
    });
    const ranked = { ...base, placeRanking: ['northtown'] };
    const told = assembleClaims({ ...ranked, figures: [fig(1, 95, 300)], attributions: [], dates: [], places: [main, province('Lakeside')] });
    assert.equal(told[0]?.place?.id, 'northtown');
    const elsewhere = assembleClaims({ ...ranked, figures: [fig(1, 95, 300)], attributions: [], dates: [], places: [main, province('Hillside')] });
    assert.equal(elsewhere[0]?.place?.id, 'Hillside-province');
  });
});
