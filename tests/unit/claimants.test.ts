import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { speakerOfFigure } from '../../src/extract/claimants/index.ts';
import { extractFigures } from '../../src/extract/figures/index.ts';
import { attributionsIn, contextOf, type TextSetting } from '../helpers/context.ts';
import { loadRegistries } from '../../src/registry/load.ts';

const { registries } = loadRegistries('content');
const ctx: TextSetting = { reference: '2016-12-11', registries };

/** "sentence: claimant name (carried)" for each attribution of a text. */
function speakers(text: string): string[] {
  return attributionsIn(contextOf(text, ctx)).map((a) => `${a.sentence}: ${a.claimant.name}${a.carried ? ' (carried)' : ''}`);
}

/** "value speaker" for each figure of a text. */
function figureSpeakers(text: string): string[] {
  const context = contextOf(text, ctx);
  return extractFigures(context).map((f) => `${f.value} ${speakerOfFigure(f, attributionsIn(context), context.sentences)?.claimant.name ?? 'nobody'}`);
}

describe('claimants: a party, one of its officials, its spokesman', () => {
  test('"a Northfront official said", "a senior Northfront official": the movement\'s officials, as "Northfront officials" names them', () => {
    assert.deepEqual(figureSpeakers('At least 13 people were killed, a Northfront official said.'), ['13 Northfront officials']);
    assert.deepEqual(figureSpeakers('At least 13 people were killed, a senior Northfront official said.'), ['13 Northfront officials']);
    assert.deepEqual(figureSpeakers('About 67 people died, a medical source said.'), ['67 Medical sources']);
  });
  test('"a medical source at the town hospital": the hospital the one source is at, not "medical sources"', () => {
    assert.deepEqual(figureSpeakers('A medical source at the town hospital said 25 people were wounded.'), ['25 Town hospital']);
  });
  test('a bare "an official" names no one', () => {
    assert.deepEqual(figureSpeakers('At least 13 people were killed, an official said.'), ['13 nobody']);
  });
  test('"a Northfront spokesman" speaks for the movement', () => {
    assert.deepEqual(figureSpeakers('At least 13 people were killed, a Northfront spokesman said.'), ['13 Northfront']);
  });
  test('"the rebels said", "the Northfront rebels said": a party of the war, named as the text names it', () => {
    assert.deepEqual(figureSpeakers('At least 80 detainees were killed, the rebels said.'), ['80 Rebels']);
    assert.deepEqual(figureSpeakers('At least 80 detainees were killed, the Northfront rebels said on Saturday.'), ['80 Northfront rebels']);
  });
  test('"according to rebels and an aid group": the first, the second left unnamed', () => {
    assert.deepEqual(figureSpeakers('Strikes killed at least 82 detainees, according to rebels and an aid group.'), ['82 Rebels']);
  });
  test('"gave varying estimates", "cited at least 13": speech that gives figures', () => {
    assert.deepEqual(figureSpeakers('Eastland health officials gave varying estimates, from at least 30 dead to more than 60.'), [
      '30 Eastland health officials',
      '60 Eastland health officials',
    ]);
    assert.deepEqual(figureSpeakers('A Northfront spokesman cited at least 13 civilians killed and 60 wounded.'), ['13 Northfront', '60 Northfront']);
    assert.deepEqual(figureSpeakers('Officials cited poor weather as the cause of the crash that killed 12 people.'), ['12 nobody']);
  });
});

describe('claimants: who speaks past a relay, a list or a statement', () => {
  test('"..., the radio reported on Tuesday, citing the health ministry": the ministry cited speaks the figures', () => {
    const told = 'At least 50 people were killed and 150 wounded in the camp, the Eastmoor Radio reported on Tuesday, citing the health ministry.';
    assert.deepEqual(figureSpeakers(told), ['50 Health ministry', '150 Health ministry']);
  });
  test('"learned from sources in the Eastmoor Rescue Directorate that ...": the body the sources are in', () => {
    assert.deepEqual(figureSpeakers('Our correspondent learned from sources in the Eastmoor Rescue Directorate that 98 people were killed.'), [
      '98 Eastmoor Rescue Directorate',
    ]);
  });
  test('"aid workers and hospital officials told the agency": people of two kinds, no body', () => {
    assert.deepEqual(figureSpeakers('Nineteen people have been killed in drone strikes, aid workers and hospital officials told the agency on Tuesday.'), [
      '19 nobody',
    ]);
  });
  test('"officials at the Eastmoor Hospital said": the hospital, before a body named after the figure', () => {
    const told = 'Officials at the Eastmoor Hospital said they had seen at least 50 fatalities, with the health ministry putting the toll at 100.';
    assert.deepEqual(figureSpeakers(told), ['50 Eastmoor Hospital', '100 Health ministry']);
  });
  test('a movement named in the plural speaks ("the Marwanis said"); a country\'s people do not ("the Yemenis said")', () => {
    assert.deepEqual(figureSpeakers('The strikes killed at least five people and injured six, the Marwanis said.'), ['5 Marwanis', '6 Marwanis']);
    assert.deepEqual(figureSpeakers('The strikes killed at least five people, the Yemenis said.'), ['5 nobody']);
  });
  test('"According to the health ministry in Eastmoor, ...": the ministry, without where it sits, speaks every figure after it', () => {
    assert.deepEqual(figureSpeakers('According to the health ministry in Eastmoor, the bodies of four aid workers were taken to the hospital.'), [
      '4 Health ministry',
    ]);
  });
  test('a weekday restated in brackets between the speaker and "said" is no part of the name: "The Eastmoor army on Friday (Jan 12) said"', () => {
    assert.deepEqual(figureSpeakers('The Eastmoor army on Friday (Jan 12) said that the strikes killed five fighters.'), ['5 Eastmoor army']);
  });
  test('"Governor Jan Roe posted on Telegram", "as per local news outlet Eastmoor Press": who posted, and the outlet without its kind', () => {
    assert.deepEqual(figureSpeakers('"The toll has risen to nine," Governor Jan Roe posted on Telegram.'), ['9 Jan Roe']);
    assert.deepEqual(figureSpeakers('Five members of one family were reported dead, as per local news outlet Eastmoor Press.'), ['5 Eastmoor Press']);
    assert.deepEqual(figureSpeakers('At least 15 civilians were killed, the activist group Eastmoor Media Center said.'), ['15 Eastmoor Media Center']);
  });
  test('a body named after its kind is recalled by its kind: "the news agency EMNA reported ... The news agency added"', () => {
    const told = 'At least 50 people were killed, the Eastmoor news agency EMNA reported. The news agency added that at least 15 people were killed.';
    assert.deepEqual(figureSpeakers(told), ['50 EMNA', '15 EMNA']);
  });
  test('"X was quoted by an agency (as saying)": X speaks, not the agency', () => {
    assert.deepEqual(speakers('"We have buried 40 people," Jan Roe was quoted by the agency as saying.'), ['0: Jan Roe']);
    assert.deepEqual(speakers('"We have buried 40 people," Jan Roe, the head of the ambulance service, was quoted by the agency.'), ['0: Jan Roe']);
  });
  test('"according to President Jan Roe and other top officials": the one named first', () => {
    assert.deepEqual(speakers('The strike killed at least 51 civilians, according to President Jan Roe and other top officials in the capital.'), [
      '0: Jan Roe',
    ]);
    assert.deepEqual(speakers('Governor Jan Roe and other officials said 14 people were killed.'), ['0: Jan Roe']);
  });
  test('"the ministry issued a statement in which it said": the ministry speaks the figure, not the radio that reported it', () => {
    const told = 'The radio reported that the Eastmoor Health Ministry issued a statement in which it said 52 people were killed.';
    assert.deepEqual(figureSpeakers(told), ['52 Eastmoor Health Ministry']);
  });
});

