/**
 * The catalogue of problems dateline reports: each code once, with the severity it is
 * raised with and what the user can do about it. A diagnostic raised without a hint of its
 * own gets the catalogue's; a code missing here is a type error.
 */

export type Severity = 'error' | 'warning' | 'info';

interface Entry {
  /** The severity the code is raised with (a broken registry is an error: it stops the build). */
  readonly severity: Severity;
  readonly hint: string;
}

export const DIAGNOSTICS = {
  unreadable: { severity: 'warning', hint: 'check that the file exists and that you may read it' },
  'unreadable-path': { severity: 'warning', hint: 'move the article to a folder with a shorter path' },
  empty: { severity: 'warning', hint: 'paste the article text into it, or delete it' },
  'no-text': { severity: 'warning', hint: 'check that the file holds the article text and not only the page around it' },
  'no-sentences': { severity: 'warning', hint: 'paste the article itself: a file of headings or a list of links gives no facts' },
  binary: { severity: 'warning', hint: 'save the article as plain text (.txt) and add it again' },
  encoding: { severity: 'info', hint: 'check its characters on the article page, and save it as UTF-8 to be sure' },
  'too-large': { severity: 'warning', hint: 'split it into one file per article' },
  duplicate: { severity: 'warning', hint: 'delete one of the two files' },
  'duplicate-text': { severity: 'warning', hint: 'delete one of the two files, unless they are different articles' },
  'front-matter-yaml': { severity: 'warning', hint: 'fix the YAML, e.g. quote values that contain a colon' },
  'front-matter-engine': { severity: 'warning', hint: 'write the front matter as YAML between two --- lines' },
  'front-matter-unclosed': { severity: 'warning', hint: 'add a line with --- after the front matter' },
  'front-matter-key': { severity: 'warning', hint: 'known keys: title, source, url, published, language' },
  'front-matter-value': { severity: 'warning', hint: 'fix the value in the front matter, or remove the line' },
  'published-unreadable': { severity: 'warning', hint: 'write it as YYYY-MM-DD' },
  'published-future': { severity: 'warning', hint: 'check the date; if it is right, build with --today YYYY-MM-DD (or SOURCE_DATE_EPOCH) set to a later day' },
  'too-many-figures': { severity: 'warning', hint: 'a long table of numbers is not read as claims: split the article, or keep only its prose' },
  undated: { severity: 'warning', hint: 'add `published: YYYY-MM-DD` to its front matter' },
  'other-language': { severity: 'info', hint: 'nothing to do if this is intended; set `language: eng` in the front matter if the article is in English' },
  'file-name': { severity: 'info', hint: 'rename the file with letters, digits and dashes only' },
  'skipped-file': { severity: 'info', hint: 'save the article as plain text (.txt) to have it read' },
  'about-unreadable': { severity: 'warning', hint: 'fix content/about.md as the message says' },
  'registry-yaml': { severity: 'error', hint: 'fix the YAML in this registry file' },
  'registry-schema': { severity: 'error', hint: 'fix the entry as the message says' },
  'registry-pattern': { severity: 'error', hint: 'fix or remove the pattern' },
} as const satisfies Record<string, Entry>;

export type DiagnosticCode = keyof typeof DIAGNOSTICS;

/** Every code, for the data contract. */
export const DIAGNOSTIC_CODES = Object.keys(DIAGNOSTICS) as [DiagnosticCode, ...DiagnosticCode[]];

/** When a diagnostic's code is not in the catalogue (an older cache entry, say). */
export const FALLBACK_HINT = 'see "Your articles" in the README';

/**
 * What to do about a problem of this code.
 * @example hintFor('empty') // 'paste the article text into it, or delete it'
 */
export function hintFor(code: string): string {
  return (DIAGNOSTICS as Readonly<Record<string, Entry>>)[code]?.hint ?? FALLBACK_HINT;
}
