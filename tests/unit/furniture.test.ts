import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isFurniture, teaserOf, withoutTrailingCredits } from '../../src/ingest/furniture.ts';

describe('page furniture', () => {
  for (const line of [
    'Share',
    'Send comment',
    'Subscribe to our newsletter for updates',
    'News ID: 425676',
    '3 / 12',
    'Back to top',
    'Source link',
    'Source link -94',
    'Details added (first version posted on 18:03)',
    'This story has been updated.',
    '(Reporting by Jane Roe in Northtown; Editing by John Doe)',
    'Reporting by Jane Roe in Northtown; Additional reporting by John Doe in Eastmoor; Editing by Mark Smith',
    '(Reporting By Jane Roe, Editing by John Doe)',
    'icon-facebook icon-twitter icon-whatsapp',
    'Facebook Twitter Email',
    'Share | Telegram | Copy link',
    'Facebook icon',
    'e-mail icon',
    'icon-whatsapp',
  ]) {
    test(`drops "${line}"`, () => assert.equal(isFurniture(line), true));
  }
  for (const line of ['Icon of the revolution, he said, was the square.', 'The Facebook icon was removed.']) {
    test(`keeps "${line}"`, () => assert.equal(isFurniture(line), false));
  }
  test('cuts the credits in brackets that close a paragraph, and nothing else in brackets', () => {
    assert.equal(withoutTrailingCredits('The theatre was hit. (Reporting by Jane Roe; Editing by John Doe)'), 'The theatre was hit.');
    assert.equal(withoutTrailingCredits('The theatre was hit (by a missile, officials said).'), 'The theatre was hit (by a missile, officials said).');
    assert.equal(withoutTrailingCredits('The toll rose. (Reporting by local media)'), 'The toll rose. (Reporting by local media)');
  });
  test('reads a "READ MORE" line as a teaser, kept apart', () => {
    assert.equal(teaserOf('READ MORE: Army advances near Palmyra'), 'Army advances near Palmyra');
  });
  test('reads "Read:", "Read next:" and "Related stories:" lines as teasers; a sentence that tells of reading is none', () => {
    assert.equal(teaserOf('Read:  More than 4 million people have fled the region'), 'More than 4 million people have fled the region');
    assert.equal(teaserOf('Read next: Ceasefire talks stall'), 'Ceasefire talks stall');
    assert.equal(teaserOf('Related stories: Ceasefire talks stall'), 'Ceasefire talks stall');
    assert.equal(teaserOf('Read the full statement on the ministry site.'), null);
    assert.equal(teaserOf('Read this too One hundred people were killed in the attack'), 'One hundred people were killed in the attack');
    assert.equal(isFurniture('X (formerly Twitter)'), true);
  });
  test('handles a line of a million characters quickly', () => {
    const t0 = performance.now();
    assert.equal(isFurniture('icon '.repeat(200_000)), true);
    assert.equal(isFurniture(`${'word '.repeat(200_000)}.`), false);
    assert.ok(performance.now() - t0 < 500);
  });
});

describe('page furniture: article text that must stay', () => {
  for (const line of [
    'The strikes killed more than 300 militants.',
    'Share prices fell in Damascus as the army advanced.',
    'Comments by the minister were broadcast on Sunday.',
    'Search teams found 12 bodies under the rubble.',
    'Details added on Monday showed the strike hit a school, and the toll was raised to 14 by the ministry in a later statement.',
    'Reporting by local media said 12 people died in the strike on the market.',
    'Twitter said the accounts were suspended.',
    'Facebook and Twitter removed the videos of the strike.',
  ]) {
    test(`keeps "${line}"`, () => assert.equal(isFurniture(line), false));
  }
});
