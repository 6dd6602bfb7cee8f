/**
 * Article contexts for tests that read a bare text with one extractor: the text's
 * sentences and token stream, the registries' lexicons (compiled once per registries
 * object, as a build compiles them once), and the reference date.
 */
import { extractAttributions } from '../../src/extract/claimants/index.ts';
import { extractArticle } from '../../src/extract/pipeline.ts';
import { ingestArticle } from '../../src/ingest/index.ts';
import { textContext, type ArticleContext } from '../../src/extract/context.ts';
import { extractFigures } from '../../src/extract/figures/index.ts';
import { readArticlePlaces } from '../../src/extract/places/index.ts';
import { compileLexicons, type Lexicons } from '../../src/extract/lexicons.ts';
import type { ArticleFacts, Attribution, Registries } from '../../src/model/types.ts';

const compiled = new WeakMap<Registries, Lexicons>();

/** The lexicons of these registries, compiled on first ask. */
export function lexiconsOf(registries: Registries): Lexicons {
  let lexicons = compiled.get(registries);
  if (!lexicons) compiled.set(registries, (lexicons = compileLexicons(registries)));
  return lexicons;
}

/** What a test reads a text with: the reference date for relative expressions, and the registries. */
export interface TextSetting {
  readonly reference: string | null;
  readonly registries: Registries;
}

/** The context of `text` read against `reference` with these registries; the headline and outlet when given. */
export function contextOf(
  text: string,
  { reference, registries }: TextSetting,
  extra: { readonly title?: string; readonly outlet?: string | null } = {},
): ArticleContext {
  return textContext(text, { reference, ...extra }, lexiconsOf(registries));
}

/** Who speaks in the context's sentences, as the pipeline reads it: after the figures, which statements carry on into. */
export function attributionsIn(context: ArticleContext): Attribution[] {
  return extractAttributions(context, { figures: extractFigures(context), places: readArticlePlaces(context) });
}

/** No registered outlet, claimant or place: what a page says of itself is all there is. */
export const NO_REGISTRIES: Registries = { sources: [], claimants: [], places: [], notPlaces: [] };

/**
 * A whole page as a build reads it: front matter with its publication day, a headline, and paragraphs.
 * @example readPage('2031-05-02', 'Strike on the port', 'Shelling killed 12 people on Monday.').claims[0]?.figure.value // 12
 */
export function readPage(published: string, title: string, ...paragraphs: string[]): ArticleFacts {
  return readText(`---\npublished: ${published}\n---\n${title}\n\n${paragraphs.join('\n\n')}\n`);
}

/** A page's text (front matter and all) as a build reads it, with these registries. */
export function readText(text: string, registries: Registries = NO_REGISTRIES): ArticleFacts {
  return extractArticle(ingestArticle({ file: 'content/articles/t.txt', bytes: Buffer.from(text) }, registries), lexiconsOf(registries));
}
