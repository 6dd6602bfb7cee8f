/**
 * Part-of-speech tags from wink-nlp and its English model. Loading the model costs a
 * tenth of a second, so the build's Lexicons load it on first use (src/extract/lexicons.ts).
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
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
  const nlp = winkNLP(model);
  const its = nlp.its;
  return {
    tag(text) {
      const doc = nlp.readDoc(text);
      return { words: doc.tokens().out() as string[], tags: doc.tokens().out(its.pos) as PartOfSpeech[] };
    },
  };
}
