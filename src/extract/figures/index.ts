/**
 * Figures: the counts and shares an article puts forward ("more than 300 Daesh
 * elements killed", "64 air raids", "93 percent of Aleppo"). Per sentence:
 * tokens -> numbers -> drop non-claims (years, dates, durations, ...) ->
 * qualifier -> counted thing -> category.
 */
import type { Category, Figure, Sentence, TokenStream } from '../../model/types.ts';
import type { ArticleContext } from '../context.ts';
import { categorise, chains, isGround, type EarlierFigure, type FigureSlots } from './category.ts';
import { readCounted, type Counted } from './counted.ts';
import { notClaimReason } from './notClaims.ts';
import { readNumbers, type NumberToken } from './numbers.ts';
import { readQualifier, type ReadQualifier } from './qualifier.ts';
import { markRanges } from './ranges.ts';
import type { Token } from '../tokens.ts';
import { pushAll } from '../../long-arrays.ts';

/** Cheap test that a sentence can hold a figure at all, so most sentences cost one regex. */
const MAY_HOLD_NUMBER =
  /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozens?|scores|hundreds|thousands|millions|billions|several)\b/i;

/** Sentences at least this long, repeated word for word, are one statement: shorter ones ("Six died.") may be two. */
const REPEATED_SENTENCE_LENGTH = 40;

interface Candidate {
  readonly n: NumberToken;
  readonly q: ReadQualifier;
  readonly counted: Counted;
  readonly slots: FigureSlots;
}

/**
 * Reads the claimed figures of an article's sentences, in text order.
 * @example extractFigures(textContext('The strikes killed more than 300 Daesh elements.', { reference: null }, lexicons))
 * // [{ value: 300, qualifier: 'more-than', category: 'killed', what: 'Daesh elements', ... }]
 */
export function extractFigures(context: ArticleContext): Figure[] {
  const out: Figure[] = [];
  // A page that repeats a sentence word for word (a photo's caption and its alt text, a pull quote) says it once.
  const said = new Set<string>();
  for (const sentence of context.sentences) {
    const figures = figuresOfSentence(sentence, context.tokens);
    if (figures.length && sentence.text.length >= REPEATED_SENTENCE_LENGTH) {
      if (said.has(sentence.text)) continue;
      said.add(sentence.text);
    }
    pushAll(out, figures);
  }
  return out;
}

/**
 * The figures of one sentence, read from the article's token stream.
 * @example figuresOfSentence({ index: 0, span: [0, 36], text: 'Russian jets carried out 64 raids.' }, tokenStream())[0]?.category // 'strikes'
 */
export function figuresOfSentence(sentence: Sentence, stream: TokenStream): readonly Figure[] {
  return markRanges(sentence.text, sentence.span[0], readSentence(sentence, stream));
}

function readSentence(sentence: Sentence, stream: TokenStream): readonly Figure[] {
  const text = sentence.text;
  if (!MAY_HOLD_NUMBER.test(text)) return [];
  const tokens = stream.of(sentence);
  const candidates: Candidate[] = [];
  for (const n of readNumbers(tokens)) {
    const q = readQualifier(tokens, n.first, n.last);
    if (notClaimReason(text, tokens, n, q.qualifier !== 'exact')) continue;
    const numberLast = Math.max(n.last, q.trailingLast);
    const counted = readCounted(text, tokens, numberLast);
    const slots: FigureSlots = {
      first: q.first,
      numberLast,
      last: counted.last >= counted.first ? counted.last : numberLast,
      head: counted.head,
      words: counted.words,
      ground: isGround(counted.head, counted.percent),
    };
    candidates.push({ n, q, counted, slots });
  }
  if (candidates.length === 0) return [];
  const allSlots = candidates.map((c) => c.slots);
  const figures: Figure[] = [];
  const byNumberToken = new Map<number, Category>();
  const earlier = earlierIn(byNumberToken);
  for (const chain of chains(tokens, allSlots)) {
    for (const k of chain) {
      const c = candidates[k];
      if (!c) continue;
      const category = categorise(tokens, allSlots, chain, k, earlier);
      for (let t = c.n.first; t <= c.n.last; t++) byNumberToken.set(t, category);
      if (!keep(c, category)) continue;
      figures.push(toFigure(sentence, tokens, c, category));
    }
  }
  return figures;
}

/** The categories given so far, by number token, as categorise asks for them. */
function earlierIn(byNumberToken: ReadonlyMap<number, Category>): EarlierFigure {
  // Returned unnamed: tsx (esbuild keepNames) would name a named local closure on every call.
  return (tokenIndex) => byNumberToken.get(tokenIndex);
}

/** Number words are claims only as counts of something that happened ("three villages liberated", "killed two"). */
function keep(c: Candidate, category: Category): boolean {
  if (c.n.kind === 'digits') return true;
  return category !== 'other';
}

function toFigure(sentence: Sentence, tokens: readonly Token[], c: Candidate, category: Category): Figure {
  const startTok = tokens[c.q.first];
  const endTok = tokens[c.counted.percent ? c.counted.first : c.slots.numberLast];
  const start = startTok?.start ?? 0;
  const end = endTok?.end ?? start;
  return {
    span: [sentence.span[0] + start, sentence.span[0] + end],
    text: sentence.text.slice(start, end),
    sentence: sentence.index,
    value: c.n.value,
    vague: c.n.vague,
    qualifier: c.q.qualifier,
    category,
    what: c.counted.what,
  };
}
