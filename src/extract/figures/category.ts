/**
 * Decides what a figure counts (killed, strikes, destroyed, ...) from the words
 * that govern it, nearest first: the verb right before it ("killed more than
 * 300"), a strike noun it counts ("64 air raids"), the predicate right after it
 * ("300 militants were killed"), a noun it counts ("50 bodies"), then the
 * nearest category word in its clause ("killed 87 civilians including 31 children").
 */
import type { Category } from '../../model/types.ts';
import {
  ACTION_NOUN,
  SITE_NOUNS,
  AFTER_ONLY,
  AFTER_SKIP,
  BEFORE_SKIP,
  BLOCKERS,
  CLAUSE_WORDS,
  FALLBACK_BACK,
  GROUND_NOUNS,
  HARD_STOPS,
  MUNITION_NOUNS,
  PREDICATE_NOUNS,
  PREDICATES,
  STRIKE_NOUNS,
  TOLL_LINKS,
  TOLL_SUBJECTS,
  VEHICLE_NOUNS,
  TAKING_PEOPLE,
  ASKING_PEOPLE,
  QUOTE_MARKS,
} from './lexicon.ts';
import { ASIDE_CLOSERS, closingComma, closingMark, INSERT_OPENERS, lastAsideWord } from './asides.ts';
import { PEOPLE_NOUNS } from './counted.ts';
import { alongWith, inBrackets, partOfWhole, partOfWhom, putAt, withInjuries, type EarlierFigure } from './borrowed.ts';
import type { Token } from '../tokens.ts';
import { WEEKDAY_NAMES } from '../../lexicon/calendar-words.ts';

/** One figure as the categoriser sees it: token positions only. */
export interface FigureSlots {
  /** First token of the qualifier or number. */
  readonly first: number;
  /** Last token of the number (or of a trailing qualifier). */
  readonly numberLast: number;
  /** Last token of the counted thing, or numberLast when nothing is counted. */
  readonly last: number;
  readonly head: readonly string[];
  readonly words: readonly string[];
  readonly ground: boolean;
}

type Found = Category | 'blocked' | null;

const MAX_PHRASE = 5;
const JOINERS = new Set([',', 'and', 'or', '/', '&']);
/** Words between two figures that make them one list, or a whole and its part ("112 civilians including 33 children"). */
const CHAIN_WORDS = new Set([',', 'and', 'or', 'plus', 'as', 'well', 'including', 'among', 'them', 'whom', 'of']);
/** A dash right between two figures opens the first's breakdown: "to 22 — 12 staff and 10 patients —". */
const BREAKDOWN_DASHES: ReadonlySet<string> = new Set(['—', '–']);
const TOLL_VERBS = new Set([
  // "the death toll could be higher than 500", "could exceed 500".
  'higher',
  'exceed',
  'exceeds',
  'exceeded',
  'rose',
  'rises',
  'risen',
  'climbed',
  'climbs',
  'reached',
  'reaches',
  'jumped',
  'stood',
  'stands',
  'increased',
  'hit',
  'hits',
  'grew',
  'grown',
  'grows',
  'went',
  'gone',
  'goes',
  'soared',
  // "the toll has shot up to 110".
  'shot',
  'mounted',
  'surged',
  'surges',
  'swelled',
  'remained',
  'remains',
  // "the toll could rise to 60", "is expected to reach 100".
  'rise',
  'climb',
  'reach',
  'increase',
  'grow',
  'increasing',
  'rising',
  'climbing',
  'mounting',
]);
/** Verbs that set a toll at a figure, with "at" or "to" after them: "the toll was confirmed at 51", "revised to 63". */
const TOLL_SET_VERBS: ReadonlySet<string> = new Set(['confirmed', 'put', 'estimated', 'revised', 'raised', 'updated', 'set', 'given', 'placed']);
/** Words before "count" that make it a toll: "the death count", "the body count", "the casualty count". */
const COUNT_OF_DEAD: ReadonlySet<string> = new Set(['death', 'body', 'casualty']);
/** Pronouns of a part of those just counted: "31 of whom were killed", "12 of them died". */
const OF_WHOM: ReadonlySet<string> = new Set(['whom', 'them', 'which']);
/** Verbs a toll's subject lists its dead by: "those killed included four children". */
const INCLUDED: ReadonlySet<string> = new Set(['included', 'include', 'includes']);
/** How far back "those killed" may stand before "included". */
const INCLUDED_REACH = 10;
/** Words a toll's verb and its figure may stand apart by: "rose sharply Friday from 90 to 170". */
const WHEN_WORDS: ReadonlySet<string> = new Set([...WEEKDAY_NAMES, 'today', 'yesterday', 'overnight', 'also', 'further', 'again']);
/** How far back the subject of a count may stand: "the death toll ... rose to", farther past the verb. */
const TOLL_REACH = 12;
const TOLL_REACH_AFTER_VERB = 40;
/** People counted by a toll, before the participle that says how ("people killed"). */
const COUNTED_PEOPLE = new Set(['people', 'persons', 'civilians', 'residents', 'those']);
const FALLBACK_AHEAD = 8;
/** A figure after one of these is a place, time or part of something else ("in 3 villages", "of 24 hectares"). */
const PREPOSITIONS = new Set([
  'in',
  'on',
  'at',
  'from',
  'to',
  'into',
  'onto',
  'during',
  'near',
  'around',
  'across',
  'by',
  'for',
  'against',
  'toward',
  'towards',
  'through',
  'throughout',
  'within',
  'under',
  'among',
  'amid',
  'inside',
  'outside',
  'along',
  'via',
  'upon',
  'of',
  'with',
  'without',
  'per',
  'than',
  'since',
  'after',
  'before',
]);
const KILL_INJURE: ReadonlySet<Category> = new Set(['killed', 'injured']);
/** Categories of a toll's own nouns ("martyrs", "bodies", "wounded"). */
const TOLL_CATEGORIES: ReadonlySet<Category> = new Set(['killed', 'injured', 'casualties']);

/** Phrases by last word and by first word, so matches are map look-ups. */
const BY_LAST = indexPhrases((p) => p[p.length - 1] ?? '');
const BY_FIRST = indexPhrases((p) => p[0] ?? '');

/**
 * Groups figures joined only by commas and "and" ("11 tanks and 31 cars"): they share one verb.
 * @example chains(tokens, slots) // [[0], [1, 2]]
 */
export function chains(tokens: readonly Token[], slots: readonly FigureSlots[]): number[][] {
  const out: number[][] = [];
  for (let k = 0; k < slots.length; k++) {
    const prev = slots[k - 1];
    const cur = slots[k];
    const group = out[out.length - 1];
    if (prev && cur && group && joined(tokens, prev.last + 1, cur.first - 1)) group.push(k);
    else out.push([k]);
  }
  return out;
}

