/**
 * Page furniture pasted with an article: a keyword list ("Tags Northland
 * elections video Lakeside"), links to other stories ("Related Coverage ...",
 * "Related Lakeside mayor resigns"), pictures' captions and embedded posts. A
 * reader skips them; places named there belong to other stories, or repeat one
 * beside the text, and outweighed the places the text reports.
 */
import { isPhotoCaption } from '../../ingest/caption.ts';
import type { Token } from './tokens.ts';

/** A word that opens a keyword list. */
const LIST_WORDS: ReadonlySet<string> = new Set(['Tags', 'Tagged', 'Keywords', 'Topics']);
/** A word that opens links to other stories. */
const LINK_WORDS: ReadonlySet<string> = new Set(['Related']);
/** Prose goes on after these ("Related to the talks", "Tags were found"): no furniture. */
const PROSE_NEXT: ReadonlySet<string> = new Set(['to', 'by', 'were', 'was', 'are', 'is', 'and', 'of']);
/** A keyword list has no articles: a capitalised article starts the next sentence of prose. */
const PROSE_START: ReadonlySet<string> = new Set(['The', 'A', 'An']);

/** An embedded post: its link to the picture ("pic.twitter.com/..."). */
const EMBEDDED_POST = /\bpic\.twitter\.com/i;

/**
 * Whether the whole sentence is furniture: a picture's caption or an embedded post, which
 * repeat a place beside the text rather than report what happened there.
 * @example isFurnitureSentence('Smoke rises over Homs in this handout picture provided by the agency.') // true
 */
export function isFurnitureSentence(text: string): boolean {
  return isPhotoCaption(text) || EMBEDDED_POST.test(text);
}

/**
 * Token ranges [first, last) of the sentence that are page furniture: from a keyword-list word
 * to the next capitalised article (or the sentence's end); from a links word to the sentence's end.
 * @example furnitureRanges(tokenize('Tags Northland video Lakeside The mayor spoke.')) // [[0, 4]]
 */
export function furnitureRanges(tokens: readonly Token[]): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    // Every heading word is capitalised: most words need no lookup.
    if (!t.capitalised) continue;
    const list = LIST_WORDS.has(t.text);
    if (!list && !LINK_WORDS.has(t.text)) continue;
    const next = tokens[i + 1]!;
    // "Syria-Related Violence": part of a compound word, not a heading.
    if (tokens[i - 1]?.hyphenNext || PROSE_NEXT.has(next.text.toLowerCase()) || !next.capitalised) continue;
    let end = i + 1;
    while (end < tokens.length && !(list && PROSE_START.has(tokens[end]!.text))) end++;
    out.push([i, end]);
    i = end;
  }
  return out;
}
