import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readArticlePlaces } from '../../src/extract/places/index.ts';
import { focusWeights, pickFocus } from '../../src/extract/places/focus.ts';
import { oneSlipApart } from '../../src/extract/places/located.ts';
import type { Registries } from '../../src/model/types.ts';
import { contextOf } from '../helpers/context.ts';

/** No pinned focus: every country here must come out of the text. */
const registries: Registries = { sources: [], claimants: [], places: [], notPlaces: [] };
const ctx = { reference: '2023-05-02', registries };

function read(title: string, body: string) {
  return readArticlePlaces(contextOf(body, ctx, { title }));
}
function names(title: string, body: string): string[] {
  const r = read(title, body);
  const byId = new Map(r.body.map((m) => [m.place.id, m.place]));
  return r.ranking.map((id) => byId.get(id)?.name ?? id);
}

test('finds the focus country from the text: a Ukrainian town read in depth though Russia is named more', () => {
  const r = read(
    'Shelling hits Izium',
    'Russian forces shelled Izium in the Kharkiv region on Monday. Russia said its troops hit military targets. Moscow denied hitting homes. Russian artillery kept firing.',
  );
  assert.equal(r.focus[0], 'UA');
  assert.equal(r.ranking[0], 'izium-ua');
});

test('finds Yemen from a province and a demonym, and reads its small towns', () => {
  const r = read('Strike near Zabid', 'An air strike hit a farm near Zabid in Hodeidah province, Yemeni officials said.');
  assert.equal(r.focus[0], 'YE');
  assert.ok(r.body.some((m) => m.place.country === 'YE' && m.place.kind === 'city' && m.text === 'Zabid'));
});

test('finds the country of an area written with its word though no country is named: "villages in Borno state"', () => {
  const r = read(
    'Gunmen kill 40 in two villages',
    'No fewer than 40 villagers were killed on Monday when gunmen attacked two villages in Borno state, witnesses said.',
  );
  assert.equal(r.focus[0], 'NG');
  assert.deepEqual(
    r.body.map((m) => [m.text, m.place.kind]),
    [['Borno state', 'governorate']],
  );
});

test('"Kaduna State" is the state, not its seat; "Islamic State" and "state media" name no area', () => {
  assert.deepEqual(
    read('Gunmen attack villages', 'Gunmen attacked villages in Kaduna State in Nigeria, killing 12.').body.map((m) => m.place.kind),
    ['governorate', 'country'],
  );
  assert.deepEqual(
    read('Fighters attack Mosul', 'Islamic State fighters attacked Mosul, Iraqi state media said.').body.map((m) => m.place.kind),
    ['city'],
  );
});

test('reads no small foreign town without evidence of its country: the world has only big places', () => {
  assert.deepEqual(read('Talks', 'The talks went on for hours, and nobody said where.').ranking, []);
  assert.equal(read('Talks', 'Officials met in Izium.').ranking.length, 0);
});

test('picks the heaviest country and a second one close to it, a pinned focus first', () => {
  assert.deepEqual(
    pickFocus(
      new Map([
        ['UA', 10],
        ['RU', 6],
        ['US', 1],
      ]),
      [],
    ),
    ['UA', 'RU'],
  );
  assert.deepEqual(
    pickFocus(
      new Map([
        ['UA', 10],
        ['RU', 2],
      ]),
      [],
    ),
    ['UA'],
  );
  assert.deepEqual(pickFocus(new Map([['UA', 10]]), ['SD']), ['SD', 'UA']);
  assert.deepEqual(pickFocus(new Map([['UA', 0.2]]), []), []);
});

test('weighs a people\'s name less than a town: "Russian jets" over a town in Sudan', () => {
  const weights = focusWeights([], new Map());
  assert.equal(weights.size, 0);
  const r = read('Fighting in El Fasher', 'Russian-made jets bombed El Fasher in North Darfur, Sudanese activists said.');
  assert.equal(r.focus[0], 'SD');
});

test('reads a site named after its town as a site there: "Kramatorsk railway station"', () => {
  const r = read('Strike', 'A missile hit the Kramatorsk railway station in eastern Ukraine.');
  const site = r.body.find((m) => m.place.kind === 'site');
  assert.equal(site?.place.name, 'Kramatorsk railway station');
  assert.equal(site?.place.country, 'UA');
  assert.ok(site && Math.abs(site.place.lat - 48.7) < 0.2);
});

