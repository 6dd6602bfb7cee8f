/**
 * The article context: what every extraction step reads, built once per article. Its
 * sentences, its one token stream, the lexicons the build compiled, the reference date
 * the page states, and the per-article memos (so no extractor keeps state of its own
 * between articles).
 */
import type { DateMention, IngestedArticle, LocatedName, Sentence, StatedDate, TokenStream } from '../model/types.ts';
import type { DateCandidate } from './dates/candidate.ts';
import type { Lexicons } from './lexicons.ts';
import { splitSentences } from './sentences.ts';
import { tokenStream } from './tokens.ts';

/** A publication date found outside the article (the link stage's match with dated reports). */
export interface AssignedDate {
  readonly date: string;
  readonly evidence: string;
  readonly inferred: boolean;
}

/** What the link stage found for an article outside its own text, for reading it again. */
export interface FoundOutside {
  /** A publication date from its match with dated reports: used only when the page states none. */
  readonly assigned?: AssignedDate | null;
  /** Places other articles of the collection locate, which it names bare. */
  readonly localPlaces?: readonly LocatedName[];
}

/**
 * Work one step does that another asks for again within the same article: kept here, with
 * the article, and gone with it. The only part of the context that changes.
 */
export interface ArticleMemo {
  /** The date candidates of the sentences, before any reference date places them (dates/index.ts). */
  dateCandidates?: readonly DateCandidate[];
  /** The dates read against each reference asked for (the publication step and the dates step may ask for the same one). */
  datesByReference?: Map<string | null, readonly DateMention[]>;
}

export interface ArticleContext {
  /** Path of the article's file (diagnostics name it). */
  readonly file: string;
  /** The headline, as a sentence of its own (index -1, span over the title). */
  readonly title: Sentence;
  /** The body's sentences: every span and sentence index of the facts points into them. */
  readonly sentences: readonly Sentence[];
  /** The one token stream of the title and the sentences. */
  readonly tokens: TokenStream;
  /** The outlet's name, when known: it weighs in what country the article is about. */
  readonly outlet: string | null;
  /** The publication date as the page states it (an "updated" date included), or null. */
  readonly published: StatedDate | null;
  /**
   * The reference date the page gives for relative expressions ("on Sunday"): its stated
   * publication date, or null. The publication step may reason out another.
   */
  readonly reference: string | null;
  /** A publication date found outside the article: used only when the page states none. */
  readonly assigned: AssignedDate | null;
  /** Places other articles of the collection locate, which this one names bare (the link stage's reading). */
  readonly localPlaces: readonly LocatedName[];
  readonly lexicons: Lexicons;
  readonly memo: ArticleMemo;
}

/**
 * The context of one ingested article.
 * @example articleContext(article, lexicons).sentences.length // 12
 */
export function articleContext(article: IngestedArticle, lexicons: Lexicons, outside: FoundOutside = {}): ArticleContext {
  const page = article.published && !article.published.updated ? article.published : null;
  return {
    file: article.file,
    title: { index: -1, span: [0, article.title.length], text: article.title },
    sentences: splitSentences(article.body),
    tokens: tokenStream(),
    outlet: article.source?.name ?? null,
    published: article.published,
    reference: page?.date ?? null,
    assigned: outside.assigned ?? null,
    localPlaces: outside.localPlaces ?? [],
    lexicons,
    memo: {},
  };
}

/** What a context is built from when there is no ingested article (a text read on its own). */
export interface TextInputs {
  readonly reference: string | null;
  readonly title?: string;
  readonly outlet?: string | null;
  readonly file?: string;
}

/**
 * The context of a bare text, read against `reference` (tests, tools).
 * @example textContext('Raids since last night.', { reference: '2016-12-11' }, lexicons).sentences[0]?.text // 'Raids since last night.'
 */
export function textContext(body: string, inputs: TextInputs, lexicons: Lexicons): ArticleContext {
  const title = inputs.title ?? '';
  return {
    file: inputs.file ?? '',
    title: { index: -1, span: [0, title.length], text: title },
    sentences: splitSentences(body),
    tokens: tokenStream(),
    outlet: inputs.outlet ?? null,
    published: inputs.reference === null ? null : { date: inputs.reference, evidence: 'given' },
    reference: inputs.reference,
    assigned: null,
    localPlaces: [],
    lexicons,
    memo: {},
  };
}
