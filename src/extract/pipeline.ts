/**
 * The extraction pipeline, in the order it runs. Every step is a pure function
 * of the article and what the steps before it found; nothing reads the clock.
 */
import type { ArticleFacts, Diagnostic, ExtractContext, IngestedArticle, Registries } from '../model.ts';
import { assembleClaims } from './claims.ts';
import { extractAttributions } from './claimants/index.ts';
import { extractDates } from './dates/index.ts';
import { findArticleEvents } from './events.ts';
import { capFigures } from './figure-cap.ts';
import { extractFigures } from './figures/index.ts';
import { extractPlaces, rankPlaces } from './places/index.ts';
import { inferPublication } from './publication.ts';
import { splitSentences } from './sentences.ts';

/**
 * Reads every fact out of one ingested article.
 * @example extractArticle(ingested, registries).claims.map((c) => c.figure.value)
 */
export function extractArticle(article: IngestedArticle, registries: Registries): ArticleFacts {
  const sentences = splitSentences(article.body);
  // The extractors read English; from any other language they would invent facts.
  if (article.language !== 'eng') return withoutFacts(article);

  // 1. dates, first against the stated publication date (or none) ...
  const stated = article.published?.date ?? null;
  const firstPass = extractDates(sentences, { reference: stated, registries });
  // 2. ... then, when none is stated, against the date the text lets us reason out.
  const inferred = stated === null ? inferPublication(sentences, firstPass) : null;
  const reference = stated ?? inferred?.date ?? null;
  const ctx: ExtractContext = { reference, registries };
  const dates = inferred ? extractDates(sentences, ctx) : firstPass;

  // 3. places, ranked by how central they are (headline, lead, count)
  const titleSentence = { index: -1, span: [0, article.title.length] as const, text: article.title };
  const titlePlaces = extractPlaces([titleSentence], ctx);
  const places = extractPlaces(sentences, ctx);
  const placeRanking = rankPlaces(titlePlaces, places);

  // 4. figures and who claims them
  // (a pasted table of numbers gives more figures than any prose: only the first are kept)
  const { figures, diagnostics: capped } = capFigures(extractFigures(sentences, ctx), article.file);
  const attributions = extractAttributions(sentences, ctx);

  // 5. claims (figure + claimant + date + place) and the article's events
  const claims = assembleClaims({ sentences, dates, places, placeRanking, figures, attributions, reference });
  const events = findArticleEvents({ title: article.title, sentences, dates, places, placeRanking, claims, reference });
  // An article with nothing to date it by is still shown, but it cannot stand on the timeline: say so.
  const undated = events.length === 0 && sentences.length > 0;

  return {
    article,
    published: reference,
    publishedInferred: stated === null && inferred !== null,
    publishedEvidence: article.published?.evidence ?? inferred?.evidence ?? null,
    dates,
    places,
    placeRanking,
    figures,
    attributions,
    claims,
    events,
    diagnostics: [...article.diagnostics, ...capped, ...(undated ? [undatedWarning(article.file)] : [])],
  };
}

function undatedWarning(file: string): Diagnostic {
  const message = 'no publication date, and no date in the text that says when things happened: the article is not on the timeline';
  return { file, severity: 'warning', code: 'undated', message };
}

function withoutFacts(article: IngestedArticle): ArticleFacts {
  return {
    article,
    published: article.published?.date ?? null,
    publishedInferred: false,
    publishedEvidence: article.published?.evidence ?? null,
    dates: [],
    places: [],
    placeRanking: [],
    figures: [],
    attributions: [],
    claims: [],
    events: [],
    diagnostics: article.diagnostics,
  };
}
