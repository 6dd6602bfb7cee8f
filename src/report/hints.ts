import type { Diagnostic } from '../model.ts';

/**
 * What to do about each kind of problem, for diagnostics raised without a hint
 * (by any stage): every problem the user sees says what to do next.
 */
const HINTS: Readonly<Record<string, string>> = {
  unreadable: 'check that the file exists and that you may read it',
  empty: 'paste the article text into it, or delete it',
  'no-text': 'check that the file holds the article text and not only the page around it',
  'no-sentences': 'paste the article itself: a file of headings or a list of links gives no facts',
  binary: 'save the article as plain text (.txt) and add it again',
  encoding: 'check its characters on the article page, and save it as UTF-8 to be sure',
  'too-large': 'split it into one file per article',
  duplicate: 'delete one of the two files',
  'duplicate-text': 'delete one of the two files, unless they are different articles',
  'front-matter-yaml': 'fix the YAML, e.g. quote values that contain a colon',
  'front-matter-engine': 'write the front matter as YAML between two --- lines',
  'front-matter-unclosed': 'add a line with --- after the front matter',
  'front-matter-key': 'known keys: title, source, url, published, language',
  'front-matter-value': 'fix the value in the front matter, or remove the line',
  'published-unreadable': 'write it as YYYY-MM-DD',
  'too-many-figures': 'a long table of numbers is not read as claims: split the article, or keep only its prose',
  undated: 'add `published: YYYY-MM-DD` to its front matter',
  'published-future': 'check the date; if it is right, build with --today YYYY-MM-DD (or SOURCE_DATE_EPOCH) set to a later day',
  'other-language': 'nothing to do if this is intended; set `language: eng` in the front matter if the article is in English',
  'file-name': 'rename the file with letters, digits and dashes only',
  'skipped-file': 'save the article as plain text (.txt) to have it read',
  'registry-yaml': 'fix the YAML in this registry file',
  'registry-schema': 'fix the entry as the message says',
  'registry-pattern': 'fix or remove the pattern',
};

const FALLBACK = 'see "Your articles" in the README';

/**
 * The diagnostic with a hint, taken from the table of known codes when it has none.
 * @example withHint({ file: 'a.txt', severity: 'warning', code: 'empty', message: 'the file is empty' }).hint // 'paste the article text into it, or delete it'
 */
export function withHint(d: Diagnostic): Diagnostic {
  return d.hint ? d : { ...d, hint: HINTS[d.code] ?? FALLBACK };
}
