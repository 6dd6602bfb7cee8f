/**
 * The types every stage shares. Data flows one way:
 * ingest (IngestedArticle) -> extract (ArticleFacts) -> link (TimelineData).
 * `TimelineData` is the public contract written to `_site/data/timeline.json`;
 * its zod schema lives beside this file, in `schema.ts`.
 */

/** `[start, end)` in characters of the article body as the build read it. */
export type Span = readonly [number, number];

import type { Category, PlaceKind, Precision, Qualifier } from './enums.ts';

export type { Category, PlaceKind, Precision, Qualifier } from './enums.ts';

/** An inclusive range of calendar days, ISO `YYYY-MM-DD`. */
export interface DateRange {
  readonly start: string;
  readonly end: string;
  readonly precision: Precision;
}

import type { DiagnosticCode, Severity } from './diagnostics.ts';

export type { DiagnosticCode, Severity } from './diagnostics.ts';

/** A problem found in the user's input: which file, where, what, and what to do. */
export interface Diagnostic {
  readonly file: string;
  readonly severity: Severity;
  /** Short stable code from the catalogue (src/model/diagnostics.ts), e.g. `front-matter-yaml`. */
  readonly code: DiagnosticCode;
  readonly message: string;
  readonly line?: number;
  readonly hint?: string;
}

// ---------------------------------------------------------------- ingest

/** The article after decoding, front matter, cleaning and metadata. */
export interface IngestedArticle {
  readonly id: string;
  /** Path of the input file, relative to the project root (or to the content folder's parent). */
  readonly file: string;
  /** sha256 of the raw bytes: keys the cache and finds exact duplicates. */
  readonly hash: string;
  readonly title: string;
  /** Cleaned body: the text that every span points into. Paragraphs are separated by `\n\n`. */
  readonly body: string;
  /** "READ MORE" teasers and similar cross-links, kept apart from the body. */
  readonly teasers: readonly string[];
  readonly source: SourceRef | null;
  readonly url: string | null;
  readonly language: string;
  /** Publication date when it is stated (front matter or text), else null. */
  readonly published: StatedDate | null;
  readonly diagnostics: readonly Diagnostic[];
}

export interface SourceRef {
  readonly id: string;
  readonly name: string;
  /** How the outlet was told: front matter, a text pattern, a dateline agency tag... */
  readonly evidence: string;
}

export interface StatedDate {
  /** `YYYY-MM-DD` */
  readonly date: string;
  /** The text it was read from ("11 Dec, 2016 07:31", "front matter"). */
  readonly evidence: string;
  /** Set when the page states only when it was last updated ("Updated 2 September 2018"): it was first published on or before. */
  readonly updated?: true;
}

// ---------------------------------------------------------------- extract

export interface Sentence {
  readonly index: number;
  readonly span: Span;
  readonly text: string;
}

/** A number ("1,324", "2.6"), a word (hyphens and apostrophes inside: "al-Bab", "Syria's"), or one punctuation mark. */
export type TokenKind = 'num' | 'word' | 'punct';

/**
 * Universal part-of-speech tags (universaldependencies.org/u/pos), the tag set wink-nlp's
 * English model (and most taggers) give: a tagger may fill `Token.pos` without a new type.
 */
export type PartOfSpeech =
  | 'ADJ'
  | 'ADP'
  | 'ADV'
  | 'AUX'
  | 'CCONJ'
  | 'DET'
  | 'INTJ'
  | 'NOUN'
  | 'NUM'
  | 'PART'
  | 'PRON'
  | 'PROPN'
  | 'PUNCT'
  | 'SCONJ'
  | 'SYM'
  | 'VERB'
  | 'X'
  | 'SPACE';

/** One token of the article's token stream (src/extract/tokens.ts): every extractor reads the same ones. */
export interface Token {
  readonly text: string;
  /** Lower case, curly apostrophes made straight. */
  readonly lower: string;
  /** `[start, end)` within the text of its sentence (add the sentence's `span[0]` for the body). */
  readonly start: number;
  readonly end: number;
  readonly kind: TokenKind;
  /** `Sentence.index` of the sentence it stands in. */
  readonly sentence: number;
  /** Its part of speech, where a tagger has read the sentence; absent otherwise. */
  readonly pos?: PartOfSpeech;
}

/**
 * The article's token stream, sentence by sentence: tokenized once per article, on first
 * ask (most sentences are never asked for), and the same tokens for every reader.
 */
export interface TokenStream {
  /** The tokens of the sentence with this `Sentence.index`, in text order. */
  of(sentence: Sentence): readonly Token[];
}

// ---------------------------------------------------------------- registries (content/*.yml)

/** An outlet: `content/sources.yml`. */
export interface SourceEntry {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  /** Regular expressions (multi-line) that identify the outlet's pages in raw text. */
  readonly patterns: readonly string[];
}

/** Who makes claims: `content/claimants.yml`. */
export interface ClaimantEntry {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  /** A larger body the claimant speaks for (the General Staff is part of Russia): links its figures. */
  readonly partOf?: string;
  /**
   * The country the body works in (ISO code). An alias that names no country ("Civil Defence",
   * "the Observatory") means this body only in an article about that country; elsewhere the
   * speaker keeps the name the text gives it (a civil defence of another country).
   */
  readonly country?: string;
}

