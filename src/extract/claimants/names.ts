/**
 * Speakers that are in no registry: decides whether a phrase is a named
 * speaker ("Turkish President Recep Tayyip Erdogan", "the activist-run Palmyra
 * Coordination network") and gives it a stable id.
 */

import { allMatches } from '../all-matches.ts';
import { WEEKDAY_PATTERN } from '../../lexicon/calendar-words.ts';
import { COMPASS_ADJECTIVES, COMPASS_POINTS } from '../../lexicon/directions.ts';
import { countryRows } from '../../gazetteer/countries.ts';

/** A capitalised participle ("Addressing") that opens a clause, not a name. */
const PARTICIPLE_OPENER = /^\p{Lu}\p{Ll}+ing$/u;

/** Starts with a capital (built once, not per word). */
const STARTS_CAPITALISED = /^\p{Lu}/u;
/** A capital, then capitals, digits and marks only. */
const ACRONYM_LIKE = /^\p{Lu}[\p{Lu}\p{N}.&-]+$/u;

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;
/** Singular heads that make a phrase a speaker: an office, a body, an outlet. */
export const ROLE_HEADS: ReadonlySet<string> = new Set([
  'ministry',
  'minister',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'official',
  'commander',
  'chief',
  'head',
  'director',
  'president',
  'governor',
  'envoy',
  'ambassador',
  'agency',
  'observatory',
  'monitor',
  'group',
  'army',
  'military',
  'command',
  'council',
  'committee',
  'coalition',
  'network',
  'center',
  'centre',
  'office',
  'organization',
  'organisation',
  'department',
  'government',
  'police',
  'media',
  'television',
  'tv',
  'channel',
  'newspaper',
  'daily',
  'brigade',
  'movement',
  'front',
  'party',
  'union',
  'authority',
  'administration',
  'secretary',
  'general',
  'representative',
  'mission',
  'watchdog',
  'charity',
  'commission',
  'institute',
  'foundation',
  'fund',
  'crescent',
  'cross',
  'helmets',
  'defence',
  'defense',
  'force',
  'hospital',
  'doctor',
  'activist',
  'coordinator',
  'founder',
  'leader',
  'chairman',
  'chairwoman',
  'chairperson',
  'mayor',
  'prosecutor',
  'spokesperson',
  'correspondent',
  'reporter',
  'website',
  'outlet',
  'service',
  'directorate',
  'staff',
  'corps',
  'battalion',
  'regiment',
]);
/** Lower-case words that may stand inside a name ("Syrian state news agency", "monitoring group"). */
export const MODIFIERS: ReadonlySet<string> = new Set([
  'state',
  'news',
  'official',
  'military',
  'security',
  'media',
  'rights',
  'human',
  'monitoring',
  'opposition',
  'local',
  'civil',
  'foreign',
  'defense',
  'defence',
  'interior',
  'health',
  'information',
  'press',
  'general',
  'armed',
  'forces',
  'humanitarian',
  'regional',
  'national',
  'provincial',
  'medical',
  'relief',
  'emergency',
  'operations',
  'operational',
  'main',
  'joint',
  'central',
  'public',
  'affairs',
  'refugee',
  'reconciliation',
]);
/** A capitalised word at `i`, or "the" and one: the name goes on ("for Migration", "for the Coordination"). */
function namesOn(words: readonly { readonly text: string; readonly lower: string }[], i: number): boolean {
  const w = words[i]?.lower === 'the' ? words[i + 1] : words[i];
  return isCapitalised(w?.text ?? '');
}

