/**
 * Claimants: who speaks in each sentence ("the Russian Defense Ministry said",
 * "according to SOHR", "“...,” said Rami Abdel Rahman"), and which sentences
 * without a speaker of their own carry on a statement made before them (or,
 * for a lead sentence, the one right after: "X released the toll").
 */
import type { Attribution, Claimant, Figure, PlaceMention, Sentence, SourceEntry } from '../../model/types.ts';
import type { ArticleContext } from '../context.ts';
import type { Tagger } from '../tagger.ts';
import { breaksStatement, isFurniture, MAX_CARRY, quoteState } from './carry.ts';
import { hasHitWithin, normalWords, type AliasHit, type RegistryMatcher } from './registry.ts';
import { isBody, isPeople, isPlaceMention, resolvePhrase, type Memory, type Resolution, type ResolveContext } from './resolve.ts';
import { withOfficeHolders } from './role-holders.ts';
import { splitRole } from './roles.ts';
import { findSpeakerPhrases, isPersonName, type SpeakerPhrase } from './speakers.ts';
import { minOf } from '../../long-arrays.ts';

/** A quotation runs over at most this many sentences after the one that opens it. */
const MAX_QUOTE_SENTENCES = 3;

/** A speaker found in a sentence, with what the carrying rules need to know about it. */
interface Spoken {
  readonly attribution: Attribution;
  readonly refersBack: boolean;
}

/** What reading an article so far has left behind for the next sentence. Local to one call. */
interface ReadingState {
  readonly memory: Memory;
  /** The registered outlets (for "AFP journalists saw ..."). */
  readonly outlets: readonly SourceEntry[];
  readonly tagger: () => Tagger;
  /** Indexes of the sentences that hold a figure: a statement carries on into them. */
  readonly withFigures: ReadonlySet<number>;
  /** The claimant of the last speaker, or null after an unnamed one. */
  lastSpeaker: Claimant | null;
  /** The last speaker that is not people in the plural, or null after an unnamed one. */
  lastBody: Claimant | null;
  /** Whether the last speaker was a person, or a body a person was named speaking for ("Observatory director Jan Roe"): "he" may mean them. */
  lastByPerson: boolean;
  /** Where the last speaker was named: a carried attribution points there. */
  lastNamed: Attribution | null;
  /** The statement that plain figures may carry on, or null once it has stopped. */
  statement: Attribution | null;
  carriedFor: number;
  /** A statement that ends on a colon: the items of the list that follows are its own, however many. */
  listFrom: Attribution | null;
  quoteOpen: boolean;
  quoteOpenedAt: number;
  /** Where the article names towns, areas and sites: "start:end" of each mention in the body. */
  readonly placeSpans: ReadonlySet<string>;
}

/**
 * Finds who speaks in each sentence; sentences that continue a statement get
 * the statement's speaker with `carried: true`. A statement carries on only into
 * sentences with figures: the figures step runs first.
 * @example extractAttributions(context, { figures: extractFigures(context) })
 * // [{ sentence: 0, claimant: { id: 'ru-mod', ... }, carried: false }, { sentence: 1, ..., carried: true }]
 */
export function extractAttributions(
  context: ArticleContext,
  { figures, places }: { readonly figures: readonly Figure[]; readonly places?: { readonly body: readonly PlaceMention[] } },
): Attribution[] {
  const { sentences, lexicons } = context;
  const matcher = lexicons.claimants;
  const withFigures = new Set<number>();
  for (const f of figures) withFigures.add(f.sentence);
  const state: ReadingState = {
    memory: { named: [] },
    outlets: lexicons.registries.sources,
    // Bound, not an arrow: tsx (esbuild keepNames) names an arrow held in a property on every call.
    tagger: lexicons.tagger.bind(lexicons),
    withFigures,
    lastSpeaker: null,
    lastBody: null,
    lastByPerson: false,
    lastNamed: null,
    statement: null,
    carriedFor: 0,
    listFrom: null,
    quoteOpen: false,
    quoteOpenedAt: -1,
    placeSpans: new Set((places?.body ?? []).filter((m) => m.place.kind !== 'country').map((m) => `${m.span[0]}:${m.span[1]}`)),
  };
  const own: (Spoken[] | null)[] = [];
  const unnamed: boolean[] = [];
  const found: AliasHit[][] = [];
  const result: (Attribution[] | null)[] = [];
  const continuing: boolean[] = [];
  for (const sentence of sentences) {
    const hits = matcher.find(sentence.text);
    found.push(hits);
    const { spoken, sawUnnamed, continuesQuote } = ownSpeakers(sentence, hits, matcher, state);
    own.push(spoken.length ? spoken : null);
    unnamed.push(sawUnnamed);
    continuing.push(continuesQuote);
    result.push(spoken.length ? spoken.map((s) => s.attribution) : carriedInto(sentence, { sawUnnamed, continuesQuote }, state));
  }
  carryBackwards(sentences, own, found, result, unnamed, withFigures, continuing);
  // A loop, not flatMap: this runs per article, and flatMap's generic path costs more than the copy.
  const out: Attribution[] = [];
  for (const list of result) if (list) for (const a of list) out.push(a);
  return withOfficeHolders(out);
}

