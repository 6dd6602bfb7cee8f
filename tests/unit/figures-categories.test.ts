import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractFigures } from '../../src/extract/figures/index.ts';
import { contextOf, type TextSetting } from '../helpers/context.ts';

const ctx: TextSetting = { reference: '2031-05-02', registries: { sources: [], claimants: [], places: [], notPlaces: [] } };

/** "value category" for each figure, in order. */
function read(text: string): string[] {
  return extractFigures(contextOf(text, ctx)).map((f) => `${f.value ?? f.vague} ${f.category}`);
}

describe('figures: the predicate past an aside', () => {
  test('"18 people, including three children, were killed": both counts are deaths', () => {
    assert.deepEqual(read('At least 18 people, including three children, were killed in the raid.'), ['18 killed', '3 killed']);
  });
  test('hyphenated number words with an aside ("Forty-one people, including six children, have died")', () => {
    assert.deepEqual(read('Forty-one people, including six children, have died.'), ['41 killed', '6 killed']);
  });
  test('a part counts as its whole ("48 wounded people, including 30 children")', () => {
    assert.deepEqual(read('The hospital received 48 wounded people, including 30 children.'), ['48 injured', '30 injured']);
  });
  test('an aside whose part goes on after its noun ("16 members of a family who fled") is passed over too', () => {
    assert.deepEqual(read('Up to 30 villagers, including 16 members of a family who had fled the north, lost their lives in the strike.'), [
      '30 killed',
      '16 killed',
    ]);
  });
  test('a manner adverb after the aside ("were tragically killed", "were badly injured") is passed over', () => {
    assert.deepEqual(read('Seven people, including a child, were tragically killed in the strike.'), ['7 killed']);
    assert.deepEqual(read('Nine people, including two children, were badly injured in the strike.'), ['9 injured', '2 injured']);
  });
  test('what people sustained or suffered is what they are ("144 people sustained injuries")', () => {
    assert.deepEqual(read('Officials reported that 144 people, including 15 children, sustained injuries in the attack.'), ['144 injured', '15 injured']);
  });
  test('a toll named by its own noun keeps it before the next figure\'s predicate ("left 15 martyrs and 70 wounded")', () => {
    assert.deepEqual(read('The strike on the school left 15 martyrs and 70 wounded, the spokesman said.'), ['15 killed', '70 injured']);
    assert.deepEqual(read('Shelling killed 40 refugees and 12 children in the camp.'), ['40 killed', '12 killed']);
  });
  test('an aside of what most of them were ("mainly women and children", "largely young men") is passed over', () => {
    assert.deepEqual(read('At least 90 people, mainly women and children, were killed on Saturday.'), ['90 killed']);
    assert.deepEqual(read('Some 60 migrants, largely young men, were wounded in the attack.'), ['60 injured']);
  });
  test('who the people were, told by a participle, is not what befell them ("12 people fleeing the fighting were killed")', () => {
    assert.deepEqual(read('At least 12 people fleeing the fighting were killed.'), ['12 killed']);
    assert.deepEqual(read('At least 12 civilians trying to flee were wounded by shelling.'), ['12 injured']);
    assert.deepEqual(read('Some 3,000 people fleeing the fighting crossed the border.'), ['3000 displaced']);
  });
  test('an aside with no commas around it is passed over too: "12 others including women and children were wounded"', () => {
    assert.deepEqual(read('Three civilians were killed and 12 others including women and children were wounded in strikes.'), ['3 killed', '12 injured']);
  });
  test('sources saying how many were hurt are no count of the hurt', () => {
    assert.deepEqual(read('The monitor cited seven local sources saying the majority of casualties occurred at a school.'), []);
  });
  test('places sheltering people are not the people: "14 schools sheltering displaced families have been hit"', () => {
    assert.deepEqual(read('At least 14 schools sheltering displaced families have been hit since July.'), ['14 other']);
  });
  test('people who did something are not what was damaged in the clause before', () => {
    assert.deepEqual(read('Ten buildings were damaged, and more than 150 people donated blood.'), ['10 destroyed', '150 other']);
  });
  test('an aside that never closes is not passed over', () => {
    assert.deepEqual(read('Some 40 buses, including ten for the sick'), ['40 other']);
  });
  test('"displaced" before whom it counts says who they were; what befell them is the predicate after', () => {
    assert.deepEqual(read('A medic said more than 60 displaced people and two nurses were dead.'), ['60 killed', '2 killed']);
    assert.deepEqual(read('About 80 internally displaced persons were wounded when the shelter was shelled.'), ['80 injured']);
    assert.deepEqual(read('Some 3,000 internally displaced people reached the town on foot.'), ['3000 displaced']);
  });
  test('a relative clause tells who the people were: "41 villagers who had sheltered in the church were killed"', () => {
    assert.deepEqual(read('Witnesses said 41 villagers who had sheltered in the cellar of the old church were killed.'), ['41 killed']);
  });
});

