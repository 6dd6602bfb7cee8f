import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { asWrittenAbroad } from '../../src/extract/claimants/country-bodies.ts';
import { extractArticle } from '../../src/extract/pipeline.ts';
import { ingestArticle } from '../../src/ingest/index.ts';
import type { Attribution, ClaimantEntry } from '../../src/model/types.ts';
import { loadRegistries } from '../../src/registry/load.ts';
import { lexiconsOf } from '../helpers/context.ts';

const { registries } = loadRegistries('content');

/** The claimant names of an article's claims, in order. */
function claimants(text: string): (string | null)[] {
  const article = ingestArticle({ file: 'a.txt', bytes: Buffer.from(`---\npublished: 2025-03-04\n---\n${text}\n`) }, registries);
  return extractArticle(article, lexiconsOf(registries)).claims.map((c) => c.claimant?.name ?? null);
}

describe('claimants: bodies that work in one country', () => {
  test('"Civil Defence" in an article about Syria is the registry body', () => {
    assert.deepEqual(claimants('An air strike on Idlib in Syria killed 12 people on Monday, the Civil Defence said.'), ['White Helmets']);
  });
  test('"civil defence" in an article about another country keeps the name the text gives it', () => {
    assert.deepEqual(claimants('A drone strike on Odesa in Ukraine killed 12 people on Monday, the civil defence said. It said 30 were hurt.'), [
      'civil defence',
      'civil defence',
    ]);
  });
  test('words that name the body’s country keep the registry body in any article', () => {
    assert.deepEqual(claimants('Shelling near the Turkish border town of Kilis in Turkey killed 12 people, the Syrian Civil Defence said.'), ['White Helmets']);
  });
  test('a registry body with no country is the same body everywhere', () => {
    assert.deepEqual(claimants('A strike on Odesa in Ukraine killed 12 people, the Red Cross said.'), ['International Committee of the Red Cross']);
  });
  test('"the country\'s" and "the territory\'s" body is named by the place the article is about', () => {
    assert.deepEqual(claimants("Air strikes on Rafah in the Gaza Strip killed 40 people on Monday, the territory's health ministry said."), [
      "Gaza Strip's health ministry",
    ]);
    assert.deepEqual(claimants("A drone strike on Odesa in Ukraine killed 12 people on Monday, the country's interior ministry said."), [
      "Ukraine's interior ministry",
    ]);
  });
});

describe('asWrittenAbroad', () => {
  const entries: ClaimantEntry[] = [{ id: 'northland-rescue', name: 'Northland Rescue', aliases: ['Rescue Service'], country: 'NL' }];
  const said = (text: string, carried = false): Attribution => ({
    sentence: 0,
    span: [0, text.length],
    text,
    claimant: { id: 'northland-rescue', name: 'Northland Rescue' },
    carried,
  });
  const countryOf = (key: string): string | null => (key === 'northland' ? 'NL' : null);
  test('leaves the registry body when the article names no country at all', () => {
    assert.equal(asWrittenAbroad([said('Rescue Service')], [], entries, countryOf)[0]?.claimant.name, 'Northland Rescue');
  });
  test('gives "it said" after a renamed body the same name', () => {
    const out = asWrittenAbroad([said('the Rescue Service'), said('It', true)], ['UA'], entries, countryOf);
    assert.deepEqual(
      out.map((a) => a.claimant.id),
      ['rescue-service', 'rescue-service'],
    );
  });
  test('keeps the body where the words name its country', () => {
    assert.equal(asWrittenAbroad([said('Northland Rescue Service')], ['UA'], entries, countryOf)[0]?.claimant.id, 'northland-rescue');
  });
});
