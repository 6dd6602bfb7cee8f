/**
 * The map of wherever the collection's events are, as geometry drawn at build
 * time from Natural Earth (world-atlas): the frame from the places' coordinates,
 * country outlines as SVG path data, and place marks sized by their number of
 * events. No tiles, no request at view time.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Geometry } from 'geojson';
// The library without its 79 languages' names (its main entry loads them all, 45 ms): only codes are used here.
import isoCountries from 'i18n-iso-countries/index.js';
import { maxOf, minOf } from '../long-arrays.ts';
import { packageVersion } from '../package-version.ts';

const alpha2ToNumeric = (code: string): string | undefined => isoCountries.alpha2ToNumeric(code);

export interface MapPlace {
  readonly country?: string | null;
  readonly id: string;
  readonly name: string;
  readonly url: string;
  readonly lat: number;
  readonly lon: number;
  readonly events: number;
}

export interface MapCountry {
  readonly name: string;
  readonly d: string;
  /** The country most events are in is drawn a little darker. */
  readonly focus: boolean;
}

export interface MapMark {
  readonly id: string;
  readonly name: string;
  readonly x: number;
  readonly y: number;
  readonly r: number;
  readonly url: string;
  readonly label: string;
  readonly current: boolean;
  /** Whether its name is written beside it: the page's place and the biggest marks, never over another name. */
  readonly showLabel: boolean;
}

export interface MapBase {
  readonly width: number;
  readonly height: number;
  readonly countries: readonly MapCountry[];
  readonly labels: readonly { x: number; y: number; text: string; anchor: 'start' | 'middle' | 'end' }[];
}

export interface MapMarks {
  readonly marks: readonly MapMark[];
  /** Whether the marks grow with their places' events (else every mark is the same size, and only the page's own place says its count). */
  readonly sized: boolean;
  /** Places that lie outside the area the map shows (Moscow, Geneva). */
  readonly offMap: readonly MapPlace[];
}

/** The map's width in SVG units; its height follows the area shown. */
const WIDTH = 600;
/** The tallest map, as a share of its width: a frame taller than this is widened. */
const MAX_HEIGHT_SHARE = 1.1;
/** The shortest map, as a share of its width: a flatter frame is made taller. */
const MIN_HEIGHT_SHARE = 0.55;
const MAX_LABELS = 7;
/** Country names written on the map, at most. */
const MAX_COUNTRY_LABELS = 6;
/** Rough width of a 12px label character, for keeping names apart. */
const CHAR_WIDTH = 7;
/** Places outside the focus country and farther than this from the collection's centre are listed off the map rather than stretching it. */
const CORE_RADIUS_KM = 400;
/** The least span shown (degrees of latitude), so one place still has its surroundings. */
const MIN_SPAN_DEG = 3;
/** Margin around the places, as a share of their span. */
const PADDING = 0.25;
const EARTH_RADIUS_KM = 6371;
/** With nothing to show, a frame on the Mediterranean's east (any frame would do). */
const EMPTY_FRAME: Frame = { west: 30, east: 45, south: 28, north: 40, focusCountry: null };

/** The area a map shows, from the places on it, and the country most of their events are in. */
export interface Frame {
  readonly west: number;
  readonly east: number;
  readonly south: number;
  readonly north: number;
  /** ISO 3166-1 numeric code (world-atlas feature id) of the country drawn darker, or null. */
  readonly focusCountry: string | null;
}

/** A place as the frame weighs it. */
export interface FramedPlace {
  readonly lat: number;
  readonly lon: number;
  readonly events: number;
  /** ISO 3166-1 alpha-2 code, or null. */
  readonly country?: string | null;
}

/**
 * The area to show: the places of the country most events are in, and every other place within
 * CORE_RADIUS_KM of the event-weighted centre, padded, and never flatter or taller than a page can show.
 * @example mapFrame([{ lat: 48.7, lon: 37.6, events: 3, country: 'UA' }]).focusCountry // '804'
 */
