import type { ExtractContext, PlaceMention, Sentence } from '../../model.ts';
import { isActor } from './actor.ts';
import { widenToArea } from './area.ts';
import { notPlaceReason, type SentenceView } from './context.ts';
import { placeLexicon, type PlaceLexicon } from './lexicon.ts';
import { findCandidates, type Candidate } from './match.ts';
import { isTitleCase, tokenize } from './tokens.ts';
import { pushAll } from '../../long-arrays.ts';

const LOWERCASE_WORD = /(?<![\p{L}\p{N}'’-])\p{Ll}[\p{Ll}]+(?![\p{L}\p{N}])/gu;

/**
 * Places named in the sentences, resolved in the gazetteer (GeoNames) as the
 * registry amends it. Not places: governments named by their capital or
 * country ("Damascus said"), compounds ("US-backed"), parts of organisations'
 * and people's names, and alternate spellings that are common words here.
 * @example extractPlaces(splitSentences('Clashes in Palmyra. Damascus said...'), ctx).map((m) => m.place.name) // ['Palmyra']
 */
export function extractPlaces(sentences: readonly Sentence[], ctx: ExtractContext): PlaceMention[] {
  const lex = placeLexicon(ctx.registries);
  const isLowercaseWord = lowercaseWords(sentences);
  const out: PlaceMention[] = [];
  for (const sentence of sentences) pushAll(out, sentencePlaces(sentence, lex, isLowercaseWord));
  return out;
}

function sentencePlaces(sentence: Sentence, lex: PlaceLexicon, isLowercaseWord: (key: string) => boolean): PlaceMention[] {
  const { text } = sentence;
  const tokens = tokenize(text);
  const candidates = findCandidates(tokens, lex);
  if (candidates.length === 0) return [];
  const blocked = tokens.some((t) => lex.notPlaceStarts.has(t.key)) ? blockedSpans(text, lex) : [];
  const titleCase = isTitleCase(tokens);
  const out: PlaceMention[] = [];
  let previousPlaceEnd = -1;
  for (const found of candidates) {
    const c = widenToArea(found, tokens, text, lex);
    const view: SentenceView = { text, tokens, titleCase, previousPlaceEnd };
    const start = tokens[c.first]?.start ?? 0;
    const end = tokens[c.last]?.end ?? 0;
    if (blocked.some(([s, e]) => s < end && start < e)) continue;
    if (notPlaceReason(c, view, isLowercaseWord)) continue;
    if (isActor(c, view)) continue;
    previousPlaceEnd = c.last;
    out.push(mention(sentence, c, start, end, lex));
  }
  return out;
}

function mention(sentence: Sentence, c: Candidate, start: number, end: number, lex: PlaceLexicon): PlaceMention {
  const offset = sentence.span[0];
  return {
    span: [offset + start, offset + end],
    text: sentence.text.slice(start, end),
    sentence: sentence.index,
    place: lex.placeOf(c.entry),
  };
}

/** Spans of the registry's notPlaces phrases ("Islamic State of Iraq and al-Sham"). */
function blockedSpans(text: string, lex: PlaceLexicon): [number, number][] {
  if (!lex.notPlaces) return [];
  return [...text.matchAll(lex.notPlaces)].map((m) => [m.index, m.index + m[0].length]);
}

/** Keys of the words the article writes in lowercase, built on first use. */
function lowercaseWords(sentences: readonly Sentence[]): (key: string) => boolean {
  let words: Set<string> | null = null;
  return (key) => {
    words ??= new Set(sentences.flatMap((s) => s.text.match(LOWERCASE_WORD) ?? []));
    return words.has(key);
  };
}