export type { EarlierFigure } from './borrowed.ts';

/**
 * The category of figure `k` within its chain; `earlier` tells the categories of the figures before it.
 * @example categorise(tokenize('The strikes killed more than 300 Daesh elements'), slots, [0], 0, () => undefined) // 'killed'
 */
export function categorise(tokens: readonly Token[], slots: readonly FigureSlots[], chain: readonly number[], k: number, earlier: EarlierFigure): Category {
  const me = slots[k];
  const head = slots[chain[0] ?? k];
  const tail = slots[chain[chain.length - 1] ?? k];
  if (!me || !head || !tail) return 'other';
  // "991 combat flights": sorties by another name.
  if (me.head.some((w) => STRIKE_NOUNS.has(w)) || (me.head.includes('flights') && me.head.includes('combat'))) return 'strikes';
  // "21 dead and 35 missing", "36 unaccounted for": the missing are not yet counted among the dead or the hurt.
  if (me.head.some((w) => NOT_FOUND.has(w))) return 'other';
  // "more than 100 people survived the strike": those who lived through it are no count of it, nor of its dead.
  if (me.head.some((w) => SURVIVED.has(w))) return 'other';
  // "more than 100 were wounded, more than 50 seriously": how badly says the figure is of the wounded before it.
  if (SEVERITY.has(me.head[0] ?? '') && earlierInSentence(tokens, me.first, earlier) === 'injured') return 'injured';
  const found = categoryOf(tokens, me, head, tail, earlier);
  // "400 injuries and deaths": a count of both is of casualties (but "eight fatalities and injuries to 2,700 people" is two counts).
  if (KILL_INJURE.has(found) && countsBoth(me.head) && !countSoonAfter(tokens, me.last + 1)) return 'casualties';
  // "40 buses evacuated civilians": vehicles carry the people moved; they are not them.
  if (found === 'displaced' && me.head.some((w) => VEHICLE_NOUNS.has(w))) return 'other';
  // "two camps ..., killing over 400": places hold the dead and hurt; they are not them.
  // "Two explosions killed dozens": what struck is not them either.
  const noun = headNoun(me.head);
  // "57 people were pulled out from under the rubble": people are not destroyed, whatever stands near them.
  // "... were damaged, and more than 150 people donated blood": nor are people who did something.
  if (found === 'destroyed' && ((noun !== undefined && PEOPLE_NOUNS.has(noun)) || PEOPLE_NOUNS.has(me.head[0] ?? ''))) return 'other';
  // "targeted two senior commanders": people aimed at are no count of strikes.
  if (found === 'strikes' && noun !== undefined && (PEOPLE_NOUNS.has(noun) || LEADER_NOUNS.has(noun))) return 'other';
  // "the air raid struck three homes": buildings hit are no count of strikes (nor, unless said so, of buildings destroyed).
  if (found === 'strikes' && noun !== undefined && BUILDING_NOUNS.has(noun)) return 'other';
  // "tried five times to take injured civilians out": how often something was done counts no people.
  if (noun !== undefined && REPEATS.has(noun) && found !== 'strikes') return 'other';
  return (KILL_INJURE.has(found) || found === 'casualties' || found === 'displaced') && noun !== undefined && (SITE_NOUNS.has(noun) || AGENT_NOUNS.has(noun))
    ? 'other'
    : found;
}

/** Verbs that make people go: "forced ... to flee". */
const FORCED: ReadonlySet<string> = new Set(['forced', 'forcing', 'forces', 'force', 'compelled', 'compelling', 'drove', 'driving']);
/** What they were made to do: go. */
const TO_GO: ReadonlySet<string> = new Set(['flee', 'leave', 'evacuate', 'abandon', 'escape', 'move', 'relocate', 'quit']);
/** How far past "who" the toll of "of the people who were killed" may stand ("who had reportedly been killed"). */
const OF_THOSE_REACH = 5;

/**
 * The toll a figure is a part of when "of the people who were killed", "of those who died" follows it; null otherwise.
 * @example ofThoseWhoWere(tokenize('160 of the people who were killed'), 1) // 'killed'
 */
function ofThoseWhoWere(tokens: readonly Token[], from: number): Category | null {
  if (tokens[from]?.lower !== 'of') return null;
  let q = from + 1;
  if (tokens[q]?.lower === 'the' || tokens[q]?.lower === 'those') q++;
  if (PEOPLE_NOUNS.has(tokens[q]?.lower ?? '') || COUNTED_PEOPLE.has(tokens[q]?.lower ?? '')) q++;
  if (tokens[q]?.lower !== 'who') return null;
  return tollLaterInClause(tokens, q + 1, OF_THOSE_REACH);
}

/** Verbs that end an unclosed aside: the clause's own verb comes back. */
const ASIDE_END_VERBS: ReadonlySet<string> = new Set(['have', 'has', 'had', 'were', 'was', 'are', 'is']);
/** How many words an unclosed aside may run. */
const UNCLOSED_ASIDE_WORDS = 8;

/** The auxiliary verb an unclosed aside ("including women and children have been killed") runs into, or -1. */
function unclosedAsideVerb(tokens: readonly Token[], from: number): number {
  for (let q = from; q < tokens.length && q - from < UNCLOSED_ASIDE_WORDS; q++) {
    const t = tokens[q];
    if (!t || HARD_STOPS.has(t.text) || t.text === ',' || t.kind === 'num') return -1;
    if (ASIDE_END_VERBS.has(t.lower)) return q;
  }
  return -1;
}

/** Words right after a number that count people not found: "35 missing", "36 unaccounted for". */
const NOT_FOUND: ReadonlySet<string> = new Set(['missing', 'unaccounted']);
/** Words of people who lived through what is told. */
const SURVIVED: ReadonlySet<string> = new Set(['survived', 'surviving', 'survivors', 'survive']);
/** Adverbs of how badly people were hurt, standing for "wounded" after a number: "50 seriously", "12 critically". */
const SEVERITY: ReadonlySet<string> = new Set(['seriously', 'critically', 'severely', 'badly', 'gravely', 'lightly', 'slightly']);
/** How far back in its sentence the figure a severity refers to may stand. */
const SEVERITY_REACH = 10;

/** The category of the nearest figure before `first` in its sentence (within SEVERITY_REACH tokens), if there is one. */
function earlierInSentence(tokens: readonly Token[], first: number, earlier: EarlierFigure): Category | undefined {
  for (let p = first - 1; p >= 0 && first - p <= SEVERITY_REACH; p--) {
    const t = tokens[p];
    if (!t || HARD_STOPS.has(t.text)) return undefined;
    if (t.kind === 'num') return earlier(p);
  }
  return undefined;
}

/** A word of a participle ("sheltering", "housing"). */
const PARTICIPLE = /ing$/;