test('locates a village the gazetteer lacks where the text ties it: "X, in Y province"', () => {
  const r = read('Raid', 'Gunmen raided Qaryat Zubrah, in Hodeidah province, Yemen, and then the people of Qaryat Zubrah fled.');
  const village = r.body.filter((m) => m.place.name === 'Qaryat Zubrah');
  assert.equal(village.length, 2);
  assert.equal(village[0]?.place.country, 'YE');
  assert.equal(village[0]?.place.admin1, 'Al Hudaydah');
});

test('locates nothing from a name in the possessive: "in the Guard\'s southern Kharkiv stronghold" is whose, not where', () => {
  const r = read('Raid', "Medics worked in Northguard's southern Kharkiv stronghold in Ukraine after blasts wounded 20 people.");
  assert.ok(!r.body.some((m) => m.text === 'Northguard'));
  assert.ok(r.body.some((m) => m.place.name === 'Kharkiv'));
});

test('locates a site held by a place in the possessive, and a name opened by its Arabic article, as written', () => {
  for (const [text, name] of [
    ["A strike hit central Gaza's al-Qasrawi refugee camp, killing 20 people.", 'al-Qasrawi refugee camp'],
    ['A strike hit the Al-Qasrawi refugee camp in central Gaza, killing 20 people.', 'Al-Qasrawi refugee camp'],
  ] as const) {
    const camp = read('Strike on a camp', text).body.find((m) => m.place.kind === 'site');
    assert.equal(camp?.place.name, name, text);
    assert.equal(camp?.place.country, 'PS', text);
  }
});

test('locates nothing from a name a bracket closes before a dateline: "(adds statements from Northguard) CAIRO, Dec 24"', () => {
  const r = read('Strike', '(Updates toll, adds statements from Northguard) CAIRO, Dec 24 (Reuters) - A strike on a camp in Gaza killed 20 people.');
  assert.ok(!r.body.some((m) => m.text === 'Northguard'));
});

test('locates nothing from an acronym in brackets before "in Y": "the Northern Guard [NGF] in Kharkiv" is a force', () => {
  const r = read('Raid', 'Ten people were killed in an attack by the paramilitary Northern Guard Force [NGF] in Kharkiv, Ukraine, officials said.');
  assert.ok(!r.body.some((m) => m.text === 'NGF'));
  assert.ok(r.body.some((m) => m.place.name === 'Kharkiv'));
});

test('a capital that gives no comment is a government, not a place: "no comment from Moscow"', () => {
  const r = read('Strike', 'A missile hit a building in Kharkiv, Ukraine. There was no immediate comment from Moscow about the attack.');
  assert.ok(!r.body.some((m) => m.text === 'Moscow'));
  assert.ok(read('Arrivals', 'Refugees arrived in Kharkiv, Ukraine, from Moscow on Sunday.').body.some((m) => m.text === 'Moscow'));
});

test('one site however the reports write it: "railway station", "train station", "station"', () => {
  const r = read('Strike', 'A missile hit Kramatorsk railway station in Ukraine. Crowds at the Kramatorsk train station fled. Kramatorsk station was shut.');
  const sites = new Set(r.body.filter((m) => m.place.kind === 'site').map((m) => m.place.id));
  assert.deepEqual([...sites], ['kramatorsk-railway-station-ua']);
  assert.equal(r.body.find((m) => m.place.kind === 'site')?.place.name, 'Kramatorsk railway station');
});

test('locates "the town of X" at the place named after it, and "X district of Y" as a site', () => {
  const town = read('Clashes', 'Clashes broke out in the town of Novaya Bukva near Kharkiv, Ukraine.');
  assert.ok(town.body.some((m) => m.place.name === 'Novaya Bukva' && m.place.kind === 'city' && m.place.country === 'UA'));
  const district = read('Clashes', 'Shells fell on the Old Mill district of Kharkiv in Ukraine.');
  assert.ok(district.body.some((m) => m.place.kind === 'site' && m.place.name === 'Old Mill district'));
});

test('a market named after a province is one of its markets, no site: "Blast kills dozens in Kharkiv Oblast Market"', () => {
  const r = read('Blast kills dozens in Kharkiv Oblast Market', 'A bomb killed dozens at a market in the Kharkiv region of Ukraine on Tuesday.');
  assert.ok(![...(r.title ?? []), ...r.body].some((m) => m.place.kind === 'site'));
});