describe('figures: what is no count of people or of strikes', () => {
  test('aircraft and ships carry the people moved; they are not them', () => {
    assert.deepEqual(read('The air force provided 4 helicopters for the evacuation of wounded villagers.'), ['4 other']);
  });
  test('buildings a strike hit are no count of strikes', () => {
    assert.deepEqual(read('The raid struck 3 houses near the river.'), ['3 other']);
  });
  test('those a place holds are its people, not a toll: "the camp hosts 40,000 displaced people"', () => {
    assert.deepEqual(read('The camp hosts more than 40,000 displaced people, aid groups said.'), ['40000 other']);
  });
  test('people taken hostage after a toll are held, not dead: "killed 90 and 30 were taken hostage"', () => {
    assert.deepEqual(read('Gunmen killed 90 villagers and more than 30 were taken hostage.'), ['90 killed', '30 other']);
  });
  test('how often something was done counts no people: "tried 5 times to take the injured out"', () => {
    assert.deepEqual(read('The driver tried 5 times to take injured villagers to the clinic.'), ['5 other']);
  });
});

describe('figures: rises and counts put at a figure', () => {
  test('the word before "toll" says what it counts: "the injury toll rose to 18", "the casualty toll"; a bare toll counts deaths', () => {
    assert.deepEqual(read('The injury toll from the shelling rose to 18 on Monday.'), ['18 injured']);
    assert.deepEqual(read('Medics said the casualty toll rose to 40.'), ['40 casualties']);
    assert.deepEqual(read('The latest injury toll is 23, the agency said.'), ['23 injured']);
    assert.deepEqual(read('The toll rose to 12.'), ['12 killed']);
  });
  test('a toll said to be about to move counts what it counts: "the toll could rise to 60", "is expected to reach 100"', () => {
    assert.deepEqual(read('Officials warned that the toll could rise to 60.'), ['60 killed']);
    assert.deepEqual(read('The death toll is expected to reach 100.'), ['100 killed']);
  });
  test('the remains of people recovered are of the dead, as their bodies are', () => {
    assert.deepEqual(read('The remains of 41 people had been recovered by Sunday.'), ['41 killed']);
  });
  test('a count of both the dead and the hurt is of casualties: "about 400 injuries and deaths"', () => {
    assert.deepEqual(read('The shelling caused about 400 injuries and deaths in the town.'), ['400 casualties']);
    // "six deaths and injuries to more than 900 people": the injuries have a count of their own.
    assert.equal(read('The blasts caused at least six deaths and injuries to more than 900 people.')[0], '6 killed');
  });
  test("a toll's subject is read from its first word: 'the death toll from the shelling of a camp for displaced people rose to 76'", () => {
    assert.deepEqual(read('The death toll from the shelling of a camp for internally displaced people near the border has risen to 76.'), ['76 killed']);
    assert.deepEqual(read('The number of wounded among the displaced families rose to 40.'), ['40 injured']);
    assert.deepEqual(
      read(
        'The death toll in the shelling launched by the northern army on Tuesday on a camp for internally displaced persons, the largest in the province, at Eastmoor in the hill district has risen to 76.',
      ),
      ['76 killed'],
    );
    assert.deepEqual(read('The number of displaced people has risen to 3,000.'), ['3000 displaced']);
  });
  test('"grew from 44" and "rose to 61 from 47" count what the toll counts', () => {
    assert.deepEqual(read('The death toll grew from 44 on Monday.'), ['44 killed']);
    assert.deepEqual(read('The number of dead rose to 61 from 47.'), ['61 killed', '47 killed']);
  });
  test('a later figure with its own predicate keeps it ("increased to 61, and 120 were injured")', () => {
    assert.deepEqual(read('The number of people killed in the raid on the depot on May 3 increased to 61 people, and 120 were injured.'), [
      '61 killed',
      '120 injured',
    ]);
  });
  test('"28,000 deaths and millions displaced": the deaths are counted as deaths; the millions are a count of their own', () => {
    assert.deepEqual(read('With over 28,000 deaths and millions displaced, the war has devastated the country.'), ['28000 killed', 'millions displaced']);
  });
  test('"the number of casualties has risen to 17 killed and 32 injured": each counts what its own word says', () => {
    assert.deepEqual(read('The number of casualties has risen to 17 killed and 32 injured, the minister said.'), ['17 killed', '32 injured']);
    assert.deepEqual(read('The number of casualties has risen to 17, the minister said.'), ['17 casualties']);
  });
  test('"put the number of the deaths at 17", and "putting the figure at 31" after a toll', () => {
    assert.deepEqual(read('The district doctor put the number of the deaths at 17.'), ['17 killed']);
    assert.deepEqual(read('The mayor said 24 people had lost their lives and the governor put the figure at 31.'), ['24 killed', '31 killed']);
  });
  test('"at the age of 5" is an age, and the count after it is counted', () => {
    assert.deepEqual(read('A boy died at the age of 5 and 12 others were injured.'), ['12 injured']);
  });
  test('the hurt told by where or how they are: "remain hospitalized", "in critical condition", "injuries to"', () => {
    assert.deepEqual(read('More than 40 people remain hospitalized after the strike.'), ['40 injured']);
    assert.deepEqual(read('The blasts wounded 2,700 people, with 200 individuals in critical condition.'), ['2700 injured', '200 injured']);
    assert.deepEqual(read('The blasts caused injuries to more than 2,700 people.'), ['2700 injured']);
  });
  test('who "remained in the city" stayed: no count of the hurt nor of the displaced', () => {
    assert.deepEqual(read('The agency warned that almost 50,000 remained in the besieged city after the evacuation.'), ['50000 other']);
  });
  test('a number told then by "that is how many" counts what the clause says', () => {
    assert.deepEqual(read('"18... That is how many people were killed by the strike," she wrote.'), ['18 killed']);
  });
  test('lives an attack ended are deaths', () => {
    assert.deepEqual(read('A single explosion ended 18 lives on a warm Friday evening.'), ['18 killed']);
  });
  test('two counts put at two figures: each is what is named nearest it', () => {
    assert.deepEqual(read('A spokesman put the death toll at 30 and injured at 52.'), ['30 killed', '52 injured']);
    assert.deepEqual(read('Officials put the number of dead at 30 and wounded at 52.'), ['30 killed', '52 injured']);
  });
  test('a figure put at with nothing before it says nothing', () => {
    assert.deepEqual(read('The agency put the figure at 25,000.'), ['25000 other']);
  });
  test('"along with" lists with the figure before it', () => {
    assert.deepEqual(read('As many as 8 tanks were destroyed along with 15 armoured vehicles.'), ['8 destroyed', '15 destroyed']);
  });
});