/**
 * The noun a count counts: its head's last word, or the word before a participle that ends it
 * ("14 schools sheltering displaced families": the schools; "a dozen explosions heard": the explosions).
 * @example headNoun(['schools', 'sheltering']) // 'schools'
 */
function headNoun(head: readonly string[]): string | undefined {
  const last = head[head.length - 1];
  return last !== undefined && head.length > 1 && (PARTICIPLE.test(last) || PAST_PARTICIPLE.test(last)) ? head[head.length - 2] : last;
}

/** A past participle after the noun ("explosions heard", "people killed", "shells fired"). */
const PAST_PARTICIPLE = /^(?:\p{L}+ed|heard|seen|shot|hit|found|held|taken|thrown|flown)$/u;

/** Buildings a strike hits: counted, they are no count of strikes ("struck three homes"; but "struck 30 sites" may count the strikes). */
const BUILDING_NOUNS: ReadonlySet<string> = new Set([
  'homes',
  'houses',
  'buildings',
  'apartments',
  'floors',
  'schools',
  'hospitals',
  'clinics',
  'mosques',
  'churches',
  'shelters',
  'markets',
]);

/** Verbs of a place holding people: "hosts 500,000 displaced people", "sheltering 300 families". */
const HOSTING_PEOPLE: ReadonlySet<string> = new Set([
  'hosts',
  'hosting',
  'hosted',
  'houses',
  'housing',
  'housed',
  'shelters',
  'sheltering',
  'sheltered',
  'accommodates',
  'accommodating',
]);
/** What people are taken as: "taken hostage", "taken captive", "taken prisoner". */
const HELD_AS: ReadonlySet<string> = new Set(['hostage', 'hostages', 'captive', 'captives', 'prisoner', 'prisoners']);

/** Nouns of how often something was done: "five times", "three attempts". */
const REPEATS: ReadonlySet<string> = new Set(['times', 'attempts', 'occasions']);

/** People who lead, aimed at by name or rank ("two senior Hamas leaders"). */
const LEADER_NOUNS: ReadonlySet<string> = new Set(['leaders', 'commanders', 'officials', 'members', 'operatives', 'figures']);

function categoryOf(tokens: readonly Token[], me: FigureSlots, head: FigureSlots, tail: FigureSlots, earlier: EarlierFigure): Category {
  // "43 bodies along with six others with serious injuries", "left 12 people with burns": their wounds say what they are.
  // "50 bodies, many with gunshot wounds" are dead all the same.
  if (!me.ground && nounCategory(me) !== 'killed' && withInjuries(tokens, me.numberLast + 1)) return 'injured';
  // "rose to 52 and 114 were injured": a later figure with its own predicate is told apart from the first.
  if (me !== head) {
    const own = directAfter(tokens, me.last + 1);
    // "killed 1,405 and more than 220 were taken hostage": a later figure whose own verb is of people held is no toll.
    if (own === 'blocked') return 'other';
    const mine = settle(own, me.ground);
    if (mine !== null && mine !== 'other') return mine;
  }
  // "took 5,000 lives" ("took" is also of ground taken): lives a verb took are deaths.
  if (livesTaken(tokens, me, head)) return 'killed';
  // "forced over 400,000 to flee", "forcing 3,000 residents to leave their homes": those made to go are displaced.
  if (FORCED.has(wordBefore(tokens, me.first)) && tokens[me.last + 1]?.lower === 'to' && TO_GO.has(tokens[me.last + 2]?.lower ?? '')) return 'displaced';
  // "More than 160 of the people who were killed had been cremated": a part of those a toll counts.
  const ofThose = ofThoseWhoWere(tokens, me.last + 1);
  if (ofThose) return ofThose;
  // "18... That is how many people were killed by the Russians": the clause after the number says what it counts.
  const howMany = howManyAfter(tokens, me.last + 1, me.ground);
  if (howMany) return howMany;
  // "98 victims, in addition to more than 270 cases of suffocation": cases are what they are cases of, whatever the list says.
  const cases = casesOf(tokens, me.last);
  if (cases) return cases;
  // "killing about 1,200 people and taking about 250 hostage": people taken, by a verb of their own (ground seized is control).
  const verb = wordBefore(tokens, me.first);
  if (!me.ground && TAKING_PEOPLE.has(verb)) return 'other';
  // "Human Rights Watch interviewed 27 people with knowledge of the killings": who was asked is no toll.
  // "the camp hosts more than 500,000 displaced people": those a place holds are its people, not a toll.
  if (ASKING_PEOPLE.has(verb) || HOSTING_PEOPLE.has(verb)) return 'other';
  const upper =
    rangeEnd(tokens, me.first) ?? numberOfTo(tokens, head.first) ?? tollMovedTo(tokens, head.first) ?? includedBy(tokens, head.first) ?? partOf(tokens, me);
  if (upper) return ofTheCasualties(tokens, me, upper);
  const before = directBefore(tokens, head.first, me.ground);
  if (before !== null && before !== 'blocked') return ofTheCasualties(tokens, me, settle(before, me.ground) ?? 'other');
  const measured =
    putAt(tokens, head.first, earlier) ??
    alongWith(tokens, head.first, earlier) ??
    inBrackets(tokens, head.first, earlier) ??
    partOfWhom(tokens, me.first, me.last, earlier);
  if (measured) return measured;
  // A verb outside the categories ("received", "arrested") still lets the thing itself speak ("received 822 wounded");
  // a part ("48 wounded, including 30 children") is counted as its whole is.
  // "left 15 martyrs and 70 wounded": a toll named by its own noun keeps it; the predicate after the last figure is the other's.
  const tollNoun = me !== tail ? nounCategory(me) : null;
  if (tollNoun && TOLL_CATEGORIES.has(tollNoun)) return tollNoun;
  const after = settle(directAfter(tokens, tail.last + 1), me.ground);
  // "12 people fleeing the fighting were killed", "civilians trying to flee were wounded": a participle after
  // the noun tells who they were; what befell them is the predicate after it.
  const fleeing =
    (after === 'displaced' || after === null) &&
    (PEOPLE_NOUNS.has(me.head[0] ?? '') || me.head[0] === 'others' || me.head.includes('including')) &&
    (PARTICIPLE.test(tokens[tail.last + 1]?.lower ?? '') || PARTICIPLE.test(me.head[me.head.length - 1] ?? ''));
  // "more than 100 displaced people and aid workers were dead": "displaced" before whom it counts says who they were;
  // "101 civilians who had gathered in the basement were killed": a relative clause tells who they were, too.
  const described = after === 'displaced' ? displacedPeopleEnd(tokens, tail.last + 1) : -1;
  const relative = after === null && tokens[tail.last + 1]?.lower === 'who';
  // "28 students at a college in the town have been killed": where they were tells who they were, too.
  const counted = me.head[me.head.length - 1] ?? '';
  const placed =
    after === null &&
    counted !== '' &&
    !BUILDING_NOUNS.has(counted) &&
    !SITE_NOUNS.has(counted) &&
    !VEHICLE_NOUNS.has(counted) &&
    !me.head.some((w) => MUNITION_NOUNS.has(w) || STRIKE_NOUNS.has(w)) &&
    describedOnly(me) &&
    WHERE_THEY_WERE.has(tokens[tail.last + 1]?.lower ?? '');
  const befell = fleeing
    ? tollLaterInClause(tokens, tail.last + 1)
    : described >= 0
      ? tollLaterInClause(tokens, described + 1)
      : relative
        ? tollLaterInClause(tokens, tail.last + 2, RELATIVE_CLAUSE_REACH)
        : placed
          ? tollLaterInClause(tokens, tail.last + 2, PLACE_CLAUSE_REACH)
          : null;
  if (befell) return befell;
  // "23 refugees from the south had perished": people named for their flight are counted by what befell them later in the clause.
  const later = after === null && nounCategory(me) === 'displaced' ? settle(nearestAfter(tokens, tail.last + 1), me.ground) : null;
  if (later === 'killed' || later === 'injured' || later === 'casualties') return later;
  const own = after ?? nounCategory(me) ?? (me !== head ? nounCategory(head) : null);
  if (own !== null || before === 'blocked') return own ?? 'other';
  return (
    // "Of the 70 wounded who were taken to clinics, some 12 were children": the whole, before any word nearby.
    partOfWhole(tokens, head.first, earlier) ??
    (PREPOSITIONS.has(tokens[head.first - 1]?.lower ?? '') ? null : settle(nearestBefore(tokens, head.first - 1, earlier), me.ground)) ??
    settle(nearestAfter(tokens, tail.last + 1), me.ground) ??
    'other'
  );
}