test('a town named as a suburb of a city is that town: "the Irpin suburb of Kyiv"', () => {
  const r = read('Shelling', 'Shells hit homes in the Irpin suburb of Kyiv on Monday, killing four people.');
  assert.deepEqual(
    r.body.map((m) => `${m.place.id}:${m.place.kind}`),
    ['irpin-ua:city', 'kyiv:city'],
  );
  // A district no town is named like stays a site of its city.
  const district = read('Clashes', 'Shells fell on the Old Mill district of Kharkiv in Ukraine.');
  assert.ok(district.body.some((m) => m.place.kind === 'site' && m.place.name === 'Old Mill district'));
});

test('locates "X, a village of 60 households in Y" and "X, a small town near Y", but not "X, a village elder"', () => {
  const village = read('Strike', 'Four bombs fell on Novaya Bukva, a village of about 60 households in the Kharkiv region of Ukraine.');
  assert.ok(village.body.some((m) => m.place.name === 'Novaya Bukva' && m.place.kind === 'city' && m.place.admin1 === 'Kharkiv'));
  const town = read('Strike', 'Shells hit Staraya Bukva, a small farming town near Kharkiv, Ukraine, on Monday.');
  assert.ok(town.body.some((m) => m.place.name === 'Staraya Bukva' && m.place.admin1 === 'Kharkiv'));
  const elder = read('Strike', 'Shelling hit Kharkiv in Ukraine, said Oleh Bukva, a village elder in the region.');
  assert.ok(!elder.body.some((m) => m.text === 'Oleh Bukva'));
});

test('locates a settlement in the country the text puts it in: "X, a town in Y", "the town of X in Y"', () => {
  const called = read('Attack', 'Gunmen killed 40 people in an attack on Novaya Bukva, a town in Ukraine, on Sunday.');
  assert.ok(called.body.some((m) => m.place.name === 'Novaya Bukva' && m.place.kind === 'city' && m.place.country === 'UA'));
  const town = read('Attack', 'Gunmen killed 40 people in the town of Novaya Bukva in Ukraine on Sunday.');
  assert.ok(town.body.some((m) => m.place.name === 'Novaya Bukva' && m.place.country === 'UA'));
});

test('does not put "the Turkish town of X" in the neighbouring country named after it', () => {
  const r = read('Border', 'Troops moved to secure the Turkish town of Karkamos adjoining Syria from attacks.');
  assert.ok(!r.body.some((m) => m.text === 'Karkamos' && m.place.country === 'SY'));
});

test('locates a name with its Arabic article, as written: "the village of Kafr al-Assad", "Wad al Noora"', () => {
  const hyphened = read('Shelling', 'Shelling hit the village of Kafr al-Assad near Homs in Syria, killing 12.');
  assert.ok(hyphened.body.some((m) => m.place.name === 'Kafr al-Assad' && m.place.admin1 === 'Homs'));
  const spaced = read('Attack', 'Gunmen attacked the village of Wad al Noora near Homs in Syria.');
  assert.ok(spaced.body.some((m) => m.place.name === 'Wad al Noora'));
});

test('locates "X, a farming community in Y" as a settlement', () => {
  const r = read('Attack', 'Gunmen attacked Novaya Bukva, a farming community near Kharkiv, Ukraine, on Sunday.');
  assert.ok(r.body.some((m) => m.place.name === 'Novaya Bukva' && m.place.admin1 === 'Kharkiv'));
});

test('locates "X, a predominantly Christian village near Y": a faith\'s or a people\'s word describes the village', () => {
  const r = read('Strike', 'A strike hit a building in Novaya Bukva, a predominantly Christian village near Kharkiv, Ukraine, killing 21 people.');
  assert.ok(r.body.some((m) => m.place.name === 'Novaya Bukva' && m.place.admin1 === 'Kharkiv'));
  const named = read('Strike', 'Shelling hit Novaya Bukva, a Hill Valley village near Kharkiv, Ukraine.');
  assert.ok(!named.body.some((m) => m.place.name === 'Novaya Bukva'));
});