describe('figures: ranges keep both ends', () => {
  const q = (text: string) => extractFigures(contextOf(text, ctx)).map((f) => `${f.value} ${f.qualifier} ${f.category}`);
  test('"between 1,000 and 1,200 people fled": at least the one, up to the other, both displaced', () => {
    assert.deepEqual(q('Between 1,000 and 1,200 people fled the town.'), ['1000 at-least displaced', '1200 up-to displaced']);
  });
  test('a toll that "is up to" or "has gone up to" a number has risen to it: exact, not at most', () => {
    assert.deepEqual(q('The death toll is now up to 23, the charity said.'), ['23 exact killed']);
    assert.deepEqual(q('The toll has gone up to 41.'), ['41 exact killed']);
    assert.deepEqual(q('The strikes killed up to 300 people.'), ['300 up-to killed']);
  });
  test('"from 30 to 40 people were killed" is a range; "rose from 39 to 52" is two tolls', () => {
    assert.deepEqual(q('From 30 to 40 people were killed.'), ['30 at-least killed', '40 up-to killed']);
    assert.deepEqual(q('The toll rose from 39 to 52.'), ['39 exact killed', '52 exact killed']);
  });
  test('the upper end of a range its lower end names: "from at least 30 dead to more than 60, and from 120 wounded to 140"', () => {
    assert.deepEqual(q('Estimates of the toll went from at least 30 dead to more than 60, and from 120 wounded to 140.'), [
      '30 at-least killed',
      '60 more-than killed',
      '120 exact injured',
      '140 exact injured',
    ]);
  });
  test('a toll that surged, rose sharply on a weekday or remained is a toll', () => {
    assert.deepEqual(q('The death toll at the station surged to 90 on Friday.'), ['90 exact killed']);
    assert.deepEqual(q('The death toll rose sharply Friday from 90 to 170.'), ['90 exact killed', '170 exact killed']);
    assert.deepEqual(q('The number of soldiers killed remained at 13.'), ['13 exact killed']);
    assert.deepEqual(q('The death toll from an air strike that hit a prison run by the rebels climbed to at least 80 detainees.'), ['80 at-least killed']);
  });
  test('"the number of" what a verb took to a figure says what it counts', () => {
    assert.deepEqual(q('The attack pushed the number of civilians killed in the region since Oct. 7 to over 30,000.'), ['30000 more-than killed']);
    assert.deepEqual(q('The new deaths took the number of dead to 89.'), ['89 exact killed']);
    assert.deepEqual(q('The number of civilians martyred has become around 40 in addition to over 100 injured.'), ['40 about killed', '100 more-than injured']);
    assert.deepEqual(q('The number of civilians who have been martyred has become around 40 in addition to over 100 injured.'), [
      '40 about killed',
      '100 more-than injured',
    ]);
  });
  test('people are never destroyed, whatever rubble stands near them', () => {
    assert.deepEqual(q('A cafe and a shop were destroyed. 57 people were pulled out from under the rubble, of which 50 died and 7 were injured.'), [
      '57 exact other',
      '50 exact killed',
      '7 exact injured',
    ]);
  });
  test('a count of blasts is no toll, a count of attackers killed is', () => {
    assert.deepEqual(q('Two explosions killed 40 people and three gunmen were killed.'), ['40 exact killed', '3 exact killed']);
  });
  test('the bombs or attacks a toll is of are no toll themselves', () => {
    assert.deepEqual(q('The death toll from two car bombs in the capital has risen to 90.'), ['90 exact killed']);
    assert.deepEqual(q('The toll from three rocket attacks on the port rose to 45.'), ['45 exact killed']);
    assert.deepEqual(q('Four missiles killed 12 people in the market.'), ['12 exact killed']);
  });
  test('a toll whose subject is set off by commas is still the toll', () => {
    assert.deepEqual(q('The number of casualties in the blast in Eastmoor, Northland has risen to 53, the agency reports.'), ['53 exact casualties']);
    assert.deepEqual(q('The death toll from two car bombs, one of which tore through a busy junction outside a hotel, has risen to 276.'), [
      '276 exact killed',
    ]);
  });
  test('a part told "of whom" after its whole counts what the whole counts', () => {
    assert.deepEqual(q('16 people were wounded in the missile attack on the hospital in the eastern district of the city, 7 of whom were children.'), [
      '16 exact injured',
      '7 exact injured',
    ]);
  });
  test('a part set off after its toll is counted in that toll, whatever the figure after it counts', () => {
    assert.deepEqual(q('Eighteen killed, including nine children, over 60 injured in a missile strike on the town.'), [
      '18 exact killed',
      '9 exact killed',
      '60 more-than injured',
    ]);
    assert.deepEqual(q('Forty wounded, among them 12 children, 3 killed in the shelling.'), ['40 exact injured', '12 exact injured', '3 exact killed']);
    assert.deepEqual(q('The strike killed 18 people, including nine children, and 75 were wounded.'), [
      '18 exact killed',
      '9 exact killed',
      '75 exact injured',
    ]);
  });
  test('a part that says what it counts, by its noun or its own verb, keeps it', () => {
    assert.deepEqual(q('Two dead and more than 50 injured casualties, including seven injured children, were confirmed.'), [
      '2 exact killed',
      '50 more-than injured',
      '7 exact injured',
    ]);
    assert.deepEqual(q('Since April, 637 have been wounded, among them 22 aid workers were killed.'), ['637 exact injured', '22 exact killed']);
  });
  test('an aside between dashes or in brackets is passed over as one between commas', () => {
    assert.deepEqual(q('At least 74 people — including a dozen children — were killed in the raid.'), ['74 at-least killed']);
    assert.deepEqual(q('At least 74 people (including a dozen children) were killed in the raid.'), ['74 at-least killed', '12 exact killed']);
  });
  test('a toll said to be higher than a figure, or a number of the killed said to be close to one, is that toll', () => {
    assert.deepEqual(q('A source said the death toll from the attack on the town could be higher than 500.'), ['500 exact killed']);
    assert.deepEqual(q('The report said the actual number of those killed could be closer to 600.'), ['600 exact killed']);
    assert.deepEqual(q('The number of people in the camp is close to 5,000.'), ['5000 up-to other']);
  });
  test('a list is not a range', () => {
    assert.deepEqual(q('The strike killed 11 soldiers and 31 civilians.'), ['11 exact killed', '31 exact killed']);
  });
});

