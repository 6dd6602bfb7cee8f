/**
 * What a figure counts, as a key ("killed:militants", "destroyed:tank"): the key the data
 * contract's disagreements carry (`subject`). It lives in the model because two stages read
 * it: link groups figures and finds disagreements by it, and output lays an event's figures
 * out in rows by it. timeline.json is fixed, so a claim cannot carry its subject there;
 * the one pure rule both stages import keeps the two from drifting apart.
 */
import type { Category } from './enums.ts';

/** Words that say how or where, not what was counted: "cars equipped with heavy machine guns" is about cars. */
const QUALIFYING_TAIL = /\s+(?:equipped|armed|loaded|filled|carrying|belonging|used|from|in|at|of the|near|with|who|that|which|during|since)\b.*$/i;
const SINGULAR: readonly (readonly [RegExp, string])[] = [
  [/ies$/, 'y'],
  [/(ss|sh|ch|x)es$/, '$1'],
  [/([^s])s$/, '$1'],
];
/** Categories where the kind of thing counted is implied by the category. */
const ONE_SUBJECT: ReadonlySet<Category> = new Set(['strikes', 'displaced', 'surrendered', 'control']);
/** Tolls are about a side: the same night's 300 dead militants and 50 dead soldiers do not disagree. */
const TOLL: ReadonlySet<Category> = new Set(['killed', 'injured', 'casualties']);
const SIDES: readonly (readonly [string, RegExp])[] = [
  ['militants', /\b(?:daesh|isis|isil|is|nusra|qaeda|militants?|jihadists?|terrorists?|rebels?|insurgents?|extremists?|elements?|gunmen|takfiris?)\b/i],
  ['forces', /\b(?:soldiers?|troops?|army|forces|servicem[ae]n|personnel|officers?|regime|police(?:men)?|guards?)\b/i],
  // Children are counted apart ("51 killed, including 40 children"): their toll is not a rival of the whole.
  ['children', /\b(?:children|child|kids|minors|schoolchildren|pupils|students|boys|girls)\b/i],
  // "People" says nothing of a side: it stays with the figures that name none.
  ['civilians', /\b(?:civilians?|women|residents?|villagers?|worshippers?|passengers?)\b/i],
];
/** Different words for the same vehicles or weapons. */
const SYNONYMS: Readonly<Record<string, string>> = { car: 'vehicle', truck: 'vehicle', pickup: 'vehicle', automobile: 'vehicle', technical: 'vehicle' };

/**
 * What a figure counts, as a key: the category, and for destroyed or other
 * things the head noun ("tanks", "vehicles"); figures with the same subject in
 * one event are about the same thing.
 * @example subjectOf('destroyed', '31 cars equipped with heavy machine guns') // 'destroyed:vehicle'
 * @example subjectOf('killed', 'Daesh militants') // 'killed:militants'
 */
export function subjectOf(category: Category, what: string): string {
  if (ONE_SUBJECT.has(category)) return category;
  const key = `${category}|${what}`;
  let subject = subjects.get(key);
  if (subject === undefined) {
    if (subjects.size >= MAX_REMEMBERED) subjects.clear();
    subject = subjectOfText(category, what);
    subjects.set(key, subject);
  }
  return subject;
}

/**
 * Subjects already worked out, by category and text: the same few phrases ("people",
 * "Daesh militants") come back in thousands of figures.
 */
const subjects = new Map<string, string>();
const MAX_REMEMBERED = 50_000;

function subjectOfText(category: Category, what: string): string {
  if (TOLL.has(category)) return `${category}:${SIDES.find(([, re]) => re.test(what))?.[0] ?? 'people'}`;
  // "11 tanks and infantry fighting vehicles" counts tanks first: the head is in the first conjunct.
  const firstConjunct = what.split(/\s+(?:and|or|as well as)\s+|,/i)[0] ?? what;
  const words =
    firstConjunct
      .replace(QUALIFYING_TAIL, '')
      .toLowerCase()
      .match(/[a-z]+/g) ?? [];
  const head = words[words.length - 1] ?? '';
  const singular = SINGULAR.reduce((w, [re, to]) => (re.test(w) ? w.replace(re, to) : w), head);
  return `${category}:${SYNONYMS[singular] ?? singular}`;
}
