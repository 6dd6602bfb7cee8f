import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { breaksStatement } from '../../src/extract/claimants/carry.ts';
import { nounPhraseAtEnd } from '../../src/extract/claimants/noun-phrase.ts';
import { splitRole } from '../../src/extract/claimants/roles.ts';
import type { Registries } from '../../src/model/types.ts';
import type { Tagger } from '../../src/extract/tagger.ts';
import { attributionsIn, contextOf, lexiconsOf, type TextSetting } from '../helpers/context.ts';

// Registries of the test's own: nothing of the shipped seeds is needed to read these sentences.
const registries: Registries = {
  sources: [{ id: 'wire-one', name: 'Wire One', aliases: ['W1'], patterns: [] }],
  claimants: [{ id: 'relief-cross', name: 'Relief Cross', aliases: ['RC'] }],
  places: [],
  notPlaces: [],
};
const ctx: TextSetting = { reference: '2031-05-02', registries };

/** "sentence: name [role] (carried)" for each attribution of a text. */
function speakers(text: string): string[] {
  return attributionsIn(contextOf(text, ctx)).map(
    (a) => `${a.sentence}: ${a.claimant.name}${a.claimant.role ? ` [${a.claimant.role}]` : ''}${a.carried ? ' (carried)' : ''}`,
  );
}

describe('claimants: the noun phrase that says', () => {
  test('"Name, role, said" names the person and keeps the appositive as role', () => {
    assert.deepEqual(speakers('Jane Roe, spokeswoman for the Eastmoor regional administration, said at least 19 people were killed.'), [
      '0: Jane Roe [spokeswoman for the Eastmoor regional administration]',
    ]);
  });
  test('"Name, of the Body, told Medium" names the person, never the medium', () => {
    assert.deepEqual(speakers('Ivan Petrov, of the Freedonian Civil Defence, told Wire One that militias killed at least one man.'), [
      '0: Ivan Petrov [of the Freedonian Civil Defence]',
    ]);
  });
  test('with two appositives the bare name still speaks', () => {
    assert.deepEqual(speakers('Omar Zaid, a spokesman for the Free Legion, a rebel alliance backed by Freedonia, said 60 fighters left.'), [
      '0: Omar Zaid [spokesman for the Free Legion]',
    ]);
  });
  test('a parenthesis inside the appositive does not cut it', () => {
    assert.deepEqual(speakers('Jan Nowak, head of delegation for the Relief Cross (RC) in Eastmoor, said 22 children were killed.'), [
      '0: Jan Nowak [head of delegation for the Relief Cross (RC) in Eastmoor]',
    ]);
  });
  test('titles and roles are kept apart from the name', () => {
    assert.deepEqual(speakers('Coalition spokesman Col Jan al Nowak said four people died.'), ['0: Jan al Nowak [Coalition spokesman Col]']);
    assert.deepEqual(speakers('Governor of the Eastmoor region of Freedonia Ivan Petrov said that 33 people were killed.'), [
      '0: Ivan Petrov [Governor of the Eastmoor region of Freedonia]',
    ]);
    assert.deepEqual(
      speakers("Spokesman for Freedonia's Security Service Jan Nowak said 4 died.").map((s) => s.split(' [')[0]),
      ['0: Jan Nowak'],
    );
  });
  test('bodies are kept whole, whatever their head', () => {
    assert.deepEqual(speakers('Freedonia’s state bus company said more than 12 people had been hurt.'), ["0: Freedonia's state bus company"]);
    assert.deepEqual(speakers('The rebel-run health ministry said 23 people were killed.'), ['0: Rebel-run health ministry']);
    assert.deepEqual(speakers('The Eastmoor city council said 12 people died.'), ['0: Eastmoor city council']);
  });
  test('an office of a place is the speaker, not the place', () => {
    assert.deepEqual(speakers('The count is disputed, with the mayor of Eastmoor saying that 26 people had died.'), ['0: Mayor of Eastmoor']);
    assert.deepEqual(speakers('The director of the Eastmoor region put the toll at 35.'), ['0: Director of the Eastmoor region']);
  });
  test('"citing X", "in the estimates of X", "data from X show" name X', () => {
    assert.deepEqual(speakers('In the estimates of the Eastmoor People’s Republic (EPR), about 14 people were killed.'), ["0: Eastmoor People's Republic"]);
    assert.deepEqual(speakers('Data from the Eastmoor Health Directorate show 45 were wounded.'), ['0: Eastmoor Health Directorate']);
  });
  test('a document speaks for its owner', () => {
    assert.deepEqual(speakers('The Eastmoor council’s statement said 4 were killed.'), ['0: Eastmoor council']);
  });
  test('people at a body name the body; people in a place name no one', () => {
    assert.deepEqual(speakers('According to defence analysts at the think tank Grey Atlas Group, the rebels lost 9 percent of their land.'), [
      '0: Grey Atlas Group',
    ]);
    assert.deepEqual(speakers('Residents in Eastmoor said 5 died.'), []);
  });
  test('qualified sources are claimants named as written; bare ones are not', () => {
    assert.deepEqual(speakers('Medical sources said at least 11 people were killed.'), ['0: Medical sources']);
    assert.deepEqual(speakers('Freedonian officials said 28 people died.'), ['0: Freedonian officials']);
    assert.deepEqual(speakers('Medics and witnesses said 7 were wounded.'), ['0: Medics and witnesses']);
    assert.deepEqual(speakers('Officials said 4 died.'), []);
    assert.deepEqual(speakers('Several officials said 5 were hurt.'), []);
  });
});

