/** One row of GeoNames cities500.txt, as far as dateline uses it. */
export interface GeoNamesCity {
  readonly id: number;
  readonly name: string;
  readonly asciiName: string;
  readonly alternateNames: readonly string[];
  readonly lat: number;
  readonly lon: number;
  readonly featureCode: string;
  readonly country: string;
  readonly admin1Code: string;
  readonly population: number;
  /** Its country's largest place, or its largest first-level seat (see `leadsItsCountry`). */
  readonly leading: boolean;
}

/** What one scan of cities500.txt gives. */
export interface ParsedCities {
  /** The rows kept (see keep). */
  readonly cities: readonly GeoNamesCity[];
  /** Every capital and first-level seat, kept or not: where countries and areas are put on the map. */
  readonly anchors: readonly GeoNamesCity[];
  /** Countries whose place names often start with an Arabic article ("Ar Raqqah", "Al Bab"). */
  readonly arabicNamed: ReadonlySet<string>;
}

/** Decides from the raw columns whether a row is kept; `leading` as GeoNamesCity.leading. */
export type KeepRow = (country: string, featureCode: string, population: number, leading: boolean) => boolean;

/** A country's largest population of any place and of a first-level seat. */
export interface Leaders {
  largest: number;
  largestSeat: number;
}

// Column numbers of the GeoNames dump (its readme: geonameid, name, asciiname, alternatenames, ...).
const COL_ID = 0;
const COL_NAME = 1;
const COL_ASCII = 2;
const COL_ALTERNATES = 3;
const COL_LAT = 4;
const COL_LON = 5;
const COL_FEATURE_CODE = 7;
const COL_COUNTRY = 8;
const COL_ADMIN1 = 10;
const COL_POPULATION = 14;
/** A name starting with a transliterated Arabic article ("Al Bab", "Ar-Raqqah", "As Sukhnah"). */
const ARABIC_ARTICLE_START = /(?:A[lrsdtzn]|Ash|Adh|Ath|E[lrsz])[ -]\p{Lu}/uy;
/** Share of a country's places named with an Arabic article from which its names carry articles. */
const ARABIC_NAMED_SHARE = 0.12;
/** Fewer places than this say nothing about a country's names. */
const ARABIC_NAMED_MIN_PLACES = 20;
const ANCHOR_CODES: ReadonlySet<string> = new Set(['PPLC', 'PPLA']);

/**
 * Reads the rows of cities500.txt that `keep` keeps, plus every capital and seat as anchors.
 * The 32 MB file is scanned as bytes and only kept rows are decoded as UTF-8,
 * which keeps loading to about 0.1 s.
 * @example parseCities(readFileSync(files.cities), keepAll).cities.find((c) => c.name === 'Aleppo')?.admin1Code // '09'
 */
export function parseCities(data: Buffer, keep: KeepRow, known?: ReadonlyMap<string, Leaders>): ParsedCities {
  const cities: GeoNamesCity[] = [];
  const anchors: GeoNamesCity[] = [];
  const places = new Map<string, number>();
  const arabic = new Map<string, number>();
  const text = data.toString('latin1'); // one char per byte: offsets are byte offsets
  const leaders = known ?? countryLeaders(text);
  for (const { pos, end, featureCode, country: cc, people } of rows(text)) {
    places.set(cc, (places.get(cc) ?? 0) + 1);
    ARABIC_ARTICLE_START.lastIndex = text.indexOf('\t', pos) + 1;
    if (ARABIC_ARTICLE_START.test(text)) arabic.set(cc, (arabic.get(cc) ?? 0) + 1);
    const leading = leadsItsCountry(leaders.get(cc), featureCode, people);
    const kept = keep(cc, featureCode, people, leading);
    if (kept || ANCHOR_CODES.has(featureCode)) {
      const city = toCity(data.toString('utf8', pos, end).split('\t'), leading);
      if (city && kept) cities.push(city);
      else if (city) anchors.push({ ...city, alternateNames: [] });
      if (city && kept && ANCHOR_CODES.has(city.featureCode)) anchors.push(city);
    }
  }
  const arabicNamed = new Set<string>();
  for (const [cc, n] of places) if (n >= ARABIC_NAMED_MIN_PLACES && (arabic.get(cc) ?? 0) / n >= ARABIC_NAMED_SHARE) arabicNamed.add(cc);
  return { cities, anchors, arabicNamed };
}

/** The value `skip` columns after the column starting at `from`, and where the next one starts. */
function column(text: string, from: number, end: number, skip: number): { value: string; next: number } {
  let p = from;
  for (let i = 0; i < skip && p <= end; i++) p = text.indexOf('\t', p) + 1 || end + 1;
  if (p > end) return { value: '', next: end + 1 };
  let stop = text.indexOf('\t', p);
  if (stop < 0 || stop > end) stop = end;
  return { value: text.slice(p, stop), next: p };
}

/**
 * The largest populations per country, in one pass over the rows' country, code and population
 * columns; a process that reads several parts from one file works them out once.
 * @example leadersOf(readFileSync(files.cities)).get('PS')?.largestSeat // 410000
 */
export function leadersOf(data: Buffer): Map<string, Leaders> {
  return countryLeaders(data.toString('latin1'));
}

function countryLeaders(text: string): Map<string, Leaders> {
  const leaders = new Map<string, Leaders>();
  for (const { featureCode, country, people } of rows(text)) {
    let l = leaders.get(country);
    if (!l) leaders.set(country, (l = { largest: 0, largestSeat: 0 }));
    if (people > l.largest) l.largest = people;
    if (featureCode === 'PPLA' && people > l.largestSeat) l.largestSeat = people;
  }
  return leaders;
}

/** Each row's bounds and the columns read before deciding on it. */
function* rows(text: string): Generator<{ pos: number; end: number; featureCode: string; country: string; people: number }> {
  let pos = 0;
  while (pos < text.length) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    const featureCode = column(text, pos, end, COL_FEATURE_CODE);
    const country = column(text, featureCode.next, end, COL_COUNTRY - COL_FEATURE_CODE);
    const people = Number(column(text, country.next, end, COL_POPULATION - COL_COUNTRY).value) || 0;
    yield { pos, end, featureCode: featureCode.value, country: country.value, people };
    pos = end + 1;
  }
}

/**
 * Whether a place leads its country: its largest place, or its largest first-level seat. Such a
 * place is known beyond its country even where it is not the capital (a country's largest city
 * where the capital is disputed, a divided territory's main city).
 */
function leadsItsCountry(leaders: Leaders | undefined, featureCode: string, population: number): boolean {
  if (!leaders || population <= 0) return false;
  return population === leaders.largest || (featureCode === 'PPLA' && population === leaders.largestSeat);
}

function toCity(cols: readonly string[], leading: boolean): GeoNamesCity | null {
  const id = Number(cols[COL_ID]);
  const lat = Number(cols[COL_LAT]);
  const lon = Number(cols[COL_LON]);
  const name = cols[COL_NAME] ?? '';
  if (!Number.isFinite(id) || !Number.isFinite(lat) || !Number.isFinite(lon) || !name) return null;
  const alternates = cols[COL_ALTERNATES] ?? '';
  return {
    id,
    name,
    asciiName: cols[COL_ASCII] || name,
    alternateNames: alternates ? alternates.split(',') : [],
    lat,
    lon,
    featureCode: cols[COL_FEATURE_CODE] ?? '',
    country: cols[COL_COUNTRY] ?? '',
    admin1Code: cols[COL_ADMIN1] ?? '',
    population: Number(cols[COL_POPULATION]) || 0,
    leading,
  };
}