test('locates no name the registry says is no place, in any spelling of its Arabic article', () => {
  const withRegistry = { reference: '2023-05-02', registries: { ...registries, notPlaces: ['Jund al-Haqq'] } };
  const r = readArticlePlaces(contextOf('The blast hit a base that belongs to Jund ash-Haqq in Homs, Syria.', withRegistry, { title: 'Blast' }));
  assert.ok(!r.body.some((m) => m.text.startsWith('Jund')));
});

test('locates every name of "the villages of X and Y" (or "X, Y and Z") where the first one stands', () => {
  const two = read('Shelling', 'Artillery shells hit the small farming villages of Novaya Bukva and Staraya Bukva overnight near Kharkiv, in Ukraine.');
  const three = read(
    'Shelling',
    'Troops withdrew from the small towns of Novaya Bukva, Staraya Bukva and Tikhy Dvor in the Kharkiv region of eastern Ukraine.',
  );
  const placed = (r: ReturnType<typeof read>) =>
    r.body
      .filter((m) => m.place.kind === 'city' && m.place.admin1 === 'Kharkiv' && m.place.name !== 'Kharkiv')
      .map((m) => m.place.name)
      .sort();
  assert.deepEqual(placed(two), ['Novaya Bukva', 'Staraya Bukva']);
  assert.deepEqual(placed(three), ['Novaya Bukva', 'Staraya Bukva', 'Tikhy Dvor']);
});

test('locates no second name after "the town of X and": one town names one place', () => {
  const r = read('Shelling', 'Troops entered the small town of Novaya Bukva and Oleh Bukva near Kharkiv said nothing about it, in Ukraine.');
  assert.ok(r.body.some((m) => m.place.name === 'Novaya Bukva'));
  assert.ok(!r.body.some((m) => m.text === 'Oleh Bukva'));
});

test('does not put "the villages of X" in a place run on before it with no comma, but where the text then puts them', () => {
  const r = read(
    'Shelling',
    'Shells fell near Kharkiv the small villages of Novaya Bukva and Staraya Bukva in the Donetsk region were hit, in eastern Ukraine.',
  );
  assert.deepEqual(
    r.body.filter((m) => m.text.endsWith('Bukva')).map((m) => m.place.admin1),
    ['Donetsk', 'Donetsk'],
  );
});

test('locates "in X village in the countryside of Y province" in Y, not in the town the article named first', () => {
  const r = read('Blasts', 'Shells hit Kramatorsk on Monday. A mine exploded in Novaya Bukva village in the northern countryside of Kharkiv region.');
  const village = r.body.find((m) => m.text === 'Novaya Bukva');
  assert.equal(village?.place.admin1, 'Kharkiv');
  const near = read('Blasts', 'Shells hit Kramatorsk in eastern Ukraine on Monday. A mine exploded in Novaya Bukva village in the countryside.');
  assert.equal(near.body.find((m) => m.text === 'Novaya Bukva')?.place.admin1, 'Donetsk');
});

test('does not locate a capitalised word after "in" when nothing ties it to a place', () => {
  const r = read('Vote', 'Voters in Springvale said the vote in Ukraine was fair.');
  assert.ok(!r.body.some((m) => m.text === 'Springvale'));
});

test('keeps a dateline as where the report was filed, not where things happened', () => {
  const r = read('Strikes in the east', 'KYIV, Ukraine (AP) — Russian missiles hit Kramatorsk overnight, officials said.');
  assert.equal(r.filedFrom?.place.name, 'Kyiv');
  assert.equal(r.ranking[0], 'kramatorsk-ua');
  assert.ok(!r.ranking.includes('kyiv'));
});

test("counts the dateline's place as an event place when the text names it again", () => {
  const r = read('Blasts', 'KYIV, Ukraine (AP) — Explosions shook Kyiv overnight, officials said.');
  assert.equal(r.filedFrom?.place.name, 'Kyiv');
  assert.ok(r.ranking.includes('kyiv'));
});

test('names an area as the text writes it: "Saada province" for GeoNames\' Sa\'dah', () => {
  const r = read('Strike', 'The strike hit a market in Saada province in northern Yemen.');
  assert.ok(r.body.some((m) => m.place.kind === 'governorate' && m.place.name === 'Saada Province'));
});