describe('claimants: the outlet only for its own count', () => {
  test("an outlet's own journalists make it the claimant", () => {
    assert.deepEqual(speakers('Wire One journalists on the scene reported seeing the bodies of at least 18 people.'), ['0: Wire One [journalists]']);
    assert.deepEqual(speakers('A W1 photographer at the scene said 12 bodies lay by the road.'), ['0: Wire One [photographer]']);
  });
  test('an outlet that could not verify a figure is not its claimant, and no statement carries into it', () => {
    assert.deepEqual(speakers('The army said 20 were killed. Wire One could not verify the 20 deaths.'), ['0: Army']);
  });
});

describe('claimants: coreference within an article', () => {
  test('"the mayor", "the governor" resolve to the person given that office', () => {
    assert.deepEqual(speakers('Eastmoor mayor Oleg Sidorenko said 21 people had died. According to the mayor, 3 buses left.'), [
      '0: Oleg Sidorenko [Eastmoor mayor]',
      '1: Oleg Sidorenko [Eastmoor mayor] (carried)',
    ]);
  });
  test('a bare surname resolves to the person named in full before', () => {
    assert.deepEqual(speakers('Health Agency spokesman Tarik Nowak said 19 injured people were moved. Among the injured are 8 women, Nowak added.'), [
      '0: Tarik Nowak [Health Agency spokesman]',
      '1: Tarik Nowak [Health Agency spokesman] (carried)',
    ]);
  });
  test('"the organisation said" is the body named last, even earlier in the same sentence', () => {
    assert.deepEqual(
      speakers('Governor Ivan Petrov said that 16 people were killed. A hospital supported by the Relief Cross received 11 bodies, the organisation said.'),
      ['0: Ivan Petrov [Governor]', '1: Relief Cross (carried)'],
    );
  });
  test('"announced this" gives the figure told just before to the speaker', () => {
    assert.deepEqual(speakers('Out of 90,000 residents, 35,000 people remain in the town. Eastmoor mayor Oleg Sidorenko announced this on radio.'), [
      '0: Oleg Sidorenko [Eastmoor mayor] (carried)',
      '1: Oleg Sidorenko [Eastmoor mayor]',
    ]);
  });
});

describe('claimants: what is not a speaker', () => {
  for (const text of [
    'The minister said he would visit the town on Monday.',
    'The bridge is said to be the oldest in the region.',
    'Meanwhile, 300 people were killed in the fighting.',
    'In a statement issued in Eastmoor, 12 people were reported missing.',
  ]) {
    test(`"${text}" names no new claimant from a figure's words`, () => {
      const found = speakers(text);
      assert.ok(
        found.every((s) => !/\d|Meanwhile|statement|bridge/i.test(s)),
        found.join('; '),
      );
    });
  }
  test('a clause after "said" is what is told, not who tells it', () => {
    assert.deepEqual(speakers('Jane Roe, the mayor, said at least 27 people were killed.'), ['0: Jane Roe [mayor]']);
  });
});

