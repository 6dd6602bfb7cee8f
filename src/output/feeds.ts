/**
 * Atom and JSON Feed of the timeline's events, newest first. Deterministic: an
 * entry's `updated` is the latest publication day of its reports, the feed's is
 * the latest day in the data; the build clock is never read.
 */
import { type Piece, piecesText } from './file-pieces.ts';
import { KEEP_NO_TEXTS, type Texts } from './kept-texts.ts';
import { SITE_FILES, SITE_URLS, underPrefix } from './urls.ts';
import type { EventView, SiteView } from './view/types.ts';

export interface FeedOptions {
  /** The path the site is served under, '/' or '/timeline/'. */
  readonly pathPrefix: string;
  /** Origin of the published site ('https://example.org'); when absent, links stay root-relative. */
  readonly siteUrl?: string | null;
  readonly title?: string;
}

const XML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
/** Characters XML 1.0 forbids even when escaped (controls other than tab, LF, CR). */
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const DEFAULT_TITLE = 'dateline: events';
/** Ids that stay the same wherever the site is served (RFC 4151 tag URIs). */
const TAG = 'tag:dateline,2016:';

/** Text made safe for XML content and attributes. @example xmlEscape('a < b & "c"') // 'a &lt; b &amp; &quot;c&quot;' */
export function xmlEscape(text: string): string {
  return text.replace(XML_FORBIDDEN, '').replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c);
}

/** The events newest first, sorted once for both feeds (the view's lists are never changed once made). */
const sorted = new WeakMap<readonly EventView[], readonly EventView[]>();
const newestFirst = (events: readonly EventView[]): readonly EventView[] => {
  let list = sorted.get(events);
  if (!list) {
    list = [...events].sort((a, b) => b.start.localeCompare(a.start) || b.updated.localeCompare(a.updated) || a.id.localeCompare(b.id));
    sorted.set(events, list);
  }
  return list;
};
export const link = (o: FeedOptions, path: string): string => `${o.siteUrl ? o.siteUrl.replace(/\/+$/, '') : ''}${underPrefix(o.pathPrefix, path)}`;
const stamp = (day: string): string => `${day}T00:00:00Z`;

/** One line about an event for feed readers: when, where, who reported it, key figures. */
export function eventSummary(e: EventView): string {
  const where = e.places.map((p) => p.name).join(', ') || 'place not stated';
  const who = e.outlets.map((o) => o.name).join(', ') || 'unknown outlet';
  const figures = e.keyFigures.map((c) => `${c.figure} ${c.what}${c.claimant ? ` (${c.claimant.name})` : ''}`).join('; ');
  return `${e.date} · ${where} · reported by ${who}${figures ? ` · ${figures}` : ''}`;
}

/**
 * The Atom feed (RFC 4287) of events.
 * @example atomFeed(view, { pathPrefix: '/' }).startsWith('<?xml') // true
 */
export function atomFeed(view: SiteView, options: FeedOptions, texts: Texts = KEEP_NO_TEXTS): string {
  return piecesText(atomFeedPieces(view, options, texts));
}

/** atomFeed as the pieces of its file: the head, an entry (with its line end) per event, the end. */
export function atomFeedPieces(view: SiteView, options: FeedOptions, texts: Texts = KEEP_NO_TEXTS): Piece[] {
  const updated = stamp(view.updated ?? '1970-01-01');
  const key = link(options, '');
  const entries = newestFirst(view.events).map((e) => texts.of('atom-entry', e, key, () => `${atomEntry(e, options)}\n`));
  const head = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${TAG}events</id>
  <title>${xmlEscape(options.title ?? DEFAULT_TITLE)}</title>
  <updated>${updated}</updated>
  <author><name>dateline</name></author>
  <link rel="self" type="application/atom+xml" href="${xmlEscape(link(options, SITE_FILES.atomFeed))}"/>
  <link rel="alternate" type="text/html" href="${xmlEscape(link(options, SITE_URLS.home))}"/>
`;
  // With no entry, the line the entries would fill stays, empty.
  return [head, ...(entries.length ? entries : ['\n']), '</feed>\n'];
}

/** An event as an entry of the Atom feed. */
function atomEntry(e: EventView, options: FeedOptions): string {
  return `  <entry>
    <id>${TAG}events/${xmlEscape(e.id)}</id>
    <title>${xmlEscape(e.title || e.id)}</title>
    <link rel="alternate" type="text/html" href="${xmlEscape(link(options, e.url))}"/>
    <updated>${stamp(e.updated)}</updated>
    <summary>${xmlEscape(eventSummary(e))}</summary>
${e.places.map((p) => `    <category term="${xmlEscape(p.id)}" label="${xmlEscape(p.name)}"/>`).join('\n')}
  </entry>`.replace(/\n\n/g, '\n');
}

/**
 * The JSON Feed (version 1.1) of events.
 * @example JSON.parse(jsonFeed(view, { pathPrefix: '/' })).version // 'https://jsonfeed.org/version/1.1'
 */
export function jsonFeed(view: SiteView, options: FeedOptions, texts: Texts = KEEP_NO_TEXTS): string {
  return piecesText(jsonFeedPieces(view, options, texts));
}

/** jsonFeed as the pieces of its file: the head, the items with the commas between them, the end. */
export function jsonFeedPieces(view: SiteView, options: FeedOptions, texts: Texts = KEEP_NO_TEXTS): Piece[] {
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: options.title ?? DEFAULT_TITLE,
    home_page_url: link(options, SITE_URLS.home),
    feed_url: link(options, SITE_FILES.jsonFeed),
    language: 'en',
    items: [],
  };
  const key = link(options, '');
  // Each item's text as JSON.stringify(feed, null, 1) writes it two levels deep (a JSON text has no
  // newline but between its parts, so indenting every line after the first is enough).
  const items = newestFirst(view.events).map((e) => texts.of('json-item', e, key, () => JSON.stringify(jsonItem(e, options), null, 1).replace(/\n/g, '\n  ')));
  const head = JSON.stringify(feed, null, 1).slice(0, -'[]\n}'.length);
  if (!items.length) return [`${head}[]\n}\n`];
  return [`${head}[\n  `, ...items.flatMap((item, i) => (i ? [',\n  ', item] : [item])), '\n ]\n}\n'];
}

/** An event as an item of the JSON Feed. */
function jsonItem(e: EventView, options: FeedOptions): object {
  return {
    id: `${TAG}events/${e.id}`,
    url: link(options, e.url),
    title: e.title || e.id,
    content_text: eventSummary(e),
    date_published: stamp(e.start),
    date_modified: stamp(e.updated),
    tags: [...e.places.map((p) => p.name), ...e.outlets.map((o) => o.name)],
  };
}
