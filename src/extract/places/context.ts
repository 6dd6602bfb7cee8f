/**
 * Rules that tell a place name used as a place from the same word used as
 * something else: part of a compound ("US-backed", "pro-Damascus"), of an
 * organisation's name ("Iran Press TV", "Manbij Military Council"), of a
 * person's name ("Rami Abdel Rahman"), or an alternate spelling that is an
 * ordinary word of the article ("salt").
 */
import type { Candidate } from './match.ts';
import type { Token } from './tokens.ts';
import { MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES } from '../../lexicon/calendar-words.ts';
import { COMPASS_ADJECTIVES, COMPASS_POINTS } from '../../lexicon/directions.ts';

/** Head words of organisations named after a place ("Palmyra Coordination", "Jordan Times"). */
const ORGANISATION_WORDS: ReadonlySet<string> = new Set([
  // "the Donetsk People's Republic": a polity named for a town, not the town.
  'republic',
  'press',
  'tv',
  'news',
  'agency',
  'coordination',
  'network',
  'media',
  'center',
  'centre',
  'council',
  'times',
  'post',
  'today',
  'daily',
  'radio',
  'university',
  'committee',
  'committees',
  'front',
  'brigade',
  'brigades',
  'battalion',
  'movement',
  'party',
  'society',
  'crescent',
  'observatory',
  'institute',
  'foundation',
  'organization',
  'organisation',
  'club',
  'airways',
  'airlines',
  'bank',
  'channel',
  'gazette',
  'herald',
  'tribune',
  'journal',
  // Newspapers: "the Kyiv Independent", "the Northland Telegraph".
  'independent',
  'telegraph',
  'observer',
  'chronicle',
  'express',
  'courier',
  'dispatch',
  'corps',
  'declaration',
  'process',
  'format',
  'accord',
  'accords',
  'agreement',
  'communique',
  'conference',
]);
/** Lowercase words after a name that make it an authority's name ("the Donetsk regional administration"). */
const AUTHORITY_WORDS: ReadonlySet<string> = new Set([
  'regional',
  'administration',
  'authority',
  'authorities',
  'council',
  'governor',
  'mayor',
  'prosecutor',
  'prosecutors',
]);
/** How many lowercase words after a name may stand before its authority word ("Donetsk military-civilian administration"). */
const AUTHORITY_REACH = 3;
/** How far after a name an organisation's head word is looked for ("Aleppo Media Center"). */
const ORGANISATION_REACH = 3;

/**
 * Capitalised words that may stand just before a place without making it part
 * of a longer name: compass words, prepositions and articles at a sentence's
 * start, days and months, and titles of areas.
 */
const BEFORE_PLACE: ReadonlySet<string> = new Set([
  ...COMPASS_POINTS,
  ...COMPASS_ADJECTIVES,
  'greater',
  'old',
  'rural',
  'upper',
  'lower',
  'the',
  'in',
  'at',
  'from',
  'near',
  'around',
  'outside',
  'inside',
  'on',
  'to',
  'for',
  'across',
  'into',
  'over',
  'towards',
  'toward',
  'and',
  'or',
  'while',
  'as',
  'but',
  'of',
  'by',
  'with',
  ...WEEKDAY_NAMES,
  ...MONTH_NAMES,
  ...MONTH_ABBREVIATIONS,
  'province',
  'governorate',
  'city',
  'town',
  'village',
  'meanwhile',
  'also',
  'besieged',
  'liberated',
  'embattled',
]);
/** Capitalised words that may follow a place's name without making it a person's: titles, sites, areas. */
const AFTER_PLACE: ReadonlySet<string> = new Set([
  'mayor',
  'governor',
  'police',
  'prosecutor',
  'city',
  'town',
  'village',
  'region',
  'regional',
  'oblast',
  'province',
  'governorate',
  'district',
  'countryside',
  'administration',
  'military',
  'airport',
  'international',
  'air',
  'airbase',
  'base',
  'station',
  'railway',
  'port',
  'offensive',
  'operation',
  'battle',
  'siege',
  'massacre',
  'attack',
  'council',
  'health',
  'hospital',
  'market',
  'prison',
  'dam',
  'bridge',
  'crossing',
  'road',
  'highway',
  'highways',
  'square',
  'residents',
  'civilians',
  'people',
  'citizens',
  'refugees',
  'security',
  'army',
  'forces',
  'government',
  'authorities',
  'officials',
  'deputy',
  'head',
  'chief',
  'mufti',
  'archbishop',
  'bishop',
  'patriarch',
  'emir',
  'king',
  'president',
  'prime',
  'minister',
  'ministry',
  'embassy',
  'consulate',
  'camp',
  'old',
  'north',
  'south',
  'east',
  'west',
  'plain',
  'valley',
  'desert',
  'mountains',
  'mountain',
  'river',
  'lake',
  'sea',
  'strait',
  'gulf',
  'coast',
  'and',
  'or',
  'on',
]);
/** Months and weekdays: a one-word place of that name ("August") is read as the date word. */
const DATE_WORDS: ReadonlySet<string> = new Set([...WEEKDAY_NAMES, ...MONTH_NAMES]);
/** Words before a name that say it is a place: "in Secretary", "near Fierce". */
const LOCATIVE_BEFORE: ReadonlySet<string> = new Set(['in', 'near', 'at', 'outside', 'from', 'to', 'into', 'around', 'inside', 'towards', 'toward']);
/** Below this size a town is small: no seat of an area, and a common word in many articles. */
const SMALL_TOWN = 100_000;