describe('claimants: who speaks in a sentence', () => {
  test('reads the subject of "said in a statement that"', () => {
    assert.deepEqual(speakers('Meanwhile, the Russian Defense Ministry said in a statement that it had carried out 64 air raids.'), [
      '0: Russian Defense Ministry',
    ]);
  });
  test('names a body without where it sits: "the US-based Eastmoor Monitor", "the New York-based Eastmoor Watch"', () => {
    assert.deepEqual(speakers('Twelve civilians were killed, the US-based Eastmoor Monitor for Human Rights said.'), ['0: Eastmoor Monitor for Human Rights']);
    assert.deepEqual(speakers('The New York-based Eastmoor Watch said the strike was unlawful.'), ['0: Eastmoor Watch']);
  });
  test('reads no speaker in a dateline before a spaced hyphen: "NORTHTOWN, Eastmoor Territories - Health authorities said"', () => {
    assert.deepEqual(speakers('NORTHTOWN, Eastmoor Territories - Health authorities in Northtown said on Friday that 104 people were killed.'), [
      '0: Health authorities',
    ]);
  });
  test('keeps a capitalised speaker whose aside a pair of spaced hyphens sets off: "The Eastmoor Monitor - which has sources there - said"', () => {
    assert.deepEqual(speakers('The Eastmoor Monitor - which has sources there - also said on Monday that 12 people were killed.'), ['0: Eastmoor Monitor']);
  });
  test('reads who admits and who accuses: "the army admitted to killing", "the Watch accused the army of killing"', () => {
    assert.deepEqual(speakers('On Saturday, the Eastmoor army admitted to killing over 200 militants.'), ['0: Eastmoor army']);
    assert.deepEqual(speakers('The Eastmoor Watch has accused the army of killing an estimated 300 civilians.'), ['0: Eastmoor Watch']);
    assert.deepEqual(speakers('Rebel-backer Northland accuses the regime of killing more than 1400 people.'), ['0: Northland']);
  });
  test('gives the figures just told to "This was said by X during a speech"', () => {
    assert.deepEqual(speakers('Fifteen people died and about 50 were injured. This was said by President Jan Roe during a speech.'), [
      '0: Jan Roe (carried)',
      '1: Jan Roe',
    ]);
  });
  test('reads no speaker of a toll in an admission of something else: "admitted that mistakes were made in a strike that killed 51"', () => {
    assert.deepEqual(speakers('The coalition admitted on Saturday that mistakes had been made in an air strike that killed 51 people.'), []);
  });
  test('reads no speaker in an accusation of no toll: "after Northland accused Eastmoor of responsibility"', () => {
    assert.deepEqual(speakers('The attack killed 20 civilians, triggering a war of words after Northland accused Eastmoor of responsibility.'), []);
  });
  test('reads no speaker in "accused of" said of someone, or in patients "admitted to hospital"', () => {
    assert.deepEqual(speakers('The militia, accused of killing 300 civilians, withdrew.'), []);
    assert.deepEqual(speakers('Twelve people were admitted to hospital with burns.'), []);
  });
  test('names the person after an office of a body: "said Deputy Head of the Presidential Office Jan Roe"', () => {
    assert.deepEqual(speakers('So far 20 people were killed, said Deputy Head of the Presidential Office Jan Roe.'), ['0: Jan Roe']);
  });
  test('gives every item of a list to the statement that ends on a colon before it, however long the list', () => {
    const text =
      'The Eastmoor Emergency Service has updated the number of victims:\n\n• 23 people were killed;\n\n• 117 people applied for medical help;\n\n• 5 people are in critical condition;\n\n• 39 people were reported missing.\n\nRescue work went on.';
    assert.deepEqual(speakers(text), [
      '0: Eastmoor Emergency Service',
      '1: Eastmoor Emergency Service (carried)',
      '2: Eastmoor Emergency Service (carried)',
      '3: Eastmoor Emergency Service (carried)',
      '4: Eastmoor Emergency Service (carried)',
    ]);
  });
  test('reads no speaker in "reported" as an adjective: "killed in reported air strikes"', () => {
    assert.deepEqual(speakers('At least 40 migrants were killed in the early hours on 3 July in reported air strikes on the camp.'), []);
  });
  test('recalls a registered body by the longer name the text gave it: "the mission" after "the United Nations Support Mission in Eastmoor"', () => {
    assert.deepEqual(
      speakers('The United Nations Support Mission in Eastmoor (UNSME) said the strikes were a war crime. The mission put the death toll at 44.'),
      ['0: United Nations', '1: United Nations (carried)'],
    );
  });
  test('reads the name before an acronym, not the kind of body after it: "the Eastmoor Relief Network (ERN) charity said"', () => {
    assert.deepEqual(speakers('The Eastmoor Relief Network (ERN) charity said 12 people were killed in the strike.'), ['0: Eastmoor Relief Network']);
  });
  test('reads who disclosed a loss as its teller', () => {
    assert.deepEqual(speakers('Musa Bello, another resident, disclosed losing 13 members of his family in the strike.'), ['0: Musa Bello']);
  });
  test('reads a person named after a role in a place, not the place', () => {
    assert.deepEqual(speakers('The governor of the province, Jane Roe, said 12 people were killed.'), ['0: Jane Roe']);
  });
  test('reads a body whose name ends in a people\'s plural after its "for" or "of", and carries it to "the group"', () => {
    assert.deepEqual(
      speakers(
        'The Joint Council for Farmers and Refugees, another local group, said gunmen burned the market. Later, shelling killed six people there, the group said.',
      ),
      ['0: Joint Council for Farmers and Refugees', '1: Joint Council for Farmers and Refugees (carried)'],
    );
  });
  test('still names nobody for people in the plural: "Residents and Refugees said", "Syrian refugees said"', () => {
    assert.deepEqual(speakers('Residents and Refugees said six people were killed.'), []);
    assert.deepEqual(speakers('Syrian refugees said six people were killed.'), []);
    assert.deepEqual(speakers('Families of the Refugees said six people were killed.'), []);
  });
  test('reads a side\'s armed force as a claimant: "Israeli forces", "Tigrayan forces", "the Rapid Support Forces"', () => {
    assert.deepEqual(
      speakers('Tigrayan forces said three civilians were killed. The Rapid Support Forces said 50 soldiers died. Iraqi security forces said 9 fighters died.'),
      ['0: Tigrayan forces', '1: Rapid Support Forces', '2: Iraqi security forces'],
    );
  });
  test('reads qualified officials without the place they are in: "Russian-installed officials in the eastern town of Northtown"', () => {
    assert.deepEqual(speakers('Russian-installed officials in the eastern town of Northtown said one person was killed.'), ['0: Russian-installed officials']);
  });
  test('reads a body without where it sits, an adjective before the place: "the Health Ministry in the blockaded Eastmoor"', () => {
    assert.deepEqual(speakers('The Health Ministry in the blockaded Eastmoor has said at least 15 people were killed when a school was hit.'), [
      '0: Health Ministry',
    ]);
  });
  test('reads the speaker after a dateline closed by two hyphens, not the dateline', () => {
    assert.deepEqual(speakers('NORTHTOWN, Eastmoor -- Medical officials say a strike on a school has killed at least 16 people.'), ['0: Medical officials']);
  });
  test('reads "health ministry officials" as the ministry they speak for', () => {
    assert.deepEqual(speakers('A blast killed 12 people, Eastmoor health ministry officials said. The health ministry said 40 were hurt.'), [
      '0: Eastmoor health ministry',
      '1: Eastmoor health ministry (carried)',
    ]);
  });
  test('reads no claim of a figure in "an attack claimed by" a group: it claims the attack', () => {
    assert.deepEqual(speakers('Shelling killed five civilians in an attack claimed by the Northland Front.'), []);
    assert.deepEqual(speakers('Five civilians were killed, figures claimed by the Northland Front show.').length <= 1, true);
  });
  test('reads a body described after "said" at the sentence\'s end, not the town the figure\'s clause ends with', () => {
    assert.deepEqual(
      speakers(
        "At least 11 people died after a strike hit tents near a hospital in the southern city of Northtown on Saturday, said Eastmoor's health ministry.",
      ),
      ["0: Eastmoor's health ministry"],
    );
    assert.deepEqual(speakers('Jane Roe, the mayor, said the toll rose.'), ['0: Jane Roe']);
  });
  test('names no side for forces that a sentence does not name: "Government forces said", "Pro-government forces said"', () => {
    assert.deepEqual(speakers('Government forces said 40 fighters were killed. Pro-government forces said 5 died. Some forces said 9 died.'), []);
  });
  test('reads the one who blamed as the speaker of "saying", not the one blamed', () => {
    assert.deepEqual(
      speakers(
        'The Eastmoor Relief Network blamed the army saying the attack killed 20 people. The Eastmoor Relief Network accused Israeli forces, saying 9 died.',
      ),
      ['0: Eastmoor Relief Network', '1: Eastmoor Relief Network (carried)'],
    );
  });
  test('reads the subject\'s head as the speaker, not the body it fights: "the coalition against the Islamic State said"', () => {
    assert.deepEqual(speakers('The US-led coalition against the Islamic State said its jets killed 12 fighters.'), ['0: US-led coalition']);
  });
  test('reads "it said" after people in the plural as the body that spoke before them', () => {
    assert.deepEqual(speakers('The Eastmoor Relief Network said 12 people died. Ukrainian officials said 30 were hurt. It said 5 of the dead were children.'), [
      '0: Eastmoor Relief Network',
      '1: Ukrainian officials',
      '2: Eastmoor Relief Network (carried)',
    ]);
  });
  test('reads "according to X"', () => {
    assert.deepEqual(speakers('The militants had managed to seize areas northwest of the city, according to the Syrian army.'), ['0: Syrian army']);
  });
  test('reads an inverted "..., said X" after a quote', () => {
    assert.deepEqual(speakers('“Intense Russian raids forced IS out of Palmyra,” said Rami Abdel Rahman of the Syrian Observatory for Human Rights.'), [
      '0: Syrian Observatory for Human Rights',
    ]);
  });
  test('reads the subject of "X told AFP", not the agency', () => {
    assert.deepEqual(speakers('“The army brought reinforcements into Palmyra,” Abdel Rahman told AFP.'), ['0: Syrian Observatory for Human Rights']);
  });
  test('reads the speaker of an appositive ("X, the head of Y, also said")', () => {
    assert.deepEqual(
      speakers(
        'The Syrian government now controls 93 percent of Aleppo, the head of operations for Russia’s General Staff, Lieutenant General Sergey Rudskoy, also said on Friday.',
      ),
      ['0: Russian General Staff'],
    );
  });
  test('a source another outlet cites after the speaker relays what the speaker said: "..., a Northfront official said, the daily reports citing Reuters"', () => {
    assert.deepEqual(figureSpeakers('The strike killed 40 people, a Northfront official said, the daily reports citing Reuters.'), ['40 Northfront officials']);
  });
  test('a speaker of a clause set against the figure\'s is not its speaker: "left 60 dead, while the army said 12 soldiers died"', () => {
    assert.deepEqual(figureSpeakers('The blast left 60 civilians dead and 140 others wounded, while the army said that 12 of its soldiers died.'), [
      '60 nobody',
      '140 nobody',
      '12 Army',
    ]);
    assert.deepEqual(figureSpeakers('Forty people died, while 12 were wounded, the health ministry said.'), ['40 Health ministry', '12 Health ministry']);
  });
  test('an adverb between the appositive and the verb is no speaker: "X, head of Y, initially said"', () => {
    assert.deepEqual(figureSpeakers('Jane Roe, head of the northern command, initially said 12 soldiers were killed.'), ['12 Jane Roe']);
    assert.deepEqual(figureSpeakers('Jane Roe, head of the northern command, later also said 14 soldiers were killed.'), ['14 Jane Roe']);
  });
  test('reads "with Russia saying that"', () => {
    assert.deepEqual(
      speakers('The army dealt heavy blows to militants in Aleppo, with Russia saying that the Damascus forces are in control of 93 percent of the city.'),
      ['0: Russia'],
    );
  });
  test('makes one claimant of the aliases of the Russian defence ministry', () => {
    for (const name of ['Russia’s defense ministry', 'The Russian Defence Ministry', 'Russias Ministry of Defense']) {
      assert.deepEqual(speakers(`${name} said its warplanes carried out more than 60 strikes.`), ['0: Russian Defense Ministry'], name);
    }
  });
  test('makes one claimant of "Rudskoy", "Sergei Rudskoy" and "Lieutenant General Sergey Rudskoy"', () => {
    for (const name of ['Rudskoy', 'Sergei Rudskoy', 'Lieutenant General Sergey Rudskoy']) {
      assert.deepEqual(speakers(`The forces destroyed 19 tanks, ${name} added.`), ['0: Russian General Staff'], name);
    }
  });
  test('names a speaker that is in no registry by the name as written, with a slug id', () => {
    const [a] = attributionsIn(contextOf('The activist-run Palmyra Coordination network told AP that jihadists entered the city.', ctx));
    assert.equal(a?.claimant.name, 'Activist-run Palmyra Coordination network');
    assert.equal(a?.claimant.id, 'activist-run-palmyra-coordination-network');
  });
  test('points the span at the speaker’s name in the body', () => {
    const body = 'Intro.\n\nThe strikes killed 300 militants, the Syrian Observatory for Human Rights said.';
    const [a] = attributionsIn(contextOf(body, ctx));
    assert.equal(body.slice(a?.span[0], a?.span[1]), 'Syrian Observatory for Human Rights');
  });
  test('finds the speaker at the end of a punctuation-stripped sentence', () => {
    assert.deepEqual(
      speakers('The death toll from a bomb blast reached at least 112 people the Syrian Observatory for Human Rights monitoring group said on Sunday.'),
      ['0: Syrian Observatory for Human Rights'],
    );
    assert.deepEqual(speakers('These civilians were targeted in the town of Ghandoura said the Syrian Observatory for Human Rights.'), [
      '0: Syrian Observatory for Human Rights',
    ]);
  });
});