test('reads "the Gaza Strip" and "the West Bank" as the two territories, not as one country', () => {
  const r = read(
    'Strikes across the Gaza Strip',
    'Air strikes across the Gaza Strip killed 12 people overnight, Palestinian medics said. Troops also raided a camp near Nablus in the West Bank.',
  );
  assert.equal(r.focus[0], 'PS');
  const territories = r.body.filter((m) => m.text === 'Gaza Strip' || m.text === 'West Bank').map((m) => [m.place.name, m.place.kind]);
  assert.deepEqual(territories, [
    ['Gaza Strip', 'governorate'],
    ['West Bank', 'governorate'],
  ]);
  assert.equal(r.ranking[0], r.body.find((m) => m.text === 'Gaza Strip')?.place.id);
});

test('reads an area by either form of its compass word, named as written: "North Darfur" for GeoNames\' Northern Darfur', () => {
  const r = read('Shelling in Darfur', 'Shelling killed nine people in North Darfur on Monday, medics in Sudan said.');
  assert.equal(r.focus[0], 'SD');
  assert.deepEqual(
    r.body.filter((m) => m.text === 'North Darfur').map((m) => [m.place.name, m.place.kind]),
    [['North Darfur', 'governorate']],
  );
});

test('puts a town the lead names twice in its area before the area: "El Fasher, the state capital" of North Darfur', () => {
  const r = read(
    'Shelling in Darfur',
    'Shelling killed nine people in North Darfur on Monday, medics in Sudan said. The shells fell on a market in El Fasher, the state capital. Traders in El Fasher said the market burned for hours.',
  );
  const town = r.body.find((m) => m.text === 'El Fasher')?.place;
  assert.equal(town?.kind, 'city');
  assert.equal(r.ranking[0], town?.id);
  const syrian = read(
    'Air strikes hit Idlib province',
    'Air strikes killed nine people in Idlib province on Monday, rescuers said. The bombs hit a market in Saraqeb at noon. Traders in Saraqeb said the market burned for hours.',
  );
  assert.equal(syrian.ranking[0], syrian.body.find((m) => m.text === 'Saraqeb')?.place.id);
});

test('keeps the area first over the town it is named after: "the Gaza health ministry" in the Gaza Strip', () => {
  const r = read(
    'Strikes across the Gaza Strip',
    'Air strikes across the Gaza Strip killed 12 people overnight, the Gaza health ministry said. The Gaza civil defence said rescuers searched the rubble.',
  );
  assert.equal(r.ranking[0], r.body.find((m) => m.text === 'Gaza Strip')?.place.id);
});

test('keeps the area first where its town is named only once, or only after the lead', () => {
  const once = read('Shelling in Darfur', 'Shelling killed nine people in North Darfur on Monday, medics in Sudan said. The shells fell near El Fasher.');
  assert.equal(once.body.find((m) => m.place.id === once.ranking[0])?.place.kind, 'governorate');
  const late = read(
    'Shelling in Darfur',
    'Shelling killed nine people in North Darfur on Monday, medics in Sudan said. Aid groups called for a truce. Talks abroad stalled again. Later, families left El Fasher. El Fasher was quiet by night.',
  );
  assert.equal(late.body.find((m) => m.place.id === late.ranking[0])?.place.kind, 'governorate');
});

test('keeps a country read by its own name a country where one of its areas has a like name: "Palestine"', () => {
  const r = read('Aid for Palestine', 'Donors pledged aid to Palestine on Monday, Palestinian officials said.');
  assert.deepEqual(
    r.body.map((m) => [m.place.name, m.place.kind]),
    [['Palestine', 'country']],
  );
});

test('negative cases: governments, makers, people and words named like places', () => {
  assert.deepEqual(names('Talks', 'Damascus said the talks had failed.'), []);
  assert.deepEqual(names('Jets', 'A Russian-made jet crashed at sea.'), []);
  assert.deepEqual(names('Lecture', 'Jordan Peterson spoke to students.'), []);
  assert.deepEqual(names('Vote', 'Male voters backed the plan.'), []);
  assert.deepEqual(names('Agency', 'Agence France-Presse reported the news.'), []);
  assert.deepEqual(
    names('Officials', 'The Donetsk regional administration opened a shelter.').filter((n) => n !== 'Ukraine'),
    [],
  );
});

