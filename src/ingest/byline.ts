/**
 * Outlets told by the page itself when no registry pattern knows them: the
 * agency tag of a dateline ("TEHRAN, Aug. 9 (XNA) –", "MOSCOW, May 3. /XYZ/."),
 * a byline line naming a registered outlet ("Reuters", "AFP, EASTMOOR, Freedonia",
 * "Reuters | Updated: ..."), the page's masthead ("Northern Daily News"), and
 * the address in front matter (`url:`). Nothing is guessed: each reading
 * quotes the words it came from.
 */
import type { ClaimantEntry, SourceEntry, SourceRef } from '../model/types.ts';
import { slugify } from './ids.ts';
import { foldName, sourceByName } from './outlet.ts';

/** Lines from the top of a page that may hold the byline or masthead. */
const TOP_LINES = 12;
/** "DUSHANBE, 09.12.2016. /Agency X/." and "MOSCOW, April 8. /TASS/.": the agency between slashes after a dateline. */
const SLASH_TAG = /^\p{Lu}[\p{Lu}\p{L} .'’-]{1,40},\s*[^/\n]{1,30}?[.,]\s*\/([^/\n]{2,40})\/\s*\.?/u;
/** "TEHRAN, Aug. 9 (XNA) –": an agency tag in capitals after a dateline. */
const PAREN_TAG = /^\p{Lu}[\p{Lu}\p{L} .'’-]{1,40},\s*[^()\n]{0,30}\((\p{Lu}[\p{Lu}\p{N}&-]{1,7})\)\s*[-–—]/u;
/** A registered outlet in parentheses near a line's start, opening the story: "(AP) —", "(XYZ)The army". Not a photo credit ("Name/AP/Agency"). */
const ANY_TAG = /^[^()/\n]{0,60}?\(([^()/\n]{2,40})\)\s*(?:[-–—]|(?=\p{Lu}))/u;
/** The first part of a byline line: "Reuters | Updated ...", "AFP, EASTMOOR, Freedonia", "— Reuters", "By AFP - May 5". */
const LEAD_PART = /^(?:[-–—]\s*|By\s+)?([^|,•·\n]{2,40}?)\s*(?:[|,•·]|\s[-–—]\s|$)/;
/** Words that end an outlet's name on a masthead. */
const MASTHEAD_HEADS = new Set([
  'news',
  'agency',
  'times',
  'post',
  'press',
  'tv',
  'herald',
  'tribune',
  'gazette',
  'journal',
  'daily',
  'online',
  'network',
  'radio',
  'telegraph',
  'chronicle',
  'express',
  'observer',
  'courier',
  'wire',
  'today',
  'insider',
]);
const MASTHEAD_MAX_WORDS = 5;
const CAPITALISED = /^(?:\p{Lu}[\p{L}\p{N}'’.&-]*|of|the|and|for|on|al|el)$/u;

/**
 * The outlet a page's dateline, byline or masthead names, or null. `bodies` are the
 * registered claimants: a page that opens with one's name is that body's own page.
 * @example outletFromPage(sources, [], 'DUSHANBE, 09.12.2016. /Agency X/. About 8,500 ...')?.name // 'Agency X'
 */
export function outletFromPage(sources: readonly SourceEntry[], bodies: readonly ClaimantEntry[], text: string): SourceRef | null {
  const lines = topLines(text);
  for (const line of lines) {
    const found = datelineTag(sources, line) ?? registeredLead(sources, line);
    if (found) return found;
  }
  return masthead(lines[0] ?? '', bodies);
}

/**
 * The outlet of a page's address: the registered outlet the host is an alias of, else the host itself.
 * @example outletFromAddress(sources, 'https://www.example-news.com/a/1')?.name // 'example-news.com'
 */
export function outletFromAddress(sources: readonly SourceEntry[], url: string): SourceRef | null {
  const host = /^[a-z]+:\/\/(?:www\.)?([^/:?#\s]+)/i.exec(url.trim())?.[1]?.toLowerCase();
  if (!host?.includes('.')) return null;
  const entry = sourceByName(sources, host);
  const evidence = `address: ${host}`;
  return entry ? { id: entry.id, name: entry.name, evidence } : { id: slugify(host, 'source'), name: host, evidence };
}

function topLines(text: string): string[] {
  const out: string[] = [];
  let from = 0;
  while (out.length < TOP_LINES && from < text.length) {
    const nl = text.indexOf('\n', from);
    const end = nl === -1 ? text.length : nl;
    const line = text.slice(from, Math.min(end, from + 400)).trim();
    if (line) out.push(line);
    from = end + 1;
  }
  return out;
}

/** The agency tag of a dateline: registered or not, the page names it as its source. */
function datelineTag(sources: readonly SourceEntry[], line: string): SourceRef | null {
  const tagged = SLASH_TAG.exec(line) ?? PAREN_TAG.exec(line);
  if (tagged?.[1]) return ref(sources, tagged[1].trim(), tagged[0]);
  const any = ANY_TAG.exec(line);
  const name = any?.[1];
  const entry = name ? sourceByName(sources, name) : null;
  return entry && any ? { id: entry.id, name: entry.name, evidence: `byline: ${any[0].trim().slice(0, 80)}` } : null;
}

/** A line that is, or opens with, a registered outlet's name: "Wire One", "W1, EASTMOOR", "Wire One | Updated". */
function registeredLead(sources: readonly SourceEntry[], line: string): SourceRef | null {
  const lead = LEAD_PART.exec(line)?.[1];
  const entry = lead ? sourceByName(sources, lead) : null;
  return entry ? { id: entry.id, name: entry.name, evidence: `byline: ${line.slice(0, 80)}` } : null;
}

/**
 * The page's first line as its masthead: a short capitalised name ending as outlets'
 * names do ("... Press Agency"), or the name of a registered body.
 */
function masthead(line: string, bodies: readonly ClaimantEntry[]): SourceRef | null {
  const words = line.split(/\s+/);
  if (words.length < 1 || words.length > MASTHEAD_MAX_WORDS + 2 || !words.every((w) => CAPITALISED.test(w))) return null;
  const folded = foldName(line.replace(/^the\s+/i, ''));
  const body = bodies.find((b) => foldName(b.name) === folded || b.aliases.some((a) => foldName(a) === folded));
  if (body) return { id: body.id, name: body.name, evidence: `masthead: ${line}` };
  if (words.length < 2 || words.length > MASTHEAD_MAX_WORDS) return null;
  if (!MASTHEAD_HEADS.has((words[words.length - 1] ?? '').toLowerCase())) return null;
  return { id: slugify(line, 'source'), name: line, evidence: `masthead: ${line}` };
}

function ref(sources: readonly SourceEntry[], name: string, evidence: string): SourceRef {
  const entry = sourceByName(sources, name);
  const why = `dateline: ${evidence.trim().slice(0, 80)}`;
  return entry ? { id: entry.id, name: entry.name, evidence: why } : { id: slugify(name, 'source'), name, evidence: why };
}