/**
 * "The number of casualties has risen to 17 killed and 32 injured": a number said to count casualties,
 * with a word of its own right after it, counts those of the casualties that word says.
 */
function ofTheCasualties(tokens: readonly Token[], me: FigureSlots, found: Category): Category {
  if (found !== 'casualties' || me.head.length > 0) return found;
  const which = settle(directAfter(tokens, me.last + 1), me.ground);
  return which === 'killed' || which === 'injured' ? which : found;
}

/** The words of a count's qualifier a verb stands before: "taking about 250", "seized more than 60", "claimed an estimated 400,000". */
const COUNT_QUALIFIERS: ReadonlySet<string> = new Set(['more', 'than', 'over', 'at', 'estimated', 'well']);

/** The word before a figure, past its qualifier ("taking about 250", "cost up to 300 lives"; "to" alone is no qualifier: "took to 89 the toll"). */
function wordBefore(tokens: readonly Token[], first: number): string {
  let p = first - 1;
  for (;;) {
    const w = tokens[p]?.lower ?? '';
    const upTo = w === 'to' && tokens[p - 1]?.lower === 'up';
    if (p < 0 || !(upTo || BEFORE_SKIP.has(w) || COUNT_QUALIFIERS.has(w))) return w;
    p -= upTo ? 2 : 1;
  }
}

/** Verbs that take a number to a figure: "took the number of dead to 89". */
const MOVES_A_NUMBER: ReadonlySet<string> = new Set([
  'took',
  'takes',
  'taking',
  'brought',
  'brings',
  'bringing',
  'pushed',
  'pushes',
  'pushing',
  'raised',
  'raises',
  'raising',
  'increased',
  'increasing',
]);
/** Forms of "be", and words of nearness after them: "the number of dead is close to", "could be closer to". */
const COPULAS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been']);
const NEAR_WORDS: ReadonlySet<string> = new Set(['close', 'closer', 'near', 'nearer']);
/** How far back "the number of ..." may stand before "to" and its figure. */
const NUMBER_OF_REACH = 32;

/**
 * A count a verb took "the number of" something to: "took the number of dead to 89", "pushed the
 * number of Palestinians killed in Gaza since Oct. 7 to over 30,000". What the number is of says
 * what is counted; null when the figure closes no such phrase.
 */
function numberOfTo(tokens: readonly Token[], first: number): Category | null {
  const p = toBefore(tokens, first);
  if (p < 0) return null;
  for (let k = p - 1; k >= 1 && k >= p - NUMBER_OF_REACH; k--) {
    const w = tokens[k]?.lower ?? '';
    if (w === ';') return null;
    if (w !== 'of' || tokens[k - 1]?.lower !== 'number') continue;
    // "took the number of ...", "brought the total number of ...", "the number of ... has risen to": a verb
    // moved the number (not "in addition to over 100").
    let v = k - 2;
    while (v >= 0 && (tokens[v]?.lower === 'the' || tokens[v]?.lower === 'total' || tokens[v]?.lower === 'overall')) v--;
    // "the number of those killed could be closer to 600": a number said to be near a figure is that count too.
    const nearTo = NEAR_WORDS.has(tokens[p - 1]?.lower ?? '') && tokens.slice(Math.max(k + 1, p - 4), p - 1).some((t) => COPULAS.has(t.lower));
    const moved = MOVES_A_NUMBER.has(tokens[v]?.lower ?? '') || nearTo || tokens.slice(k + 1, p).some((t) => TOLL_VERBS.has(t.lower));
    if (!moved) return null;
    for (let q = k + 1; q < p; q++) {
      const word = tokens[q]?.lower ?? '';
      const predicate = PREDICATES.get(word);
      const category =
        TOLL_SUBJECTS.get(word) ?? (predicate !== undefined && (KILL_INJURE.has(predicate) || predicate === 'displaced') ? predicate : undefined);
      if (category) return category;
    }
    return null;
  }
  return null;
}

/** Words before "toll" or "count" that say what it counts other than deaths: "the casualty toll", "the injury toll". */
const TOLL_KINDS: ReadonlyMap<string, Category> = new Map([
  ['casualty', 'casualties'],
  ['injury', 'injured'],
  ['wounded', 'injured'],
]);

/**
 * What the toll (or count) at token `p` counts: deaths, unless the word before it says otherwise.
 * @example tollOf(tokenize('the injury toll'), 2) // 'injured'
 */
function tollOf(tokens: readonly Token[], p: number): Category {
  return TOLL_KINDS.get(tokens[p - 1]?.lower ?? '') ?? 'killed';
}

/**
 * A toll a verb moved to the figure, its subject after the verb: "raised the death toll in the
 * shelling to 19", "brought the toll to 52". Null when the figure closes no such phrase.
 */
