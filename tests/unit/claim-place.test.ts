import assert from 'node:assert/strict';
import { test } from 'node:test';
import { speakerPhrase, speakerSpans } from '../../src/extract/places/speaker.ts';
import { withoutContainers } from '../../src/extract/places/container.ts';
import { isDestination, isWhereTreated } from '../../src/extract/places/destination.ts';
import type { Attribution, PlaceMention, Sentence } from '../../src/model/types.ts';
import { readPage } from '../helpers/context.ts';

const sentence = (text: string): Sentence => ({ index: 0, span: [0, text.length], text });
const speaker = (text: string, name: string, carried = false): Attribution => {
  const at = text.indexOf(name);
  return { sentence: 0, span: [at, at + name.length], text: name, claimant: { id: 'x', name }, carried };
};

test('a place between the speaker and "said" describes the speaker, not where the figure happened', () => {
  const text = 'Omar Haddad, a health official in Northtown, said 43 were killed in the market.';
  const phrase = speakerPhrase(sentence(text), speaker(text, 'Omar Haddad'), text.indexOf('43'));
  assert.ok(phrase);
  assert.ok(phrase[0] <= text.indexOf('Northtown') && text.indexOf('Northtown') < phrase[1]);
  assert.ok(phrase[1] <= text.indexOf('43'));
});

test("a title before the speaker's name is part of the speaker's phrase", () => {
  const text = 'The governor of the Lakeside region, Omar Haddad, said that 39 people died.';
  const phrase = speakerPhrase(sentence(text), speaker(text, 'Omar Haddad'), text.indexOf('39'));
  assert.ok(phrase && phrase[0] === 0 && phrase[1] > text.indexOf('Lakeside'));
});

test("no speaker's phrase when the figure comes first, or the speaker is carried from before", () => {
  const first = '43 were killed in Northtown, Omar Haddad said.';
  assert.equal(speakerPhrase(sentence(first), speaker(first, 'Omar Haddad'), 0), null);
  const carried = 'Omar Haddad in Northtown said 43 were killed.';
  assert.equal(speakerPhrase(sentence(carried), speaker(carried, 'Omar Haddad', true), carried.indexOf('43')), null);
});

test('a speaker\'s own name and the title after "said NAME," describe who speaks', () => {
  const text = 'Five children died, said Omar Haddad, governor of the Lakeside region.';
  const spans = speakerSpans(sentence(text), [speaker(text, 'Omar Haddad')]);
  const at = text.indexOf('Lakeside');
  assert.ok(spans.some(([a, b]) => a <= at && at < b));
  const named = "The Lakeside People's Council said 30 died.";
  const council = speakerSpans(sentence(named), [speaker(named, "Lakeside People's Council")]);
  assert.ok(council.some(([a, b]) => a <= named.indexOf('Lakeside') && named.indexOf('Lakeside') < b));
});

test('what follows "said NAME, adding" is not the speaker\'s title, and a carried speaker names nothing', () => {
  const text = 'Five died, said Omar Haddad, adding that the shells hit Lakeside.';
  const spans = speakerSpans(sentence(text), [speaker(text, 'Omar Haddad')]);
  assert.ok(!spans.some(([a, b]) => a <= text.indexOf('Lakeside') && text.indexOf('Lakeside') < b));
  assert.deepEqual(speakerSpans(sentence(text), [speaker(text, 'Omar Haddad', true)]), []);
});

const mention = (text: string, name: string, id: string): PlaceMention => {
  const at = text.indexOf(name);
  return { sentence: 0, span: [at, at + name.length], text: name, place: { id, name, kind: 'city', country: 'xx' } } as unknown as PlaceMention;
};

test('the area named as holding a town is dropped: "Northtown in Lakeside", "the Lakeside town of Northtown"', () => {
  const inText = 'The shells hit the market in Northtown town in Lakeside.';
  const kept = withoutContainers([mention(inText, 'Northtown', 'n'), mention(inText, 'Lakeside', 'l')], sentence(inText));
  assert.deepEqual(
    kept.map((m) => m.place.id),
    ['n'],
  );
  const ofText = 'The bus was hit in the Lakeside town of Northtown.';
  const held = withoutContainers([mention(ofText, 'Lakeside', 'l'), mention(ofText, 'Northtown', 'n')], sentence(ofText));
  assert.deepEqual(
    held.map((m) => m.place.id),
    ['n'],
  );
});

test('the city a suburb is named part of is dropped: "the Northtown suburb of the Westland capital of Lakeside"', () => {
  for (const text of [
    'A strike hit a shelter in the Northtown suburb of the Westland capital of Lakeside, killing 40.',
    'Shells fell on the Northtown neighbourhood of Lakeside.',
  ]) {
    const kept = withoutContainers([mention(text, 'Northtown', 'n'), mention(text, 'Lakeside', 'l')], sentence(text));
    assert.deepEqual(
      kept.map((m) => m.place.id),
      ['n'],
    );
  }
});

test('the area a place is named as the possession of is dropped: "a camp in Lakeside\'s Northtown"', () => {
  const text = "Air strikes hit a displacement camp in Lakeside's Northtown, killing 20.";
  const kept = withoutContainers([mention(text, 'Lakeside', 'l'), mention(text, 'Northtown', 'n')], sentence(text));
  assert.deepEqual(
    kept.map((m) => m.place.id),
    ['n'],
  );
});

