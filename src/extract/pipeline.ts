/**
 * The extraction pipeline, in the order it runs. Every step is a pure function
 * of the article and what the steps before it found; nothing reads the clock.
 */
import type { ArticleFacts, Diagnostic, ExtractContext, IngestedArticle, Registries } from '../model/types.ts';
import { assembleClaims } from './claims.ts';
import { extractAttributions } from './claimants/index.ts';
import { asWrittenAbroad } from './claimants/country-bodies.ts';
import { extractDates } from './dates/index.ts';
import { findArticleEvents } from './events.ts';
import { capFigures } from './figure-cap.ts';
import { extractFigures } from './figures/index.ts';
import { countryWords, readArticlePlaces } from './places/index.ts';
import { knownPublication } from './publication.ts';
import { splitSentences } from './sentences.ts';

/**
 * Reads every fact out of one ingested article.
 * @example extractArticle(ingested, registries).claims.map((c) => c.figure.value)
 */
export interface ExtractOptions {
  /**
   * A publication date found outside the article (the link stage's match with dated
   * reports): used only when the page states none.
   */
  readonly assigned?: { readonly date: string; readonly evidence: string; readonly inferred: boolean };
}

export function extractArticle(article: IngestedArticle, registries: Registries, options: ExtractOptions = {}): ArticleFacts {
  const sentences = splitSentences(article.body);
  // The extractors read English; from any other language they would invent facts.
  if (article.language !== 'eng') return withoutFacts(article);

  // 1. dates, first against the page's stated publication date (or none) ...
  const page = article.published && !article.published.updated ? article.published : null;
  const firstPass = extractDates(sentences, { reference: page?.date ?? null, registries });
  // 2. ... then, when the page states none, against the date the text or other reports let us reason out.
  const known = page
    ? { date: page.date, evidence: page.evidence, inferred: false }
    : (options.assigned ?? knownPublication(sentences, firstPass, article.published, (reference) => extractDates(sentences, { reference, registries })));
  const reference = known?.date ?? null;
  const ctx: ExtractContext = { reference, registries };
  const dates = reference === (page?.date ?? null) ? firstPass : extractDates(sentences, ctx);

  // 3. places, read with the countries the article is about, ranked by how central they are (headline, lead, count)
  const titleSentence = { index: -1, span: [0, article.title.length] as const, text: article.title };
  const {
    focus,
    body: places,
    ranking: placeRanking,
    filedFrom,
    titleOnly,
    title: titlePlaces,
  } = readArticlePlaces(titleSentence, sentences, ctx, article.source?.name ?? null);

  // 4. figures and who claims them
  // (a pasted table of numbers gives more figures than any prose: only the first are kept)
  const { figures, diagnostics: capped } = capFigures(extractFigures(sentences, ctx), article.file);
  // (a body that works in one country is read by its plain name only in articles about that country)
  const attributions = asWrittenAbroad(extractAttributions(sentences, ctx), focus, registries.claimants, countryWords(registries));

  // 5. claims (figure + claimant + date + place) and the article's events
  const claims = assembleClaims({ sentences, dates, places, placeRanking, figures, attributions, reference, titlePlaces });
  const events = findArticleEvents({ title: article.title, titlePlaces, sentences, dates, places, placeRanking, claims, reference });
  // An article with nothing to date it by is still shown, but it cannot stand on the timeline: say so.
  const undated = sentences.length > 0 && !events.some((e) => e.date);

  return {
    article,
    published: reference,
    publishedInferred: known?.inferred ?? false,
    publishedEvidence: known?.evidence ?? null,
    dates,
    places,
    placeRanking,
    filedFrom: filedFrom?.place ?? null,
    titlePlaces: titleOnly,
    figures,
    attributions,
    claims,
    events,
    diagnostics: [...article.diagnostics, ...capped, ...(undated ? [undatedWarning(article.file)] : [])],
  };
}

function undatedWarning(file: string): Diagnostic {
  const message =
    'no publication date and nothing that dates it (no date line, dateline or dated address, no dated happening in the text, no figure shared with a dated report): it is not on the timeline. Add "published: YYYY-MM-DD" to its front matter';
  const hint = 'add "published: YYYY-MM-DD" to its front matter, or a "url:" with the date in it, or paste the page with its date line';
  return { file, severity: 'warning', code: 'undated', message, hint };
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
