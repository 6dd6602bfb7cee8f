import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { claimsCsv, claimsCsvPieces, csvCell, eventsCsv, toCsv } from '../../src/output/csv.ts';
import { piecesText } from '../../src/output/file-pieces.ts';
import { KeptTexts } from '../../src/output/kept-texts.ts';
import { atomFeed, jsonFeed, xmlEscape } from '../../src/output/feeds.ts';
import { sitemap } from '../../src/output/sitemap.ts';
import { buildView } from '../../src/output/view/index.ts';
import { fixtureTimeline } from '../browser/fixture-timeline.ts';

const view = buildView(fixtureTimeline());

describe('CSV downloads', () => {
  test('quote cells with commas, quotes and line breaks as RFC 4180 asks', () => {
    assert.equal(toCsv(['a', 'b'], [[1, 'x, "y"\nz']]), 'a,b\r\n1,"x, ""y""\nz"\r\n');
  });

  test('defuse text that a spreadsheet would run as a formula', () => {
    assert.equal(csvCell('=HYPERLINK("http://evil.example")'), '"\'=HYPERLINK(""http://evil.example"")"');
    assert.equal(csvCell('+1'), "'+1");
    assert.equal(csvCell('-1'), "'-1");
    assert.equal(csvCell('@SUM(A1)'), "'@SUM(A1)");
  });

  test('leave numbers, empty cells and plain text alone', () => {
    assert.equal(csvCell(-3), '-3');
    assert.equal(csvCell(null), '');
    assert.equal(csvCell('Palmyra'), 'Palmyra');
  });

  test('list claims with ACLED-like columns: date, precision, place, admin1, lat, lon, category, value, claimant, source, quote', () => {
    const [header, first] = claimsCsv(view, '/').split('\r\n');
    const cols = header!.split(',');
    for (const c of ['date', 'precision', 'place', 'admin1', 'lat', 'lon', 'category', 'value', 'claimant', 'source', 'quote']) assert.ok(cols.includes(c), c);
    assert.match(
      first!,
      /^a1-1,2016-12-10,2016-12-11,days,Palmyra,Homs,SY,34\.5624,38\.284,strikes,64,exact,air strikes,Sergei Rudskoy \(Russian General Staff\),Arab News,/,
    );
    assert.match(claimsCsv(view, '/'), /"'=HYPERLINK/);
  });

  test("name each claim's event, the one whose page lists it, and leave the cell empty for a claim in no event", () => {
    const eventOf = new Map(view.events.flatMap((e) => e.claims.map((c): [string, string] => [c.id, e.id])));
    const rows = claimsCsv(view, '/').split('\r\n').slice(1, -1);
    const columns = claimsCsv(view, '/').split('\r\n')[0]!.split(',');
    const cell = columns.indexOf('event_id');
    assert.ok(cell > 0 && rows.length > 0);
    for (const row of rows) {
      // The cells before the event's hold no comma of their own in this fixture but the quoted ones after it.
      const cells = row.split(',');
      assert.equal(cells[cell], eventOf.get(cells[0]!) ?? '', row);
    }
    const loose = fixtureTimeline();
    const claim = loose.claims[0]!;
    const unlinked = {
      ...loose,
      claims: [{ ...claim, event: null }, ...loose.claims.slice(1)],
      events: loose.events.map((e) => ({ ...e, claims: e.claims.filter((id) => id !== claim.id) })),
    };
    assert.match(claimsCsv(buildView(unlinked), '/'), new RegExp(`\\r\\n${claim.id},(?:[^,]*,){${cell - 1}},`));
  });

  test("keep an article's rows while its claims and their places' cells are the same, and make them again when a place's cells change", () => {
    const texts = new KeptTexts();
    const first = claimsCsvPieces(view, '/', texts);
    const again = claimsCsvPieces(view, '/', texts);
    assert.equal(again.length, first.length);
    again.forEach((piece, i) => {
      if (i > 0) assert.equal(piece, first[i], `article ${i} is the kept bytes`);
    });
    const data = fixtureTimeline();
    const renamed = { ...data, places: data.places.map((p) => (p.id === 'palmyra' ? { ...p, lat: 34.6 } : p)) };
    const moved = buildView(renamed);
    // The same claim views: only the place's cells differ.
    const withMovedPlace = { ...moved, articles: moved.articles.map((a, i) => ({ ...a, claims: view.articles[i]!.claims })) };
    const text = piecesText(claimsCsvPieces(withMovedPlace, '/', texts));
    assert.match(text, /,Palmyra,Homs,SY,34\.6,/);
    assert.doesNotMatch(text, /,Palmyra,Homs,SY,34\.5624,/);
  });

  test('list events with their place, coordinates and page under the path prefix', () => {
    const csv = eventsCsv(view, '/timeline/');
    assert.match(
      csv,
      /\r\ne-palmyra-dec,2016-12-10,2016-12-11,days,Daesh driven out of Palmyra <em>again<\/em>,Palmyra,Homs,SY,34\.5624,38\.284,withdrawal,Arab News; RT,2,4,\/timeline\/events\/e-palmyra-dec\/\r\n/,
    );
  });
});

describe('feeds and sitemap', () => {
  test('Atom feed: newest event first, escaped titles, updated from the data and never the clock', () => {
    const atom = atomFeed(view, { pathPrefix: '/' });
    assert.match(atom, /<updated>2017-03-31T00:00:00Z<\/updated>/);
    assert.ok(atom.indexOf('e-unplaced-mar') < atom.indexOf('e-palmyra-dec'));
    assert.match(atom, /<title>Daesh driven out of Palmyra &lt;em&gt;again&lt;\/em&gt;<\/title>/);
    assert.match(atom, /<entry>\s+<id>tag:dateline,2016:events\/e-palmyra-dec<\/id>/);
    assert.equal(atomFeed(view, { pathPrefix: '/' }), atom, 'the same data gives the same feed');
  });

  test('Atom entry updated is the latest publication day among its reports', () => {
    const atom = atomFeed(view, { pathPrefix: '/' });
    const entry = atom.slice(atom.indexOf('events/e-palmyra-dec<'));
    assert.match(entry, /<updated>2016-12-11T00:00:00Z<\/updated>/);
  });

  test('links become absolute when a site URL is given', () => {
    assert.match(
      atomFeed(view, { pathPrefix: '/timeline/', siteUrl: 'https://example.org/' }),
      /href="https:\/\/example\.org\/timeline\/events\/e-palmyra-dec\/"/,
    );
  });

  test('JSON Feed 1.1 with one item per event', () => {
    const feed = JSON.parse(jsonFeed(view, { pathPrefix: '/timeline/' })) as { version: string; items: { url: string; date_modified: string }[] };
    assert.equal(feed.version, 'https://jsonfeed.org/version/1.1');
    assert.equal(feed.items.length, 6);
    assert.ok(feed.items.every((i) => i.url.startsWith('/timeline/events/')));
  });

  test('sitemap lists every event, article, place, outlet and claimant page', () => {
    const xml = sitemap(view, { pathPrefix: '/' });
    assert.equal(xml.match(/<url>/g)?.length, 1 + 6 + 6 + 5 + 3 + 4 + 2);
    assert.match(xml, /<loc>\/articles\/a1\/<\/loc><lastmod>2016-12-11<\/lastmod>/);
  });

  test('XML escaping removes characters XML cannot hold', () => {
    assert.equal(xmlEscape('a\u0001 < "b" & \'c\''), 'a &lt; &quot;b&quot; &amp; &apos;c&apos;');
  });
});