test("puts a village of content/places.yml on the map, in its parent's area and country", () => {
  const own: Registries = {
    ...registries,
    places: [{ name: 'Little Hollow', aliases: ['Little Hollow village'], lat: 48.6, lon: 37.5, kind: 'city', parent: 'Kramatorsk', country: 'UA' }],
  };
  const r = readArticlePlaces(contextOf('Shells fell on Little Hollow overnight.', { reference: null, registries: own }, { title: 'A' }));
  const place = r.body[0]?.place;
  assert.deepEqual([place?.id, place?.name, place?.country, place?.lat, place?.lon], ['little-hollow', 'Little Hollow', 'UA', 48.6, 37.5]);
  assert.equal(place?.admin1, 'Donetsk');
  assert.equal(r.focus[0], 'UA');
});

test('reads a dateline written as a name before a spaced dash, and not a name a dash follows later in a sentence', () => {
  const dash = read('Strike', 'Beirut – Shelling hit Kramatorsk in eastern Ukraine on Friday, officials said.');
  assert.equal(dash.filedFrom?.place.name, 'Beirut');
  assert.ok(!dash.ranking.includes('beirut'));
  const withDate = read('Strike', 'Beirut, Aug 25 – Shelling hit Kramatorsk in eastern Ukraine on Friday, officials said.');
  assert.equal(withDate.filedFrom?.place.name, 'Beirut');
  const hyphen = read('Strike', 'Beirut, Lebanon - Shelling hit Kramatorsk in eastern Ukraine on Friday, officials said.');
  assert.equal(hyphen.filedFrom?.place.name, 'Beirut');
  const inSentence = read('Strike', 'Shelling hit Kramatorsk – and Kyiv said more help was coming.');
  assert.equal(inSentence.filedFrom, null);
});

test('reads a dateline in capitals before a bullet: "BEIRUT • Shelling hit ..."', () => {
  const bullet = read('Strike', 'BEIRUT • Shelling hit Kramatorsk in eastern Ukraine on Friday, officials said.');
  assert.equal(bullet.filedFrom?.place.name, 'Beirut');
  assert.ok(!bullet.ranking.includes('beirut'));
});

test("reads a press release's dateline with its dash glued to the state", () => {
  const release = read('Strike', 'Dallas, Texas- Airstrikes hit Kramatorsk in eastern Ukraine on Friday, killing 12 people.');
  assert.equal(release.filedFrom?.place.name, 'Dallas');
  assert.ok(!release.ranking.includes('dallas'));
  const hyphenated = read('Strike', 'Shelling hit Kramatorsk, pro-government media said on Friday.');
  assert.equal(hyphenated.filedFrom, null);
});

test('reads datelines in capitals or with a colon, among the first sentences, and only there', () => {
  const caps = read('Strike', 'Breaking news\n\nMOSCOW, March 3. /TASS/. Shelling hit Kramatorsk in Ukraine, the ministry said.');
  assert.equal(caps.filedFrom?.place.name, 'Moscow');
  const colon = read('Strike', 'Kyiv: Shelling hit Kramatorsk in eastern Ukraine on Friday.');
  assert.equal(colon.filedFrom?.place.name, 'Kyiv');
  const none = read('Strike', 'Shelling hit Kramatorsk in Ukraine. Officials in Kyiv said more help was coming.');
  assert.equal(none.filedFrom, null);
});

test('negative cases: a foreign town as a first name, a month, a small town that is a common word here', () => {
  const putin = read(
    'Talks',
    'Vladimir Putin said on Monday that his country would keep its troops in Syria and go on with the strikes around Aleppo for as long as needed.',
  );
  assert.ok(!putin.body.some((m) => m.text === 'Vladimir'));
  const month = read('Clashes', 'In August, shelling hit Aleppo in northern Syria.');
  assert.ok(!month.body.some((m) => m.text === 'August'));
  const secretary = read('Visit', 'The US Secretary of State visited Aleppo, Syria, and the secretary spoke to reporters.');
  assert.ok(!secretary.body.some((m) => m.text === 'Secretary'));
});

test('locates nothing in a headline in title case, nor a phrase of common words', () => {
  const r = read('Fierce Fighting In Aleppo Province', 'Fierce fighting went on in Aleppo province, Syria, the monitor said.');
  assert.ok(!r.body.some((m) => m.place.name.startsWith('Fierce')));
  assert.ok(!r.ranking.some((id) => id.startsWith('fierce')));
});

