/**
 * The extraction pipeline: one table of steps, in the order they run. Each step is a
 * function of the article's context (src/extract/context.ts) and of what the steps it
 * needs found, and declares those needs; a test checks that every step comes after the
 * ones it needs. Nothing reads the clock, and no step keeps state between articles.
 */
import type { ArticleClaim, ArticleEvent, ArticleFacts, Attribution, DateMention, Diagnostic, Figure, IngestedArticle } from '../model/types.ts';
import { assembleClaims } from './claims.ts';
import { extractAttributions } from './claimants/index.ts';
import { asWrittenAbroad, byOwnerName } from './claimants/country-bodies.ts';
import { articleContext, type ArticleContext, type FoundOutside } from './context.ts';
import { extractDates } from './dates/index.ts';
import { findArticleEvents } from './events.ts';
import { capFigures } from './figure-cap.ts';
import { extractFigures } from './figures/index.ts';
import type { Lexicons } from './lexicons.ts';
import { countryWords, ownersOf, readArticlePlaces, type ArticlePlaces } from './places/index.ts';
import { knownPublication, type KnownPublication } from './publication.ts';
import { pushAll } from '../long-arrays.ts';

/** The publication date the steps after it read relative dates against. */
export interface Publication {
  /** Stated by the page, found outside it, or reasoned out; null when nothing dates the article. */
  readonly known: KnownPublication | null;
  /** The dates read against the date the page states (or none): the dates step keeps them when the reference is that date. */
  readonly againstPage: readonly DateMention[];
}

/** What each step finds, by step name. */
export interface StepOutputs {
  readonly publication: Publication;
  readonly dates: readonly DateMention[];
  /** Places, read with the countries the article is about, ranked by how central they are (headline, lead, count). */
  readonly places: ArticlePlaces;
  /** Every figure the sentences hold. */
  readonly figures: readonly Figure[];
  /** The figures kept (a pasted table of numbers gives more than any prose: only the first are kept), and the warning. */
  readonly keptFigures: { readonly figures: readonly Figure[]; readonly diagnostics: readonly Diagnostic[] };
  /** Who speaks in each sentence, carried into the sentences with figures that continue a statement. */
  readonly claimants: readonly Attribution[];
  /** Figure + claimant + date + place. */
  readonly claims: readonly ArticleClaim[];
  /** The article's events, main event first. */
  readonly events: readonly ArticleEvent[];
}

export type StepName = keyof StepOutputs;

/** One step: its name, the steps whose findings it reads, and the function that reads them. */
export interface Step<Name extends StepName = StepName, Needs extends StepName = StepName> {
  readonly name: Name;
  readonly needs: readonly Needs[];
  readonly run: (context: ArticleContext, found: Pick<StepOutputs, Needs>) => StepOutputs[Name];
}

/** A step, typed so that `run` may read only what `needs` names. */
function step<Name extends StepName, Needs extends StepName = never>(s: Step<Name, Needs>): Step<Name, Needs> {
  return s;
}

/** The pipeline, in the order it runs. */
export const STEPS: readonly Step[] = [
  // Dates first against the page's stated publication date (or none), then, when the page
  // states none, against the date the text or other reports let us reason out.
  step({ name: 'publication', needs: [], run: readPublication }),
  step({
    name: 'dates',
    needs: ['publication'],
    run: (ctx, { publication }) => {
      const reference = publication.known?.date ?? null;
      return reference === ctx.reference ? publication.againstPage : extractDates(ctx, reference);
    },
  }),
  step({ name: 'places', needs: [], run: readArticlePlaces }),
  step({ name: 'figures', needs: [], run: extractFigures }),
  step({ name: 'keptFigures', needs: ['figures'], run: (ctx, { figures }) => capFigures(figures, ctx.file) }),
  // A body that works in one country is read by its plain name only in articles about that country.
  step({
    name: 'claimants',
    needs: ['figures', 'places'],
    run: (ctx, found) =>
      byOwnerName(
        asWrittenAbroad(extractAttributions(ctx, found), found.places.focus, ctx.lexicons.registries.claimants, countryWords(ctx.lexicons.places([]))),
        () => ownersOf(found.places, ctx.lexicons),
      ),
  }),
  step({
    name: 'claims',
    needs: ['publication', 'dates', 'places', 'keptFigures', 'claimants'],
    run: (ctx, found) =>
      assembleClaims({
        sentences: ctx.sentences,
        dates: found.dates,
        places: found.places.body,
        placeRanking: found.places.ranking,
        figures: found.keptFigures.figures,
        attributions: found.claimants,
        reference: found.publication.known?.date ?? null,
        titlePlaces: found.places.title,
      }),
  }),
  step({
    name: 'events',
    needs: ['publication', 'dates', 'places', 'claims'],
    run: (ctx, found) =>
      findArticleEvents({
        title: ctx.title.text,
        titlePlaces: found.places.title,
        sentences: ctx.sentences,
        dates: found.dates,
        places: found.places.body,
        placeRanking: found.places.ranking,
        claims: found.claims,
        reference: found.publication.known?.date ?? null,
      }),
  }),
];

/**
 * The steps whose needs no earlier step meets, as "step needs need": empty for a table that can run in order.
 * @example unmetNeeds([step({ name: 'claims', needs: ['figures'], run })]) // ['claims needs figures']
 */
