import type { ArticleClaim, ArticleEvent, ArticleFacts, DateRange, Figure, Place } from '../../src/model/types.ts';

/** A point for a test place, from its id: different places stand apart (linking tells places by where they are). */
const pointOf = (id: string): number => [...id].reduce((n, ch) => (n * 31 + ch.charCodeAt(0)) % 1000, 7) / 100;

export const place = (id: string, kind: Place['kind'] = 'city'): Place => ({
  id,
  name: id[0]!.toUpperCase() + id.slice(1),
  admin1: null,
  country: 'SY',
  lat: 30 + pointOf(id),
  lon: 30 + pointOf(`${id}.`),
  kind,
});

export const range = (start: string, end = start, precision: DateRange['precision'] = start === end ? 'day' : 'days'): DateRange => ({
  start,
  end,
  precision,
});

export const figure = (value: number | null, category: Figure['category'], what: string, qualifier: Figure['qualifier'] = 'exact'): Figure => ({
  span: [0, 1],
  text: String(value),
  sentence: 0,
  value,
  vague: null,
  qualifier,
  category,
  what,
});

export const claim = (f: Figure, claimant: string | null, date: DateRange | null, where: Place | null): ArticleClaim => ({
  figure: f,
  claimant: claimant ? { id: claimant, name: claimant } : null,
  date,
  place: where,
  quote: 'q',
});

export const event = (date: DateRange, places: Place[], action = 'strikes', claims: number[] = [], background = false): ArticleEvent => ({
  title: 't',
  date,
  places,
  action,
  claims,
  background,
  sentence: 0,
});

/** A minimal article's facts: just what linking reads. */
export function facts(id: string, published: string, events: ArticleEvent[], claims: ArticleClaim[] = [], source = 'outlet'): ArticleFacts {
  return {
    article: {
      id,
      file: `content/articles/${id}.txt`,
      hash: id,
      title: `Article ${id}`,
      body: 'x',
      teasers: [],
      source: { id: source, name: source, evidence: 'test' },
      url: null,
      language: 'eng',
      published: { date: published, evidence: 'test' },
      diagnostics: [],
    },
    published,
    publishedInferred: false,
    publishedEvidence: 'test',
    dates: [],
    places: [],
    placeRanking: [],
    figures: claims.map((c) => c.figure),
    attributions: [],
    claims,
    events,
    diagnostics: [],
  };
}
