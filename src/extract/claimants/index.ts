/**
 * Claimants: who speaks in each sentence ("the Russian Defense Ministry said",
 * "according to SOHR", "“...,” said Rami Abdel Rahman"), and which sentences
 * without a speaker of their own carry on a statement made before them (or,
 * for a lead sentence, the one right after: "X released the toll").
 */
import type { Attribution, Claimant, ExtractContext, Sentence } from '../../model.ts';
import { figuresOfSentence } from '../figures/index.ts';
import { breaksStatement, isFurniture, MAX_CARRY, quoteState } from './carry.ts';
import { compileRegistry, normalWords, type AliasHit } from './registry.ts';
import { resolvePhrase, type Memory, type Resolution, type ResolveContext } from './resolve.ts';
import { findSpeakerPhrases, type SpeakerPhrase } from './speakers.ts';

/** A quotation runs over at most this many sentences after the one that opens it. */
const MAX_QUOTE_SENTENCES = 3;

/** A speaker found in a sentence, with what the carrying rules need to know about it. */
interface Spoken {
  readonly attribution: Attribution;
  readonly refersBack: boolean;
}

/**
 * Finds who speaks in each sentence; sentences that continue a statement get
 * the statement's speaker with `carried: true`.
 * @example extractAttributions(splitSentences('The ministry said it carried out 64 raids. The strikes killed 300.'), ctx)
 * // [{ sentence: 0, claimant: { id: 'ru-mod', ... }, carried: false }, { sentence: 1, ..., carried: true }]
 */
export function extractAttributions(sentences: readonly Sentence[], ctx: ExtractContext): Attribution[] {
  const matcher = compileRegistry(ctx.registries.claimants);
  const memory: Memory = { named: [] };
  const own: (Spoken[] | null)[] = [];
  const unnamed: boolean[] = [];
  const mentions: AliasHit[][] = [];
  const result: (Attribution[] | null)[] = [];

  let lastSpeaker: Claimant | null = null;
  let statement: Attribution | null = null;
  let carriedFor = 0;
  let quoteOpen = false;
  let quoteOpenedAt = -1;

  for (const sentence of sentences) {
    const hits = matcher.find(sentence.text);
    mentions.push(hits);
    const phrases = findSpeakerPhrases(sentence.text);
    const spoken: Spoken[] = [];
    let sawUnnamed = false;
    let hitIndex = 0;
    const hitsIn = (start: number, end: number): AliasHit[] =>
      hits.filter((h) => h.start >= start && h.end <= end).map((h) => ({ ...h, start: h.start - start, end: h.end - start }));
    for (const group of byCue(phrases, hitsIn)) {
      const firstStart = Math.min(...group.map((p) => p.start));
      // Names mentioned earlier in this sentence count as mentioned before the speaker.
      while (hitIndex < hits.length && (hits[hitIndex]?.end ?? Infinity) <= firstStart) remember(memory, hits[hitIndex++]);
      const sentenceSubject = (p: SpeakerPhrase): Claimant | null => openingSubject(sentence.text, p, hits);
      const r = firstResolved(group, { matcher, memory, lastSpeaker, sentenceSubject, hitsIn });
      if (r.kind === 'unnamed') sawUnnamed = true;
      if (r.kind !== 'claimant') continue;
      if (spoken.some((s) => s.attribution.claimant.id === r.claimant.id)) continue;
      const attribution: Attribution = {
        sentence: sentence.index,
        span: [sentence.span[0] + r.start, sentence.span[0] + r.end],
        text: sentence.text.slice(r.start, r.end),
        claimant: r.claimant,
        carried: r.anaphor,
      };
      spoken.push({ attribution, refersBack: group.some((p) => p.refersBack) });
      remember(memory, { claimant: r.claimant, words: matcher.byId(r.claimant.id)?.words ?? new Set(normalWords(r.claimant.name)) });
      lastSpeaker = r.claimant;
    }
    while (hitIndex < hits.length) remember(memory, hits[hitIndex++]);

    // An unbalanced quotation mark must not carry a speaker through the rest of the article.
    const quotes = quoteState(sentence.text, quoteOpen && sentence.index - quoteOpenedAt <= MAX_QUOTE_SENTENCES);
    if (quotes.open && !quoteOpen) quoteOpenedAt = sentence.index;
    quoteOpen = quotes.open;
    own.push(spoken.length ? spoken : null);
    unnamed.push(sawUnnamed);

    if (spoken.length) {
      result.push(spoken.map((s) => s.attribution));
      statement = spoken[spoken.length - 1]?.attribution ?? null;
      carriedFor = 0;
      continue;
    }
    if (sawUnnamed) {
      lastSpeaker = null;
      statement = null;
      result.push(null);
      continue;
    }
    if (isFurniture(sentence.text)) {
      statement = null;
      result.push(null);
      continue;
    }
    // A quotation that goes on keeps its speaker, whatever it talks about.
    if (quotes.continues && (statement ?? lastSpeaker)) {
      result.push([carry(statement, lastSpeaker, sentence)]);
      continue;
    }
    if (statement && carriedFor < MAX_CARRY && !breaksStatement(sentence.text) && figuresOfSentence(sentence).length > 0) {
      carriedFor++;
      result.push([carry(statement, lastSpeaker, sentence)]);
      continue;
    }
    statement = null;
    result.push(null);
  }

  carryBackwards(sentences, own, mentions, result, unnamed);
  return result.flatMap((list) => list ?? []);
}