/** Heads of a body's name that "of" or "for" continues ("Office for the Coordination of ...", "Centre for Civilians in Conflict"). */
export const BODY_NAME_HEADS: ReadonlySet<string> = new Set([
  'organization',
  'organisation',
  'office',
  'centre',
  'center',
  'committee',
  'council',
  'commission',
  'commissioner',
  'network',
  'observatory',
  'fund',
  'agency',
  'institute',
  'coalition',
  'alliance',
  'union',
  'ministry',
  'department',
  'federation',
  'association',
  'society',
  'foundation',
  'programme',
  'program',
  'bureau',
  'directorate',
  'authority',
  'league',
  'court',
]);
const CONNECTORS = new Set(['of', 'for', 'and', 'de', 'al', 'bin', 'ibn', 'el', 'on', 'the']);
/** Connectors that cannot start a name ("Al Jazeera" keeps its "Al"). */
const NOT_FIRST = new Set(['of', 'for', 'and', 'on', 'the']);
/** People in the plural, or nobody in particular: they speak, but no claimant is named. */
export const PEOPLE_PLURALS = new Set([
  'militants',
  'activists',
  'residents',
  'witnesses',
  'sources',
  'officials',
  'rebels',
  'fighters',
  'forces',
  'people',
  'reports',
  'doctors',
  'medics',
  'locals',
  'authorities',
  'monitors',
  'observers',
  'analysts',
  'troops',
  'soldiers',
  'civilians',
  'groups',
  'evacuees',
  'survivors',
  'refugees',
  'experts',
  'diplomats',
  'workers',
  'rescuers',
  'eyewitnesses',
  'paramedics',
  'medics',
  'outlets',
  'agencies',
  'governments',
  'states',
  'countries',
  'others',
  'some',
  'many',
  'both',
  'all',
  'everyone',
  'nobody',
  'someone',
  'insurgents',
  'jihadists',
  'terrorists',
]);
const INDEFINITE = new Set(['a', 'an', 'one', 'some', 'several', 'two', 'three', 'many', 'other', 'another', 'unnamed', 'anonymous']);
/** A word that describes a body by where it sits or whom it backs: "the US-based ...", "rebel-backer Washington". */
const DESCRIBED_BY = /-(?:based|backer|backers)$/;
/** Capitalised words that say what kind of body one is, not which: "a Beirut-based NGO". */
const KIND_OF_BODY = /^(?:NGOs?|INGOs?|CSOs?|CBOs?)$/;
/** Capitalised words that are not names: sentence openers, pronouns, days. */
const NOT_NAME = new RegExp(
  `^(?:The|A|An|On|In|At|It|He|She|They|We|I|This|That|These|Those|Meanwhile|However|Earlier|Later|Also|But|And|Yesterday|Today|Following|After|Before|During|${WEEKDAY_PATTERN}s?(?:['’]s?)?)$`,
);
const PREPOSITIONS = new Set([
  'in',
  'inside',
  'from',
  'at',
  'on',
  'near',
  'to',
  'with',
  'for',
  'by',
  'against',
  'into',
  'across',
  'over',
  'under',
  'outside',
  'around',
  'about',
]);
const MAX_WORDS = 8;
/** "analysts at", "officials with", "researchers from": people and the body they speak from. */
const BODY_LINKS = new Set(['at', 'with']);
/** Prepositions that tie an office to what it is the office of: "mayor of", "spokesman for". */
const OFFICE_LINKS = new Set(['of', 'for', 'at']);
/** Nouns of places that "of" then names: "the city of Rafah", "the village of Bilozerka". */
const PLACE_NOUNS: ReadonlySet<string> = new Set([
  'city',
  'town',
  'village',
  'province',
  'region',
  'district',
  'governorate',
  'area',
  'neighbourhood',
  'neighborhood',
  'camp',
  'suburb',
  'capital',
  'outskirts',
  'port',
]);
/**
 * "in the southern city of": a place noun at `i`, with only lowercase words between it and a
 * preposition before it. ("the Eastmoor region of Freedonia" names an office's area.)
 */
function locativeBefore(words: readonly { readonly text: string; readonly lower: string }[], i: number): boolean {
  if (!PLACE_NOUNS.has(words[i]?.lower ?? '')) return false;
  for (let j = i - 1; j >= Math.max(0, i - 4); j--) {
    const w = words[j]!;
    if (PREPOSITIONS.has(w.lower)) return true;
    if (isCapitalised(w.text)) return false;
  }
  return false;
}
const DIRECTIONS = new Set<string>([...COMPASS_POINTS, ...COMPASS_ADJECTIVES, 'rural', 'countryside', 'city', 'town', 'village', 'province', 'second']);
/** People by nationality in the plural ("Syrians", "Kurds"). */
const NATIONALS = /^\p{Lu}\p{L}*(?:ians|eans|ese)$|^(?:Kurds|Arabs|Turks|Americans|Russians|Syrians)$/u;
/** A plural in -is ("Israelis", "Yemenis") is a people only where its singular is a country's people: "the Houthis" are a movement. */
const PLURAL_IN_IS = /^\p{Lu}\p{L}*is$/u;
/** The peoples of countries in the plural, by the demonyms of the country data: "israelis", "yemenis". */
const PEOPLES: ReadonlySet<string> = new Set(countryRows().flatMap((c) => c.demonyms.map((d) => `${d.toLowerCase()}s`)));