/** The speakers a sentence names itself (or by "it", "the ministry"); updates what the article has named. */
function ownSpeakers(
  sentence: Sentence,
  hits: readonly AliasHit[],
  matcher: RegistryMatcher,
  state: ReadingState,
): { spoken: Spoken[]; sawUnnamed: boolean; continuesQuote: boolean } {
  const spoken: Spoken[] = [];
  let sawUnnamed = false;
  let hitIndex = 0;
  const inSentence = { text: sentence.text, hits };
  for (const group of byCue(findSpeakerPhrases(sentence.text), hits)) {
    const firstStart = minOf(group.map((p) => p.start));
    // Names mentioned earlier in this sentence count as mentioned before the speaker.
    while (hitIndex < hits.length && (hits[hitIndex]?.end ?? Infinity) <= firstStart) remember(state.memory, hits[hitIndex++]);
    const r = firstResolved(group, {
      matcher,
      tagger: state.tagger,
      outlets: state.outlets,
      memory: state.memory,
      lastSpeaker: state.lastSpeaker,
      lastBody: state.lastBody,
      lastByPerson: state.lastByPerson,
      sentence: inSentence,
    });
    if (r.kind === 'unnamed') sawUnnamed = true;
    if (r.kind !== 'claimant' || spoken.some((s) => s.attribution.claimant.id === r.claimant.id)) continue;
    // "In the strike in the town of Mai Tsebri, 17 people died, said an aid worker": a name the
    // article reads as a town, an area or a site there is no speaker the registry does not know.
    if (state.placeSpans.has(`${sentence.span[0] + r.start}:${sentence.span[0] + r.end}`) && !matcher.byId(r.claimant.id)) continue;
    const attribution: Attribution = {
      sentence: sentence.index,
      span: [sentence.span[0] + r.start, sentence.span[0] + r.end],
      text: sentence.text.slice(r.start, r.end),
      claimant: r.claimant,
      carried: r.anaphor,
    };
    spoken.push({ attribution, refersBack: group.some((p) => p.refersBack) });
    // A person is recalled by their role too: "the governor" after "Governor Ivan Petrov".
    const said = group.find((p) => p.start <= r.start && p.end >= r.end)?.text ?? attribution.text;
    remember(state.memory, { claimant: r.claimant, words: spokenWords(r.claimant, said, matcher, attribution.text) });
    // "he said" goes on from a person, or from the person named speaking for a body; not from a body alone.
    state.lastByPerson = r.anaphor ? state.lastByPerson : !isBody(r.claimant) || splitRole(said).role !== null;
    state.lastSpeaker = r.claimant;
    if (!isPeople(r.claimant)) state.lastBody = r.claimant;
    state.lastNamed = attribution;
  }
  while (hitIndex < hits.length) remember(state.memory, hits[hitIndex++]);

  // An unbalanced quotation mark must not carry a speaker through the rest of the article.
  const quotes = quoteState(sentence.text, state.quoteOpen && sentence.index - state.quoteOpenedAt <= MAX_QUOTE_SENTENCES);
  if (quotes.open && !state.quoteOpen) state.quoteOpenedAt = sentence.index;
  state.quoteOpen = quotes.open;
  if (spoken.length) {
    state.statement = spoken[spoken.length - 1]?.attribution ?? null;
    state.carriedFor = 0;
    state.listFrom = LEADS_A_LIST.test(sentence.text) ? state.statement : null;
  }
  return { spoken, sawUnnamed, continuesQuote: quotes.continues };
}

/**
 * The words a claimant is recalled by: its names, its role, and the person who spoke for a registered
 * body ("WHO spokesman Tarik Nowak said" -> "Nowak added" is the WHO again).
 */