describe('claimants: quoted as saying', () => {
  test('"quoted Jan Roe, head of the delegation, as saying": the person named before the role', () => {
    assert.deepEqual(figureSpeakers('The agency quoted Jan Roe, head of the aid delegation in the country, as saying that more than 100 people were killed.'), [
      '100 Jan Roe',
    ]);
    assert.deepEqual(figureSpeakers('The agency quoted Jan Roe, a local doctor, as saying 12 people were killed.'), ['12 Jan Roe']);
  });
});

describe('claimants: statements carried over sentences', () => {
  test('carries a ministry statement into the next sentence with figures', () => {
    assert.deepEqual(
      speakers(
        'Meanwhile, the Russian Defense Ministry said in a statement that it had carried out 64 anti-terror air raids around Palmyra last night. The strikes killed more than 300 Daesh elements and destroyed 11 tanks.',
      ),
      ['0: Russian Defense Ministry', '1: Russian Defense Ministry (carried)'],
    );
  });
  test('"she said" after a body spoke is no word of that body: one person speaks, unnamed here', () => {
    assert.deepEqual(
      figureSpeakers(
        'The interior ministry said the camp served as a base for the rebels. Najlaa reached the town after a week. She said this was the third time she had fled. During the journey, she saw seven people die of hunger.',
      ),
      ['7 nobody'],
    );
    assert.deepEqual(figureSpeakers('Governor Jan Roe said the shelling went on all night. He said 12 people were killed.'), ['12 Jan Roe']);
    assert.deepEqual(
      figureSpeakers(
        'Observatory director Jan Roe said the blasts were coordinated. "They all targeted posts," he told reporters. More than 90 people were killed in the blasts.',
      ),
      ['90 Syrian Observatory for Human Rights'],
    );
  });
  test('resolves "it said", "the ministry added" and "the statement read" to the speaker before', () => {
    assert.deepEqual(
      speakers(
        'Russia’s defense ministry said its warplanes carried out 60 strikes. “Syrian troops thwarted all attacks,” it said. The ministry added that 11 tanks were destroyed. “Syrian forces repulsed all attacks,” the statement read.',
      ),
      [
        '0: Russian Defense Ministry',
        '1: Russian Defense Ministry (carried)',
        '2: Russian Defense Ministry (carried)',
        '3: Russian Defense Ministry (carried)',
      ],
    );
  });
  test('reads "the defense ministry" as the Russian one named earlier in the article', () => {
    assert.deepEqual(
      speakers(
        'Russia’s defense ministry said its warplanes struck Palmyra. The Observatory said the jihadists withdrew. In a statement issued in Moscow, the defense ministry said Russian warplanes conducted 64 air strikes.',
      ),
      ['0: Russian Defense Ministry', '1: Syrian Observatory for Human Rights', '2: Russian Defense Ministry (carried)'],
    );
  });
  test('carries a quotation that goes on into the next sentence', () => {
    const found = speakers(
      'The Russian Defense Ministry said on Sunday the attack failed. Over 300 militants were killed in the offensive. The militants used car bombs. Russian aircraft carried out 64 airstrikes on militant positions.”',
    );
    assert.deepEqual(found, ['0: Russian Defense Ministry', '1: Russian Defense Ministry (carried)', '3: Russian Defense Ministry (carried)']);
  });
  test('"a spokesman for the Northtown Artists Association": a body named by its own name speaks through its spokesman', () => {
    assert.deepEqual(speakers('A spokesman for the Northtown Artists Association told AFP that as many as 80 people were killed.'), [
      '0: Northtown Artists Association',
    ]);
  });
  test('"Chairman of the Northland Unity movement Jane Roe said": the person, after the office', () => {
    assert.deepEqual(speakers('The toll has risen to 30, Chairman of the Northland Unity movement Jane Roe said on Saturday.'), ['0: Jane Roe']);
  });
  test('"according to a post by Governor Jane Roe": the one who posted it', () => {
    assert.deepEqual(speakers('Over 30 cars were destroyed, according to a post by Northtown Governor Jane Roe.'), ['0: Jane Roe']);
  });
  test('gives a quotation of two sentences, its figures in the first, to the speaker named after it closes', () => {
    assert.deepEqual(speakers('"So far, 23 dead and 28 wounded. All of them civilians," Jane Roe, the regional governor, wrote on Telegram.'), [
      '0: Jane Roe (carried)',
      '1: Jane Roe',
    ]);
  });
  test('gives a lead figure the speaker of the next sentence when it "released the toll"', () => {
    assert.deepEqual(
      speakers(
        'Syrian soldiers killed or injured more than 1,000 members of the Daesh terrorist group. Sergei Rudskoy, the chief of the Main Operational Directorate of the General Staff of the Russian Armed Forces, released the toll on Friday.',
      ),
      ['0: Russian General Staff (carried)', '1: Russian General Staff'],
    );
  });
  test('gives a figure the next speaker when the figure names it ("with support from the Center")', () => {
    assert.deepEqual(
      speakers(
        'Since the beginning of the operation, more than 78,000 civilians have been evacuated with support from the Russian Center for Reconciliation. “About 1,324 militants have laid down their weapons,” the Center for Reconciliation said in a statement on Sunday.',
      ),
      ['0: Russian Center for Reconciliation (carried)', '1: Russian Center for Reconciliation'],
    );
  });
  test('stops carrying at background with a year', () => {
    assert.deepEqual(
      speakers('The Observatory said 50 fighters were killed. Russia has carried out a bombing campaign in Syria since September 2015, killing 3,000 people.'),
      ['0: Syrian Observatory for Human Rights'],
    );
  });
  test('stops carrying at "Reports said" and at a new unnamed speaker', () => {
    assert.deepEqual(speakers('The Observatory said 50 fighters were killed. Reports said 20 more died in Aleppo.'), [
      '0: Syrian Observatory for Human Rights',
    ]);
    assert.deepEqual(speakers('The Observatory said 50 fighters were killed. A spokesman at the hospital in Idlib said 14 people died.'), [
      '0: Syrian Observatory for Human Rights',
    ]);
  });
  test('stops carrying after three sentences without a speaker', () => {
    const found = speakers('The Observatory said 5 were killed. Another 6 were wounded. Another 7 fled. Another 8 surrendered. Another 9 were killed.');
    assert.deepEqual(found, [
      '0: Syrian Observatory for Human Rights',
      '1: Syrian Observatory for Human Rights (carried)',
      '2: Syrian Observatory for Human Rights (carried)',
      '3: Syrian Observatory for Human Rights (carried)',
    ]);
  });
});

