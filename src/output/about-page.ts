import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { decodeArticle } from '../ingest/decode.ts';
import { readFrontMatter } from '../ingest/front-matter.ts';
import { leadsOutOf } from '../inside-folder.ts';
import type { Diagnostic } from '../model/types.ts';
import type { SanitizedMarkup } from './html.ts';
import { keepHtml, keptHtml } from './kept-markdown.ts';

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
/** An About page is a few kilobytes; past 64 KB (some 10,000 words) it is not rendered: remark takes seconds on 64 KB of `[`. */
export const MAX_ABOUT_BYTES = 64 * 1024;
/** Block quotes and lists nested deeper than this on one line are not rendered: 100,000 `>` took remark 83 s. */
export const MAX_ABOUT_NESTING = 32;
/**
 * Emphasis and link marks (`*`, `_`, `[`, `]`) in one paragraph past this are not rendered:
 * remark pairs them in time that grows with their square (64 KB of `*a`: over 120 s).
 */
export const MAX_ABOUT_MARKS = 1000;

/**
 * Reads `about.md` from a content folder (none when null); with `render: false`, only for
 * its problems (no page). A missing file is no page; a file that cannot be
 * read is a warning naming the file, and the build goes on without the page. The Markdown
 * renderer (remark, about 0.15 s to load) is loaded only when there is a page to render
 * and, given `keptIn` (a folder), no HTML kept there from an earlier build for the same Markdown.
 * @example (await readAboutPage('content')).page?.title // 'About this timeline'
 */
export async function readAboutPage(
  contentDir: string | null,
  { render = true, keptIn = null }: { readonly render?: boolean; readonly keptIn?: string | null } = {},
): Promise<ReadAboutPage> {
  if (contentDir === null) return { page: null, diagnostics: [] };
  const file = join(contentDir, ABOUT_FILE);
  if (leadsOutOf(contentDir, file)) {
    return withoutPage(
      file,
      'is a symbolic link to a file outside the content folder, which is never followed',
      'put the About page itself in the content folder',
    );
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { page: null, diagnostics: [] };
    return withoutPage(file, `could not be read (${code ?? (e as Error).message})`, 'make about.md a readable text file');
  }
  const tooBig = sizeProblem(bytes);
  if (tooBig) return withoutPage(file, tooBig, 'keep the About page to plain paragraphs, headings and short lists');
  // Checked only (--data-only, --check): its problems are reported, and no HTML is made.
  if (!render) return { page: null, diagnostics: aboutSource(bytes, file).diagnostics };
  try {
    const kept = keptIn === null ? null : keptAboutPage(bytes, file, keptIn);
    if (kept) return kept;
    const { markdownToHtml } = await import('./markdown.ts');
    return aboutPage(bytes, file, (markdown) => {
      const html = markdownToHtml(markdown);
      if (keptIn !== null) keepHtml(keptIn, markdown, html);
      return html;
    });
  } catch (e) {
    return withoutPage(file, `could not be rendered (${(e as Error).message})`, 'simplify the Markdown in about.md');
  }
}

/** The page with the HTML a build kept for the same Markdown and renderer (kept-markdown.ts), or null when none was kept. */
function keptAboutPage(bytes: Uint8Array, file: string, keptIn: string): ReadAboutPage | null {
  let missed = false;
  const page = aboutPage(bytes, file, (markdown) => {
    const html = keptHtml(keptIn, markdown);
    if (html === null) missed = true;
    return html ?? ('' as SanitizedMarkup);
  });
  return missed ? null : page;
}

/**
 * Why the Markdown is too large or too deeply nested to render, or null: checked on the
 * bytes before parsing, in one pass, so a hostile file costs no more than reading it.
 * @example sizeProblem(Buffer.from('>'.repeat(100))) // 'nests block quotes or lists 100 deep (at most 32 are rendered)'
 */