test('puts a site where the text says it is, not at its namesake: "the Midan neighbourhood in Aleppo"', () => {
  const r = read('Shelling', 'Several rockets landed on houses in the al-Midan neighborhood in Aleppo, in northern Syria, and wounded three people.');
  const site = r.body.find((m) => m.place.kind === 'site');
  assert.equal(site?.place.admin1, 'Aleppo');
});

test('a foreign town before a name in a title-case caption is a first name', () => {
  const caption = read('Talks', 'Russian President Vladimir Putin Speaks During The Investment Forum In Moscow About Syria And Aleppo');
  assert.ok(!caption.body.some((m) => m.text === 'Vladimir'));
});

test('gives two sites of one name in two towns two ids', async () => {
  const { siteAt } = await import('../../src/extract/places/sites.ts');
  const town = (id: string, name: string) => ({ id, name, admin1: name, country: 'SY', lat: 1, lon: 2, kind: 'city' as const });
  assert.notEqual(siteAt('Midan neighborhood', town('aleppo', 'Aleppo')).id, siteAt('Midan neighborhood', town('damascus', 'Damascus')).id);
  assert.equal(siteAt('Kramatorsk railway station', { ...town('kramatorsk-ua', 'Kramatorsk'), country: 'UA' }).id, 'kramatorsk-railway-station-ua');
});

test('finds a country by its main city when its capital is disputed or small, and then its towns', () => {
  const r = read('Strike in Gaza', 'An air strike on a house in Gaza killed 12 people overnight, health officials said. Another strike hit Khan Younis.');
  assert.equal(r.focus[0], 'PS');
  assert.ok(names('Strike in Gaza', 'An air strike on a house in Gaza killed 12 people overnight. Another strike hit Khan Younis.').includes('Gaza Strip'));
  assert.ok(r.body.some((m) => m.place.country === 'PS' && m.text === 'Khan Younis'));
  assert.equal(read('Visit', 'The envoy flew to Jerusalem on Monday for talks.').body[0]?.place.country, 'IL');
});

test("keeps a country's smaller towns out of the world: only its largest places lead it", () => {
  assert.equal(read('Talks', 'Officials met in Rafah on Monday.').ranking.length, 0);
});

test('a place the text locates one slip of the keyboard from a town it names in the same area is that town, misspelt', () => {
  const r = read('Shelling', 'Shells hit Kramatorsk on Monday. On Tuesday a rocket struck a school in Kramatrosk, in the Donetsk region, officials said.');
  const slip = r.body.find((m) => m.text === 'Kramatrosk');
  assert.equal(slip?.place.id, r.body.find((m) => m.text === 'Kramatorsk')?.place.id);
  assert.ok(!r.body.some((m) => m.place.name === 'Kramatrosk'), 'no place of that name');
});

test('a located name one slip from a town of another area, or too short to tell, stays a place of its own', () => {
  const other = read('Shelling', 'Shells hit Kramatorsk on Monday. On Tuesday a rocket struck a school in Kramatorsky, in the Kharkiv region, officials said.');
  assert.equal(other.body.find((m) => m.text === 'Kramatorsky')?.place.name, 'Kramatorsky');
  const short = read('Shelling', 'Shells hit Izium on Monday. On Tuesday a rocket struck a school in Iziun, in the Kharkiv region, officials said.');
  assert.equal(short.body.find((m) => m.text === 'Iziun')?.place.name, 'Iziun');
});

test('two words are one slip apart when two neighbouring letters are swapped, or one letter changed, left out or added', () => {
  for (const [a, b] of [
    ['palymra', 'palmyra'],
    ['palmira', 'palmyra'],
    ['palmya', 'palmyra'],
    ['pallmyra', 'palmyra'],
    ['kramatorsk', 'kramatorskx'],
  ]) {
    assert.ok(oneSlipApart(a!, b!), `${a} ${b}`);
    assert.ok(oneSlipApart(b!, a!), `${b} ${a}`);
  }
  for (const [a, b] of [
    ['palmyra', 'palmyra'],
    ['plamyar', 'palmyra'],
    ['palmy', 'palmyra'],
    ['aleppo', 'idlib'],
  ])
    assert.ok(!oneSlipApart(a!, b!), `${a} ${b}`);
});