function tollMovedTo(tokens: readonly Token[], first: number): Category | null {
  const p = toBefore(tokens, first);
  if (p < 0) return null;
  for (let k = p - 1; k >= 1 && k >= p - NUMBER_OF_REACH; k--) {
    const w = tokens[k]?.lower ?? '';
    if (w === ';' || w === '.' || tokens[k]?.kind === 'num') return null;
    if (w !== 'toll') continue;
    let v = k - 1;
    const counted = tollOf(tokens, k);
    while (v >= 0 && (tokens[v]?.lower === 'the' || tokens[v]?.lower === 'death' || TOLL_KINDS.has(tokens[v]?.lower ?? '') || tokens[v]?.lower === 'overall'))
      v--;
    if (!MOVES_A_NUMBER.has(tokens[v]?.lower ?? '')) return null;
    return counted;
  }
  return null;
}

/**
 * The dead or hurt a subject lists by "included": "those killed in the raid included four
 * children", "the wounded included 12 firefighters". Null when no such subject stands before.
 */
function includedBy(tokens: readonly Token[], first: number): Category | null {
  let p = first - 1;
  while (p >= 0 && (BEFORE_SKIP.has(tokens[p]?.lower ?? '') || COUNT_QUALIFIERS.has(tokens[p]?.lower ?? ''))) p--;
  if (!INCLUDED.has(tokens[p]?.lower ?? '')) return null;
  for (let k = p - 1; k >= 0 && k >= p - INCLUDED_REACH; k--) {
    const t = tokens[k];
    if (!t || t.kind === 'num' || HARD_STOPS.has(t.lower) || t.lower === ',') return null;
    const category = TOLL_SUBJECTS.get(t.lower) ?? PREDICATES.get(t.lower);
    if (category !== undefined && (KILL_INJURE.has(category) || category === 'casualties')) return category;
  }
  return null;
}

/** Words that open a part of the count just given: "18 killed, including nine children". */
const PART_OPENERS: ReadonlySet<string> = new Set(['including', 'among']);

/**
 * The toll a part is counted in (partOfTheToll), unless the part says what it counts itself: "including
 * seven injured children", "among them 22 workers were killed".
 */
function partOf(tokens: readonly Token[], me: FigureSlots): Category | null {
  const toll = partOfTheToll(tokens, me.first);
  return toll !== null && nounCategory(me) === null && settle(directAfter(tokens, me.last + 1), me.ground) === null ? toll : null;
}

/**
 * The toll a part is counted in: "18 killed, including nine children, over 60 injured", where the
 * children are of the 18 killed, whatever the figure after them counts. Read from the words between
 * the count before and the part's "including" (a toll told after its count: "killed 18 people,
 * including" is read as its verb says); null when none names one.
 */
function partOfTheToll(tokens: readonly Token[], first: number): Category | null {
  let p = first - 1;
  while (p >= 0 && (BEFORE_SKIP.has(tokens[p]?.lower ?? '') || COUNT_QUALIFIERS.has(tokens[p]?.lower ?? ''))) p--;
  if (tokens[p]?.lower === 'them' && tokens[p - 1]?.lower === 'among') p--;
  if (!PART_OPENERS.has(tokens[p]?.lower ?? '')) return null;
  for (let k = p - 1; k >= 0 && k >= p - INCLUDED_REACH; k--) {
    const t = tokens[k];
    if (!t || t.lower === ';' || t.lower === '.') return null;
    if (t.kind === 'num') return null;
    const category = PREDICATES.get(t.lower);
    if (category !== undefined && (KILL_INJURE.has(category) || category === 'casualties')) return category;
  }
  return null;
}

/**
 * What strikes: a count of blasts, bombs or attacks is no toll ("Two explosions killed dozens", "the toll from two car bombs").
 * (Attackers may be killed: "three gunmen were killed".)
 */
const AGENT_NOUNS: ReadonlySet<string> = new Set(['explosions', 'blasts', 'bombs', 'attacks', 'missiles', 'rockets', 'shells']);

/** Qualifiers of either end of a range: "from at least 30 dead to more than 60". */
const RANGE_QUALIFIERS: ReadonlySet<string> = new Set([...COUNT_QUALIFIERS, 'least', 'about', 'around', 'some', 'nearly', 'almost']);

/** The index of the "to" just before a figure, past its qualifier ("to more than 60"), or -1. */
function toBefore(tokens: readonly Token[], first: number): number {
  let p = first - 1;
  while (p >= 0 && RANGE_QUALIFIERS.has(tokens[p]?.lower ?? '')) p--;
  return tokens[p]?.lower === 'to' ? p : -1;
}

/**
 * The upper end of a range its lower end names the counted of: "from at least 30 dead to more than
 * 60", "from 120 wounded to 140". Null when the figure ends no such range.
 */
function rangeEnd(tokens: readonly Token[], first: number): Category | null {
  const p = toBefore(tokens, first);
  if (p < 0) return null;
  const noun = tokens[p - 1]?.lower ?? '';
  const category = TOLL_SUBJECTS.get(noun) ?? PREDICATES.get(noun) ?? null;
  if (category === null || tokens[p - 2]?.kind !== 'num') return null;
  let q = p - 3;
  while (q >= 0 && RANGE_QUALIFIERS.has(tokens[q]?.lower ?? '')) q--;
  return tokens[q]?.lower === 'from' ? category : null;
}

/** How far past "how many" its predicate may stand: "how many people were killed", "how many of our soldiers died". */
const HOW_MANY_REACH = 6;

/**
 * What a number set apart is told to count after it: "18... That is how many people were killed",
 * "That's how many died". Null when no such clause follows the number.
 */
function howManyAfter(tokens: readonly Token[], from: number, ground: boolean): Category | null {
  let q = from;
  while (tokens[q]?.kind === 'punct') q++;
  const that = tokens[q]?.lower ?? '';
  if (that === 'that' || that === 'this') q += tokens[q + 1]?.lower === 'is' ? 2 : 1;
  else if (that === "that's" || that === 'that’s') q++;
  else return null;
  if (tokens[q]?.lower !== 'how' || tokens[q + 1]?.lower !== 'many') return null;
  for (let k = q + 2; k < tokens.length && k <= q + 1 + HOW_MANY_REACH; k++) {
    const found = settle(directAfter(tokens, k), ground);
    if (found !== null && found !== 'other') return found;
  }
  return null;
}

/** Verbs of which lives counted are deaths: "claimed over 20,000 lives", "has cost 300 lives", "took 40 lives". */
const TAKES_LIVES: ReadonlySet<string> = new Set([
  'claimed',
  'claiming',
  'claim',
  'claims',
  'cost',
  'costing',
  'costs',
  'took',
  'taken',
  'take',
  'takes',
  'taking',
  // "A single explosion ended 18 lives".
  'ended',
  'ending',
]);