/**
 * A figure told first and sourced right after ("Soldiers killed 1,000 members. Sergei Rudskoy
 * released the toll."), or told naming its source who then speaks ("78,000 evacuated with
 * support from the Center for Reconciliation. '...,' the Center said.").
 */
function carryBackwards(
  sentences: readonly Sentence[],
  own: readonly (Spoken[] | null)[],
  mentions: readonly AliasHit[][],
  result: (Attribution[] | null)[],
  unnamed: readonly boolean[],
): void {
  for (let i = 0; i + 1 < sentences.length; i++) {
    const sentence = sentences[i];
    const next = own[i + 1];
    if (!sentence || !next || own[i] || unnamed[i]) continue;
    const explicit = next.filter((s) => !s.attribution.carried);
    const current = result[i];
    const wasCarried = current !== null && current !== undefined;
    const source =
      (wasCarried ? undefined : explicit.find((s) => s.refersBack)) ??
      explicit.find((s) => (mentions[i] ?? []).some((h) => h.claimant.id === s.attribution.claimant.id));
    if (!source) continue;
    if (wasCarried && current?.some((a) => a.claimant.id === source.attribution.claimant.id)) continue;
    if (figuresOfSentence(sentence).length === 0) continue;
    result[i] = [{ ...source.attribution, sentence: sentence.index, carried: true }];
  }
}

/** The statement's attribution, moved to a sentence that carries it. */
function carry(statement: Attribution | null, lastSpeaker: Claimant | null, sentence: Sentence): Attribution {
  if (statement) return { ...statement, sentence: sentence.index, carried: true };
  const claimant = lastSpeaker as Claimant;
  return { sentence: sentence.index, span: [sentence.span[0], sentence.span[0]], text: '', claimant, carried: true };
}

/**
 * "Moscow has been under criticism ... which it says it stopped": a pronoun after
 * "which"/"that" outside quotes refers to the registered name the sentence opens with.
 */
function openingSubject(text: string, phrase: SpeakerPhrase, hits: readonly AliasHit[]): Claimant | null {
  const before = text.slice(0, phrase.start);
  if (!/\b(?:which|that|what)\s*$/i.test(before) || /[“”"]/.test(before)) return null;
  const first = hits[0];
  if (!first || first.start > 4 || first.start >= phrase.start) return null;
  return first.claimant;
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
function byCue(phrases: readonly SpeakerPhrase[], hitsIn: (start: number, end: number) => AliasHit[]): SpeakerPhrase[][] {
  const groups = new Map<number, SpeakerPhrase[]>();
  for (const p of phrases) groups.set(p.cueStart, [...(groups.get(p.cueStart) ?? []), p]);
  return [...groups.values()].map((g) => {
    if (g.length < 2) return g;
    const named = g.filter((p) => hitsIn(p.start, p.end).length > 0);
    return [...named, ...g.filter((p) => !named.includes(p))];
  });
}

/** The first phrase of a cue that names a claimant; otherwise whether any speaks unnamed. */
function firstResolved(group: readonly SpeakerPhrase[], ctx: ResolveContext): Resolution {
  let unnamed = false;
  for (const phrase of group) {
    const r = resolvePhrase(phrase, ctx);
    if (r.kind === 'claimant') return r;
    if (r.kind === 'unnamed') unnamed = true;
  }
  return unnamed ? { kind: 'unnamed' } : { kind: 'none' };
}