test('the point a town is measured from is dropped: "Northtown near Lakeside", "Northtown, 20 km north of Lakeside"', () => {
  const ids = (text: string): string[] =>
    withoutContainers([mention(text, 'Northtown', 'n'), mention(text, 'Lakeside', 'l')], sentence(text)).map((m) => m.place.id);
  assert.deepEqual(ids('Shelling hit the village of Northtown near Lakeside on Monday, killing seven people.'), ['n']);
  assert.deepEqual(ids('Shelling hit Northtown, about 20 km north-west of Lakeside, killing seven people.'), ['n']);
  assert.deepEqual(ids('Shelling hit Northtown, just outside the city of Lakeside, killing seven people.'), ['n']);
  assert.deepEqual(ids('The attack on Northtown village, just north of Lakeside, wounded 20 people.'), ['n']);
  assert.deepEqual(ids('Northtown, which has 230 houses and 1,600 residents, is about 75 miles west of Lakeside.'), ['n']);
  assert.deepEqual(ids('Northtown, known for its churches, is about 145 km (90 miles) north of the capital, Lakeside.'), ['n']);
  assert.deepEqual(ids("Shelling hit Northtown, 600 km east of Northland's capital Lakeside, killing five people."), ['n']);
  assert.deepEqual(ids('Shelling hit Northtown and Lakeside, killing seven people.'), ['n', 'l']);
});

test('two places in a list or far apart hold nothing', () => {
  const text = 'Shells hit Northtown and Lakeside, and later a road in the hills near Westbury.';
  const all = [mention(text, 'Northtown', 'n'), mention(text, 'Lakeside', 'l'), mention(text, 'Westbury', 'w')];
  assert.equal(withoutContainers(all, sentence(text)).length, 3);
});

test('where people are moved to is their destination, not the place of the figure', () => {
  const moved = 'Some 40 buses took the families to Lakeside province.';
  assert.equal(isDestination(mention(moved, 'Lakeside', 'l'), sentence(moved)), true);
  const fled = 'Thousands fled the fighting into Northland.';
  assert.equal(isDestination(mention(fled, 'Northland', 'n'), sentence(fled)), true);
});

test('a place reached by no moving of people is no destination', () => {
  for (const text of ['The toll rose to 40 in Lakeside.', 'A missile was fired at Lakeside.', 'The UN will send 20 staff to Lakeside to watch.']) {
    assert.equal(isDestination(mention(text, 'Lakeside', 'l'), sentence(text)), false, text);
  }
});

test('a place narrower than the one before "in" is not the area holding it', () => {
  const text = 'Troops fired at a bus headed for Northtown in the Westbury quarter.';
  const site = { ...mention(text, 'Westbury quarter', 'w'), place: { ...mention(text, 'Westbury quarter', 'w').place, kind: 'site' as const } };
  assert.equal(withoutContainers([mention(text, 'Northtown', 'n'), site], sentence(text)).length, 2);
});

test("the title between a speaker's name and the verb describes the speaker; a clause between them does not", () => {
  const text = 'Omar Haddad, a health official in Lakeside, told reporters the count was rising.';
  assert.ok(speakerSpans(sentence(text), [speaker(text, 'Omar Haddad')]).some(([a, b]) => a <= text.indexOf('Lakeside') && text.indexOf('Lakeside') < b));
  const clause = 'Omar Haddad visited Lakeside on Monday.';
  assert.ok(
    !speakerSpans(sentence(clause), [speaker(clause, 'Omar Haddad')]).some(([a, b]) => a <= clause.indexOf('Lakeside') && clause.indexOf('Lakeside') < b),
  );
});

test('the town of a hospital that received the victims is not where they were hit', () => {
  const text = 'A hospital in Lakeside received 30 bodies.';
  assert.equal(isWhereTreated(mention(text, 'Lakeside', 'l'), sentence(text)), true);
  const hit = 'Shells hit a hospital in Lakeside.';
  assert.equal(isWhereTreated(mention(hit, 'Lakeside', 'l'), sentence(hit)), false);
  const evacuated = 'The toll could exceed 500, with many injured evacuated to hospitals in Lakeside, 40 kilometres away.';
  assert.equal(isWhereTreated(mention(evacuated, 'Lakeside', 'l'), sentence(evacuated)), true);
  const facilities = 'Hundreds of wounded were evacuated to healthcare facilities in the city of Lakeside.';
  assert.equal(isWhereTreated(mention(facilities, 'Lakeside', 'l'), sentence(facilities)), true);
});

test("a figure with no place of its own takes none of another country from the sentence before: the war's, not the strike's", () => {
  const facts = readPage(
    '2031-08-17',
    'Strike kills 10 in south Lebanon',
    'An air strike hit Nabatieh in southern Lebanon early Saturday, killing at least 10 people, the health ministry said.',
    'The group says it will stop its attacks once a ceasefire is reached in the Gaza Strip.',
    'Five others were wounded, the ministry said.',
  );
  assert.deepEqual(
    facts.claims.map((c) => [c.figure.value, c.place?.country]),
    [
      [10, 'LB'],
      [5, 'LB'],
    ],
  );
});