/** The figure counts lives a verb took ("the war has claimed over 20,000 lives"), not lives saved. */
function livesTaken(tokens: readonly Token[], me: FigureSlots, head: FigureSlots): boolean {
  if (me.head[me.head.length - 1] !== 'lives') return false;
  if (TAKES_LIVES.has(wordBefore(tokens, head.first))) return true;
  // "15,000 lives have been lost".
  let q = me.last + 1;
  while (AFTER_SKIP.has(tokens[q]?.lower ?? '')) q++;
  return tokens[q]?.lower === 'lost';
}

/**
 * What a found word makes of the figure: nothing, `other` when blocked, and control
 * only of ground. (A module function: tsx names every local closure it creates, per call.)
 */
function settle(found: Found, ground: boolean): Category | null {
  if (found === null) return null;
  if (found === 'blocked') return 'other';
  if (found === 'control' && !ground) return 'other';
  return found;
}

/**
 * The verb or "noun of" right before a figure: "killed more than", "destroyed",
 * "the deaths of", "killed or injured", "the death toll has risen to".
 * Ground lost is `control`; people lost ("lost 12 soldiers") are `killed`.
 */
function directBefore(tokens: readonly Token[], first: number, ground: boolean): Found {
  for (let p = first - 1, steps = 0; p >= 0 && steps < 4; p--, steps++) {
    const t = tokens[p];
    if (!t) break;
    const m = phraseEndingAt(tokens, p);
    if (m) {
      if (!ground && (t.lower === 'lost' || t.lower === 'losing')) return 'killed';
      // "the injury toll rose to 18": the word before "toll" says what it counts.
      if (tokens[m.start]?.lower === 'toll') return tollOf(tokens, m.start);
      return combine(tokens, m.category, m.start - 1, -1);
    }
    if (BLOCKERS.has(t.lower)) return 'blocked';
    if (!BEFORE_SKIP.has(t.lower)) break;
  }
  let rose = false;
  // Past the verb, the subject's first word that says what it counts: "The death toll from the bombing of a camp for
  // displaced people has risen to 76" counts the dead, whatever the words after "toll" name.
  let subject: Category | null = null;
  for (let p = first - 1, steps = 0; p >= 0 && steps < (rose ? TOLL_REACH_AFTER_VERB : TOLL_REACH); p--, steps++) {
    const t = tokens[p];
    const w = t?.lower ?? '';
    if (w === 'toll') return tollOf(tokens, p);
    if (w === 'count' && COUNT_OF_DEAD.has(tokens[p - 1]?.lower ?? '')) return tollOf(tokens, p);
    const said = rose ? subjectSays(tokens, p) : null;
    if (said !== null) {
      subject = said;
      continue;
    }
    // "... were killed and the casualties may exceed 50": the subject's words end at a clause's joint.
    if (subject !== null && SUBJECT_ENDS.has(w)) return subject;
    if (TOLL_VERBS.has(w) || (TOLL_SET_VERBS.has(w) && (tokens[p + 1]?.lower === 'at' || tokens[p + 1]?.lower === 'to'))) rose = true;
    // "rose to 52 from 39": the other end of a rise is passed over (a figure before the subject's word is another's).
    else if (t?.kind === 'num' && (rose || tokens[p + 1]?.lower === 'from' || tokens[p - 1]?.lower === 'from')) {
      if (subject !== null) return subject;
    }
    // Past the verb ("The death toll in the bomb attack rose to 112"), the subject may be a few words long.
    else if (WHEN_WORDS.has(w) || (MANNER_ADVERB.test(w) && !NOT_ADVERBS.has(w))) continue;
    // "The death toll from an airstrike that hit a prison ... climbed to 80": past the verb, a relative clause is part of the subject.
    else if (rose && (w === 'that' || w === 'which')) continue;
    // "The number of casualties in the blast in X, Northland, has risen to 53", "The toll from two car bombs,
    // one of which tore through a junction, has risen to 276": past the verb, commas set off parts of the subject.
    else if (rose && w === ',') continue;
    // 'the death toll at "Epitsentr" has increased to 11': a name in quotes is part of the subject.
    else if (rose && QUOTE_MARKS.has(w)) continue;
    else if (!TOLL_LINKS.has(w) && (!rose || !t || t.kind !== 'word' || CLAUSE_WORDS.has(w))) break;
  }
  return subject;
}

/** Words before which a toll's subject, read back from its verb, does not go on: "killed and the casualties may exceed 50". */
const SUBJECT_ENDS: ReadonlySet<string> = new Set(['and', 'or', 'but', ',', ';', 'while', 'as']);

/**
 * What a word of a toll's subject, past its verb, says is counted: "The number of dead rose to 52" (the
 * subject's noun), "the number of people killed ... has risen to 29" (the participle after whom it counts).
 */
function subjectSays(tokens: readonly Token[], p: number): Category | null {
  const w = tokens[p]?.lower ?? '';
  const subject = TOLL_SUBJECTS.get(w);
  if (subject !== undefined) return subject;
  if (PREDICATE_NOUNS.has(w) && !STRIKE_NOUNS.has(w)) return PREDICATES.get(w) ?? null;
  const predicate = PREDICATES.get(w);
  return COUNTED_PEOPLE.has(tokens[p - 1]?.lower ?? '') && predicate !== undefined && KILL_INJURE.has(predicate) ? predicate : null;
}

/** An acronym: "MSF", "UNHCR", "ICRC". */
const ACRONYM = /^\p{Lu}[\p{Lu}\d&-]{1,9}$/u;

/** A name's acronym in brackets opens at token `q`: "(MSF)". */
function acronymInBrackets(tokens: readonly Token[], q: number): boolean {
  return tokens[q]?.text === '(' && tokens[q + 2]?.text === ')' && ACRONYM.test(tokens[q + 1]?.text ?? '');
}
/** A word of manner between an auxiliary and its participle: "tragically", "seriously", "badly". */
const MANNER_ADVERB = /^[a-z]{2,}ly$/;
/** Words ending like adverbs that are not: "7 family members", "12 Italy-based". */
const NOT_ADVERBS: ReadonlySet<string> = new Set([
  'family',
  'italy',
  'july',
  'ally',
  'rally',
  'assembly',
  'supply',
  'reply',
  'only',
  'early',
  'daily',
  'weekly',
  'monthly',
  'yearly',
  'elderly',
]);