export function mapFrame(places: readonly FramedPlace[]): Frame {
  const weighted = places.filter((p) => p.events > 0 && Number.isFinite(p.lat) && Number.isFinite(p.lon));
  if (weighted.length === 0) return EMPTY_FRAME;
  const centre = weightedMedian(weighted);
  const country = focusCountryOf(weighted);
  const core = weighted.filter((p) => (p.country && p.country === country) || distanceKm(p, centre) <= CORE_RADIUS_KM);
  const lats = core.map((p) => p.lat);
  const lons = core.map((p) => p.lon);
  let south = minOf(lats);
  let north = maxOf(lats);
  let west = minOf(lons);
  let east = maxOf(lons);
  const latPad = Math.max(MIN_SPAN_DEG - (north - south), 0) / 2 + (north - south) * PADDING;
  south -= latPad;
  north += latPad;
  // A degree of longitude is shorter away from the equator: pad it so the frame keeps its shape.
  const lonScale = Math.cos(((south + north) / 2) * (Math.PI / 180));
  const lonPad = Math.max(MIN_SPAN_DEG / lonScale - (east - west), 0) / 2 + (east - west) * PADDING;
  west -= lonPad;
  east += lonPad;
  [west, east, south, north] = keepShape(west, east, south, north, lonScale);
  return { west, east, south, north, focusCountry: country ? (alpha2ToNumeric(country) ?? null) : null };
}

/** Widens or heightens the frame so that its height stays between MIN and MAX_HEIGHT_SHARE of its width. */
function keepShape(west: number, east: number, south: number, north: number, lonScale: number): [number, number, number, number] {
  const width = (east - west) * lonScale;
  const height = north - south;
  if (height > width * MAX_HEIGHT_SHARE) {
    const grow = (height / MAX_HEIGHT_SHARE - width) / lonScale / 2;
    return [west - grow, east + grow, south, north];
  }
  if (height < width * MIN_HEIGHT_SHARE) {
    const grow = (width * MIN_HEIGHT_SHARE - height) / 2;
    return [west, east, Math.max(-80, south - grow), Math.min(80, north + grow)];
  }
  return [west, east, south, north];
}

function weightedMedian(places: readonly FramedPlace[]): { lat: number; lon: number } {
  const median = (key: 'lat' | 'lon'): number => {
    const sorted = [...places].sort((a, b) => a[key] - b[key]);
    const half = sorted.reduce((n, p) => n + p.events, 0) / 2;
    let seen = 0;
    for (const p of sorted) {
      seen += p.events;
      if (seen >= half) return p[key];
    }
    return sorted.at(-1)?.[key] ?? 0;
  };
  return { lat: median('lat'), lon: median('lon') };
}

function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The country with the most events (ISO alpha-2), or null. */
function focusCountryOf(places: readonly FramedPlace[]): string | null {
  const events = new Map<string, number>();
  for (const p of places) if (p.country) events.set(p.country, (events.get(p.country) ?? 0) + p.events);
  return [...events].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null;
}

/** Natural Earth's countries at 1:50m, as TopoJSON. */
const ATLAS = 'world-atlas/countries-50m.json';
let topology: Topology<{ countries: GeometryCollection<{ name: string }> }> | null = null;

/**
 * Degrees around the frame within which a country may show on the map. The sides of Natural
 * Earth's shapes are short, so the arcs drawn between their corners stray much less than this
 * beyond the corners' extent.
 */
const NEAR_DEG = 3;

/** Whether any corner of a shape lies within NEAR_DEG of the frame, or the shape's corners lie about it (a shape around it, or across the 180th meridian: drawn, to be safe). */
function nearFrame(geometry: Geometry | null, frame: Frame): boolean {
  if (!geometry) return false;
  // A frame across the 180th meridian (or not a frame of numbers): every shape is drawn.
  const { west: w, east: e, south: s, north: n } = frame;
  if (![w, e, s, n].every(Number.isFinite) || w - NEAR_DEG < -180 || e + NEAR_DEG > 180) return true;
  let west = Infinity;
  let east = -Infinity;
  let south = Infinity;
  let north = -Infinity;
  const visit = (coordinates: unknown): void => {
    if (typeof (coordinates as number[])[0] === 'number') {
      const [lon, lat] = coordinates as [number, number];
      if (lon < west) west = lon;
      if (lon > east) east = lon;
      if (lat < south) south = lat;
      if (lat > north) north = lat;
      return;
    }
    for (const c of coordinates as unknown[]) visit(c);
  };
  if (geometry.type === 'GeometryCollection') return true;
  visit(geometry.coordinates);
  // A shape across the 180th meridian has corners near both ends of the longitudes.
  if (east - west > 180) return true;
  return west <= e + NEAR_DEG && east >= w - NEAR_DEG && south <= n + NEAR_DEG && north >= s - NEAR_DEG;
}
const regions = new Map<string, { base: MapBase; projection: GeoProjection; frame: Frame }>();
/** Outlines drawn for a frame (by its key), here or by an earlier process (see knownMapBases). */
const bases = new Map<string, MapBase>();