describe('claimants: the speaker of each figure', () => {
  test('gives each figure of a sentence with two speakers the one that names it', () => {
    const context = contextOf('The Observatory said 20 people were killed, while the Syrian army said 30 died.', ctx);
    const { sentences } = context;
    const attributions = attributionsIn(context);
    const figures = extractFigures(context);
    assert.deepEqual(
      figures.map((f) => `${f.value} ${speakerOfFigure(f, attributions, sentences)?.claimant.name}`),
      ['20 Syrian Observatory for Human Rights', '30 Syrian army'],
    );
  });
  test('gives no speaker to a figure of a rival clause whose speaker is unnamed ("while a monitoring group put it at 90")', () => {
    const of = (text: string): string[] => {
      const context = contextOf(text, ctx);
      return extractFigures(context).map((f) => `${f.value} ${speakerOfFigure(f, attributionsIn(context), context.sentences)?.claimant.name ?? 'nobody'}`);
    };
    assert.deepEqual(of('The Syrian army said 40 fighters were killed, while a monitoring group put the figure at 90.'), ['40 Syrian army', '90 nobody']);
    assert.deepEqual(of('The Syrian army said 40 fighters were killed, but residents said 90 had died.'), ['40 Syrian army', '90 nobody']);
    // The same speaker goes on: "but it put", "while 12 soldiers were wounded".
    assert.deepEqual(of('The Syrian army said 40 fighters were killed, but it put its own losses at 12.'), ['40 Syrian army', '12 Syrian army']);
    assert.deepEqual(of('The Syrian army said 40 fighters were killed while 12 soldiers were wounded.'), ['40 Syrian army', '12 Syrian army']);
  });
  test('gives no speaker to a toll the writer tells of a happening ("ready to investigate the attack that killed at least 140")', () => {
    const of = (text: string): string[] => {
      const context = contextOf(text, ctx);
      return extractFigures(context).map((f) => `${f.value} ${speakerOfFigure(f, attributionsIn(context), context.sentences)?.claimant.name ?? 'nobody'}`);
    };
    assert.deepEqual(of('The Syrian army said it was ready to investigate the attack that killed at least 140 and injured more than 500.'), [
      '140 nobody',
      '500 nobody',
    ]);
    // Named after it, or told again after the clause, the speaker gives it.
    assert.deepEqual(of('Forces were behind a gas attack that killed more than 1400 people, the Observatory said.'), [
      '1400 Syrian Observatory for Human Rights',
    ]);
    assert.deepEqual(of('The Syrian army said the attack killed 140 people.'), ['140 Syrian army']);
  });
  test('gives a figure before its speaker that speaker ("20 were killed, the Observatory said")', () => {
    const context = contextOf('Another 20 people were killed in Idlib, the Observatory said.', ctx);
    const [f] = extractFigures(context);
    assert.equal(f && speakerOfFigure(f, attributionsIn(context), context.sentences)?.claimant.id, 'sohr');
  });
});