/**
 * A country's people's adjective ("Israeli", "Ukrainian"): not the name of a body that speaks.
 * @example isNationalAdjective('Israeli') // true; isNationalAdjective('Houthi') // false
 */
export function isNationalAdjective(word: string): boolean {
  return PEOPLES.has(`${word.toLowerCase()}s`);
}

/** "Israelis", "Yemenis": the people of a country. */
function isPeopleInIs(word: string): boolean {
  return PLURAL_IN_IS.test(word) && PEOPLES.has(word.toLowerCase());
}
/** "al-Rahman", "el-Sisi", "Abu Hajar": Arabic name parts written in lower case. */
const ARABIC_ARTICLE = /^(?:al|el|ad|an|ar|as|ash|at|az|ibn|bin|abu|abi)-\p{L}/iu;
/** After this, an inverted speaker's name has ended ("activist Ibrahim Khatib via Skype"). */
const NAME_END = new Set([
  'via',
  'on',
  'in',
  'at',
  'from',
  'to',
  'with',
  'by',
  'during',
  'after',
  'before',
  'while',
  'who',
  'which',
  'when',
  'speaking',
  'told',
  'quoted',
  'as',
]);

/**
 * Whether the last word, a people's plural, ends a body's capitalised name after its singular head
 * and "for" or "of" ("the Joint Council for Farmers and Refugees"): the body speaks, not the refugees.
 * @example endsBodyName(wordsOf('the Joint Council for Farmers and Refugees')) // true
 */
function endsBodyName(words: readonly { readonly text: string; readonly lower: string }[]): boolean {
  if (!isCapitalised(words[words.length - 1]?.text ?? '')) return false;
  for (let i = words.length - 2; i > 0; i--) {
    const w = words[i]!;
    if (w.lower === 'of' || w.lower === 'for') {
      // A body is named by a singular head ("Council", "Coalition"); "Families of Refugees" are people.
      const head = words[i - 1]!;
      return isCapitalised(head.text) && !head.lower.endsWith('s') && !NOT_NAME.test(head.text);
    }
    if (!isCapitalised(w.text) && w.lower !== 'and') return false;
  }
  return false;
}

/** The plural heads of a side's armed force: "Israeli forces", "Russian troops". */
export const ARMED_PLURALS: ReadonlySet<string> = new Set(['forces', 'troops']);
/** Lower-case words between a side's name and its forces: "Syrian government forces", "Iraqi security forces". */
const ARMED_MODIFIERS: ReadonlySet<string> = new Set(['government', 'security', 'army', 'coalition', 'opposition', 'rebel', 'allied', 'armed', 'special']);

/**
 * Whether the phrase ends with a side's armed force: a capitalised name or people's word before
 * "forces" or "troops" ("Israeli forces", "Tigrayan forces", "Iraqi security forces", "the Rapid Support
 * Forces"). They speak for an army, unlike "Syrian refugees"; "government forces" alone names no side.
 * @example namesArmedForces(wordsOf('Israeli forces')) // true
 */
function namesArmedForces(words: readonly { readonly text: string; readonly lower: string }[]): boolean {
  const n = words.length;
  if (n < 2 || !ARMED_PLURALS.has(words[n - 1]!.lower)) return false;
  let i = n - 2;
  while (i > 0 && ARMED_MODIFIERS.has(words[i]!.lower) && !isCapitalised(words[i]!.text)) i--;
  const side = words[i]!;
  // A sentence's first word is capitalised too: "Government forces", "Pro-government forces" name no side.
  const noSide = ARMED_MODIFIERS.has(side.lower) || /^(?:pro|anti)-/.test(side.lower);
  return isCapitalised(side.text) && !noSide && !NOT_NAME.test(side.text) && !INDEFINITE.has(side.lower);
}

export type NameReading =
  | { readonly kind: 'name'; readonly start: number; readonly end: number; readonly text: string }
  | { readonly kind: 'unnamed' }
  | { readonly kind: 'none' };

/** Kinds of body written in lower case before a body's name: "news outlet", "activist group", "news agency". */
const BODY_KINDS: ReadonlySet<string> = new Set([
  'outlet',
  'newspaper',
  'broadcaster',
  'channel',
  'website',
  'group',
  'agency',
  'watchdog',
  'monitor',
  'organisation',
  'organization',
  'charity',
  'ngo',
]);