/**
 * The outlines drawn in this process or handed in, by frame: a build keeps them on disk, so
 * that the next one, in a new process, does not project Natural Earth again for the same
 * frame (a tenth of a second). They are the same for the same frame and the same code and
 * data: mapCodeVersion names both.
 * @example mapBasesMade().size // 1 once a map is drawn
 */
export function mapBasesMade(): ReadonlyMap<string, MapBase> {
  return bases;
}

/**
 * Hands in outlines an earlier process drew (mapBasesMade), for frames not drawn here yet.
 * @example knownMapBases(JSON.parse(text).bases)
 */
export function knownMapBases(entries: Iterable<readonly [string, MapBase]>): void {
  for (const [key, base] of entries) if (!bases.has(key)) bases.set(key, base);
}

/**
 * What the outlines are made from: this file's code and the versions of the map data and
 * the packages that project and draw it.
 * @example mapCodeVersion() // 'Pq3…='
 */
export function mapCodeVersion(): string {
  codeVersion ??= codeVersionNow();
  return codeVersion;
}

let codeVersion: string | null = null;

function codeVersionNow(): string {
  const require = createRequire(import.meta.url);
  const hash = createHash('sha1').update(readFileSync(fileURLToPath(import.meta.url)));
  hash.update(readFileSync(require.resolve(ATLAS)));
  for (const name of ['d3-geo', 'topojson-client']) hash.update(`\0${name}@${packageVersion(name)}`);
  return hash.digest('base64');
}

/** Projects the frame; its outlines are drawn once, or taken from those handed in (knownMapBases). */
function region(frame: Frame): { base: MapBase; projection: GeoProjection; frame: Frame } {
  const key = JSON.stringify(frame);
  const had = regions.get(key);
  if (had) return had;
  const { west, east, south, north } = frame;
  const projection = geoMercator().fitWidth(WIDTH, {
    type: 'MultiPoint',
    coordinates: [
      [west, south],
      [east, north],
    ],
  });
  const [, top] = projection([west, north]) ?? [0, 0];
  const [, bottom] = projection([west, south]) ?? [0, 0];
  const height = Math.round(bottom - top);
  projection.clipExtent([
    [0, 0],
    [WIDTH, height],
  ]);
  let base = bases.get(key);
  if (!base) {
    base = outlines(frame, projection, height);
    bases.set(key, base);
  }
  const made = { base, projection, frame };
  regions.set(key, made);
  return made;
}

/** The countries near the frame, drawn, and the biggest ones' names. */
function outlines(frame: Frame, projection: GeoProjection, height: number): MapBase {
  const require = createRequire(import.meta.url);
  topology ??= JSON.parse(readFileSync(require.resolve(ATLAS), 'utf8')) as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  const path = geoPath(projection).digits(1);
  const countries: MapCountry[] = [];
  const labels: { x: number; y: number; text: string; anchor: 'start' | 'middle' | 'end'; area: number }[] = [];
  for (const f of feature(topology, topology.objects.countries).features) {
    // Projecting and clipping every country of the world took most of a second: only those near the frame are drawn.
    if (!nearFrame(f.geometry, frame)) continue;
    const d = path(f);
    if (!d) continue;
    const name = f.properties?.name ?? '';
    countries.push({ name, d, focus: frame.focusCountry !== null && String(f.id) === frame.focusCountry });
    const [x, y] = path.centroid(f);
    const area = path.area(f);
    if (Number.isFinite(x) && Number.isFinite(y) && x > 0 && x < WIDTH && y > 0 && y < height) {
      labels.push({ x: Math.round(x), y: Math.round(y), text: name.toUpperCase(), anchor: 'middle', area });
    }
  }
  // The focus country last, so its border is drawn over its neighbours'.
  countries.sort((a, b) => Number(a.focus) - Number(b.focus));
  const shown = labels.sort((a, b) => b.area - a.area || (a.text < b.text ? -1 : 1)).slice(0, MAX_COUNTRY_LABELS);
  return { width: WIDTH, height, countries, labels: shown.map(({ area: _area, ...l }) => l) };
}

