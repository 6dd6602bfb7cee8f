/** Small pieces of text and lists of links that many pages use. */
import { html, joinHtml, type SafeHtml } from '../../src/output/html.ts';
import type { Link } from '../../src/output/view/types.ts';

/**
 * A count with the word that goes with it.
 * @example plural(1, 'event', 'events') // '1 event'
 */
export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Links to the items, separated by commas; the `empty` text when there are none. */
export function links(list: readonly Link[], empty = ''): SafeHtml {
  return list.length
    ? joinHtml(
        list.map((l) => html`<a href="${l.url}">${l.name}</a>`),
        ', ',
      )
    : html`${empty}`;
}

/** Like `links`, each link also a Pagefind filter value (`place`, `source`) of the page. */
export function filterLinks(list: readonly Link[], filter: string, empty: string): SafeHtml {
  return list.length
    ? joinHtml(
        list.map((l) => html`<a href="${l.url}" data-pagefind-filter="${filter}">${l.name}</a>`),
        ', ',
      )
    : html`${empty}`;
}