/** A town that is no capital or seat of a first-level area, and small. */
function isSmallTown(c: Candidate): boolean {
  return c.entry.place.kind === 'city' && c.entry.featureRank > 1 && c.entry.population < SMALL_TOWN;
}

/** A capitalised people's adjective before a place is no name ("Kurdish Afrin", "Syrian Aleppo"). */
const DEMONYM = /(?:ian|ish|ese|i|an)$/;
/** Read at a name's start (sticky, lastIndex set there): what stands just before it, not the whole text before. */
const PRO_ANTI_BEFORE = /(?<=(?:^|[^\p{L}])(?:pro|anti|non)[-‐–])/iuy;
const HYPHEN_COMPOUND_AFTER = /^[-‐–]\p{Ll}/u;

export interface SentenceView {
  readonly text: string;
  readonly tokens: readonly Token[];
  /** A headline in title case: capitals say nothing about names there. */
  readonly titleCase: boolean;
  /** Last token of the place accepted just before, or -1. */
  readonly previousPlaceEnd: number;
  /** Whether a word's key is a place's name ("Turkey" in "Syria-Turkey"). */
  readonly isPlaceWord: (key: string) => boolean;
  /** The countries the article is read in depth for (the gazetteer's focus). */
  readonly focus?: readonly string[];
}

/**
 * Why a candidate is not a place, or null when it is one by these rules.
 * @example notPlaceReason(candidate('US'), view('US-backed Kurdish militants')) // 'compound'
 */