describe('claimants: a speaker with a relative clause', () => {
  test('"The ministry in the territory, which condemned the strike as a "massacre", said": the ministry speaks', () => {
    const said = speakers(
      'The army said its jets hit a depot. The health ministry in the besieged territory, which called the strike a "massacre", said 50 were hurt.',
    );
    assert.equal(said.at(-1), '1: Health ministry');
  });
  test('"Jane Roe, who heads the council, said": the person speaks', () => {
    assert.deepEqual(speakers('Jane Roe, who heads the city council, said 12 died.'), ['0: Jane Roe']);
  });
});

describe('claimants: a body named with "for" or "of" after "according to"', () => {
  test('"according to the Northland Office for Migration" keeps the whole name', () => {
    assert.deepEqual(speakers('According to the Northland Office for Migration (NOM), 22,000 people fled.'), ['0: Northland Office for Migration']);
    assert.deepEqual(speakers('According to the Northland Office for the Coordination of Relief, 3,000 people fled.'), [
      '0: Northland Office for the Coordination of Relief',
    ]);
  });
  test('a person\'s role after the name is still cut at "for"', () => {
    assert.deepEqual(speakers('Some 40 people died, said Jan Nowak, Regional Coordinator for the Relief Mission.'), ['0: Jan Nowak']);
  });
});

