import { createRequire } from 'node:module';
import * as z from 'zod/mini';
import type { Diagnostic } from '../model/types.ts';
import '../model/zod-messages.ts';

/** The opening line of front matter, with its language name. Front matter may only be YAML: gray-matter's other engines would run code from the article. */
export const OPENING = /^---[ \t]*([A-Za-z][\w-]*)?[ \t]*\n/;
const YAML_NAMES = new Set(['', 'yaml', 'yml']);
/** gray-matter's YAML engine, once loaded (see yamlEngine). */
type YamlEngine = { readonly parse: (block: string) => unknown };
const loaded: { engine: YamlEngine | null } = { engine: null };

/**
 * gray-matter's YAML engine (its js-yaml's safeLoad), called on the block itself: matter()
 * around it copied the text into a Buffer, merged its options three times and looked the
 * text up in its cache, which cost as much as reading the YAML. `yamlBlock` cuts the block
 * as matter() does. Loaded when a file first has front matter: gray-matter and js-yaml (with
 * esprima) took some 15 ms of every build's start, and a build that reads only its cache, or
 * articles without front matter, never needs them.
 * @example yamlEngine().parse('source: RT') // { source: 'RT' }
 */
function yamlEngine(): YamlEngine {
  loaded.engine ??= (createRequire(import.meta.url)('gray-matter') as { readonly engines: { readonly yaml: YamlEngine } }).engines.yaml;
  return loaded.engine;
}
/** Comment lines: a block of nothing else is empty, and matter() reads it as no data. */
const COMMENT_LINE = /^\s*#[^\n]+/gm;

