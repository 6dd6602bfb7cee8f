/**
 * One claimant across articles without a registry entry: the same person
 * written "Ivan Petrenko", "Petrenko", "Iwan Petrenko" or "Ivan Petrenkoh"
 * (name variants and transliterations), and an office the text names
 * instead of the person ("the mayor of Eastmoor") when one person the
 * articles name holds it. The registry stays for merges a user wants to
 * force; nothing here needs an entry for a new war.
 */
import { ROLE_HEADS } from '../extract/claimants/names.ts';
import type { ArticleFacts, ArticleClaim, Attribution, Claimant, ClaimantEntry } from '../model/types.ts';

/** Words of a role that say nothing of which office it is. */
const ROLE_FILLER = new Set(['the', 'of', 'for', 'a', 'an', 'and', 'in', 'town', 'city', 'oblast', 'province', 'region', 'regional']);
const PARTICLE = /^(?:al|el|bin|ibn|abu|de|van|von|der|da|di|du|le|la)$/i;
/**
 * Heads of an office one person holds ("the mayor of Eastmoor", "the health minister"). A body
 * ("the health ministry", "the army") is not its director or spokesman, though their role names it.
 */
const OFFICE_HEADS = new Set([
  'minister',
  'mayor',
  'governor',
  'president',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'commander',
  'chief',
  'head',
  'director',
  'envoy',
  'ambassador',
  'prosecutor',
  'chairman',
  'chairwoman',
  'chairperson',
  'leader',
  'secretary',
  'coordinator',
  'representative',
]);

interface Person {
  readonly claimant: Claimant;
  readonly surname: string;
  /** The given names' consonants ("Pavlo" and "Pavel" are both "pvl"), or '' when only a surname is written. */
  readonly given: string;
  readonly uses: number;
}

/** Merged facts by the facts they came from: the same facts and merges give back the same object (records are reused by it). */
const kept = new WeakMap<ArticleFacts, { readonly key: string; readonly facts: ArticleFacts }>();

/**
 * The articles' facts with each claimant replaced by the one it is merged into, across articles.
 * @example mergeClaimantsAcross(facts, registry)[1]?.claims[0]?.claimant?.name // 'Ivan Petrenko' (was 'Petrenko')
 */
export function mergeClaimantsAcross(facts: readonly ArticleFacts[], registry: readonly ClaimantEntry[]): ArticleFacts[] {
  const into = canonicalClaimants(facts, new Set(registry.map((c) => c.id)));
  const folded = foldedOnce();
  return facts.map((f) => {
    const changed = new Set<string>();
    for (const a of f.attributions) if (into.has(a.claimant.id)) changed.add(a.claimant.id);
    for (const c of f.claims) if (c.claimant && into.has(c.claimant.id)) changed.add(c.claimant.id);
    const own = f.claims.some((c) => isOwnOutlet(c.claimant, f, folded));
    if (changed.size === 0 && !own) return f;
    const key = [...changed]
      .sort()
      .map((id) => `${id}>${into.get(id)?.id}|${into.get(id)?.name}|${into.get(id)?.role ?? ''}`)
      .join('\n');
    const before = kept.get(f);
    if (before && before.key === key) return before.facts;
    const merged: ArticleFacts = {
      ...f,
      attributions: f.attributions.map((a): Attribution => (into.has(a.claimant.id) ? { ...a, claimant: into.get(a.claimant.id)! } : a)),
      claims: f.claims.map((c): ArticleClaim => {
        // "As the Daily Example reported" in the Daily Example: the article states it as its own.
        if (isOwnOutlet(c.claimant, f, folded)) return { ...c, claimant: null };
        return c.claimant && into.has(c.claimant.id) ? { ...c, claimant: into.get(c.claimant.id)! } : c;
      }),
    };
    kept.set(f, { key, facts: merged });
    return merged;
  });
}

/** The article's own outlet as a claimant, not for its own reporters' count (which has a role). */
function isOwnOutlet(claimant: Claimant | null, f: ArticleFacts, folded: (name: string) => string): boolean {
  const source = f.article.source;
  if (!claimant || !source || claimant.role) return false;
  return claimant.id === source.id || folded(claimant.name) === folded(source.name);
}

/** `fold`, each name folded once: tens of thousands of claims name a few hundred claimants and outlets. */
function foldedOnce(): (name: string) => string {
  const known = new Map<string, string>();
  return (name) => {
    let out = known.get(name);
    if (out === undefined) known.set(name, (out = fold(name)));
    return out;
  };
}