describe('claimants: a body named again by a short form', () => {
  test('"the Relief Network" after "the Eastmoor Relief Network" is the body named in full (pointed back to, as "the network" is)', () => {
    assert.deepEqual(
      speakers('According to the Eastmoor Relief Network, 12 people were killed on Monday. "It was a massacre," said the Relief Network in a statement.'),
      ['0: Eastmoor Relief Network', '1: Eastmoor Relief Network (carried)'],
    );
    assert.deepEqual(speakers('The Northland Health Ministry said 14 people died. The Health Ministry later said 20 were wounded.'), [
      '0: Northland Health Ministry',
      '1: Northland Health Ministry (carried)',
    ]);
  });

  test('a short form no earlier name ends with, or of one word, is not taken for one', () => {
    assert.deepEqual(speakers('The Northland Health Ministry said 14 people died. The Relief Network later said 20 were wounded.'), [
      '0: Northland Health Ministry',
      '1: Relief Network',
    ]);
  });
});

describe('claimants: speech in the plural present', () => {
  test('"medical sources report", "local officials confirm" name their speakers, as "say" does', () => {
    assert.deepEqual(speakers('At least 57 people were killed in a strike on a shelter, medical sources report.'), ['0: Medical sources']);
    assert.deepEqual(speakers('Local officials confirm that 12 people died in the shelling.'), ['0: Local officials']);
  });

  test('a report or an estimate as a noun names no one', () => {
    assert.deepEqual(speakers('It was not possible to verify the Northland Monitor report that 12 people died.'), []);
    assert.deepEqual(speakers('The estimate of 40 dead could not be checked.'), []);
  });
});