/** Text with its ends trimmed, at least `min` characters long. */
const trimmed = (min: number) => z.string().check(z.trim(), z.minLength(min));
const frontMatterSchema = z.object({
  title: z.optional(trimmed(1)),
  source: z.optional(trimmed(1)),
  url: z.optional(trimmed(0).check(z.refine((u) => /^https?:\/\//i.test(u), { message: 'must be an http(s) address' }))),
  published: z.optional(z.union([z.string(), z.date()])),
  language: z.optional(trimmed(2).check(z.maxLength(35))),
});
const VALUE_HINTS: Readonly<Record<string, string>> = {
  url: 'give the address of the article page, starting with https://',
  published: 'write the date as YYYY-MM-DD',
  language: 'give an ISO 639-3 code such as eng, or leave it out',
};
const KNOWN_KEYS = new Set(Object.keys(frontMatterSchema.shape));

export interface FrontMatter {
  readonly title?: string;
  readonly source?: string;
  readonly url?: string;
  readonly published?: string;
  readonly language?: string;
}

export interface SplitArticle {
  readonly data: FrontMatter;
  readonly content: string;
  /** Lines taken by the front matter block, so later line numbers can point into the file. */
  readonly offsetLines: number;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Separates YAML front matter (title, source, url, published, language) from the article text.
 * Broken or non-YAML front matter is reported and left out; the text is kept.
 * @example readFrontMatter('---\nsource: RT\n---\nText', 'a.txt').data.source // 'RT'
 */
export function readFrontMatter(text: string, file: string): SplitArticle {
  const diagnostics: Diagnostic[] = [];
  const opening = OPENING.exec(text);
  if (!opening) return { data: {}, content: text, offsetLines: 0, diagnostics };
  const close = text.indexOf('\n---', opening[0].length - 1);
  const blockEnd = close === -1 ? -1 : text.indexOf('\n', close + 4);
  const afterBlock = close === -1 ? text : blockEnd === -1 ? '' : text.slice(blockEnd + 1);
  const offsetLines = close === -1 ? 0 : text.slice(0, blockEnd === -1 ? text.length : blockEnd + 1).split('\n').length - 1;
  const language = (opening[1] ?? '').trim().toLowerCase();
  if (!YAML_NAMES.has(language)) {
    diagnostics.push({
      file,
      severity: 'warning',
      code: 'front-matter-engine',
      line: 1,
      message: `front matter in "${language}" is not read (only YAML is): it was left out and nothing in it ran`,
      hint: 'write the front matter as YAML between two --- lines',
    });
    return { data: {}, content: afterBlock, offsetLines, diagnostics };
  }
  if (close === -1) {
    diagnostics.push({
      file,
      severity: 'warning',
      code: 'front-matter-unclosed',
      line: 1,
      message: 'the file starts with --- but the front matter is never closed: the whole file was read as text',
      hint: 'add a line with --- after the front matter',
    });
    return { data: {}, content: text.slice(opening[0].length), offsetLines: 1, diagnostics };
  }
  let parsed: unknown;
  try {
    parsed = yamlData(yamlBlock(text, opening, close));
  } catch (e) {
    const mark = (e as { mark?: { line?: number } }).mark;
    diagnostics.push({
      file,
      severity: 'warning',
      code: 'front-matter-yaml',
      line: (mark?.line ?? 0) + 2,
      message: `the front matter is not valid YAML (${firstLine((e as Error).message)}): it was left out`,
      hint: 'fix the YAML, e.g. quote values that contain a colon',
    });
    return { data: {}, content: afterBlock, offsetLines, diagnostics };
  }
  const raw = (parsed ?? {}) as Record<string, unknown>;
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    diagnostics.push({
      file,
      severity: 'warning',
      code: 'front-matter-yaml',
      line: 2,
      message: 'the front matter is YAML but not a set of "key: value" lines: it was left out',
      hint: 'write one "key: value" per line, e.g. "title: Palmyra retaken"',
    });
    return { data: {}, content: afterBlock, offsetLines, diagnostics };
  }
  for (const key of Object.keys(raw)) {
    if (!KNOWN_KEYS.has(key)) {
      diagnostics.push({
        file,
        severity: 'warning',
        code: 'front-matter-key',
        line: lineOf(text, key),
        message: `unknown front matter key "${key}" was ignored`,
        hint: `known keys: ${[...KNOWN_KEYS].join(', ')}`,
      });
    }
  }
  const data: Record<string, unknown> = {};
  for (const key of KNOWN_KEYS) {
    if (raw[key] === undefined || raw[key] === null) continue;
    const one = frontMatterSchema.shape[key as keyof typeof frontMatterSchema.shape].safeParse(raw[key]);
    if (one.success) data[key] = one.data;
    else {
      diagnostics.push({
        file,
        severity: 'warning',
        code: 'front-matter-value',
        line: lineOf(text, key),
        message: `front matter "${key}": ${one.error.issues[0]?.message ?? 'invalid value'}; it was ignored`,
        hint: VALUE_HINTS[key] ?? 'fix the value, or remove the line',
      });
    }
  }
  // YAML reads 2016-02-30 as a timestamp and rolls it over to 1 March: take the value as written instead.
  if (data['published'] instanceof Date) data['published'] = writtenValue(text, 'published') ?? (data['published'] as Date).toISOString().slice(0, 10);
  return { data: data as FrontMatter, content: afterBlock, offsetLines, diagnostics };
}

/**
 * The YAML between the opening line and the closing one, as gray-matter's matter() cuts it:
 * from just after "---" (after the language name too, when one is given) to the closing line.
 * @example yamlBlock(text, OPENING.exec(text)!, text.indexOf('\n---', 3)) // '\nsource: RT' for '---\nsource: RT\n---\nText'
 */
export function yamlBlock(text: string, opening: RegExpExecArray, close: number): string {
  const afterDashes = opening[0].slice(3, -1);
  return text.slice(3 + (afterDashes.trim() ? afterDashes.length : 0), close);
}

/**
 * What matter() reads from a block: nothing from one of comments and white space only, else the YAML engine's value.
 * @example yamlData("\nsource: RT") // { source: 'RT' }
 */
export function yamlData(block: string): unknown {
  return block.replace(COMMENT_LINE, '').trim() === '' ? {} : yamlEngine().parse(block);
}

/** js-yaml's first message line, without its own position (counted inside the block, not the file). */
function firstLine(s: string): string {
  return (s.split('\n')[0] ?? s).replace(/\s*\(?\s*at line \d+, column \d+\)?:?\s*$/, '').trim();
}

/** The value of `key: value` as written in the front matter, without quotes or a trailing comment. */
function writtenValue(text: string, key: string): string | undefined {
  const m = new RegExp(`^${key}\\s*:\\s*['"]?([^'"#\\n]*?)['"]?\\s*(?:#.*)?$`, 'm').exec(text);
  return m?.[1] || undefined;
}

function lineOf(text: string, key: string): number {
  const idx = text.search(new RegExp(`^${key.replace(/[^\w-]/g, '')}\\s*:`, 'm'));
  return idx === -1 ? 1 : text.slice(0, idx).split('\n').length;
}
