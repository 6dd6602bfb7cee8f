import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadRegistries } from '../../src/registry/load.ts';
import { attributionsIn, contextOf, type TextSetting } from '../helpers/context.ts';

const { registries } = loadRegistries('content');
const ctx: TextSetting = { reference: '2016-12-11', registries };

/** The claimants named in a text; these tests want none. */
function claimantsIn(text: string): string[] {
  return attributionsIn(contextOf(text, ctx)).map((a) => `${a.sentence}: ${a.claimant.name}`);
}

const NO_CLAIMANT: readonly [string, string][] = [
  ['a city named after the place it renames', 'Officials in the capital, Eastmoor, said 12 people were killed.'],
  [
    'a village the text locates, in the clause before the speaker',
    'In the deadliest strike on Monday in the Idlib province town of Kafr Bukva, 17 people working at a mill lost their lives, said one of the aid workers.',
  ],
  ['a city named after where the speakers are', 'Two doctors in the regional capital, Eastmoor, told the agency that 80 people died.'],
  ['an article stating a figure as its own', 'The strikes killed more than 300 Daesh elements.'],
  ['a pronoun with nobody before it', 'It said 20 people were killed.'],
  ['"Reports said"', 'Reports said fighting was underway on several fronts.'],
  ['"were reported missing", told passively', 'Thirty-nine people were reported missing after the strike.'],
  ['a clause opener before a speech verb ("If confirmed")', 'If confirmed, the strikes would be the deadliest of the year.'],
  ['"Once confirmed"', 'Once confirmed, the toll will be published.'],
  ['"it was reported"', 'Separately, it was reported that the army had made advances.'],
  ['"there were reports"', 'Earlier on Saturday, there were reports that IS militants re-entered Palmyra.'],
  ['a passive "was said to"', 'On Thursday, the Syrian Army was said to have suspended combat.'],
  ['people in the plural', 'US-backed Kurdish militants said Thursday that they had reached an agreement.'],
  ['people described by a place', 'Activists in rural Aleppo said that the bombing went on.'],
  ['an indefinite speaker', 'A spokesman at the hospital in Kafr Takharim in Idlib said an air strike hit its courtyard.'],
  ['a medium after "told"', 'Local sources told The New Arab that no aid had entered.'],
  ['a name inside a compound', 'A Turkey-based Syrian woman said the warplanes struck early.'],
  ['"claimed the lives of"', 'The explosion claimed the lives of three citizens.'],
  ['an adjective "alleged"', 'The site of Tuesday’s alleged attack was shelled.'],
  ['a noun "reports"', 'The US military is investigating reports that civilians were killed.'],
  ['a place after a preposition', 'The Directorate of Health in east Aleppo reported that hospitals were hit.'],
  ['a verb with no speech ("the ministry named the villages")', 'The ministry named the villages as Za’araya and al-Rowzah.'],
];

for (const [what, text] of NO_CLAIMANT) {
  test(`names no claimant for ${what}: "${text}"`, () => {
    assert.deepEqual(claimantsIn(text), []);
  });
}

test('names the army, not the month, in "As recently as May, the army reported"', () => {
  assert.deepEqual(
    claimantsIn('As recently as May, the army reported that militants fired a dozen rockets at the base.').map((c) => c.replace(/^0: /, '')),
    ['Army'],
  );
});