describe('figures: a lexicon for any war', () => {
  test('people who left a place were displaced; a strike that left people dead killed them', () => {
    assert.deepEqual(read('About 2,300 residents of the town left rebel-held districts.'), ['2300 displaced']);
    assert.deepEqual(read('At least 12,000 civilians have been removed from the north of the town.'), ['12000 displaced']);
    assert.deepEqual(read('The strike left 43 dead.'), ['43 killed']);
  });
  test('taken to hospital is wounded', () => {
    assert.deepEqual(read('Some 64 people have been taken to hospitals.'), ['64 injured']);
  });
  test('people receiving treatment, or being treated, are wounded', () => {
    assert.deepEqual(read('Some 40 people were receiving treatment at the teaching hospital.'), ['40 injured']);
    assert.deepEqual(read('The blast killed 12 people and 30 others were being treated in hospitals.'), ['12 killed', '30 injured']);
  });
  test('"died in hospital" is killed', () => {
    assert.deepEqual(read('Some 9 of them died in hospital.'), ['9 killed']);
  });
  test('vehicles that carry evacuees are not the evacuees', () => {
    assert.deepEqual(read('Some 25 buses and ambulances moved families to the coast.'), ['25 other']);
  });
  test('those who remain are not counted as fleeing', () => {
    assert.deepEqual(read('Despite the convoys, almost 20,000 remained in the town.'), ['20000 other']);
  });
  test('surrender with a verb of two words stays apart from the counted thing', () => {
    assert.deepEqual(read('A total of 9 fighters laid down their weapons.'), ['9 surrendered']);
  });
});

describe('figures: a rising count of a category noun', () => {
  test('"the number of martyrs has risen to 26" counts deaths', () => {
    assert.deepEqual(read('The ministry said the number of martyrs in the raid has risen to 26.'), ['26 killed']);
  });
});

describe('figures: a breakdown of a whole', () => {
  test('"of the 70 people wounded, some 12 were children" counts the wounded', () => {
    assert.deepEqual(read('Of the 70 people wounded who were taken to clinics, some 12 were children, 30 women and 28 men.'), [
      '70 injured',
      '12 injured',
      '30 injured',
      '28 injured',
    ]);
  });
  test('a figure after an unrelated "of the" stays other', () => {
    assert.deepEqual(read('Of the 12 villages, 4 had schools.'), ['12 other', '4 other']);
  });
});