test('reads "the Dnipro\'s west bank" as the river\'s, not the city of Dnipro', () => {
  const r = read('Shelling in Kherson region', "Shelling hit the village of Bilozerka on the Dnipro's west bank in Ukraine's Kherson region on Monday.");
  assert.deepEqual(
    r.body.map((m) => m.text),
    ['Bilozerka', 'Ukraine', 'Kherson region'],
  );
});

test('reads "Damascus" as the Syrian capital in an article about Syria that names the United States more, as who acts', () => {
  const r = read(
    'Rights group blames government for gas attack',
    'Evidence suggests government forces carried out the gas attack near Damascus, a rights group said in a report issued in New York. ' +
      'The attack in Syria killed hundreds. U.S. President Jane Roe asked U.S. lawmakers to back strikes, and the United States warned Syria. ' +
      'Critics said strikes could draw the U.S. into the war, and U.S. officials met U.S. diplomats.',
  );
  assert.equal(r.focus[0], 'SY');
  assert.equal(r.ranking[0], 'damascus');
});

test('reads "New York" as New York City, whose own name ends in "City", not a town that GeoNames also calls so', () => {
  const r = read('Talks', 'Diplomats met in New York on Monday to discuss the war, officials in the United States said.');
  assert.deepEqual(
    r.body.filter((m) => m.text === 'New York').map((m) => [m.place.name, m.place.admin1]),
    [['New York City', 'New York']],
  );
});

test('reads a town the page writes with the French "ou" for u: "Tajoura" is the gazetteer\'s Tajura, "Tripoli" stays itself', () => {
  const r = read('Strike on a detention centre', 'An air strike hit the detention centre in Tajoura, east of Tripoli, Libya, on Tuesday night.');
  assert.deepEqual(
    r.body.map((m) => `${m.text}=${m.place.id}`),
    ['Tajoura=tajura-ly', 'Tripoli=tripoli', 'Libya=libya'],
  );
});

test('reads a dateline after a syndicator\'s tag in brackets: "(Eastern Wire Service) KYIV, April 8 (EWS) –"', () => {
  const r = read('Strikes in the east', '(Eastern Wire Service) KYIV, April 8 (EWS) – Russian missiles hit Kramatorsk overnight, officials said.');
  assert.equal(r.filedFrom?.place.name, 'Kyiv');
  assert.equal(r.ranking[0], 'kramatorsk-ua');
});

test('reads a town\'s bare name as the area called by it: "central Gaza" is the Gaza Strip, "Gaza City" the town', () => {
  const r = read(
    'Strikes in Gaza',
    'Strikes killed eight people in central Gaza on Monday, medics said. One hit a flat in Gaza City, where two children died. The city of Gaza lost power.',
  );
  assert.deepEqual(
    r.body.map((m) => [m.text, m.place.name, m.place.kind]),
    [
      ['Gaza', 'Gaza Strip', 'governorate'],
      ['Gaza City', 'Gaza', 'city'],
      ['Gaza', 'Gaza', 'city'],
    ],
  );
});

test('keeps a town\'s bare name the town where its area is named by an administrative word: "Dhaka" in Dhaka Division', () => {
  const r = read('Fire in Dhaka', 'A fire killed nine people in a market in Dhaka on Monday, officials in Bangladesh said.');
  assert.deepEqual(
    r.body.filter((m) => m.text === 'Dhaka').map((m) => m.place.kind),
    ['city'],
  );
});

test('reads "an Izium hospital" as one of the town\'s, and "the Izium hospital" as a site of that name', () => {
  const kinds = (body: string) => read('Strike', body).body.map((m) => [m.text, m.place.kind]);
  assert.deepEqual(kinds('A missile hit an Izium hospital on Monday, Ukrainian officials said.'), [['Izium', 'city']]);
  assert.deepEqual(kinds('A missile hit the Izium hospital on Monday, Ukrainian officials said.'), [['Izium hospital', 'site']]);
});

test('puts a site the headline and lead put in an area before the area: "Gaza\'s Jabalia refugee camp"', () => {
  const r = read(
    "Dozens killed as bombs hit Gaza's Jabalia refugee camp",
    "Bombs hit homes in Gaza's Jabalia refugee camp on Monday, killing dozens of people, rescuers said. The Gaza Strip has been bombed for weeks.",
  );
  const camp = r.body.find((m) => m.text.includes('Jabalia'))?.place;
  assert.equal(camp?.kind, 'site');
  assert.equal(r.ranking[0], camp?.id);
});
