import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractDates } from '../../src/extract/dates/index.ts';
import { inferPublication } from '../../src/extract/publication.ts';
import { splitSentences } from '../../src/extract/sentences.ts';

const registries = { sources: [], claimants: [], places: [], notPlaces: [] };

/** Infers as the pipeline does: dates read with no reference, then reasoned over. */
function infer(text: string): string | null {
  const sentences = splitSentences(text);
  return inferPublication(sentences, extractDates(sentences, { reference: null, registries }))?.date ?? null;
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

test('reads a dateline without a year, taking the year from the text: "MOSCOW, March 3. /TASS/."', () => {
  const text = 'MOSCOW, March 3. /TASS/. The army retook the citadel on March 2, 2017, the ministry said.';
  assert.equal(infer(text), '2017-03-03');
});

test('says what it reasoned from', () => {
  const sentences = splitSentences('The siege began on 14 July 2016. On Sunday the monitor gave a toll.');
  const inferred = inferPublication(sentences, extractDates(sentences, { reference: null, registries }));
  assert.match(inferred?.evidence ?? '', /14 July 2016.*Sunday/);
});