/** The predicate right after a figure and what it counts: "were killed", "have been destroyed", "dead or injured". */
function directAfter(tokens: readonly Token[], from: number): Found {
  // A figure inside an aside ("30 civilians, including 16 members of one family who fled, lost their lives"):
  // where the words after it stop telling of it, the predicate is looked for after the aside's closing comma.
  const asideEnd = INSERT_OPENERS.has(lastAsideWord(tokens, from)) ? closingComma(tokens, from) : -1;
  for (let q = from, steps = 0; q < tokens.length && steps < 5; q++, steps++) {
    let t = tokens[q];
    if (!t) break;
    // "27 people, including two children, were killed": the aside between commas (or dashes, or brackets) is passed over.
    const closer = ASIDE_CLOSERS.get(t.text);
    if (closer !== undefined && INSERT_OPENERS.has(tokens[q + 1]?.lower ?? '')) {
      // "13 civilians, including women and children have been killed": an aside left unclosed ends at its verb.
      const close = closingMark(tokens, q + 1, closer);
      const verb = close === -1 && closer === ',' ? unclosedAsideVerb(tokens, q + 2) : -1;
      if (close === -1 && verb === -1) break;
      q = close === -1 ? verb : close + 1;
      t = tokens[q];
      if (!t) break;
    } else if (t.text === ',' && steps === 0 && q > 0 && INSERT_OPENERS.has(lastAsideWord(tokens, q))) {
      // The aside ends right here ("..., including two children, were killed"): the predicate follows.
      continue;
    }
    // "nine workers from Doctors Without Borders (MSF) were killed": a name's acronym in brackets is passed over.
    if (acronymInBrackets(tokens, q)) {
      q += 2;
      continue;
    }
    // "more than 220 were taken hostage": people taken are held (not ground taken), whatever the clause before counted.
    if (t.lower === 'taken' && HELD_AS.has(tokens[q + 1]?.lower ?? '')) return 'blocked';
    const m = phraseStartingAt(tokens, q);
    if (m) return combine(tokens, m.category, m.end + 1, +1);
    // "153 children were among the nearly 700 wounded": counted among the wounded, they are wounded.
    if (t.lower === 'among') return amongWhom(tokens, q + 1);
    const only = AFTER_ONLY.get(t.lower);
    // "73 were left injured", "12 left dead": what they were left as is what they are.
    if (only) return (t.lower === 'left' ? phraseStartingAt(tokens, q + 1)?.category : undefined) ?? only;
    if (AFTER_SKIP.has(t.lower)) continue;
    // "31 of whom were killed": a part of those just named, and what befell it.
    if (t.lower === 'of' && OF_WHOM.has(tokens[q + 1]?.lower ?? '')) {
      q++;
      continue;
    }
    // "the 22 people who were killed": a relative clause right after the count tells what befell them
    // (in an aside, "16 members of a family who had fled", it tells of the family: the predicate follows the aside).
    if (t.lower === 'who' && asideEnd === -1) continue;
    // "were tragically killed", "were seriously injured": a manner adverb stands between the verb's parts.
    if (MANNER_ADVERB.test(t.lower) && !NOT_ADVERBS.has(t.lower)) continue;
    if (q < asideEnd) {
      // Past the closing comma: the next turn reads the word after it, as the first.
      q = asideEnd;
      steps = -1;
      continue;
    }
    if (BLOCKERS.has(t.lower)) return 'blocked';
    break;
  }
  return null;
}

/** The category of those a count is among: "among the nearly 700 wounded" is `injured`. */
function amongWhom(tokens: readonly Token[], from: number): Found {
  let p = from;
  // "among the nearly 700 wounded", "among at least 40 dead": the qualifier and the count, then whom.
  while (p < tokens.length && p < from + 6 && (BEFORE_SKIP.has(tokens[p]!.lower) || COUNT_QUALIFIERS.has(tokens[p]!.lower) || tokens[p]!.kind === 'num')) p++;
  return phraseStartingAt(tokens, p)?.category ?? null;
}

/** "killed or injured", "dead and wounded", "killed, injured": a toll of both is `casualties`. */
function combine(tokens: readonly Token[], found: Category, from: number, dir: 1 | -1): Category {
  if (!KILL_INJURE.has(found)) return found;
  let p = from;
  let joinedBy = 0;
  while (tokens[p] && JOINERS.has(tokens[p]?.lower ?? '') && joinedBy < 2) {
    p += dir;
    joinedBy++;
  }
  if (joinedBy === 0) return found;
  const other = dir > 0 ? phraseStartingAt(tokens, p) : phraseEndingAt(tokens, p);
  // "left 13 people dead and wounded more than 30": each of the two words has a count of its own.
  if (other && (dir > 0 ? countFollows(tokens, other.end + 1) : countJustBefore(tokens, other.start - 1))) return found;
  return other && KILL_INJURE.has(other.category) && other.category !== found ? 'casualties' : found;
}

/** A count (its qualifier first) stands at `at`: "more than 30", "30", "dozens". */
function countFollows(tokens: readonly Token[], at: number): boolean {
  let q = at;
  while (q < at + 3 && RANGE_QUALIFIERS.has(tokens[q]?.lower ?? '')) q++;
  return tokens[q]?.kind === 'num';
}

/** A count stands just before `at`, or past one noun: "13 people" before "dead". */
function countJustBefore(tokens: readonly Token[], at: number): boolean {
  return tokens[at]?.kind === 'num' || (tokens[at]?.kind === 'word' && tokens[at - 1]?.kind === 'num');
}

/** "270 cases of suffocation": cases are counted by what they are cases of. */
function casesOf(tokens: readonly Token[], last: number): Category | null {
  if (tokens[last]?.lower !== 'cases' || tokens[last + 1]?.lower !== 'of') return null;
  const c = PREDICATES.get(tokens[last + 2]?.lower ?? '');
  return c && TOLL_CATEGORIES.has(c) ? c : null;
}

/** What the counted noun itself says: "50 bodies", "1,000 refugees", "20 missiles". */
function nounCategory(me: FigureSlots): Category | null {
  for (let i = 0; i < me.head.length; i++) {
    const w = me.head[i]!;
    // "two displacement camps", "40 evacuation buses": a noun of an action before the head noun names the place or means, not who is counted.
    if (i < me.head.length - 1 && ACTION_NOUN.test(w)) continue;
    const c = PREDICATES.get(w);
    if (c && c !== 'control' && c !== 'strikes') return c;
    if (MUNITION_NOUNS.has(w)) return 'strikes';
  }
  return null;
}

/** Words between a noun and a count of its own after it: "injuries to more than 2,700". */
const TO_A_COUNT: ReadonlySet<string> = new Set(['to', 'of', 'among', 'for', ...RANGE_QUALIFIERS]);

/** Whether a count follows within a few words from `from`, past the words that lead to one. */
function countSoonAfter(tokens: readonly Token[], from: number): boolean {
  for (let q = from; q < from + 4; q++) {
    const t = tokens[q];
    if (!t) return false;
    if (t.kind === 'num') return true;
    if (!TO_A_COUNT.has(t.lower)) return false;
  }
  return false;
}

/** Whether a counted noun names both the dead and the hurt, joined: "injuries and deaths", "dead or wounded". */
function countsBoth(head: readonly string[]): boolean {
  const joint = head.findIndex((w) => w === 'and' || w === 'or');
  if (joint <= 0) return false;
  const before = PREDICATES.get(head[joint - 1] ?? '');
  const after = PREDICATES.get(head[joint + 1] ?? '');
  return before !== undefined && after !== undefined && KILL_INJURE.has(before) && KILL_INJURE.has(after) && before !== after;
}