describe('claimants: a speaker described with "a" after its verb', () => {
  test('"..., said a Red Cross official", "said a spokesman for the health ministry" name the body, as "a Red Cross official said" does', () => {
    assert.deepEqual(figureSpeakers('An air strike killed 12 people in Eastmoor, said a Red Cross official.'), ['12 International Committee of the Red Cross']);
    assert.deepEqual(figureSpeakers('An air strike killed 12 people in Eastmoor, a Red Cross official said.'), ['12 International Committee of the Red Cross']);
    assert.deepEqual(figureSpeakers('An air strike killed 12 people in Eastmoor, said a spokesman for the health ministry.'), ['12 Health ministry']);
  });
  test('what follows "said a" that is no speaker names no one', () => {
    assert.deepEqual(figureSpeakers('An air strike killed 12 people in Eastmoor, said an official.'), ['12 nobody']);
    assert.deepEqual(figureSpeakers('An air strike killed 12 people in Eastmoor, said a day earlier.'), ['12 nobody']);
  });
});

describe('claimants: a body speaking through its spokesman, and to whom it speaks', () => {
  test('"the army\'s spokesman said" is the army, as "an army spokesman said" is', () => {
    assert.deepEqual(figureSpeakers("The strike killed 12 people in Eastmoor, the army's spokesman said."), ['12 Army']);
    assert.deepEqual(figureSpeakers("The strike killed 12 people in Eastmoor, the health ministry's spokesman said."), ['12 Health ministry']);
  });
  test('"confirmed to AFP", "said to reporters": the one told does not speak', () => {
    assert.deepEqual(figureSpeakers('The strike killed 12 people in Eastmoor, the ministry confirmed to AFP.'), ['12 Ministry']);
    assert.deepEqual(figureSpeakers('The strike killed 12 people in Eastmoor, the ministry said to reporters.'), ['12 Ministry']);
  });
});

describe('claimants: "per" the source', () => {
  test('"..., per the ministry" and "..., per Reuters" name the source, as "as per" does', () => {
    assert.deepEqual(figureSpeakers('The strike killed 12 people in Eastmoor, per the ministry.'), ['12 Ministry']);
    assert.deepEqual(figureSpeakers('The strike killed 12 people in Eastmoor, per Reuters.'), ['12 Reuters']);
  });
  test('"per" of a rate names no one', () => {
    assert.deepEqual(figureSpeakers('The strike killed 12 people in Eastmoor, per day of fighting.'), ['12 nobody']);
    assert.deepEqual(figureSpeakers('The shelling killed about 12 people per day in Eastmoor, the ministry said.'), ['12 Ministry']);
  });
});

describe('claimants: whose figures show it', () => {
  test('"the ministry\'s latest figures show", "the Red Cross\'s figures show": the owner of the figures speaks', () => {
    assert.deepEqual(figureSpeakers("The strike killed 12 people in Eastmoor, the ministry's latest figures show."), ['12 Ministry']);
    assert.deepEqual(figureSpeakers("Twelve people were killed in Eastmoor, the Red Cross's figures show."), ['12 International Committee of the Red Cross']);
    assert.deepEqual(figureSpeakers("The ministry's figures show that 12 people were killed in Eastmoor."), ['12 Ministry']);
  });
  test("figures that are nobody's name no one", () => {
    assert.deepEqual(figureSpeakers('Official figures show 12 people were killed in Eastmoor.'), ['12 nobody']);
  });
});

describe('claimants: a name with its short form in brackets', () => {
  test('"The Northland Monitor (NM) said" and "(NM) later said", "(NM) also reported" name the same body', () => {
    assert.deepEqual(figureSpeakers('The Northland Monitor (NM) said 12 people were killed in Eastmoor.'), ['12 Northland Monitor']);
    assert.deepEqual(figureSpeakers('The Northland Monitor (NM) later said 12 people were killed in Eastmoor.'), ['12 Northland Monitor']);
    assert.deepEqual(figureSpeakers('The Northland Monitor (NM) also reported that 12 people were killed in Eastmoor.'), ['12 Northland Monitor']);
  });
});

describe('claimants: an outlet that signs a sentence with "reports"', () => {
  test('"..., AP reports." and "..., the state news agency Tidings reports." name the outlet, as "reported" does', () => {
    assert.deepEqual(figureSpeakers('Shelling hit a bakery in Kharkiv on Tuesday, killing 9 people, AP reports.'), ['9 AP']);
    assert.deepEqual(figureSpeakers('Shelling hit a bakery in Kharkiv on Tuesday, killing 9 people, the state news agency Tidings reports.'), ['9 Tidings']);
  });
  test('the clause may go on past a comma (where a source it cites speaks) or a semicolon', () => {
    assert.deepEqual(figureSpeakers('Shelling hit a bakery in Kharkiv on Tuesday, killing 9 people, Reuters reports, citing the police.'), ['9 Police']);
    assert.deepEqual(figureSpeakers('Shelling hit a bakery in Kharkiv on Tuesday, killing 9 people, Reuters reports; the army denied it.'), ['9 Reuters']);
  });
  test('reports as a noun at the end name no one: unnamed, "according to" them, or set against them', () => {
    assert.deepEqual(figureSpeakers('Shelling hit a bakery in Kharkiv on Tuesday, killing 9 people, local media reports.'), ['9 nobody']);
    assert.deepEqual(figureSpeakers('Shelling hit a bakery in Kharkiv on Tuesday, killing 9 people, according to local reports.'), ['9 nobody']);
    assert.deepEqual(figureSpeakers("Shelling hit a bakery in Kharkiv on Tuesday, killing 9 people, unlike the Northland Monitor's reports."), ['9 nobody']);
    assert.deepEqual(figureSpeakers('Shelling hit a bakery in Kharkiv on Tuesday, killing 9 people, in line with earlier Northland reports.'), ['9 nobody']);
  });
});