/**
 * The map's outlines and labels for a frame, shared by every page that shows the map.
 * @example mapBase(mapFrame(places)).countries.some((c) => c.name === 'Ukraine') // true
 */
export function mapBase(frame: Frame = EMPTY_FRAME): MapBase {
  return region(frame).base;
}

/** The radius of every mark of a map whose marks are not sized by events. */
const PLAIN_RADIUS = 4.5;

/**
 * Marks for places, sized by events (area grows with the count) unless `sized` is false;
 * `current` marks the page's own place.
 * @example mapMarks([{ id: 'palmyra', name: 'Palmyra', url: '/places/palmyra/', lat: 34.56, lon: 38.27, events: 3 }]).marks[0]?.r // 8.2
 */
export function mapMarks(
  places: readonly MapPlace[],
  current: string | null = null,
  frame: Frame = mapFrame(places),
  { sized = true }: { readonly sized?: boolean } = {},
): MapMarks {
  const { base, projection } = region(frame);
  const { west: WEST, east: EAST, south: SOUTH, north: NORTH } = frame;
  const marks: MapMark[] = [];
  const offMap: MapPlace[] = [];
  for (const p of places) {
    const xy = p.lon >= WEST && p.lon <= EAST && p.lat >= SOUTH && p.lat <= NORTH ? projection([p.lon, p.lat]) : null;
    if (!xy || xy[0] < 0 || xy[0] > base.width || xy[1] < 0 || xy[1] > base.height) {
      offMap.push(p);
      continue;
    }
    const r = sized ? Math.round((3 + 3 * Math.sqrt(p.events)) * 10) / 10 : PLAIN_RADIUS;
    const count = `${p.events} ${p.events === 1 ? 'event' : 'events'}`;
    marks.push({
      id: p.id,
      name: p.name,
      x: Math.round(xy[0] * 10) / 10,
      y: Math.round(xy[1] * 10) / 10,
      r,
      url: p.url,
      label: sized || p.id === current ? `${p.name}: ${count}` : p.name,
      current: p.id === current,
      showLabel: false,
    });
  }
  // Big marks first, so that small ones stay on top and clickable.
  marks.sort((a, b) => b.r - a.r || Number(a.current) - Number(b.current));
  const labelled = labelsApart(
    [...marks].sort((a, b) => Number(b.current) - Number(a.current) || b.r - a.r),
    base.width,
  );
  return { marks: marks.map((m) => (labelled.has(m.id) ? { ...m, showLabel: true } : m)), sized, offMap };
}

/** Ids of the marks whose names fit beside them without overlapping a name already placed, in priority order. */
function labelsApart(byPriority: readonly MapMark[], width: number): Set<string> {
  const boxes: { x0: number; x1: number; y0: number; y1: number }[] = [];
  const ids = new Set<string>();
  for (const m of byPriority) {
    if (ids.size >= MAX_LABELS) break;
    const box = { x0: m.x + m.r + 3, x1: m.x + m.r + 3 + m.name.length * CHAR_WIDTH, y0: m.y - 8, y1: m.y + 6 };
    // A name that would run off the map's edge is left to the mark's title (the frame follows the places, not their names).
    if (box.x1 > width) continue;
    if (boxes.some((b) => box.x0 < b.x1 && b.x0 < box.x1 && box.y0 < b.y1 && b.y0 < box.y1)) continue;
    boxes.push(box);
    ids.add(m.id);
  }
  return ids;
}
