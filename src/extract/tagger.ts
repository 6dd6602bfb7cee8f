/**
 * Part-of-speech tags from wink-nlp and its English model. Loading the model costs a
 * tenth of a second, so the build's Lexicons load it on first use (src/extract/lexicons.ts),
 * and the packages themselves are loaded then too: a build whose articles all come from the
 * cache, or need no tags, never loads them.
 */
import { createRequire } from 'node:module';
import type winkNLPType from 'wink-nlp';
import type modelType from 'wink-eng-lite-web-model';
import type { PartOfSpeech } from '../model/types.ts';

/** A text read into words and their universal part-of-speech tags. */
export interface Tagged {
  readonly words: readonly string[];
  readonly tags: readonly PartOfSpeech[];
}

export interface Tagger {
  /** The words of the text (wink-nlp's tokens) with their tags, in order. */
  tag(text: string): Tagged;
}

/**
 * Loads wink-nlp's English model.
 * @example loadTagger().tag('the railway company').tags // ['DET', 'NOUN', 'NOUN']
 */
export function loadTagger(): Tagger {
  const require = createRequire(import.meta.url);
  const winkNLP = require('wink-nlp') as typeof winkNLPType;
  const model = require('wink-eng-lite-web-model') as typeof modelType;
  const nlp = winkNLP(model);
  const its = nlp.its;
  return {
    tag(text) {
      const doc = nlp.readDoc(text);
      return { words: doc.tokens().out() as string[], tags: doc.tokens().out(its.pos) as PartOfSpeech[] };
    },
  };
}