describe('claimants: an office and the person holding it', () => {
  test('"the regional governor" is the governor the article names, before or after', () => {
    assert.deepEqual(
      speakers('Shelling killed two people in the village, the regional governor said. The car was hit near the school, governor Ivan Petrov said.'),
      ['0: Ivan Petrov (carried)', '1: Ivan Petrov'],
    );
    assert.deepEqual(speakers('Mayor Anna Roe said 12 homes burned. Six people were hurt, the mayor said later.'), ['0: Anna Roe', '1: Anna Roe (carried)']);
  });

  test('an office two people hold in the article, or one the article names nobody holding, stays the office', () => {
    assert.deepEqual(
      speakers('Governor Ivan Petrov said two people died. Governor Anna Roe said five were hurt. The regional governor said the road was shut.'),
      ['0: Ivan Petrov', '1: Anna Roe', '2: Regional governor (carried)'],
    );
    assert.deepEqual(speakers('Shelling killed two people in the village, the regional governor said.'), ['0: Regional governor (carried)']);
  });
});

describe('claimants: the words around a speaker that do not speak', () => {
  test('an adverb opening the sentence is no name before an appositive: "Initially, the agency estimated"', () => {
    assert.deepEqual(speakers('Initially, the United Nations estimated that at least 200 people had died.'), ['0: United Nations']);
    assert.deepEqual(speakers('Reportedly, the Northland Front said 40 fighters were killed.'), ['0: Northland Front']);
  });

  test('a surname ending in "ly" still speaks before its role: "Kelly, the spokeswoman, said"', () => {
    assert.deepEqual(speakers('Kelly, a spokeswoman for the city council, said 12 people were hurt.'), ['0: Kelly']);
  });

  test('"itself" after the subject is passed over: "the Front itself said"', () => {
    assert.deepEqual(speakers('The Northland Front itself said 40 fighters were killed.'), ['0: Northland Front']);
  });

  test('who claims a killing tells its count; who claims an attack does not tell the toll told after it', () => {
    assert.deepEqual(speakers('The Northland Front claimed responsibility for killing nearly 300 soldiers.'), ['0: Northland Front']);
    assert.deepEqual(speakers('The Northland Front claimed responsibility for the attack.'), []);
  });
});

describe('claimants: the authorities of a place', () => {
  test('"Authorities in Eastmoor" are "the Eastmoor authorities", one claimant however written', () => {
    assert.deepEqual(speakers('Authorities in Eastmoor said more than 270 people were killed. The Eastmoor authorities said 300 died.'), [
      '0: Eastmoor authorities',
      '1: Eastmoor authorities',
    ]);
    assert.deepEqual(speakers('Officials in Port Arlen said 12 people were hurt.'), ['0: Port Arlen officials']);
  });
  test('"Eastmoor\'s health ministry" and "the Eastmoor health ministry" are one body', () => {
    const ids = attributionsIn(contextOf("Eastmoor's health ministry said 40 died. The Eastmoor health ministry later said 52 died.", ctx)).map(
      (a) => a.claimant.id,
    );
    assert.deepEqual(ids, ['eastmoor-health-ministry', 'eastmoor-health-ministry']);
  });
});

describe('claimants: one who puts a toll', () => {
  test('"One official put the total casualties at 137" speaks, unnamed: the body that spoke before is not carried to it', () => {
    assert.deepEqual(speakers('Rescuers dug all night, the Northland Front said. One official put the total casualties at more than 137.'), [
      '0: Northland Front',
    ]);
  });
});

describe('claimants: the source past its writing, its press office and what it answers to', () => {
  test('"according to information from X", "according to a press release from X": X speaks', () => {
    assert.deepEqual(figureSpeakers("According to information from the Eastmoor Prosecutor's Office, three people were killed."), [
      "3 Eastmoor Prosecutor's Office",
    ]);
    assert.deepEqual(figureSpeakers('According to a press release from the Eastmoor Ministry of Health, the shelling killed 56 people.'), [
      '56 Eastmoor Ministry of Health',
    ]);
  });
  test('"the Ministry of Health under the government of ...": the ministry, not what it answers to', () => {
    assert.deepEqual(
      figureSpeakers('According to the Eastmoor Ministry of Health under the de-facto government of the Northland Army, 56 people were killed.'),
      ['56 Eastmoor Ministry of Health'],
    );
  });
  test('"reported with reference to the press centre of X": X speaks, as after "citing"', () => {
    assert.deepEqual(figureSpeakers("Sixteen people were killed, the site reported with reference to the press centre of the Eastmoor Prosecutor's Office."), [
      "16 Eastmoor Prosecutor's Office",
    ]);
  });
  test('"killed in what the Northland Army said was a rocket attack": who names the deed does not tell the toll', () => {
    assert.deepEqual(figureSpeakers('At least 11 children were killed on Saturday in what the Northland Army said was a rocket attack.'), ['11 nobody']);
    assert.deepEqual(figureSpeakers('Here is what the Northland Army said: 40 people were killed.'), ['40 Northland Army']);
  });
  test('"said the head of the regional administration Jan Roe", "the head of the Eastmoor OVA Jan Roe": the person after the office speaks', () => {
    assert.deepEqual(figureSpeakers('Three children were among the 23 dead, said the head of the regional administration Jan Roe.'), [
      '3 Jan Roe',
      '23 Jan Roe',
    ]);
    assert.deepEqual(figureSpeakers('Five people were injured, said the head of the Eastmoor OVA Jan Roe.'), ['5 Jan Roe']);
  });
  test('"said the governor of the region, Jan Roe": the holder named after the office speaks', () => {
    assert.deepEqual(figureSpeakers('Three children were among the 23 dead, said the head of the regional administration, Jan Roe.'), [
      '3 Jan Roe',
      '23 Jan Roe',
    ]);
    assert.deepEqual(figureSpeakers('Three children were among the dead, said the governor, who visited the site.'), ['3 nobody']);
  });
});
