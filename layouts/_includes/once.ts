/**
 * Markup of a part of the view, made once per part: the view's parts are never changed once
 * made, and the same part is shown on many pages (a figure on its article's, event's, place's,
 * outlet's and claimant's pages; an event's card on its places', outlets' and year's), and
 * again on every rebuild of the dev server, which keeps the parts that did not change. The
 * markup is kept while its part is (a WeakMap), and made afresh after an edit of the templates
 * (the dev server imports this module again).
 */
import type { SafeHtml } from '../../src/output/html.ts';

/**
 * `render`, remembering its markup for each part it was given.
 * @example const card = once(eventCard); card(ev) === card(ev) // true
 */
export function once<T extends object>(render: (part: T) => SafeHtml): (part: T) => SafeHtml {
  const made = new WeakMap<T, SafeHtml>();
  return (part) => {
    let markup = made.get(part);
    if (markup === undefined) {
      markup = render(part);
      made.set(part, markup);
    }
    return markup;
  };
}