export function notPlaceReason(c: Candidate, s: SentenceView, isLowercaseWord: (key: string) => boolean): string | null {
  const first = s.tokens[c.first];
  const last = s.tokens[c.last];
  if (!first || !last) return 'empty';
  if (compoundBefore(s.text, first.start) || (!last.possessive && HYPHEN_COMPOUND_AFTER.test(s.text.slice(last.end)))) {
    return 'compound';
  }
  if (namesPerson(c, s)) return 'person';
  if (c.entry.place.kind !== 'governorate' && namesOrganisation(c, s)) return 'organisation';
  if (namesWater(c, s)) return 'water';
  if (foreignDistrict(c, s)) return 'local-district';
  if (!s.titleCase && insideLongerName(c, s)) return 'longer-name';
  // In a title-case line capitals say nothing, but a foreign town before a name is still a first name ("Vladimir Putin").
  if ((!s.titleCase || c.entry.tier !== 0) && startsPersonName(c, s)) return 'longer-name';
  if (c.source === 'alternate' && c.first === c.last) {
    // An alternate one-word spelling in capitals is an acronym ("SANA" is no Sanaa) ...
    if (first.allCaps) return 'acronym';
    // ... one followed by a capitalised word starts another name ("Mallah Farms"), unless that word is a
    // place too: a list whose commas were lost ("rockets struck Tartous Latakia and Idlib") ...
    const next = s.tokens[c.last + 1];
    if (!s.titleCase && first.joinsNext && next?.capitalised && !next.allCaps && !s.isPlaceWord(next.key)) return 'longer-name';
    // ... and one the article also writes in lowercase is that common word.
    if (isLowercaseWord(first.key)) return 'common-word';
  }
  if (c.first === c.last && DATE_WORDS.has(first.key)) return 'date-word';
  // "Tomahawk missiles", "Shahed drones": a weapon's name, before the weapons in the plural.
  if (last.joinsNext && WEAPONS.has(s.tokens[c.last + 1]?.key ?? '') && c.entry.place.kind !== 'country') return 'weapon';
  // "from 8:36 a.m. Damascus time", "at 3pm Kyiv time": the clock the hour is read on, not where anything happened.
  if (TIME_AFTER.test(s.text.slice(last.end)) && CLOCK_BEFORE.test(s.text.slice(Math.max(0, first.start - CLOCK_REACH), first.start))) return 'time-zone';
  // "US Secretary", "UN Envoy": after an acronym, a small town's name is an official's title.
  const before = s.tokens[c.first - 1];
  if (c.first === c.last && isSmallTown(c) && before?.allCaps && before.joinsNext && !before.hyphenNext) return 'title';
  // "McKenzie said", "Hartley told reporters": a small town's name as the one who speaks is a person's.
  // ("Traders in Saraqeb said": the town is where the speakers are; the name opens its clause only when it speaks.)
  if (c.first === c.last && isSmallTown(c) && SPEECH_VERBS.has(s.tokens[c.last + 1]?.key ?? '') && last.joinsNext && opensClause(s, c.first)) return 'person';
  // A small town whose name the article also writes as a common word ("Secretary", "Fierce") needs a locative before it.
  if (c.first === c.last && isSmallTown(c) && isLowercaseWord(first.key) && !LOCATIVE_BEFORE.has(s.tokens[c.first - 1]?.key ?? '')) return 'common-word';
  return null;
}

/** Words a clause may open with before its subject. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['and', 'but', 'while', 'as', 'when', 'then']);

/** Whether the token at `i` opens a clause: the sentence's first word, after a stop or comma, or after "and", "but"... */
function opensClause(s: SentenceView, i: number): boolean {
  const before = s.tokens[i - 1];
  return before === undefined || !before.joinsNext || CLAUSE_OPENERS.has(before.key);
}

/** Verbs of speech right after a name: its bearer speaks. */
const SPEECH_VERBS: ReadonlySet<string> = new Set(['said', 'says', 'added', 'told', 'stated', 'noted', 'explained', 'insisted', 'warned']);
/** After a place: "time", as in "Damascus time". */
const TIME_AFTER = /^\s+time\b/i;
/** Before it: an hour ("8:36 a.m.", "3pm", "0600", "9.30"). */
const CLOCK_BEFORE = /\d(?:[:.]\d\d)?\s*(?:[ap]\.?\s?m\.?|hrs|h)?\s*$/i;
/** How far back the hour is read. */
const CLOCK_REACH = 16;

/** People a text gives the name of: "a six-year-old girl named Sofia", "a soldier called Lima". */
const PEOPLE_NOUNS: ReadonlySet<string> = new Set([
  'girl',
  'boy',
  'man',
  'woman',
  'child',
  'baby',
  'toddler',
  'infant',
  'son',
  'daughter',
  'teenager',
  'mother',
  'father',
  'wife',
  'husband',
  'brother',
  'sister',
  'grandmother',
  'grandfather',
  'resident',
  'student',
  'soldier',
  'officer',
  'victim',
  'doctor',
  'nurse',
  'journalist',
]);

/** Weapons in the plural: a name before them is the weapon's ("Tomahawk missiles"); a place's would be singular ("Kyiv missile strike"). */
const WEAPONS: ReadonlySet<string> = new Set(['missiles', 'rockets', 'drones', 'jets', 'warplanes', 'launchers', 'howitzers', 'tanks', 'bombs']);

/** Ranks and titles written before a person's name (capitalised there). */
const RANK_TITLES: ReadonlySet<string> = new Set(
  'general gen colonel col lieutenant lt major maj captain capt sergeant sgt admiral adm brigadier brig commander cmdr president minister senator sen governor gov sheikh imam prince king queen'.split(
    ' ',
  ),
);

