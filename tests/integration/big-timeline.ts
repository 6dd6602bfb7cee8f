/**
 * A generated timeline (schema-valid) long enough that every list is paged: more events
 * than the home page lists (so the timeline goes by year), more articles than one index
 * page holds, a place, an outlet and a claimant with hundreds of events and figures, and a
 * second place whose lists are short except its events.
 */
import { timelineSchema, type ArticleRecord, type ClaimRecord, type EventRecord, type TimelineData } from '../../src/model/schema.ts';

/** One article, event and figure each; every 10th at Homs, the rest at Aleppo. */
export const BIG_SIZE = 620;

const day = (i: number): string => new Date(Date.UTC(2016, 0, 1 + 2 * i)).toISOString().slice(0, 10);

export function bigTimeline(n = BIG_SIZE): TimelineData {
  const articles: ArticleRecord[] = [];
  const events: EventRecord[] = [];
  const claims: ClaimRecord[] = [];
  for (let i = 0; i < n; i++) {
    const id = `a${String(i).padStart(4, '0')}`;
    const place = i % 10 === 0 ? 'homs' : 'aleppo';
    const name = place === 'homs' ? 'Homs' : 'Aleppo';
    const source = i % 2 ? 'wire-b' : 'wire-a';
    const published = day(i);
    const figure = String(i + 1);
    const body = `Monitors said ${figure} people were killed in ${name} on day ${i}.`;
    const start = body.indexOf(figure);
    const span: [number, number] = [start, start + figure.length];
    const claimId = `${id}-1`;
    const eventId = `e${String(i).padStart(4, '0')}`;
    claims.push({
      id: claimId,
      article: id,
      value: i + 1,
      qualifier: 'exact',
      category: 'killed',
      what: 'people',
      claimant: 'mod',
      place,
      date: { start: published, end: published, precision: 'day' },
      event: eventId,
      group: null,
      quote: body,
      span,
      text: figure,
      vague: null,
      source,
      published,
    });
    events.push({
      id: eventId,
      title: `Strikes on ${name}, day ${i}`,
      date: { start: published, end: published, precision: 'day' },
      places: [place],
      articles: [id],
      claims: [claimId],
      action: 'strikes',
      sources: [source],
    });
    articles.push({
      id,
      file: `content/articles/${id}.txt`,
      title: `Report ${i} from ${name}`,
      source,
      published,
      publishedInferred: false,
      places: [place],
      events: [eventId],
      url: null,
      language: 'eng',
      publishedEvidence: 'dateline',
      sourceEvidence: 'front matter',
      body,
      teasers: [],
      marks: [{ kind: 'figure', span, ref: claimId, title: `${figure} people` }],
      claims: [claimId],
      warnings: [],
    });
  }
  return timelineSchema.parse({
    articles,
    sources: [
      { id: 'wire-a', name: 'Wire A' },
      { id: 'wire-b', name: 'Wire B' },
    ],
    claimants: [{ id: 'mod', name: 'Defence Ministry', aliases: ['MoD'] }],
    places: [
      { id: 'aleppo', name: 'Aleppo', admin1: 'Aleppo', country: 'SY', lat: 36.2012, lon: 37.1612, kind: 'city' },
      { id: 'homs', name: 'Homs', admin1: 'Homs', country: 'SY', lat: 34.7268, lon: 36.7234, kind: 'city' },
    ],
    events,
    claims,
    groups: [],
    disagreements: [],
    diagnostics: [],
  } satisfies TimelineData);
}