export function unmetNeeds(steps: readonly Step[]): string[] {
  const done = new Set<StepName>();
  const unmet: string[] = [];
  for (const s of steps) {
    for (const need of s.needs) if (!done.has(need)) unmet.push(`${s.name} needs ${need}`);
    done.add(s.name);
  }
  return unmet;
}

/** Runs one step (the bench's profile times each). */
export type StepRunner = <T>(name: StepName, run: () => T) => T;

/**
 * Runs the steps in order on one article's context; `runner` wraps each step's run.
 * @example runSteps(articleContext(article, lexicons)).figures.length // 3
 */
export function runSteps(context: ArticleContext, steps: readonly Step[] = STEPS, runner: StepRunner = (_, run) => run()): StepOutputs {
  return runStepsOver([context], steps, runner)[0] as StepOutputs;
}

/**
 * How many articles go through a step before the next step starts (see runStepsOver). Measured
 * on a 2-core machine, warm, ms per article for the steps: one at a time 1.40, in 8s 1.19, in 32s
 * 1.01, in 128s 1.08 (synthetic 1,000); FA-KES's 390 real articles 0.92, 0.73, 0.66, 0.71.
 */
export const STEP_BATCH = 32;

/**
 * Runs the steps over several articles' contexts, step by step: each step reads every article
 * before the next step starts. The result is the same as runSteps on each (no step keeps state
 * between articles), and it comes sooner: a step's code, the regular expressions it compiled
 * and the lexicon entries it looks up stay in the processor's caches from one article to the
 * next, where one article at a time pushed each step's out with the seven others'.
 * @example runStepsOver(contexts).map((found) => found.figures.length) // [3, 0, 5]
 */
export function runStepsOver(contexts: readonly ArticleContext[], steps: readonly Step[] = STEPS, runner: StepRunner = (_, run) => run()): StepOutputs[] {
  const found = contexts.map((): Partial<Record<StepName, unknown>> => ({}));
  for (const s of steps) {
    for (let k = 0; k < contexts.length; k++) {
      const context = contexts[k] as ArticleContext;
      const so = found[k] as Partial<Record<StepName, unknown>>;
      so[s.name] = runner(s.name, () => s.run(context, so as StepOutputs));
    }
  }
  return found as StepOutputs[];
}

/** What the link stage found outside the article (see FoundOutside): a date, places the collection locates. */
export type ExtractOptions = FoundOutside;

/**
 * Reads every fact out of one ingested article.
 * @example extractArticle(ingested, compileLexicons(registries)).claims.map((c) => c.figure.value)
 */
export function extractArticle(article: IngestedArticle, lexicons: Lexicons, options: ExtractOptions = {}): ArticleFacts {
  return extractInSteps([article], lexicons, options)[0] as ArticleFacts;
}

/**
 * Reads every fact out of several ingested articles, the same as extractArticle on each, in
 * less time: the steps run over them together (runStepsOver), STEP_BATCH at a time.
 * @example extractArticles([a, b], compileLexicons(registries)).length // 2
 */
export function extractArticles(articles: readonly IngestedArticle[], lexicons: Lexicons): ArticleFacts[] {
  const out: ArticleFacts[] = [];
  for (let i = 0; i < articles.length; i += STEP_BATCH) pushAll(out, extractInSteps(articles.slice(i, i + STEP_BATCH), lexicons, {}));
  return out;
}

function extractInSteps(articles: readonly IngestedArticle[], lexicons: Lexicons, outside: FoundOutside): ArticleFacts[] {
  // The extractors read English; from any other language they would invent facts.
  const english = articles.filter((article) => article.language === 'eng');
  const contexts = english.map((article) => articleContext(article, lexicons, outside));
  const found = runStepsOver(contexts);
  let k = 0;
  return articles.map((article) => {
    if (article.language !== 'eng') return withoutFacts(article);
    const n = k++;
    return factsOf(article, contexts[n] as ArticleContext, found[n] as StepOutputs);
  });
}

function factsOf(article: IngestedArticle, context: ArticleContext, found: StepOutputs): ArticleFacts {
  const known = found.publication.known;
  const places = found.places;
  // An article with nothing to date it by is still shown, but it cannot stand on the timeline: say so.
  const undated = context.sentences.length > 0 && !found.events.some((e) => e.date);
  return {
    article,
    published: known?.date ?? null,
    publishedInferred: known?.inferred ?? false,
    publishedEvidence: known?.evidence ?? null,
    dates: found.dates,
    places: places.body,
    placeRanking: places.ranking,
    filedFrom: places.filedFrom?.place ?? null,
    titlePlaces: places.titleOnly,
    located: places.located,
    unplaced: places.unplaced,
    figures: found.keptFigures.figures,
    attributions: found.claimants,
    claims: found.claims,
    events: found.events,
    diagnostics: [...article.diagnostics, ...found.keptFigures.diagnostics, ...(undated ? [undatedWarning(article.file)] : [])],
  };
}

/**
 * The publication date: the page's own, else (a dateline, an update date, or reasoned
 * out from the text's dates) the one the text gives, else one found outside the article.
 */
function readPublication(ctx: ArticleContext): Publication {
  const againstPage = extractDates(ctx, ctx.reference);
  if (ctx.reference !== null) return { known: { date: ctx.reference, evidence: ctx.published?.evidence ?? '', inferred: false }, againstPage };
  const known = ctx.assigned ?? knownPublication(ctx.sentences, againstPage, ctx.published, (reference) => extractDates(ctx, reference));
  return { known, againstPage };
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