export function sizeProblem(bytes: Uint8Array): string | null {
  if (bytes.length > MAX_ABOUT_BYTES) return `has ${bytes.length} bytes (at most ${MAX_ABOUT_BYTES} are rendered)`;
  const deepest = deepestNesting(bytes);
  if (deepest > MAX_ABOUT_NESTING) return `nests block quotes or lists ${deepest} deep (at most ${MAX_ABOUT_NESTING} are rendered)`;
  const marks = mostMarksInAParagraph(bytes);
  return marks > MAX_ABOUT_MARKS ? `has ${marks} emphasis or link marks (* _ [ ]) in one paragraph (at most ${MAX_ABOUT_MARKS} are rendered)` : null;
}

const MARKS = new Set([...'*_[]'].map((c) => c.charCodeAt(0)));

/** The most emphasis and link marks in one paragraph (paragraphs end at a blank line). */
function mostMarksInAParagraph(bytes: Uint8Array): number {
  let most = 0;
  let marks = 0;
  let lineIsBlank = true;
  for (const b of bytes) {
    if (b === NEWLINE) {
      if (lineIsBlank) marks = 0;
      lineIsBlank = true;
    } else if (b !== SPACE && b !== TAB && b !== 13) {
      lineIsBlank = false;
      if (MARKS.has(b)) most = Math.max(most, ++marks);
    }
  }
  return most;
}

const [GT, DASH, STAR, PLUS, SPACE, TAB, NEWLINE, DOT, PAREN] = [...'>-*+ \t\n.)'].map((c) => c.charCodeAt(0)) as [
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
];
const isDigit = (b: number): boolean => b >= 48 && b <= 57;

/**
 * The deepest nesting any line opens with: each `>`, each list marker (`-`, `*`, `+`,
 * `1.`, `1)` before a space) and every two columns of indentation count one level. Meant
 * to be generous to real pages (a list three deep counts about 5) and cheap: one pass.
 */
function deepestNesting(bytes: Uint8Array): number {
  let deepest = 0;
  let i = 0;
  while (i < bytes.length) {
    let depth = 0;
    let columns = 0;
    for (;;) {
      const b = bytes[i];
      if (b === SPACE || b === TAB) {
        columns += b === TAB ? 4 : 1;
        i++;
      } else if (b === GT) {
        depth++;
        i++;
      } else if ((b === DASH || b === STAR || b === PLUS) && (bytes[i + 1] === SPACE || bytes[i + 1] === TAB)) {
        depth++;
        i += 2;
      } else if (b !== undefined && isDigit(b)) {
        let j = i;
        while (j < i + 9 && isDigit(bytes[j] ?? 0)) j++;
        if ((bytes[j] === DOT || bytes[j] === PAREN) && (bytes[j + 1] === SPACE || bytes[j + 1] === TAB)) {
          depth++;
          i = j + 2;
        } else break;
      } else break;
    }
    deepest = Math.max(deepest, depth + Math.floor(columns / 2));
    while (i < bytes.length && bytes[i] !== NEWLINE) i++;
    i++;
  }
  return deepest;
}

/** No page, and a warning saying why. */
function withoutPage(file: string, why: string, hint: string): ReadAboutPage {
  return {
    page: null,
    diagnostics: [{ file, severity: 'warning', code: 'about-unreadable', message: `the About page ${why}; the site was built without it`, hint }],
  };
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
  const diagnostics = [
    ...decoded.diagnostics,
    ...split.diagnostics.map((d) => (d.code === 'front-matter-key' ? { ...d, hint: 'the About page reads only "title"' } : d)),
  ];
  const heading = split.data.title ? null : OPENING_HEADING.exec(split.content);
  const title = split.data.title?.trim() || heading?.[1]?.trim() || 'About';
  return { title, markdown: heading ? split.content.slice(heading[0].length) : split.content, diagnostics };
}

/** An ATX `# heading` as the first thing in the text (blank lines before it allowed). */
const OPENING_HEADING = /^\s*# +(.+?)(?: +#+)? *(?:\n|$)/;