/** Words that make an office of another: "Deputy Head", "Acting Governor". */
const ROLE_PREFIXES: ReadonlySet<string> = new Set(['deputy', 'acting', 'vice', 'assistant', 'first', 'senior', 'former']);

/** The words end with two capitalised words (a person's name) that are no office or body. */
function endsWithPerson(words: readonly { readonly text: string; readonly lower: string }[]): boolean {
  const tail = words.slice(-2);
  return tail.length === 2 && tail.every((w) => /^\p{Lu}/u.test(w.text) && !ROLE_HEADS.has(w.lower) && !BODY_NAME_HEADS.has(w.lower));
}

/**
 * Reads the named speaker at the end of a phrase (or, with `leading`, at its
 * start: "said activist Ibrahim Khatib via Skype"), if there is one.
 * @example readName('On Tuesday, Turkish President Recep Tayyip Erdogan') // { kind: 'name', text: 'Turkish President Recep Tayyip Erdogan', ... }
 */
export function readName(phrase: string, options: { readonly leading?: boolean } = {}): NameReading {
  let words = allMatches(WORD, phrase).map((m) => ({ text: m[0], lower: lookupForm(m[0]), start: m.index }));
  const body = bodyOfPeople(phrase, words);
  if (body) return body;
  if (options.leading) {
    // "Kevin Kennedy Regional Humanitarian Coordinator for the Syria Crisis": the name is the first run.
    // "the International Organization for Migration", "the Office for the Coordination of Humanitarian Affairs":
    // after a body's head, "of" and "for" go on with its name.
    const cut = words.findIndex(
      (w, i) =>
        i > 0 &&
        (NAME_END.has(w.lower) ||
          ((w.lower === 'of' || w.lower === 'for') && !(words.slice(0, i).some((b) => BODY_NAME_HEADS.has(b.lower)) && namesOn(words, i + 1)))),
    );
    // "said Deputy Head of the Presidential Office Jan Roe": a run of only an office goes on to the person it ends with.
    // "said the head of the regional administration Jan Roe": the article before the office too.
    const office =
      cut > 0 &&
      words.slice(words[0]?.lower === 'the' ? 1 : 0, cut).every((w) => ROLE_HEADS.has(w.lower) || ROLE_PREFIXES.has(w.lower)) &&
      endsWithPerson(words);
    if (cut > 0 && !office) words = words.slice(0, cut);
  }
  if (words.length === 0) return { kind: 'none' };
  const last = words[words.length - 1];
  if (!last) return { kind: 'none' };
  const armed = namesArmedForces(words);
  if ((PEOPLE_PLURALS.has(last.lower) && !endsBodyName(words) && !armed) || NATIONALS.test(last.text) || isPeopleInIs(last.text)) return { kind: 'unnamed' };
  if (INDEFINITE.has(words[0]?.lower ?? '')) return { kind: 'unnamed' };
  // "Activists in rural Aleppo", "Residents of Douma": people described by a place.
  if (PEOPLE_PLURALS.has(words[0]?.lower ?? '') && (PREPOSITIONS.has(words[1]?.lower ?? '') || words[1]?.lower === 'of')) return { kind: 'unnamed' };
  const headOk = armed || isCapitalised(last.text) || ROLE_HEADS.has(last.lower) || ARABIC_ARTICLE.test(last.text);
  if (!headOk) return { kind: 'none' };
  let first = words.length - 1;
  while (first > 0 && words.length - first < MAX_WORDS) {
    const w = words[first - 1];
    if (!w) break;
    // "the US-based Eastmoor Monitor", "rebel-backer Northland": where a body sits or whom it backs describes it; it is no part of its name.
    // ("a Beirut-based NGO" is a description whole: what kind of body, not its name.)
    const next = words[first]?.text ?? '';
    if (DESCRIBED_BY.test(w.lower) && isCapitalised(next) && !KIND_OF_BODY.test(next)) break;
    // "local news outlet Northland Press", "the activist group Eastmoor Media Center": the kind of body, in lower case, before its name.
    if (!isCapitalised(w.text) && BODY_KINDS.has(w.lower) && isCapitalised(next)) break;
    if ((isCapitalised(w.text) && !NOT_NAME.test(w.text)) || ARABIC_ARTICLE.test(w.text)) first--;
    else if (
      ROLE_HEADS.has(w.lower) ||
      MODIFIERS.has(w.lower) ||
      /-(?:based|run|led|backed|affiliated|linked|held|controlled)$/.test(w.lower) ||
      /['’]s$/.test(w.lower)
    )
      first--;
    else if (CONNECTORS.has(w.lower) && first - 2 >= 0 && isCapitalised(words[first - 2]?.text ?? '')) first--;
    else break;
  }
  // Connectors and participle openers ("Addressing the council Liu") do not start a name.
  while (first < words.length - 1 && (NOT_FIRST.has(words[first]?.lower ?? '') || PARTICIPLE_OPENER.test(words[first]?.text ?? ''))) first++;
  let b = first - 1;
  while (b >= 0 && (words[b]?.lower === 'the' || DIRECTIONS.has(words[b]?.lower ?? ''))) b--;
  let before = words[b];
  // "the mayor of Eastmoor", "spokesman for the Eastmoor Security Service Jan Roe": an office of a place or body.
  const office = before && OFFICE_LINKS.has(before.lower) && ROLE_HEADS.has(words[b - 1]?.lower ?? '');
  if (office) {
    first = b - 1;
    while (first > 0 && isCapitalised(words[first - 1]?.text ?? '') && !NOT_NAME.test(words[first - 1]?.text ?? '')) first--;
    before = words[first - 1];
  } else if (before?.lower === 'of' && words.length - first >= 3) {
    // "Governor of the Eastmoor region of Freedonia Ivan Petrov": after "of", the first word is the place.
    first++;
  }
  const run = words.slice(first);
  // "in the Middle East", "in east Aleppo": a name after a preposition is a place, not the speaker;
  // so is one after "the city of", "the village of".
  if (before && PREPOSITIONS.has(before.lower)) return { kind: 'none' };
  if (before?.lower === 'of' && locativeBefore(words, b - 1)) return { kind: 'none' };
  if (before && INDEFINITE.has(before.lower)) return { kind: 'unnamed' };
  if (!run.some((w) => (isCapitalised(w.text) && !NOT_NAME.test(w.text)) || isAcronym(w.text))) return { kind: 'none' };
  // A lone role word ("TV", "Brigade") names nobody in particular.
  if (run.length === 1 && ROLE_HEADS.has(last.lower)) return { kind: 'none' };
  const start = run[0]?.start ?? 0;
  const end = last.start + last.text.length;
  // "Syria Live Network (SLN" lost its closing parenthesis to the cue: drop the open part.
  const raw = phrase.slice(start, end).replace(/\s*\([^)]*$/, '');
  return { kind: 'name', start, end: start + raw.length, text: tidy(raw) };
}

/**
 * "defence analysts at the think tank Grey Atlas Group", "officials with the Eastmoor Relief Agency": people who
 * speak for a body they are at; the body is named. ("Activists in Douma" are placed, not a body's.)
 */
function bodyOfPeople(phrase: string, words: readonly { text: string; lower: string; start: number }[]): NameReading | null {
  const k = words.findIndex((w) => BODY_LINKS.has(w.lower));
  if (k < 1 || k > 3 || !words.slice(0, k).some((w) => PEOPLE_PLURALS.has(w.lower))) return null;
  const from = words[k + 1]?.start;
  if (from === undefined) return null;
  const inner = readName(phrase.slice(from));
  // One plain word after "at" is more often a place than a body ("officials at Eastmoor").
  if (inner.kind !== 'name' || (!inner.text.includes(' ') && !isAcronym(inner.text))) return null;
  return { kind: 'name', start: from + inner.start, end: from + inner.end, text: inner.text };
}

/**
 * A stable id for a claimant name: lower-case ASCII words joined by dashes. An owner's
 * possessive is no part of the id: "Gaza's health ministry" and "the Gaza health ministry"
 * are one body.
 * @example claimantSlug('Palmyra Coordination network') // 'palmyra-coordination-network'
 * @example claimantSlug("Gaza's health ministry") // 'gaza-health-ministry'
 */
export function claimantSlug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * A name as shown: spaces collapsed, curly apostrophes straight, a leading "the" dropped.
 * @example tidy('the  Syria’s  army') // "Syria's army"
 */
export function tidy(name: string): string {
  return name
    .replace(/\s+/g, ' ')
    .replace(/’/g, "'")
    .replace(/^(?:the|its|their|his|her)\s+/i, '')
    .trim();
}

/** Lower case, curly apostrophes straight. */
function lookupForm(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

function isCapitalised(w: string): boolean {
  return STARTS_CAPITALISED.test(w);
}

function isAcronym(w: string): boolean {
  return ACRONYM_LIKE.test(w);
}
