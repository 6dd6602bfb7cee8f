/**
 * HTML for the page templates (layouts/*.11ty.ts): a tagged template that escapes
 * every value put into it. Article text is hostile data, so there is no way to
 * mark a string as safe: the only HTML that goes in unescaped is HTML that `html`
 * itself made (a SafeHtml), and that HTML escaped its own values in turn; and the
 * About page's Markdown once a sanitizer has made it HTML (see `sanitizedMarkup`).
 */

/** The characters escaped, as Nunjucks (the templates' former engine) escapes them. */
const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '\\': '&#92;',
};
const SPECIAL = /[&<>"'\\]/;
const SPECIALS = /[&<>"'\\]/g;

/**
 * Text made safe to put in an element or in a quoted attribute value.
 * @example escapeHtml('<b title="x">') // '&lt;b title=&quot;x&quot;&gt;'
 */
export function escapeHtml(text: string): string {
  return SPECIAL.test(text) ? text.replace(SPECIALS, (ch) => ENTITIES[ch]!) : text;
}

let make: (markup: string) => SafeHtml;

/** Markup made by `html`: put into another `html` template as it is, not escaped again. */
export class SafeHtml {
  readonly #markup: string;
  private constructor(markup: string) {
    this.#markup = markup;
  }
  static {
    make = (markup) => new SafeHtml(markup);
  }
  toString(): string {
    return this.#markup;
  }
}

/** What a template may hold: text and numbers (escaped), markup from `html`, lists of these, or nothing. */
export type HtmlValue = string | number | SafeHtml | null | undefined | false | readonly HtmlValue[];

function append(out: string, value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return out;
  if (typeof value === 'string') return out + escapeHtml(value);
  if (typeof value === 'number') return out + String(value);
  if (value instanceof SafeHtml) return out + value.toString();
  if (!Array.isArray(value)) throw new TypeError(`html: cannot put ${Object.prototype.toString.call(value)} on a page`);
  for (const item of value as readonly HtmlValue[]) out = append(out, item);
  return out;
}

/**
 * Markup with every value escaped, except values that are themselves `html`;
 * lists are joined with nothing between them; null, undefined and false give nothing.
 * @example html`<a href="${url}">${name}</a>`.toString() // '<a href="/p/">Tom &amp; Jerry</a>'
 */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): SafeHtml {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out = append(out, values[i]!) + strings[i + 1]!;
  return make(out);
}

declare const sanitized: unique symbol;
/** HTML that a sanitizer made (src/output/markdown.ts is the only maker): a string no plain string passes for. */
export type SanitizedMarkup = string & { readonly [sanitized]: true };

/**
 * Sanitized markup, to be put on a page as it is: the user's own Markdown prose for the
 * site (content/about.md) after remark-html, which keeps only GitHub's safe subset of HTML.
 * Article text never comes this way: it is data, and goes through `html`.
 * @example html`<div>${sanitizedMarkup(markdownToHtml('*Why*'))}</div>`.toString() // '<div><p><em>Why</em></p>\n</div>'
 */
export function sanitizedMarkup(markup: SanitizedMarkup): SafeHtml {
  return make(markup);
}

/**
 * The items with the separator (text, escaped) between them.
 * @example joinHtml([html`<a>x</a>`, html`<a>y</a>`], ', ').toString() // '<a>x</a>, <a>y</a>'
 */
export function joinHtml(items: readonly HtmlValue[], separator: string): SafeHtml {
  const sep = escapeHtml(separator);
  let out = '';
  items.forEach((item, i) => {
    out = append(i ? out + sep : out, item);
  });
  return make(out);
}