/**
 * The name is a person's, given as such: "a girl named Sofia" (a village named Sofia stays a place);
 * after a rank or title ("Lt. Gen. Douglas Sims"); a surname after a first name and its middle
 * initial ("Kenneth F. McKenzie"); or a byline's family name after a first name: "Posted by Jane
 * Semenova" (one word after a first name that is no place, a title or an adjective of a people).
 */
function namesPerson(c: Candidate, s: SentenceView): boolean {
  const given = s.tokens[c.first - 1];
  const verb = given?.key;
  // "Fifteen-year-old Nikita was killed", "Nikita is 17 years old": a name with an age is a person's.
  if (isAgeBefore(s.tokens, c.first) && !PEOPLE_NOUNS.has(s.tokens[c.last + 1]?.key ?? '') && c.entry.place.kind !== 'country') return true;
  if (isAgeAfter(s.tokens, c.last)) return true;
  if ((verb === 'named' || verb === 'called') && PEOPLE_NOUNS.has(s.tokens[c.first - 2]?.key ?? '')) return true;
  if (given?.capitalised && RANK_TITLES.has(given.key) && c.entry.place.kind !== 'country') return true;
  const first = s.tokens[c.first - 2];
  if (given?.text.length === 1 && given.capitalised && s.text.charAt(given.end) === '.' && first?.capitalised && first.text.length > 1 && !first.allCaps)
    return true;
  return (
    c.first === c.last &&
    s.tokens[c.first - 2]?.key === 'by' &&
    given?.capitalised === true &&
    !given.allCaps &&
    given.joinsNext &&
    !s.isPlaceWord(given.key) &&
    !BEFORE_PLACE.has(given.key)
  );
}

/** Before a name, an age written as one: "Fifteen-year-old", "7-year-old" (a "15-year-old Gaza resident" is of the place). */
function isAgeBefore(tokens: SentenceView['tokens'], first: number): boolean {
  return tokens[first - 1]?.key === 'old' && tokens[first - 2]?.key === 'year' && tokens[first - 2]?.joinsNext === true;
}

/** After a name, its age: "Nikita is 17 years old", "was 12 years old". */
function isAgeAfter(tokens: SentenceView['tokens'], last: number): boolean {
  const verb = tokens[last + 1]?.key ?? '';
  return (
    (verb === 'is' || verb === 'was') &&
    /^\d{1,3}$/.test(tokens[last + 2]?.key ?? '') &&
    /^years?$/.test(tokens[last + 3]?.key ?? '') &&
    tokens[last + 4]?.key === 'old'
  );
}

/** Words after a name that make it a part of a city: "the Medina district", "Al-Rashid neighbourhood". */
const CITY_PART_WORDS: ReadonlySet<string> = new Set(['district', 'neighbourhood', 'neighborhood', 'quarter']);

/**
 * "A second bomb hit the Medina district" in a story of a city elsewhere: a district of that city
 * sharing a foreign city's name, not the foreign city.
 */
function foreignDistrict(c: Candidate, s: SentenceView): boolean {
  const country = c.entry.place.country;
  if (!s.focus?.length || country === null || s.focus.includes(country) || c.entry.place.kind === 'country') return false;
  const last = s.tokens[c.last];
  const next = s.tokens[c.last + 1];
  return (c.first < c.last && CITY_PART_WORDS.has(last?.key ?? '')) || (next !== undefined && CITY_PART_WORDS.has(next.key) && last?.joinsNext === true);
}

/** A body of water named after a place: "the Jordan River", "the Gulf of Aden", "the Sea of Azov". */
const WATER_AFTER = 'river';
/** The side of a river's bank: "the Dnipro's west bank". */
const BANK_SIDES: ReadonlySet<string> = new Set(['west', 'east', 'left', 'right', 'western', 'eastern', 'northern', 'southern', 'north', 'south']);
const WATER_BEFORE_OF: ReadonlySet<string> = new Set(['gulf', 'sea', 'strait', 'straits', 'bay', 'lake']);