describe('claimants: roles and noun phrases on their own', () => {
  test('splitRole keeps a body whole', () => {
    assert.deepEqual(splitRole('Eastmoor Security Service'), { name: 'Eastmoor Security Service', role: null });
    assert.deepEqual(splitRole('Freedonian President Ivan Petrov'), { name: 'Ivan Petrov', role: 'Freedonian President' });
  });
  test('nounPhraseAtEnd reads bodies and offices, and nothing else', () => {
    const tagger = (): Tagger => lexiconsOf(registries).tagger();
    assert.equal(nounPhraseAtEnd('the Eastmoor city council', tagger)?.text, 'the Eastmoor city council');
    assert.equal(nounPhraseAtEnd('the attack', tagger), null);
    assert.equal(nounPhraseAtEnd('its warplanes carried out 60 strikes', tagger), null);
  });
});

describe('claimants: voices of bodies and adverbs after names', () => {
  test('"spokesman for the health ministry in Eastmoor" is the ministry, through its spokesman', () => {
    assert.deepEqual(speakers('At least 140 people were killed in the raid, spokesman for the health ministry in Eastmoor said on Tuesday.'), [
      '0: Health ministry [spokesman]',
    ]);
  });
  test('"a spokesperson for the ministry in Eastmoor" is the ministry: where it sits is no part of who speaks', () => {
    assert.deepEqual(speakers('A spokesperson for the health ministry in Eastmoor has reported 212 casualties from the blast.'), [
      '0: Health ministry [spokesperson]',
    ]);
    assert.deepEqual(speakers('A police spokesman in Eastmoor said nine people were killed in the raid.'), ['0: Police']);
    assert.deepEqual(speakers('Nine people were killed in the raid, a senior health ministry official told Wire One.'), ['0: Health ministry']);
  });
  test('"a spokesman for the Freedonian interior ministry" is the ministry as the text names it', () => {
    assert.deepEqual(speakers('A spokesman for the Freedonian interior ministry said nine people were killed in Eastmoor.'), [
      '0: Freedonian interior ministry [spokesman]',
    ]);
  });
  test('"the health ministry spokesperson" speaks for the ministry', () => {
    assert.deepEqual(speakers('The health ministry spokesperson has reported 212 casualties in Eastmoor.'), ['0: Health ministry']);
  });
  test('"had initially reported" leaves the name whole', () => {
    assert.deepEqual(speakers('Ministry spokesman Jan Nowak had initially reported 12 deaths.'), ['0: Jan Nowak [Ministry spokesman]']);
  });
  test('a phrase of a hundred "had"s is read quickly', () => {
    const t0 = performance.now();
    speakers(`The ministry ${'had '.repeat(5000)}said 30 people died.`);
    assert.ok(performance.now() - t0 < 2000);
  });
});

describe('claimants: the subject of a second clause', () => {
  test('"... and the director of the Eastmoor region putting the figure at 35" names the director', () => {
    assert.deepEqual(
      speakers(
        'The count is disputed, with the mayor of Eastmoor saying that 26 people had died and the director of the Eastmoor region putting the figure at 35.',
      ),
      ['0: Mayor of Eastmoor', '0: Director of the Eastmoor region'],
    );
  });
});

describe("claimants: a registered body's spokesman", () => {
  test("the spokesman's surname later is the body again", () => {
    assert.deepEqual(speakers('Relief Cross spokesman Tarik Nowak said 19 injured people were moved. Among them are 8 women, Nowak added.'), [
      '0: Relief Cross',
      '1: Relief Cross (carried)',
    ]);
  });
});

describe('claimants: hearsay is not carried', () => {
  test('"reportedly" after a statement is not the statement', () => {
    assert.deepEqual(speakers('The army said 20 soldiers died. Air strikes reportedly killed 140 fighters overnight.'), ['0: Army']);
  });
});

describe('carry: background that ends a statement', () => {
  test('a war or conflict of any country told as background ends the statement', () => {
    assert.equal(breaksStatement('Northland’s war has killed thousands since it began.'), true);
    assert.equal(breaksStatement("The country's conflict began a decade ago."), true);
    assert.equal(breaksStatement('The ministry said 12 soldiers were hurt on Monday.'), false);
  });
  test('the writer telling of the statement itself ends it', () => {
    assert.equal(breaksStatement('The announcement came a day after the raid, which also left at least 30 wounded.'), true);
    assert.equal(
      speakers('"We will look into it," a senior coalition official said. The announcement came a day after a raid that left 30 wounded.').length,
      1,
    );
  });
});