function fold(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Which claimant each merged one becomes (ids that stay are left out). Registered claimants stay as they are.
 * @example canonicalClaimants(facts, new Set()).get('petrenko')?.id // 'ivan-petrenko'
 */
export function canonicalClaimants(facts: readonly ArticleFacts[], registered: ReadonlySet<string>): Map<string, Claimant> {
  const uses = new Map<string, { claimant: Claimant; uses: number }>();
  for (const f of facts) {
    for (const a of f.attributions) {
      const u = uses.get(a.claimant.id);
      if (u) u.uses++;
      else uses.set(a.claimant.id, { claimant: a.claimant, uses: 1 });
    }
  }
  const people: Person[] = [];
  for (const { claimant, uses: n } of uses.values()) {
    if (registered.has(claimant.id)) continue;
    const person = asPerson(claimant, n);
    if (person) people.push(person);
  }
  const into = new Map<string, Claimant>();
  // People by surname: the full name used most (then the longest, then the first by name) stands for the others.
  const bySurname = new Map<string, Person[]>();
  for (const p of people) {
    const list = bySurname.get(p.surname);
    if (list) list.push(p);
    else bySurname.set(p.surname, [p]);
  }
  for (const group of bySurname.values()) {
    const full = group.filter((p) => p.given !== '').sort(byStanding);
    for (const p of group) {
      const head = full.find((q) => sameGiven(p.given, q.given));
      // A bare surname goes to the one person of that name; with two, it stays itself.
      const target = p.given === '' ? (distinctPeople(full) === 1 ? full[0] : undefined) : head;
      if (target && target.claimant.id !== p.claimant.id) into.set(p.claimant.id, target.claimant);
    }
  }
  mergeOffices(uses, registered, people, into);
  return into;
}

/** "Mayor of Eastmoor" becomes the one person whose role holds its words ("Eastmoor town mayor Ivan Petrenko"); a body named in a role stays itself. */
function mergeOffices(
  uses: ReadonlyMap<string, { claimant: Claimant; uses: number }>,
  registered: ReadonlySet<string>,
  people: readonly Person[],
  into: Map<string, Claimant>,
): void {
  const holders = people.filter((p) => p.claimant.role);
  const isPerson = new Set(people.map((p) => p.claimant.id));
  // Holders by each word of their role, so an office looks only at those who share a word with it.
  const roleOf = new Map<Person, ReadonlySet<string>>();
  const byWord = new Map<string, Person[]>();
  for (const p of holders) {
    const words = new Set(roleWords(p.claimant.role ?? ''));
    roleOf.set(p, words);
    for (const w of words) {
      const list = byWord.get(w);
      if (list) list.push(p);
      else byWord.set(w, [p]);
    }
  }
  for (const { claimant } of uses.values()) {
    if (registered.has(claimant.id) || into.has(claimant.id) || claimant.role || isPerson.has(claimant.id)) continue;
    const words = roleWords(claimant.name);
    if (words.length < 2 || !words.some((w) => OFFICE_HEADS.has(w))) continue;
    // The holders of its rarest word: "Eastmoor" narrows "mayor of Eastmoor" far more than "mayor" does.
    let few: readonly Person[] | undefined;
    for (const w of words) {
      const list = byWord.get(w) ?? [];
      if (!few || list.length < few.length) few = list;
    }
    const fits = (few ?? []).filter((p) => words.every((w) => roleOf.get(p)?.has(w)));
    const distinct = new Set(fits.map((p) => into.get(p.claimant.id)?.id ?? p.claimant.id));
    if (distinct.size === 1 && fits[0]) into.set(claimant.id, into.get(fits[0].claimant.id) ?? fits[0].claimant);
  }
}

/** A claimant that reads as a person: one to four capitalised words, none an office or a body's head. */
function asPerson(claimant: Claimant, uses: number): Person | null {
  const words = claimant.name.split(/\s+/).filter((w) => w !== '');
  if (words.length === 0 || words.length > 4) return null;
  if (!words.every((w) => (/^\p{Lu}\p{Ll}/u.test(w) || PARTICLE.test(w) || /^(?:al|el)-\p{L}/iu.test(w)) && !ROLE_HEADS.has(w.toLowerCase()))) return null;
  // One word is a person only beside a full name of the same surname (checked by the caller's grouping).
  const surname = skeleton(words[words.length - 1] ?? '');
  const given = words
    .slice(0, -1)
    .filter((w) => !PARTICLE.test(w))
    .map((w) => consonants(skeleton(w)))
    .join(' ');
  return { claimant, surname, given, uses };
}

/** Names written in several transliterations read alike: "Kyrychenko"/"Kirichenko", "Hordienko"/"Gordienko". */
function skeleton(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’-]/g, '')
    .replace(/kh/g, 'h')
    .replace(/g/g, 'h')
    .replace(/x/g, 'ks')
    .replace(/y/g, 'i')
    .replace(/(.)\1+/g, '$1');
}

function consonants(word: string): string {
  return word.replace(/[aeiou]/g, '');
}

/** Given names agree when their consonants do ("pvl" for Pavlo and Pavel), or one starts the other. */
function sameGiven(a: string, b: string): boolean {
  return a === b || (a !== '' && b !== '' && (a.startsWith(b) || b.startsWith(a)));
}

function distinctPeople(full: readonly Person[]): number {
  const heads: Person[] = [];
  for (const p of full) if (!heads.some((h) => sameGiven(h.given, p.given))) heads.push(p);
  return heads.length;
}

function byStanding(x: Person, y: Person): number {
  return y.uses - x.uses || y.claimant.name.length - x.claimant.name.length || x.claimant.name.localeCompare(y.claimant.name);
}

function roleWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w !== '' && !ROLE_FILLER.has(w));
}