/** The name is a river's or a sea's: "Dnipro River", "the Dnipro's west bank", "Gulf of Aden". A ship hit in the Gulf of Aden was not in Aden. */
function namesWater(c: Candidate, s: SentenceView): boolean {
  const last = s.tokens[c.last];
  const after = s.tokens[c.last + 1];
  if (last?.joinsNext && !last.possessive && after?.key === WATER_AFTER) return true;
  // "the Dnipro's west bank": a town's name takes no "the" ("Mosul's east bank" is the city's).
  if (last?.possessive && s.tokens[c.first - 1]?.key === 'the') {
    const side = after && BANK_SIDES.has(after.key) ? s.tokens[c.last + 2] : after;
    if (side?.key === 'bank' || side?.key === 'banks') return true;
  }
  const of = s.tokens[c.first - 1];
  const water = s.tokens[c.first - 2];
  return of?.key === 'of' && water !== undefined && water.capitalised && WATER_BEFORE_OF.has(water.key);
}

/**
 * "pro-Damascus", "anti-Kyiv": a compound's prefix and hyphen end just before `start`.
 * @example compoundBefore('pro-Damascus media', 4) // true
 */
export function compoundBefore(text: string, start: number): boolean {
  PRO_ANTI_BEFORE.lastIndex = start;
  return PRO_ANTI_BEFORE.test(text);
}

function namesOrganisation(c: Candidate, s: SentenceView): boolean {
  const after = s.tokens[c.last + 1];
  if (namesAuthority(c, s)) return true;
  // "Agence France-Presse": a name hyphened to a capitalised word that is no place goes on as another name.
  if (
    after &&
    s.tokens[c.last]?.hyphenNext &&
    after.capitalised &&
    !after.allCaps &&
    c.entry.place.kind === 'country' &&
    s.tokens[c.last + 2]?.capitalised !== true
  ) {
    return !s.isPlaceWord(after.key);
  }
  for (let k = c.last + 1; k <= c.last + ORGANISATION_REACH; k++) {
    const prev = s.tokens[k - 1];
    const t = s.tokens[k];
    // A possessive goes on with the name: "the Donetsk People's Republic".
    if (!t || !(prev?.joinsNext || (k > c.last + 1 && prev?.possessive)) || !t.capitalised) return false;
    if (ORGANISATION_WORDS.has(t.key)) return true;
  }
  return false;
}

/** The name is followed, within a few lowercase words, by an authority's word: "the Donetsk military-civilian administration". */
function namesAuthority(c: Candidate, s: SentenceView): boolean {
  for (let k = c.last + 1; k <= c.last + AUTHORITY_REACH; k++) {
    const prev = s.tokens[k - 1];
    const t = s.tokens[k];
    if (!t || !prev?.joinsNext || t.capitalised) return false;
    if (AUTHORITY_WORDS.has(t.key)) return true;
  }
  return false;
}

/**
 * A country's or a foreign town's one-word name followed by a capitalised word that is no
 * place, month or day: a person's first name ("Jordan Peterson", "Vladimir Putin").
 */
function startsPersonName(c: Candidate, s: SentenceView): boolean {
  // A country's name ("Jordan Peterson"), or a town outside the first focus country ("Vladimir Putin"):
  // the first focus country's towns stand before all kinds of capitalised words ("Aleppo Monitor" in a headline).
  const kind = c.entry.place.kind;
  if ((kind !== 'country' && !(kind === 'city' && c.entry.tier !== 0)) || c.first !== c.last) return false;
  const t = s.tokens[c.last];
  const next = s.tokens[c.last + 1];
  if (!t || !next || !t.joinsNext || t.hyphenNext || !next.capitalised || next.allCaps) return false;
  // A place goes before its officials' titles and its sites ("Kramatorsk Mayor", "Damascus International Airport").
  return !BEFORE_PLACE.has(next.key) && !AFTER_PLACE.has(next.key) && !ORGANISATION_WORDS.has(next.key) && !s.isPlaceWord(next.key);
}

/** A capitalised word just before the name that is not a sentence's first word: "Abdel Rahman", "Fateh al-Sham". */
function insideLongerName(c: Candidate, s: SentenceView): boolean {
  const prev = s.tokens[c.first - 1];
  if (!prev?.joinsNext || !prev.capitalised) return false;
  if (c.first - 1 === 0 || c.first - 1 === s.previousPlaceEnd) return false;
  if (prev.allCaps || BEFORE_PLACE.has(prev.key) || DEMONYM.test(prev.key)) return false;
  return true;
}
