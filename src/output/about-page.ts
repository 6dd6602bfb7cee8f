import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { decodeArticle } from '../ingest/decode.ts';
import { readFrontMatter } from '../ingest/front-matter.ts';
import type { Diagnostic } from '../model.ts';
import type { SanitizedMarkup } from './html.ts';

/** The site's About page, written by the user in Markdown in `content/about.md`. */
export interface AboutPage {
  /** The file it was read from, as given. */
  readonly file: string;
  /** Front matter `title`, else the Markdown's opening `# heading`, else "About". */
  readonly title: string;
  /** The rest of the Markdown as sanitized HTML (a `#` heading in it becomes an h2). */
  readonly html: SanitizedMarkup;
}

export interface ReadAboutPage {
  /** null when there is no about.md (the site then has no About page). */
  readonly page: AboutPage | null;
  readonly diagnostics: readonly Diagnostic[];
}

const ABOUT_FILE = 'about.md';

/**
 * Reads `about.md` from a content folder (none when null); with `render: false`, only for
 * its problems (no page). A missing file is no page; a file that cannot be
 * read is a warning naming the file, and the build goes on without the page. The Markdown
 * renderer (remark, about 0.25 s to load) is loaded only when there is a page to render.
 * @example (await readAboutPage('content')).page?.title // 'About this timeline'
 */
export async function readAboutPage(contentDir: string | null, { render = true }: { readonly render?: boolean } = {}): Promise<ReadAboutPage> {
  if (contentDir === null) return { page: null, diagnostics: [] };
  const file = join(contentDir, ABOUT_FILE);
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { page: null, diagnostics: [] };
    return withoutPage(file, `could not be read (${code ?? (e as Error).message})`, 'make about.md a readable text file');
  }
  // Checked only (--data-only, --check): its problems are reported, and no HTML is made.
  if (!render) return { page: null, diagnostics: aboutSource(bytes, file).diagnostics };
  try {
    const { markdownToHtml } = await import('./markdown.ts');
    return aboutPage(bytes, file, markdownToHtml);
  } catch (e) {
    return withoutPage(file, `could not be rendered (${(e as Error).message})`, 'simplify the Markdown in about.md');
  }
}

/** No page, and a warning saying why. */
function withoutPage(file: string, why: string, hint: string): ReadAboutPage {
  return { page: null, diagnostics: [{ file, severity: 'warning', code: 'about-unreadable', message: `the About page ${why}; the site was built without it`, hint }] };
}

/**
 * The About page from the bytes of its Markdown file.
 * @example aboutPage(Buffer.from('# Our sources\n\nWhy these.'), 'about.md', markdownToHtml).page?.title // 'Our sources'
 */
export function aboutPage(bytes: Uint8Array, file: string, toHtml: (markdown: string) => SanitizedMarkup): ReadAboutPage {
  const { title, markdown, diagnostics } = aboutSource(bytes, file);
  return { page: { file, title, html: toHtml(markdown) }, diagnostics };
}

/**
 * The page's title and Markdown, and the problems met reading them. The text is decoded as
 * an article's is, and broken front matter is reported the same way (left out, the text kept).
 */
function aboutSource(bytes: Uint8Array, file: string): { title: string; markdown: string; diagnostics: Diagnostic[] } {
  const decoded = decodeArticle(bytes, file);
  const split = readFrontMatter(decoded.text, file);
  // Of the keys an article's front matter may have, the About page has a use for `title` only.
  const diagnostics = [...decoded.diagnostics, ...split.diagnostics.map((d) => (d.code === 'front-matter-key' ? { ...d, hint: 'the About page reads only "title"' } : d))];
  const heading = split.data.title ? null : OPENING_HEADING.exec(split.content);
  const title = split.data.title?.trim() || heading?.[1]?.trim() || 'About';
  return { title, markdown: heading ? split.content.slice(heading[0].length) : split.content, diagnostics };
}

/** An ATX `# heading` as the first thing in the text (blank lines before it allowed). */
const OPENING_HEADING = /^\s*# +(.+?)(?: +#+)? *(?:\n|$)/;
