/**
 * The claimants' fast paths give exactly what the slower reading they spare
 * would give: an alias tried without its look-aheads ends where its whole
 * pattern ends, and the word filter never rules out a name's first word.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { aliasEnd, compileAlias, exactAliasRegex } from '../../src/extract/claimants/alias-pattern.ts';
import { compileRegistry } from '../../src/extract/claimants/registry.ts';
import { lowerAsciiHash, mayBeAmong, wordFilter } from '../../src/extract/claimants/word-hash.ts';
import { loadRegistries } from '../../src/registry/load.ts';

const { registries } = loadRegistries('content');
const ALIASES = registries.claimants.flatMap((e) => [e.name, ...e.aliases]).map((a) => a.trim());
/** What may follow a name where a look-ahead decides: letters, digits, compounds, possessives, punctuation. */
const AFTER = [
  '',
  ' said',
  's',
  'S',
  "'s",
  '’s',
  "'s-run",
  's-run',
  "'s-1",
  '-based',
  '-',
  '- ',
  '-1',
  '.',
  ',',
  'x',
  'é',
  '1',
  "'",
  "'x",
  'ss',
  "s'",
  ' (MoD)',
  '’',
  '😀',
];

describe('claimants fast paths', () => {
  test('an alias tried without its look-aheads ends where its whole pattern ends', () => {
    for (const alias of ALIASES) {
      const pattern = compileAlias(alias);
      const exact = exactAliasRegex(alias);
      for (const after of AFTER) {
        for (const text of [`${alias}${after}`, `${alias.toLowerCase()}${after}`, `${alias.toUpperCase()}${after}`]) {
          exact.lastIndex = 0;
          const m = exact.exec(text);
          assert.equal(aliasEnd(pattern, text, 0), m ? m[0].length : -1, JSON.stringify(text));
        }
      }
    }
  });

  test('the word filter keeps every alias word in any case, with or without a possessive "s"', () => {
    const words = ALIASES.flatMap((a) => a.match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => w.toLowerCase());
    const filter = wordFilter(words.flatMap((w) => [w, `${w}s`]));
    for (const w of words) {
      for (const form of [w, w.toUpperCase(), `${w}s`, `${w[0]?.toUpperCase() ?? ''}${w.slice(1)}S`]) {
        assert.ok(mayBeAmong(filter, lowerAsciiHash(form, 0, form.length)), form);
      }
    }
    assert.equal(lowerAsciiHash('\u212Aurdish', 0, 7), -1, 'a word beyond ASCII is left to toLowerCase');
  });

  test('the registry finds names in either case, possessive and in spelling variants', () => {
    const matcher = compileRegistry(registries.claimants);
    const ids = (text: string): string[] => matcher.find(text).map((h) => `${h.text}=${h.claimant.id}`);
    assert.deepEqual(ids('Russia’s defence ministry said'), ['Russia’s defence ministry=ru-mod']);
    // The whole pattern gives up the possessive of a compound: the bare one alone would not.
    assert.deepEqual(ids("SANA's-run and SANA's correspondent"), ['SANA=sana', "SANA's=sana"]);
    assert.deepEqual(ids('the russian defence ministry and SOHRs monitors'), ['russian defence ministry=ru-mod', 'SOHRs=sohr']);
    assert.deepEqual(ids('Turkey-based SOHR-run pro-Russia'), []);
  });
});
