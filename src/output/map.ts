/**
 * The map of Syria and its neighbours, as geometry drawn at build time from
 * Natural Earth (world-atlas): country outlines as SVG path data, and place
 * marks sized by their number of events. No tiles, no request at view time.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export interface MapPlace {
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
  /** Syria itself is drawn a little darker. */
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
  /** Places that lie outside the area the map shows (Moscow, Geneva). */
  readonly offMap: readonly MapPlace[];
}

/** The area shown: Syria with Lebanon, and parts of Turkey, Iraq, Jordan, Israel and Cyprus. */
const WEST = 33.6;
const EAST = 43.4;
const SOUTH = 30.8;
const NORTH = 38.6;
const WIDTH = 600;
const SYRIA = 'Syria';
const MAX_LABELS = 7;
/** Rough width of a 12px label character, for keeping names apart. */
const CHAR_WIDTH = 7;
const LABELS: readonly { lon: number; lat: number; text: string; anchor: 'start' | 'middle' | 'end' }[] = [
  { lon: 40.3, lat: 34.75, text: 'SYRIA', anchor: 'middle' },
  { lon: 37.0, lat: 38.25, text: 'TURKEY', anchor: 'middle' },
  { lon: 42.3, lat: 33.2, text: 'IRAQ', anchor: 'middle' },
  { lon: 37.2, lat: 31.4, text: 'JORDAN', anchor: 'middle' },
  { lon: 35.05, lat: 33.55, text: 'LEBANON', anchor: 'end' },
];

let cached: { base: MapBase; projection: GeoProjection } | null = null;

/** Loads Natural Earth once and projects the region; later calls reuse it. */
function region(): { base: MapBase; projection: GeoProjection } {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const projection = geoMercator().fitWidth(WIDTH, { type: 'MultiPoint', coordinates: [[WEST, SOUTH], [EAST, NORTH]] });
  const [, top] = projection([WEST, NORTH]) ?? [0, 0];
  const [, bottom] = projection([WEST, SOUTH]) ?? [0, 0];
  const height = Math.round(bottom - top);
  projection.clipExtent([[0, 0], [WIDTH, height]]);
  const path = geoPath(projection).digits(1);
  const countries: MapCountry[] = [];
  for (const f of feature(topology, topology.objects.countries).features) {
    const d = path(f);
    if (!d) continue;
    const name = f.properties?.name ?? '';
    countries.push({ name, d, focus: name === SYRIA });
  }
  // Syria last, so its border is drawn over its neighbours'.
  countries.sort((a, b) => Number(a.focus) - Number(b.focus));
  const labels = LABELS.map((l) => {
    const [x, y] = projection([l.lon, l.lat]) ?? [0, 0];
    return { x: Math.round(x), y: Math.round(y), text: l.text, anchor: l.anchor };
  });
  cached = { base: { width: WIDTH, height, countries, labels }, projection };
  return cached;
}

/**
 * The map's outlines and labels, shared by every page that shows the map.
 * @example mapBase().countries.some((c) => c.name === 'Syria') // true
 */
export function mapBase(): MapBase {
  return region().base;
}

/**
 * Marks for places, sized by events (area grows with the count); `current` marks the page's own place.
 * @example mapMarks([{ id: 'palmyra', name: 'Palmyra', url: '/places/palmyra/', lat: 34.56, lon: 38.27, events: 3 }]).marks[0]?.r // 8.2
 */
export function mapMarks(places: readonly MapPlace[], current: string | null = null): MapMarks {
  const { base, projection } = region();
  const marks: MapMark[] = [];
  const offMap: MapPlace[] = [];
  for (const p of places) {
    const xy = p.lon >= WEST && p.lon <= EAST && p.lat >= SOUTH && p.lat <= NORTH ? projection([p.lon, p.lat]) : null;
    if (!xy || xy[0] < 0 || xy[0] > base.width || xy[1] < 0 || xy[1] > base.height) {
      offMap.push(p);
      continue;
    }
    const r = Math.round((3 + 3 * Math.sqrt(p.events)) * 10) / 10;
    const count = `${p.events} ${p.events === 1 ? 'event' : 'events'}`;
    marks.push({ id: p.id, name: p.name, x: Math.round(xy[0] * 10) / 10, y: Math.round(xy[1] * 10) / 10, r, url: p.url, label: `${p.name}: ${count}`, current: p.id === current, showLabel: false });
  }
  // Big marks first, so that small ones stay on top and clickable.
  marks.sort((a, b) => b.r - a.r || Number(a.current) - Number(b.current));
  const labelled = labelsApart([...marks].sort((a, b) => Number(b.current) - Number(a.current) || b.r - a.r));
  return { marks: marks.map((m) => (labelled.has(m.id) ? { ...m, showLabel: true } : m)), offMap };
}

/** Ids of the marks whose names fit beside them without overlapping a name already placed, in priority order. */
function labelsApart(byPriority: readonly MapMark[]): Set<string> {
  const boxes: { x0: number; x1: number; y0: number; y1: number }[] = [];
  const ids = new Set<string>();
  for (const m of byPriority) {
    if (ids.size >= MAX_LABELS) break;
    const box = { x0: m.x + m.r + 3, x1: m.x + m.r + 3 + m.name.length * CHAR_WIDTH, y0: m.y - 8, y1: m.y + 6 };
    if (boxes.some((b) => box.x0 < b.x1 && b.x0 < box.x1 && box.y0 < b.y1 && b.y0 < box.y1)) continue;
    boxes.push(box);
    ids.add(m.id);
  }
  return ids;
}
