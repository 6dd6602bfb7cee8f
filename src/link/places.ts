import type { Place } from '../model/types.ts';

/**
 * How two places stand to each other for linking: the very same place; one inside the
 * other (a town in its province: reports name the same strike at different precisions);
 * a country and a place in it (a country names too little to link by itself); or apart
 * (two towns, even of one province, are two places).
 */
export type PlaceRelation = 'same' | 'within' | 'country' | 'apart';

const AREAS: ReadonlySet<Place['kind']> = new Set(['governorate', 'region']);
/** Two towns or sites this close are one place named two ways (a gazetteer gives a named site its town's point). */
const SAME_SPOT_KM = 2;
/** A site this close to a town stands in it. */
const SITE_IN_TOWN_KM = 10;

/**
 * How place `a` stands to place `b`.
 * @example placeRelation(kramatorsk, donetskOblast) // 'within'
 * @example placeRelation(kramatorsk, sloviansk) // 'apart' (two towns of one province are two places)
 */
export function placeRelation(a: Place, b: Place): PlaceRelation {
  if (a.id === b.id) return 'same';
  if (!a.country || a.country !== b.country) return 'apart';
  if (a.kind === 'country' || b.kind === 'country') return 'country';
  if (isSpot(a) && isSpot(b)) {
    // A station or a market named several ways ("the station", "the railway station of X"),
    // a site and the town it stands in, or a town the gazetteer knows only by its province's
    // point: told apart by where they are, not by their names.
    const km = kilometres(a, b);
    if (km <= SAME_SPOT_KM) return a.kind === b.kind ? 'same' : 'within';
    if ((a.kind === 'site' || b.kind === 'site') && km <= SITE_IN_TOWN_KM) return 'within';
  }
  if (inArea(a, b) || inArea(b, a)) return 'within';
  // Two towns, or two provinces, or a town and another province: different places.
  return 'apart';
}

/**
 * The closest relation between any place of one report and any of an event. Two towns
 * never link through the province they share: where both name a town, one must match.
 * @example placesRelation([kramatorsk], [donetskOblast, kramatorsk]) // 'same'
 */
export function placesRelation(report: readonly Place[], event: readonly Place[]): PlaceRelation {
  // Where both name a town or a site, those decide: two towns never link through their province.
  // (Linking asks this for every candidate event: the places are skipped, not filtered into new lists.)
  const spotsOnly = report.some(isSpot) && event.some(isSpot);
  let best = APART;
  for (const a of report) {
    if (spotsOnly && !isSpot(a)) continue;
    for (const b of event) {
      if (spotsOnly && !isSpot(b)) continue;
      best = Math.min(best, RANK[placeRelation(a, b)]);
      if (best === SAME) return 'same';
    }
  }
  return ORDER[best]!;
}

/** A town and the province that holds it (the gazetteer gives a town its province's name as admin1). */
function inArea(spot: Place, area: Place): boolean {
  return isSpot(spot) && AREAS.has(area.kind) && !!spot.admin1 && spot.admin1 === area.admin1;
}

/** A town or a site (compared, not looked up in a set: linking asks this for every place of every candidate event). */
function isSpot(p: Place): boolean {
  return p.kind === 'city' || p.kind === 'site';
}

/** Relations from the closest; a relation's rank is its place here. */
const ORDER: readonly PlaceRelation[] = ['same', 'within', 'country', 'apart'];
const RANK: Readonly<Record<PlaceRelation, number>> = { same: 0, within: 1, country: 2, apart: 3 };
const SAME = RANK.same;
const APART = RANK.apart;

/**
 * Keys an event is filed under so that reports at other precisions find it: its own id,
 * and for a town or a province the province ("area:SY|Homs").
 * @example placeKeys(palmyra) // ['palmyra', 'area:SY|Homs']
 */
export function placeKeys(p: Place): string[] {
  if (p.kind === 'country' || !p.admin1 || !p.country) return [p.id];
  return [p.id, `area:${p.country}|${p.admin1}`];
}

/** Kilometres between two places' points (flat-earth approximation, good over a few dozen km). */
function kilometres(a: Place, b: Place): number {
  const dy = (a.lat - b.lat) * 110.57;
  const dx = (a.lon - b.lon) * 111.32 * Math.cos(((a.lat + b.lat) / 2) * (Math.PI / 180));
  return Math.hypot(dx, dy);
}