describe('figures: ground, sorties and people sent', () => {
  test('an aside that places the ground ("located in an area of 250 square kilometers") is passed over', () => {
    assert.deepEqual(read('A total of 14 villages, located in an area of 250 square kilometers, have been retaken.'), ['14 control', '250 control']);
  });
  test('"combat flights" are sorties; "drove them from 90 percent" is ground taken', () => {
    assert.deepEqual(read('The planes conducted 410 combat flights destroying 900 depots.'), ['410 strikes', '900 destroyed']);
    assert.deepEqual(read('The offensive drove them from more than 70 percent of the valley.'), ['70 control']);
  });
  test('staff sent to watch an evacuation are not evacuees', () => {
    assert.deepEqual(read('The agency will send an additional 15 staff to watch over the convoys.'), ['15 other']);
  });
});

describe('figures: counts in brackets', () => {
  test('"rose to (17) people, while (58) others were injured" reads both counts', () => {
    assert.deepEqual(read('The death toll from the mortar fire rose to (17) people, while (58) others were injured.'), ['17 killed', '58 injured']);
  });
  test('a numbered item "(2) the army withdraws" is no figure', () => {
    assert.deepEqual(read('The plan has parts: (2) the army withdraws from the town.'), []);
  });
});

describe('figures: a breakdown opens its clause', () => {
  test('"the bodies of 29 children and treated 48 wounded, 30 of them children" keeps 30 wounded', () => {
    assert.deepEqual(read('The clinic received the bodies of 12 children and treated 40 wounded, 25 of them children.'), [
      '12 killed',
      '40 injured',
      '25 injured',
    ]);
  });
});

describe('figures: words before the counted noun', () => {
  test('"18 reported fatalities" are deaths, whatever else the sentence names', () => {
    assert.deepEqual(read('The raid drew protests after the agency for refugees said six of its staff were among the 18 reported fatalities.'), ['18 killed']);
  });
  test('"12 confirmed injuries" are injuries, "300 documented killings" deaths', () => {
    assert.deepEqual(read('Officials counted 12 confirmed injuries and 300 documented killings.'), ['12 injured', '300 killed']);
  });
  test('"reported" that no count noun follows still ends the counted thing', () => {
    assert.deepEqual(read('Police said 18 reported to the hospital.'), ['18 other']);
  });
  test('camps for the displaced are not displaced people ("two displacement camps")', () => {
    assert.deepEqual(read('The militia overran the town and two nearby displacement camps, killing over 400 and displacing some 400,000 people.'), [
      '400 killed',
      '400000 displaced',
    ]);
  });
  test('buses for an evacuation are not evacuees, the evacuations themselves are', () => {
    assert.deepEqual(read('The city sent 40 evacuation buses.'), ['40 other']);
    assert.deepEqual(read('The governor said 2,000 people were evacuated.'), ['2000 displaced']);
  });
});

describe('figures: what people were left as, and who is missing', () => {
  test('"73 were left injured" are injured, "12 left dead" dead, "40 homeless" displaced', () => {
    assert.deepEqual(read('More than 73 were left injured.'), ['73 injured']);
    assert.deepEqual(read('Twelve people were left dead and 40 homeless.'), ['12 killed', '40 displaced']);
  });
  test('people who left a place are still the displaced', () => {
    assert.deepEqual(read('Some 8,500 residents left the city.'), ['8500 displaced']);
  });
  test('the missing are not counted as what the sentence counted before them', () => {
    assert.deepEqual(read('More than 73 were injured, and 35 are still missing.'), ['73 injured', '35 other']);
  });
  test('"20 dead, 3 in serious condition and 15 missing": the missing of a list are no count of the hurt', () => {
    assert.deepEqual(read('Officials said 20 dead, 3 in serious condition and 15 missing after the attack.'), ['20 killed', '3 injured', '15 other']);
  });
  test('"more than 90 wounded, more than 40 seriously": how badly makes the second count of the wounded too', () => {
    assert.deepEqual(read('More than 90 people were wounded, more than 40 seriously, and at least 20 are missing.'), ['90 injured', '40 injured', '20 other']);
    assert.deepEqual(read('The strike killed 12 people and wounded 30, 8 critically.'), ['12 killed', '30 injured', '8 injured']);
  });
  test('"160 of the people who were killed had been cremated": a part of the dead', () => {
    assert.deepEqual(read('More than 160 of the people who were killed in the strikes had been cremated by Friday.'), ['160 killed']);
  });
  test('"a dozen explosions heard" after a toll counts no deaths', () => {
    assert.deepEqual(read('A reporter confirmed the deaths of three civilians, reporting at least a dozen explosions heard overnight.'), ['3 killed']);
  });
  test('"killed 300 and forced over 400,000 to flee": those made to go are displaced, not counted with the dead', () => {
    assert.deepEqual(read('The raid killed at least 300 people and forced over 400,000 to flee.'), ['300 killed', '400000 displaced']);
    assert.deepEqual(read('The assault forced 20,000 people to leave their homes.'), ['20000 displaced']);
  });
  test('"21 people went missing", "64 people are in hospital", and an aside left unclosed before its verb', () => {
    assert.deepEqual(read('In addition to the 18 killed, 21 people went missing as a result of the strike.'), ['18 killed', '21 other']);
    assert.deepEqual(read('The number of persons killed stood at 23, 64 people are in hospital and 5 are in critical condition.'), [
      '23 killed',
      '64 injured',
      '5 injured',
    ]);
    assert.deepEqual(read('At least 13 civilians, including women and children have been killed after a missile hit the house.'), ['13 killed']);
  });
  test('people who survived a strike are no count of strikes', () => {
    assert.deepEqual(read('He said more than 80 people survived the strike.'), ['80 other']);
  });
  test('"the number of fatalities left by ... (Freedonia) increased to 21": a subject of thirty words', () => {
    assert.deepEqual(
      read(
        'The authorities reported Sunday that the number of fatalities left by a missile attack on a multi-story residential building in the city of Eastmoor, north of Westport (Freedonia) increased to 21, while 73 people were injured.',
      ),
      ['21 killed', '73 injured'],
    );
  });
  test('"the number of people killed in ... has risen to 29", however long the subject', () => {
    assert.deepEqual(
      read('The governor said the number of people killed as a result of a missile strike on an apartment block in the city centre has risen to 29.'),
      ['29 killed'],
    );
  });
});

