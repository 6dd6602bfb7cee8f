import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { furnitureRanges, isFurnitureSentence } from '../../src/extract/places/chrome.ts';
import { tokenize } from '../../src/extract/places/tokens.ts';
import { extractPlaces } from '../../src/extract/places/index.ts';
import { contextOf } from '../helpers/context.ts';
import type { Registries } from '../../src/model/types.ts';

const registries: Registries = { sources: [], claimants: [], places: [], notPlaces: [], focus: ['SY'] };

/** The ids of the places found in a text. */
function placesIn(text: string): string[] {
  return extractPlaces(contextOf(text, { reference: '2016-12-11', registries })).map((m) => m.place.id);
}

/** The words of each furniture range of a sentence. */
function furniture(text: string): string[] {
  const tokens = tokenize(text);
  return furnitureRanges(tokens).map(([first, end]) =>
    tokens
      .slice(first, end)
      .map((t) => t.text)
      .join(' '),
  );
}

describe('page furniture pasted with an article', () => {
  test('a keyword list runs from "Tags" to the article that starts the next sentence', () => {
    assert.deepEqual(furniture('Tags Syria election video Homs The council met in Hama on Monday.'), ['Tags Syria election video Homs']);
  });

  test('links to other stories run from "Related" to the end of the sentence', () => {
    assert.deepEqual(furniture('Related Coverage Mayor Of Homs Resigns Over Floods'), ['Related Coverage Mayor Of Homs Resigns Over Floods']);
  });

  test('names no place of a keyword list or of links to other stories', () => {
    assert.deepEqual(placesIn('Tags Syria election video Homs The council met in Hama on Monday.'), ['hamah-sy']);
    assert.deepEqual(placesIn('The council met in Hama on Monday. Related Homs Mayor Resigns Over Floods In Latakia'), ['hamah-sy']);
  });

  test('reads prose that only starts with the same words', () => {
    assert.deepEqual(furniture('Related to the talks, officials met in Homs.'), []);
    assert.deepEqual(furniture('Tags were found on the crates in Homs.'), []);
    assert.deepEqual(furniture('The Syria-Related Violence In Homs'), []);
    assert.deepEqual(furniture('Officials said related talks in Homs went on.'), []);
    assert.deepEqual(placesIn('Related to the talks, officials met in Homs.'), ['homs-sy']);
  });

  test("a picture's caption and an embedded post are furniture as a whole sentence", () => {
    assert.equal(isFurnitureSentence('Smoke rises over Homs in this handout picture provided by the agency.'), true);
    assert.equal(isFurnitureSentence('Rescuers search the rubble in a photo released by the civil defence.'), true);
    assert.equal(isFurnitureSentence('The market in Homs - pic.twitter.com/abc123 May 5 2016'), true);
    assert.deepEqual(placesIn('Shells hit Hama on Monday. Smoke rises over Homs in this handout picture provided by the agency.'), ['hamah-sy']);
  });

  test('a sentence that only speaks of pictures is read', () => {
    assert.equal(isFurnitureSentence('The agency released pictures of the damage in Homs.'), false);
    assert.equal(isFurnitureSentence('In this city a photographer was killed.'), false);
    assert.deepEqual(placesIn('The agency released pictures of the damage in Homs.'), ['homs-sy']);
  });
});
