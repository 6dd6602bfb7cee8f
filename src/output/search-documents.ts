/**
 * What the search index holds for each page, built from the view rather than read back
 * from the rendered HTML: a small document per searchable page, with the same headings,
 * weights and filters the page carries. Pagefind can then index while Eleventy renders,
 * and parses a few kilobytes per page instead of the whole page.
 */
import { escapeHtml as esc } from './html.ts';
import type { ClaimView, Link, SiteView } from './view.ts';

export interface SearchDocument {
  /** The page's file under the output folder, e.g. `events/x/index.html` (Pagefind makes the URL from it). */
  readonly sourcePath: string;
  /** A minimal HTML page: only what should be found, marked for Pagefind. */
  readonly html: string;
}

/** `/events/x/` -> `events/x/index.html`. */
const fileOf = (url: string): string => `${url.replace(/^\/+/, '')}index.html`;

const page = (title: string, body: string): string =>
  `<!doctype html><html lang="en"><head><title>${esc(title)}</title></head><body><main data-pagefind-body>${body}</main></body></html>`;

const filterList = (name: string, links: readonly Link[]): string =>
  links.map((l) => `<span data-pagefind-filter="${name}">${esc(l.name)}</span>`).join(', ');

/** A figure, what it counts and who says so; its quote is found on its article's page, indexed in full. */
const figureLine = (c: ClaimView): string => `<li>${esc(c.figure)} ${esc(c.what)}${c.claimant ? `, says ${esc(c.claimant.name)}` : ''}</li>`;

const figures = (claims: readonly ClaimView[]): string => (claims.length ? `<ul>${claims.map(figureLine).join('')}</ul>` : '');

/**
 * One search document per article, event, outlet, place and claimant page, in the order of the view.
 * @example searchDocuments(view)[0] // { sourcePath: 'articles/a/index.html', html: '<!doctype html>…' }
 */
export function searchDocuments(view: SiteView): SearchDocument[] {
  const docs: SearchDocument[] = [];
  for (const a of view.articles) {
    const text = a.paragraphs.map((p) => `<p>${esc(p.map((s) => s.text).join(''))}</p>`).join('');
    const source = a.source ? `<p><span data-pagefind-filter="source">${esc(a.source.name)}</span></p>` : '';
    const places = a.places.length ? `<p>${filterList('place', a.places)}</p>` : '';
    docs.push({ sourcePath: fileOf(a.url), html: page(a.title, `<h1 data-pagefind-filter="kind:article">${esc(a.title)}</h1>${source}${places}${text}`) });
  }
  for (const e of view.events) {
    const body = `<h1 data-pagefind-filter="kind:event">${esc(e.title)}</h1><p>${esc(e.date)}</p><p>${filterList('place', e.places)}</p><p>${filterList('source', e.outlets)}</p>${figures(e.claims)}`;
    docs.push({ sourcePath: fileOf(e.url), html: page(e.title, body) });
  }
  for (const s of view.sources) {
    const body = `<h1 data-pagefind-filter="kind:outlet"><span data-pagefind-filter="source">${esc(s.name)}</span></h1><ul>${s.articles.map((a) => `<li>${esc(a.title)}</li>`).join('')}</ul>`;
    docs.push({ sourcePath: fileOf(s.url), html: page(s.name, body) });
  }
  for (const p of view.places) {
    const where = [p.kind, p.admin1 ? `in ${p.admin1}` : '', p.country ? `(${p.country})` : ''].filter(Boolean).join(' ');
    const body = `<h1 data-pagefind-filter="kind:place" data-pagefind-weight="5"><span data-pagefind-filter="place">${esc(p.name)}</span></h1><p>${esc(where)}</p><ul>${p.events.map((e) => `<li>${esc(e.title)}</li>`).join('')}</ul>`;
    docs.push({ sourcePath: fileOf(p.url), html: page(p.name, body) });
  }
  for (const c of view.claimants) {
    const aliases = c.aliases.length ? `<p>Also named: <span data-pagefind-weight="5">${esc(c.aliases.join(', '))}</span></p>` : '';
    const body = `<h1 data-pagefind-filter="kind:claimant" data-pagefind-weight="10">${esc(c.name)}</h1>${aliases}${figures(c.claims)}`;
    docs.push({ sourcePath: fileOf(c.url), html: page(c.name, body) });
  }
  return docs;
}