describe('figures: places are not the people in them', () => {
  test('"three hospitals, killing 20" counts the dead, not the hospitals', () => {
    assert.deepEqual(read('Strikes hit three hospitals in the city, killing 20.'), ['20 killed']);
  });
  test('"two camps - A and B - killing over 400" keeps only the toll', () => {
    assert.deepEqual(read('The militia attacked the town and two nearby camps - Northfield and Southfield - killing over 400.'), ['400 killed']);
  });
  test('a count of houses destroyed is still a count of destruction', () => {
    assert.deepEqual(read('Shelling destroyed 40 houses and killed 12 people.'), ['40 destroyed', '12 killed']);
  });
});

describe('figures: lives a war took', () => {
  test('"has claimed over 20,000 lives and displaced two million" counts deaths, then the displaced', () => {
    assert.deepEqual(read('The conflict has claimed over 20,000 lives and displaced more than two million people.'), ['20000 killed', '2000000 displaced']);
  });
  test('"took", "cost" and "claimed" count lives lost; "saved" does not', () => {
    assert.deepEqual(read('The war took more than 5,000 lives.'), ['5000 killed']);
    assert.deepEqual(read('The floods cost 300 lives.'), ['300 killed']);
    assert.deepEqual(read('Medics saved 200 lives.'), ['200 other']);
  });
});

describe('figures: a verb of its own after a second count', () => {
  test('"eight were wounded and 60 others kidnapped": the 60 were kidnapped, not wounded', () => {
    assert.deepEqual(read('Eight people were wounded by bullets and 60 others kidnapped.'), ['8 injured', '60 other']);
    assert.deepEqual(read('Gunmen freed 60 kidnapped women.'), ['60 other']);
  });
});

describe('figures: a breakdown in brackets', () => {
  test('"killed 131 civilians (102 men, 17 women and 12 children)": the breakdown counts deaths too', () => {
    assert.deepEqual(read('The rebels killed at least 131 civilians (102 men, 17 women and 12 children) in two villages.'), [
      '131 killed',
      '102 killed',
      '17 killed',
      '12 killed',
    ]);
  });
  test('a bracketed count after no count is left as it reads', () => {
    assert.deepEqual(read('The team visited the camps (12 in all) on Monday.'), ['12 other']);
  });
});

describe('figures: a quoted figure', () => {
  test('"put the toll at "more than 104"" is a death toll, the quote mark passed over', () => {
    assert.deepEqual(read('The committee put the toll at "more than 104".'), ['104 killed']);
  });
});

describe('figures: whom a count is among, and people taken', () => {
  test('"153 children were among the nearly 700 wounded" are wounded, though a toll of deaths came before', () => {
    assert.deepEqual(read('It said 64 children were killed in the raid, and 153 children were among the nearly 700 wounded.'), [
      '64 killed',
      '153 injured',
      '700 injured',
    ]);
    assert.deepEqual(read('Twelve children were among the dead.'), ['12 killed']);
  });
  test('"killing 1,200 people and taking 250 hostage": the hostages are not counted dead', () => {
    assert.deepEqual(read('Gunmen stormed the town, killing about 1,200 people and taking about 250 hostage.'), ['1200 killed', '250 other']);
  });
});

describe('figures: a quote that closes on the number', () => {
  test('\'told reporters "under 100" people were killed\' counts the people, and their deaths', () => {
    assert.deepEqual(read('The spokesman told reporters "under 100" people were killed.'), ['100 killed']);
  });
});