/** Extra names for places, and words that look like places but are not: `content/places.yml`. */
export interface PlaceEntry {
  /** The gazetteer name or id the aliases point to; or, with coordinates, a place of its own. */
  readonly name: string;
  readonly aliases: readonly string[];
  /** A place the gazetteer lacks (a village, a base): where it is. */
  readonly lat?: number;
  readonly lon?: number;
  /** What it is ('city' by default). */
  readonly kind?: 'city' | 'site' | 'region' | 'governorate';
  /** The gazetteer place (name or id) it lies in: gives its area and country. */
  readonly parent?: string;
  /** Its country's ISO code, when no parent gives it. */
  readonly country?: string;
}

export interface Registries {
  readonly sources: readonly SourceEntry[];
  readonly claimants: readonly ClaimantEntry[];
  readonly places: readonly PlaceEntry[];
  /** Words never read as places ("Damascus said" is handled by rule; this is for the rest). */
  readonly notPlaces: readonly string[];
  /** Countries the collection is about (content/dateline.yml `focus: [UA]`): read in depth in every article. */
  readonly focus?: readonly string[];
}

export interface DateMention {
  readonly span: Span;
  readonly text: string;
  readonly sentence: number;
  readonly range: DateRange;
  /** Parts written in the text (chrono's knownValues), e.g. ['day', 'month']; the rest were inferred. */
  readonly stated: readonly ('day' | 'month' | 'year' | 'weekday')[];
  /** True when resolved against the reference date ("on Sunday", "last night", "in March"). */
  readonly relative: boolean;
}

export interface Place {
  readonly id: string;
  readonly name: string;
  /** Governorate or province name, or null. */
  readonly admin1: string | null;
  /** ISO 3166-1 alpha-2, or null. */
  readonly country: string | null;
  readonly lat: number;
  readonly lon: number;
  readonly kind: PlaceKind;
  /** GeoNames id where the place came from the gazetteer. */
  readonly geonameId?: number;
}

export interface PlaceMention {
  readonly span: Span;
  readonly text: string;
  readonly sentence: number;
  readonly place: Place;
}

export interface Figure {
  readonly span: Span;
  /** The figure as written ("more than 300", "scores of"). */
  readonly text: string;
  readonly sentence: number;
  /** Null where the text gives no defined value ("dozens", "scores of"). */
  readonly value: number | null;
  readonly vague: string | null;
  readonly qualifier: Qualifier;
  readonly category: Category;
  /** The counted thing as written: "Daesh militants", "tanks", "percent of Aleppo". */
  readonly what: string;
}

export interface Claimant {
  readonly id: string;
  readonly name: string;
  /** The title or role the text gives a person ("coalition spokesman"), kept apart from the name. */
  readonly role?: string;
}

/** Who speaks in a sentence: "the Russian Defense Ministry said", "according to SOHR". */
export interface Attribution {
  readonly sentence: number;
  readonly span: Span;
  readonly text: string;
  readonly claimant: Claimant;
  /** Carried over from an earlier sentence ("it said", a continuing quote). */
  readonly carried: boolean;
}

/** One figure with who claims it, when and where: the article-level claim before linking. */
export interface ArticleClaim {
  readonly figure: Figure;
  readonly claimant: Claimant | null;
  readonly date: DateRange | null;
  readonly place: Place | null;
  readonly quote: string;
}

/** What happened in an article, before events are merged across articles. */
export interface ArticleEvent {
  readonly title: string;
  /** Null when the article gives no date at all: linking may date it by the event it joins. */
  readonly date: DateRange | null;
  readonly places: readonly Place[];
  /** Kind of action ("strikes", "withdrawal", "capture", "toll", ...). */
  readonly action: string;
  /** Indexes into the article's claims. */
  readonly claims: readonly number[];
  /** Background mentions ("liberated in March 2016") are not the article's main event. */
  readonly background: boolean;
  readonly sentence: number;
}

/** A place the text locates that the gazetteer lacks ("the village of X"), by the key of its bare name. */
export interface LocatedName {
  /** The name's words' folded keys, joined ("maitsebri" for "Mai Tsebri"). */
  readonly key: string;
  readonly words: number;
  readonly place: Place;
}

export interface ArticleFacts {
  readonly article: IngestedArticle;
  readonly published: string | null;
  readonly publishedInferred: boolean;
  readonly publishedEvidence: string | null;
  /** (The sentences are the extractors' working material: spans and indexes below point into them, but they are not kept.) */
  readonly dates: readonly DateMention[];
  readonly places: readonly PlaceMention[];
  /** Place ids, most central first. */
  readonly placeRanking: readonly string[];
  /** Where the report was filed, from its dateline ("BEIRUT (Reuters) -"), or null. */
  readonly filedFrom?: Place | null;
  /** Places only the headline names (in placeRanking, with no mention in the body). */
  readonly titlePlaces?: readonly Place[];
  readonly figures: readonly Figure[];
  readonly attributions: readonly Attribution[];
  readonly claims: readonly ArticleClaim[];
  /** Main event first. */
  readonly events: readonly ArticleEvent[];
  readonly diagnostics: readonly Diagnostic[];
  /** The collection's countries it was read in, its own text naming no town (link stage): every later reading keeps them. */
  readonly collectionFocus?: readonly string[];
  /** The places its text locates that the gazetteer lacks: other articles of the collection may name them bare. */
  readonly located?: readonly LocatedName[];
  /** The keys of the names it writes as places stand but could tie to no place (see findLocated). */
  readonly unplaced?: readonly string[];
  /** Places other articles of the collection locate that it names bare (link stage): every later reading keeps them. */
  readonly collectionPlaces?: readonly LocatedName[];
}
