/**
 * The place pages and the maps: a place's events, articles and figures, and every place
 * with events marked on one shared frame of the region.
 */
import { groupBy, groupByEach } from '../../group-by.ts';
import { figureCharts } from '../charts/figures-chart.ts';
import { type MapBase, mapBase, mapFrame, type MapMarks, mapMarks, type MapPlace } from '../map.ts';
import { PAGE_SIZE, pagedByPeriod } from '../paging.ts';
import { placeUrl } from '../urls.ts';
import type { ViewContext } from './context.ts';
import { type Keep, KEEP_NOTHING } from './keep.ts';
import { figurePoints } from './figure-points.ts';
import { claimDay, eventDay, publishedDays } from './period-days.ts';
import type { ArticleView, EventView, PlacePage, PlaceView } from './types.ts';

/** Places drawn on the map: a country or a region has no single point worth a mark. */
const MAPPED_KINDS: ReadonlySet<string> = new Set(['city', 'site', 'governorate']);
/**
 * The places a place page's map shows around its own, to find it by: those with the most
 * events. Few, and the same size: a page about one place is not remade whenever another
 * place gets an event (the home page's map shows them all, sized by their events).
 */
const LANDMARKS = 10;

export interface PlacesView {
  readonly places: PlaceView[];
  /** Outlines of the region, shared by every map. */
  readonly mapBase: MapBase;
  /** The home page's map marks: every place with events. */
  readonly map: MapMarks;
}

/**
 * Every place as its page shows it, in the data's order, and the maps.
 * @example placeViews(ctx, events).places[0]?.map.marks.length // 3
 */
export function placeViews({ data, links, claimsById, keep }: ViewContext, events: readonly EventView[]): PlacesView {
  const eventsByPlace = groupByEach(events, (e) => e.places.map((q) => q.id));
  const eventsAt = (id: string): EventView[] => eventsByPlace.get(id) ?? [];
  const claimsByPlace = groupBy(
    data.claims.filter((c) => c.place),
    (c) => c.place!,
  );
  const articlesByPlace = groupByEach(data.articles, (a) => a.places);
  const mapPlaces: MapPlace[] = data.places
    .filter((p) => MAPPED_KINDS.has(p.kind))
    .map((p) => ({ id: p.id, name: p.name, url: placeUrl(p.id), lat: p.lat, lon: p.lon, events: eventsAt(p.id).length, country: p.country }));
  const withEvents = mapPlaces.filter((p) => p.events > 0);
  // Each place's own map entry, found by id (the first with it, as a search of the list would).
  const mapPlaceOf = new Map<string, MapPlace>();
  for (const m of mapPlaces) if (!mapPlaceOf.has(m.id)) mapPlaceOf.set(m.id, m);
  /** A list as it was last build (the same object) when its items are the same. */
  const kept = <T>(kind: string, id: string, list: T[]): T[] => keep.part(kind, id, [list], () => list);
  // Every map is drawn from the places with events (the frame too): their text stands for them (when kept).
  let text: string | null = null;
  const marked = (): string => (text ??= JSON.stringify(withEvents));
  // One frame for every map of the site: wherever the collection's events are. It is kept as the
  // same object while its bounds are the same: an event added anywhere changes the counts it is
  // made from, but seldom the bounds, and every place's map is made from it.
  const made = mapFrame(withEvents);
  const frame = keep.keep(
    'map-frame',
    () => [JSON.stringify(made)],
    () => made,
  );
  // Most events first; ties in the data's order (a stable sort).
  const landmarks = [...withEvents].sort((a, b) => b.events - a.events).slice(0, LANDMARKS);
  // What a place page's map shows of them: not their counts, so that it changes only when the landmarks do.
  const landmarkText = JSON.stringify(landmarks.map(({ events: _, ...where }) => where));
  const places: PlaceView[] = data.places.map((p) => {
    const claims = kept(
      'place-claims',
      p.id,
      (claimsByPlace.get(p.id) ?? []).map((c) => claimsById.get(c.id)!),
    );
    const own = mapPlaceOf.get(p.id);
    const map = keep.part('place-map', p.id, [frame, landmarkText, own ? Object.values(own) : null], () =>
      mapMarks(own && !landmarks.includes(own) ? [...landmarks, own] : landmarks, own ? p.id : null, frame, { sized: false }),
    );
    const figures = keep.part('place-figures', p.id, [claims], () => figureCharts(figurePoints(claims)));
    const link = links.place(p.id);
    // The lists are kept on their own: a place is made again whenever its map is (when the
    // landmarks change), and its lists, the same objects, are not fingerprinted again.
    const here = kept('place-events', p.id, eventsAt(p.id));
    const articles = kept(
      'place-articles',
      p.id,
      (articlesByPlace.get(p.id) ?? []).map((a) => links.article(a.id)),
    );
    return keep.part('place', p.id, [link, p.admin1, p.country, p.kind, p.lat, p.lon, here, articles, claims, map, figures], () => ({
      ...link,
      admin1: p.admin1,
      country: p.country,
      kind: p.kind,
      lat: p.lat,
      lon: p.lon,
      events: here,
      articles,
      claims,
      map,
      figureCharts: figures,
    }));
  });
  return {
    places,
    mapBase: keep.keep(
      'map-base',
      () => [marked()],
      () => mapBase(frame),
    ),
    map: keep.keep(
      'map-home',
      () => [marked()],
      () => mapMarks(withEvents, null, frame),
    ),
  };
}

/**
 * Every page of every place: one when its lists are short, else its own page and a page per
 * period of its events, articles (by publication day; `articles` are the site's) and figures.
 * @example placePages(places, articles)[0]?.url // '/places/palmyra/'
 */
export function placePages(places: readonly PlaceView[], articles: readonly ArticleView[], keep: Keep = KEEP_NOTHING): PlacePage[] {
  const published = publishedDays(articles);
  return places.flatMap((place) => {
    // The days of its articles, which its links do not hold: a day that changes changes the pages.
    const articleDays = place.articles.map((a) => published.get(a.id) ?? null);
    // The pages are kept by the lists alone: a place made again for its map (any place's count of
    // events changes it) keeps its later pages, whose fingerprints are then not worked out again.
    const lists = keep.part('place-lists', place.id, [place.url, place.events, place.articles, place.claims, ...articleDays], () =>
      pagedByPeriod(
        place.url,
        {
          events: { items: place.events, size: PAGE_SIZE.events, dayOf: eventDay },
          articles: { items: place.articles, size: PAGE_SIZE.articles, dayOf: (_, i) => articleDays[i] ?? null },
          claims: { items: place.claims, size: PAGE_SIZE.claims, dayOf: claimDay },
        },
        { chunks: { keep, kind: 'place', id: place.id } },
      ),
    );
    return keep.part('place-pages', place.id, [place], () => lists.map((page) => ({ ...page, place })));
  });
}