describe('figures: who a count of people were', () => {
  test('"Of the 70 wounded, 12 were children" counts wounded children', () => {
    const figures = extractFigures(contextOf('Of the 70 wounded, 12 were children.', ctx)).map((f) => `${f.value} ${f.category} ${f.what}`);
    assert.deepEqual(figures, ['70 injured ', '12 injured children']);
  });
  test('"12 U.S. service members": an initialism with its stops is part of who they were', () => {
    const figures = extractFigures(contextOf('At least 12 U.S. service members were killed.', ctx)).map((f) => `${f.value} ${f.category} ${f.what}`);
    assert.deepEqual(figures, ['12 killed U.S. service members']);
  });
  test('"28 students at a college in the town have been killed": where they were tells who they were', () => {
    assert.deepEqual(read('At least 28 students at a training college in the northern town have reportedly been killed.'), ['28 killed']);
    assert.deepEqual(read('Twelve workers inside the factory near the river were wounded on Monday.'), ['12 injured']);
    assert.deepEqual(
      read('At least 28 cadets at a military college located in the northern capital of the country have reportedly been killed after an air strike.'),
      ['28 killed'],
    );
    assert.deepEqual(read('Some 40 houses in the village were damaged and 12 people killed.'), ['40 destroyed', '12 killed']);
    assert.deepEqual(read('Three rockets fired from an area across the border hit the town, and one police officer was killed.'), ['3 strikes', '1 killed']);
    assert.deepEqual(read('The hospital had recorded four deaths from gas poisoning and 55 injuries.'), ['4 killed', '55 injured']);
    assert.deepEqual(read('Six injured civilians in the attacks on Friday died on Saturday, medics said.'), ['6 killed']);
    assert.deepEqual(read('The monitor said that 98 evacuees from the northern towns were killed when a bomb hit their buses.'), ['98 killed']);
  });
  test('"three were killed" names no one they were', () => {
    assert.deepEqual(
      extractFigures(contextOf('Three were killed and 12 were wounded.', ctx)).map((f) => f.what),
      ['', ''],
    );
  });
});

describe('figures: a relative clause after the count', () => {
  test('"the 22 people who were killed" are dead', () => {
    assert.deepEqual(read('Amongst the 22 people who were killed were 12 women and two children.'), ['22 killed', '12 killed', '2 killed']);
  });
});

describe('figures: people named for their flight, and a family named whole', () => {
  test('"23 refugees from the south had perished" are dead; "5,000 refugees crossed" are displaced', () => {
    assert.deepEqual(read('In all, 23 refugees from the south of the country had perished in the strike.'), ['23 killed']);
    assert.deepEqual(read('About 5,000 refugees crossed the border and two were killed.'), ['5000 displaced', '2 killed']);
  });
  test('"five members of one family died" counts five, not one', () => {
    assert.deepEqual(read('Five members of one family died in the strike.'), ['5 killed']);
  });
});

describe('figures: a toll that shot up, and people with injuries', () => {
  test('"the death toll has shot up to 110" counts the dead', () => {
    assert.deepEqual(read('The death toll has shot up to at least 110, the agency said.'), ['110 killed']);
  });
  test('"six others with serious injuries" after the bodies recovered are injured, not dead', () => {
    assert.deepEqual(read('Rescuers recovered 43 bodies along with six others with serious injuries.'), ['43 killed', '6 injured']);
  });
  test('"50 bodies, many with gunshot wounds" are dead all the same', () => {
    assert.deepEqual(read('The video showed 50 bodies, many with gunshot wounds.'), ['50 killed']);
    assert.deepEqual(read('The video showed 50 bodies with gunshot wounds.'), ['50 killed']);
  });
  test('"left 12 others with burns" are injured', () => {
    assert.deepEqual(read('The blast killed five people and left 12 others with burns.'), ['5 killed', '12 injured']);
  });
});

describe('figures: who sought treatment or refuge, who was forced from home, who was aimed at', () => {
  test('"202 people sought medical aid", "117 applied for medical help" are injured', () => {
    assert.deepEqual(read('Some 202 people sought medical aid after the blast.'), ['202 injured']);
    assert.deepEqual(read('In all, 117 people applied for medical help.'), ['117 injured']);
  });
  test('"30 families sought refuge", "400 people took refuge" are displaced', () => {
    assert.deepEqual(read('Some 30 families sought refuge in the school.'), ['30 displaced']);
    assert.deepEqual(read('About 400 people took refuge in the mosque.'), ['400 displaced']);
  });
  test('"has forced 2 million from their homes and killed thousands": the verb by the number says what it counts', () => {
    assert.deepEqual(read('The war has forced more than 2 million from their homes and killed thousands.'), ['2000000 displaced', 'thousands killed']);
  });
  test('"targeted two senior commanders" counts no strikes', () => {
    assert.deepEqual(read('The army said it had targeted two senior commanders in the town.'), []);
  });
});