function spokenWords(claimant: Claimant, text: string, matcher: RegistryMatcher, named: string): ReadonlySet<string> {
  const registered = matcher.byId(claimant.id)?.words;
  // "the news agency WAFA ... The news agency added": recalled by the kind of body written before its name too.
  if (!registered) return new Set(normalWords(`${claimant.name} ${claimant.role ?? ''} ${text}`));
  const person = splitRole(text);
  if (person.role) return new Set([...registered, ...normalWords(person.name)]);
  // "The United Nations Support Mission in Libya (UNSMIL) said ... The mission put the toll at 44":
  // a registered name that a longer name of its own goes on from is recalled by that name's words too.
  const at = text.indexOf(named);
  const longer = at < 0 ? null : NAME_GOES_ON.exec(text.slice(at + named.length));
  return longer?.[0] ? new Set([...registered, ...normalWords(longer[0])]) : registered;
}

/** The rest of a name after its first words: capitalised words, joined by "of", "for", "in", "the", "and". */
const NAME_GOES_ON = /^(?:\s+(?:(?:of|for|in|on|the|and)\s+)*\p{Lu}[\p{L}'’-]*)+/u;

/**
 * The attribution carried into a sentence without a speaker of its own: a quotation that
 * goes on keeps its speaker; a figure right after a statement belongs to it, unless the
 * sentence turns to background or another subject. Null when nothing is carried.
 */
function carriedInto(sentence: Sentence, seen: { readonly sawUnnamed: boolean; readonly continuesQuote: boolean }, state: ReadingState): Attribution[] | null {
  // "The emergency service updated the toll:" / "• 23 people were killed;" / "• 39 were reported missing.": the list is its own.
  if (state.listFrom && LIST_ITEM.test(sentence.text)) return [carry(state.listFrom, sentence)];
  state.listFrom = null;
  if (seen.sawUnnamed) {
    state.lastSpeaker = null;
    state.lastBody = null;
    state.lastByPerson = false;
    state.lastNamed = null;
    state.statement = null;
    return null;
  }
  if (isFurniture(sentence.text)) {
    state.statement = null;
    return null;
  }
  const from = state.statement ?? state.lastNamed;
  if (seen.continuesQuote && from) return [carry(from, sentence)];
  const statement = state.statement;
  // Figures first: they are known already (the figures step ran), while breaksStatement reads the sentence.
  if (statement && state.carriedFor < MAX_CARRY && state.withFigures.has(sentence.index) && !breaksStatement(sentence.text)) {
    state.carriedFor++;
    return [carry(statement, sentence)];
  }
  state.statement = null;
  return null;
}

/** A statement that introduces a list: it ends on a colon. */
const LEADS_A_LIST = /:\s*$/;
/** An item of a list: a bullet, a dash or a number opens it. */
const LIST_ITEM = /^\s*(?:[•·▪◦●*–—-]|\d{1,2}[.)])\s+/;

/**
 * The attribution a figure belongs to when its sentence has several speakers
 * ("The Observatory said 20 were killed, while the army said 30"): the nearest
 * speaker named in the sentence before the figure, else the first after it; the
 * carried one when the sentence names nobody itself.
 * @example speakerOfFigure(figure, attributions, sentences)?.claimant.id // 'sohr'
 */
export function speakerOfFigure(figure: Figure, attributions: readonly Attribution[], sentences: readonly Sentence[]): Attribution | null {
  const sentence = sentences[figure.sentence];
  const span = sentence?.span;
  // "11 were killed in what Israel said was a rocket attack": who names the deed does not tell the toll.
  const here = attributions.filter((a) => a.sentence === figure.sentence && !(sentence && namesTheDeed(sentence, a)));
  // "... ready to investigate the attack that killed at least 140": the writer's account of the happening, no one's
  // statement (unless a speaker is named after it: "an attack that killed 1,400 people, Human Rights Watch said").
  if (span && here.length) {
    const text = sentences[figure.sentence]!.text;
    const named = here.some((a) => a.span[0] >= figure.span[1]);
    if (!named && describesHappening(text.slice(0, figure.span[0] - span[0])) && !TOLD_AGAIN.test(text.slice(figure.span[1] - span[0]))) return null;
  }
  // A carried attribution keeps the span of the name in the sentence it came from.
  const inside = span ? here.filter((a) => a.span[0] >= span[0] && a.span[1] <= span[1]) : [];
  if (inside.length === 0) return here[0] ?? null;
  let before: Attribution | null = null;
  for (const a of inside) if (a.span[0] <= figure.span[0] && (!before || a.span[0] > before.span[0])) before = a;
  if (before && span && RIVAL_SPEAKER.test(sentences[figure.sentence]!.text.slice(before.span[1] - span[0], figure.span[0] - span[0]))) return null;
  if (before) return before;
  // Named after the figure: the first to be named, unless it relays another it cites right after
  // ("..., the radio reported on Tuesday, citing the health ministry"): then the one cited.
  const after = [...inside].sort((x, y) => x.span[0] - y.span[0]);
  const first = after[0]!;
  // "left 60 dead and 140 wounded, while the army said 12 of its soldiers died": the speaker of a clause set against the figure's.
  if (span && CONTRASTED_SPEAKER.test(sentences[figure.sentence]!.text.slice(figure.span[1] - span[0], first.span[0] - span[0]))) return null;
  const cited = span
    ? after.find((a) => {
        const between = sentences[figure.sentence]!.text.slice(first.span[1] - span[0], a.span[0] - span[0]);
        // "..., a health official said, the agency reports citing Reuters": the one who cites is another, relaying what was said.
        return a.span[0] > first.span[1] && CITING_BETWEEN.test(between) && !RELAYED_BY_ANOTHER.test(between);
      })
    : undefined;
  return cited ?? first;
}

/** Before a speaker: "what" ("in what the army said was"); after it, that it said what the deed was. */
const WHAT_BEFORE = /\bwhat\s+(?:the\s+)?$/i;
const SAID_IT_WAS = /^\s+(?:said|says|claimed|claims)\s+(?:was|were|is|are)\b/i;

/** "in what the army said was a rocket attack": the speaker names the deed, not a figure of the sentence. */
function namesTheDeed(sentence: Sentence, a: Attribution): boolean {
  const from = a.span[0] - sentence.span[0];
  const to = a.span[1] - sentence.span[0];
  if (from < 0 || to > sentence.text.length) return false;
  return WHAT_BEFORE.test(sentence.text.slice(Math.max(0, from - 12), from)) && SAID_IT_WAS.test(sentence.text.slice(to, to + 24));
}

/** Right before a speaker named after the figure, a clause set against the figure's: ", while the", "whereas". */
const CONTRASTED_SPEAKER = /\b(?:while|whereas)\s+(?:the\s+|a\s+|an\s+)?$/i;

/** Between a speaker and a source cited, another speaker's word of speech: "said, Trend reports citing". */
const RELAYED_BY_ANOTHER = /,\s*(?:the\s+)?\p{L}[\p{L}.-]*(?:\s+\p{L}[\p{L}.-]*){0,2}\s+(?:reports|reported|says|said)\b/u;

/** Between a relaying speaker and the source it cites: "reported on Tuesday, citing the". */
const CITING_BETWEEN = /^[^.;:]{0,60}\b(?:citing|quoting)\s+(?:the\s+|a\s+|an\s+)?$/i;

/**
 * Between a speaker and a figure, a clause of another speaker no claimant was found for: "The
 * army said 40 were killed, while a monitoring group put the toll at 90". The 90 is not the army's.
 * Its subject is a word or more, not a pronoun ("but it put the toll at 90" is the army again).
 */
const RIVAL_SPEAKER =
  /\b(?:while|whereas|but|although|though)\s+(?!(?:it|he|she|they|we|also|later|then|still)\b)[^,;:.]{1,60}?\s(?:put|puts|putting|placed|places|estimated|estimates|estimate|said|says|say|counted|counts|count|reported|reports|report|gave|gives|claimed|claims|claim)\b/i;

/** A relative clause on a happening, before a figure: "the strike that killed", "an attack, which left". */
const HAPPENING_THAT =
  /\b(?:strikes?|airstrikes?|attacks?|bombings?|blasts?|raids?|explosions?|shelling|massacre|assault)\s*,?\s+(?:that|which)\s+(?:had\s+|has\s+)?(?:killed|left|wounded|injured|claimed)\b/gi;
/** Words of speech or of a source after that clause (before the figure or after it): then the figure is told by someone again. */
const TOLD_AGAIN = /\b(?:said|says|told|according|reported|reports|announced|added|estimated|put)\b/i;

/**
 * The figure stands in a relative clause that tells what a happening did ("the attack that killed at least
 * 140 and injured more than 500"), with no word of speech after it: the writer's account, not a statement.
 */
function describesHappening(before: string): boolean {
  let last = -1;
  for (const m of before.matchAll(HAPPENING_THAT)) last = m.index + m[0].length;
  return last >= 0 && before.length - last <= DESCRIBED_REACH && !TOLD_AGAIN.test(before.slice(last));
}
/** How far after "the strike that killed" a figure of its clause may stand ("... killed 12 and injured more than 30"). */
const DESCRIBED_REACH = 60;

/**
 * A figure told first and sourced right after ("Soldiers killed 1,000 members. Sergei Rudskoy
 * released the toll."), or told naming its source who then speaks ("78,000 evacuated with
 * support from the Center for Reconciliation. '...,' the Center said.").
 */
function carryBackwards(
  sentences: readonly Sentence[],
  own: readonly (Spoken[] | null)[],
  found: readonly AliasHit[][],
  result: (Attribution[] | null)[],
  unnamed: readonly boolean[],
  withFigures: ReadonlySet<number>,
  continuing: readonly boolean[] = [],
): void {
  for (let i = 0; i + 1 < sentences.length; i++) {
    const sentence = sentences[i];
    const next = own[i + 1];
    if (!sentence || !next || own[i] || unnamed[i]) continue;
    const explicit = next.filter((s) => !s.attribution.carried);
    const current = result[i];
    const wasCarried = current !== null && current !== undefined;
    // '"So far, 23 dead and 28 wounded. All civilians," the governor wrote': a quotation the next sentence
    // closes, its speaker named after it, is that speaker's from its start.
    const quoted = !wasCarried && continuing[i + 1] === true ? next[0] : undefined;
    const source = quoted ?? (wasCarried ? undefined : explicit.find((s) => s.refersBack)) ?? namedIn(explicit, sentence.text, found[i] ?? []);
    if (!source) continue;
    if (wasCarried && current?.some((a) => a.claimant.id === source.attribution.claimant.id)) continue;
    if (!withFigures.has(sentence.index)) continue;
    result[i] = [{ ...source.attribution, sentence: sentence.index, carried: true }];
  }
}

/** The first of these speakers that a sentence names itself, not as a place ("in Damascus"). */
function namedIn(speakers: readonly Spoken[], text: string, hits: readonly AliasHit[]): Spoken | undefined {
  const mentions = hits.filter((h) => !isPlaceMention(text, h));
  return speakers.find((s) => mentions.some((h) => h.claimant.id === s.attribution.claimant.id));
}

/** The statement's attribution moved to a sentence that carries it; its span still points at the speaker's name. */
function carry(from: Attribution, sentence: Sentence): Attribution {
  return { ...from, sentence: sentence.index, carried: true };
}

function remember(memory: Memory, hit: { claimant: Claimant; words: ReadonlySet<string> } | undefined): void {
  if (!hit) return;
  const named = memory.named;
  const last = named[named.length - 1];
  if (last && last.claimant.id === hit.claimant.id) return;
  named.push({ claimant: hit.claimant, words: hit.words });
}

/**
 * The phrases of each cue; a cue with appositives ("Rudskoy, the chief of the General Staff, said")
 * has several, and the ones holding a registered name come first.
 */
function byCue(phrases: readonly SpeakerPhrase[], hits: readonly AliasHit[]): SpeakerPhrase[][] {
  const groups = new Map<number, SpeakerPhrase[]>();
  for (const p of phrases) {
    const group = groups.get(p.cueStart);
    if (group) group.push(p);
    else groups.set(p.cueStart, [p]);
  }
  return [...groups.values()].map((g) => {
    if (g.length < 2) return g;
    // "Jane Roe, the head of the Relief Cross delegation, said": the person speaks, for the body.
    const person = g.find((p) => p.role === 'appositive' && isPersonName(p.text));
    const named = g.filter((p) => p !== person && hasHitWithin(hits, p.start, p.end));
    return [...(person ? [person] : []), ...named, ...g.filter((p) => p !== person && !named.includes(p))];
  });
}

/** A person named before an appositive keeps it as their role: "Jane Roe, the mayor of Eastmoor, said". */
function withAppositiveRole(r: Resolution & { kind: 'claimant' }, phrase: SpeakerPhrase, group: readonly SpeakerPhrase[]): Resolution {
  if (r.claimant.role || phrase.role !== 'appositive' || !isPersonName(phrase.text)) return r;
  let next: SpeakerPhrase | undefined;
  for (const p of group) if (p.start > phrase.start && (!next || p.start < next.start)) next = p;
  const role = next?.text.replace(/^(?:the|a|an)\s+/i, '');
  return role ? { ...r, claimant: { ...r.claimant, role } } : r;
}

/** The first phrase of a cue that names a claimant; otherwise whether any speaks unnamed. */
function firstResolved(group: readonly SpeakerPhrase[], ctx: ResolveContext): Resolution {
  let unnamed = false;
  for (const phrase of group) {
    const r = resolvePhrase(phrase, ctx);
    if (r.kind === 'claimant') return withAppositiveRole(r, phrase, group);
    if (r.kind === 'unnamed') unnamed = true;
  }
  return unnamed ? { kind: 'unnamed' } : { kind: 'none' };
}