/**
 * The nearest category word before the figure in its clause, or the category of
 * an earlier figure it is listed after ("destroyed 19 tanks, 98 trucks with
 * guns, and 100 cars"); strike words name the weapon, not the count.
 */
function nearestBefore(tokens: readonly Token[], from: number, earlier: EarlierFigure): Found {
  for (let p = from, steps = 0; p >= 0 && steps < FALLBACK_BACK; p--, steps++) {
    const t = tokens[p];
    if (!t || HARD_STOPS.has(t.text) || CLAUSE_WORDS.has(t.lower)) return null;
    if (t.kind === 'num') {
      const c = earlier(p);
      if (c !== undefined) return c === 'other' ? null : c;
    }
    if (BLOCKERS.has(t.lower)) return 'blocked';
    const m = phraseEndingAt(tokens, p);
    if (m && m.category !== 'strikes') return combine(tokens, m.category, m.start - 1, -1);
  }
  return null;
}

/** Words that may stand before "displaced" in the name of whom it describes: "internally displaced persons". */
const DISPLACED_ADVERBS: ReadonlySet<string> = new Set(['internally', 'newly', 'recently', 'forcibly']);
/** How far a relative clause's predicate may stand from its "who": "who had gathered in the lower floors of the building were killed". */
const RELATIVE_CLAUSE_REACH = 14;
/**
 * Whether the counted noun leaves what befell them to the clause: no category of its own ("cadets"), or
 * only who they were ("evacuees", "injured civilians", who may yet be killed), not a count of deaths or injuries ("four deaths").
 */
function describedOnly(me: FigureSlots): boolean {
  const own = nounCategory(me);
  return own === null || own === 'displaced' || (own === 'injured' && PEOPLE_NOUNS.has(me.head[me.head.length - 1] ?? ''));
}

/** How far a toll may stand past where the counted were ("28 cadets at a military college located in the capital of X have been killed"). */
const PLACE_CLAUSE_REACH = 18;
/** Prepositions after the people counted that say where they were ("students at a college", "guests inside the hall"). */
const WHERE_THEY_WERE: ReadonlySet<string> = new Set(['at', 'in', 'inside', 'near', 'from']);

/**
 * The last token of "(internally) displaced people" starting at `from`, where "displaced" describes the
 * people it comes before; -1 when the words there are no such phrase ("3,000 displaced", "were displaced").
 * @example displacedPeopleEnd(tokenize('internally displaced people were killed'), 0) // 2
 */
function displacedPeopleEnd(tokens: readonly Token[], from: number): number {
  let q = from;
  if (DISPLACED_ADVERBS.has(tokens[q]?.lower ?? '')) q++;
  if (tokens[q]?.lower !== 'displaced') return -1;
  const noun = tokens[q + 1]?.lower ?? '';
  return PEOPLE_NOUNS.has(noun) || COUNTED_PEOPLE.has(noun) || noun === 'families' ? q + 1 : -1;
}

/**
 * A toll's category (killed, injured, casualties) said later in the clause from `from`, past the words
 * telling who the people were ("fleeing the fighting were killed"); null when there is none.
 */
function tollLaterInClause(tokens: readonly Token[], from: number, reach = FALLBACK_AHEAD): Category | null {
  for (let q = from, steps = 0; q < tokens.length && steps < reach; q++, steps++) {
    const t = tokens[q];
    if (!t || HARD_STOPS.has(t.text) || t.text === ',' || t.kind === 'num') return null;
    const m = phraseStartingAt(tokens, q);
    if (m && (KILL_INJURE.has(m.category) || m.category === 'casualties')) return m.category;
  }
  return null;
}

function nearestAfter(tokens: readonly Token[], from: number): Found {
  for (let q = from, steps = 0; q < tokens.length && steps < FALLBACK_AHEAD; q++, steps++) {
    const t = tokens[q];
    // "nine workers from Doctors Without Borders (MSF) were killed": the name's acronym is passed over.
    if (acronymInBrackets(tokens, q)) {
      q += 2;
      continue;
    }
    if (!t || HARD_STOPS.has(t.text) || t.text === ',' || CLAUSE_WORDS.has(t.lower) || t.kind === 'num') return null;
    if (BLOCKERS.has(t.lower)) return 'blocked';
    const m = phraseStartingAt(tokens, q);
    if (m && m.category !== 'strikes') return combine(tokens, m.category, m.end + 1, +1);
  }
  return null;
}

function joined(tokens: readonly Token[], from: number, to: number): boolean {
  if (to < from) return false;
  if (to === from && BREAKDOWN_DASHES.has(tokens[from]?.text ?? '')) return true;
  for (let j = from; j <= to; j++) {
    const w = tokens[j]?.lower ?? '';
    // "19 tanks were destroyed along with 37 vehicles" reads as one list only through "along with".
    if (!CHAIN_WORDS.has(w) && !(w === 'along' && tokens[j + 1]?.lower === 'with') && !(w === 'with' && tokens[j - 1]?.lower === 'along')) return false;
  }
  return true;
}

interface PhraseMatch {
  readonly category: Category;
  readonly start: number;
  readonly end: number;
}

function phraseEndingAt(tokens: readonly Token[], p: number): PhraseMatch | null {
  const list = BY_LAST.get(tokens[p]?.lower ?? '');
  if (!list) return null;
  for (const [words, category] of list) {
    const start = p - words.length + 1;
    if (start >= 0 && words.every((w, k) => tokens[start + k]?.lower === w)) return { category, start, end: p };
  }
  return null;
}

function phraseStartingAt(tokens: readonly Token[], q: number): PhraseMatch | null {
  const list = BY_FIRST.get(tokens[q]?.lower ?? '');
  if (!list) return null;
  for (const [words, category] of list) {
    if (words.every((w, k) => tokens[q + k]?.lower === w)) return { category, start: q, end: q + words.length - 1 };
  }
  return null;
}

function indexPhrases(key: (words: readonly string[]) => string): Map<string, [readonly string[], Category][]> {
  const index = new Map<string, [readonly string[], Category][]>();
  for (const [phrase, category] of PREDICATES) {
    const words = phrase.split(' ');
    if (words.length > MAX_PHRASE) continue;
    const k = key(words);
    const list = index.get(k) ?? [];
    list.push([words, category]);
    list.sort((a, b) => b[0].length - a[0].length);
    index.set(k, list);
  }
  return index;
}

/**
 * True when the counted thing is ground (percent, villages, square kilometres).
 * @example isGround(['villages'], false) // true
 */
export function isGround(head: readonly string[], percent: boolean): boolean {
  return percent || head.some((w) => GROUND_NOUNS.has(w));
}