describe('figures: what the people counted are held to be, and who was asked', () => {
  test('"40 people are considered missing" after a toll are not dead', () => {
    assert.deepEqual(read('Twenty people lost their lives, and 40 people are considered missing.'), ['20 killed', '40 other']);
  });
  test('"home to some 900,000 displaced" counts the displaced, where "home to some 60,000 people" counts nothing', () => {
    assert.deepEqual(read('The province is home to some 900,000 displaced people.'), ['900000 displaced']);
    assert.deepEqual(read('The town is home to some 60,000 people.'), []);
  });
  test('"interviewed 27 people with knowledge of the killings" counts no dead', () => {
    assert.deepEqual(read('The group interviewed 27 people with knowledge of the killings.'), ['27 other']);
  });
});

describe('figures: patients admitted', () => {
  test('"12 people were admitted to hospital" are injured', () => {
    assert.deepEqual(read('Rescuers said 12 people were admitted to hospital.'), ['12 injured']);
  });
});

describe('figures: two verbs, each with its count', () => {
  test('"left 13 people dead and wounded more than 30": 13 killed, 30 injured; "left 12 dead and wounded" is one toll of both', () => {
    assert.deepEqual(read('The bombings left at least 13 people dead and wounded more than 30.'), ['13 killed', '30 injured']);
    assert.deepEqual(read('The shelling left 12 dead and wounded.'), ['12 casualties']);
  });
});

describe('figures: quotation marks in a toll', () => {
  test('a name in quotes in the subject, a predicate quoted, a counted noun in quotes', () => {
    assert.deepEqual(read('The death toll at "Northmart" has increased to 11 people.'), ['11 killed']);
    assert.deepEqual(read('He said six people had "died on the spot" and 40 were wounded.'), ['6 killed', '40 injured']);
    assert.deepEqual(read('The army said 12 "terrorists" were killed.'), ['12 killed']);
  });
});

describe('figures: a toll told in other words', () => {
  test('a toll "confirmed at", "put at", "estimated at" or "revised to" a number is a death toll', () => {
    assert.deepEqual(read('The death toll was confirmed at 41 on Monday.'), ['41 killed']);
    assert.deepEqual(read('The toll was later revised to 63 by the regional governor.'), ['63 killed']);
    assert.deepEqual(read('By evening the casualty toll was estimated at 230.'), ['230 casualties']);
  });
  test('a verb that moved the toll to a number: "raised the death toll in the shelling to 19"', () => {
    assert.deepEqual(read('The deaths of two more patients raised the death toll in the shelling to 19.'), ['2 killed', '19 killed']);
  });
  test('"the death count" and "the body count" are death tolls, whatever the next clause counts', () => {
    assert.deepEqual(read('The death count has reached 140, and about 200 are injured.'), ['140 killed', '200 injured']);
    assert.deepEqual(read('The body count stood at 17 by nightfall.'), ['17 killed']);
  });
  test('a toll broken down between dashes: "to 19 — 11 soldiers and 8 civilians —" are deaths too', () => {
    assert.deepEqual(read('The shelling raised the death toll to 19 — 11 soldiers and 8 civilians — officials said.'), ['19 killed', '11 killed', '8 killed']);
  });
  test('a name\'s acronym in brackets between the count and its verb is passed over: "(ERA) were killed"', () => {
    assert.deepEqual(read('Nine workers from the Eastern Relief Agency (ERA) were killed near the clinic.'), ['9 killed']);
  });
  test('who "lost their homes" are displaced, flats "ruined" destroyed, who "turned to hospitals" hurt', () => {
    assert.deepEqual(read('Some 300 people lost their homes in the shelling.'), ['300 displaced']);
    assert.deepEqual(read('In all, 40 flats were completely ruined.'), ['40 destroyed']);
    assert.deepEqual(read('About 65 civilians have turned to hospitals since the strike.'), ['65 injured']);
  });
  test('cases of suffocation or poisoning are people hurt: "left 35 cases of suffocation"', () => {
    assert.deepEqual(read('The strike killed two children and left 35 cases of suffocation.'), ['2 killed', '35 injured']);
    assert.deepEqual(read('The number of victims reached 98 people, in addition to more than 270 cases of suffocation.'), ['98 killed', '270 injured']);
  });
  test('a part of a group a toll takes is counted: "claimed the lives of five of its fighters", "killed two of the attackers"', () => {
    assert.deepEqual(read('The strikes claimed the lives of five of its fighters and injured six others.'), ['5 killed', '6 injured']);
    assert.deepEqual(read('Troops killed two of the attackers near the gate.'), ['2 killed']);
    assert.deepEqual(read('Two of the sides met in the capital.'), []);
  });
  test('an aside between hyphens typed for dashes is passed over: "46 people - including 33 in the capital - were killed"', () => {
    assert.deepEqual(read('At least 46 people - including 33 in the capital - were killed in the attack.'), ['46 killed', '33 killed']);
  });
  test('"N of whom were killed" counts the dead among those just named', () => {
    assert.deepEqual(read('Rescuers pulled 44 people from the rubble, 31 of whom were killed.'), ['44 other', '31 killed']);
  });
  test('"those killed ... included N": the participle of the subject says what they are', () => {
    assert.deepEqual(read('Those killed in the evening raid included four children, and 60 people were injured.'), ['4 killed', '60 injured']);
    assert.deepEqual(read('The wounded included 12 firefighters.'), ['12 injured']);
  });
});
