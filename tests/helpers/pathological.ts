/**
 * Pathological articles for the time and size tests: a short English lead (so the
 * language check lets the extractors run), then one piece repeated to a given size.
 * The lead is the project's own prose.
 */
import { join, resolve } from 'node:path';
import { extractArticle } from '../../src/extract/pipeline.ts';
import { ingestArticle } from '../../src/ingest/index.ts';
import type { ArticleFacts } from '../../src/model/types.ts';
import { loadRegistries } from '../../src/registry/load.ts';
import { lexiconsOf } from './context.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const { registries } = loadRegistries(join(ROOT, 'content'));

const LEAD_SENTENCES = [
  'The shelling of the eastern districts went on through the night, and residents said they had little water and no power left.',
  'Aid workers who reached the area in the morning described streets full of rubble and families sheltering in basements.',
  'The local council said it had asked for a pause in the fighting so that the wounded could be taken to the hospital in the north.',
  'No answer had come by the evening, and the roads out of the city were still closed to the convoys waiting at the checkpoint.',
];
/** Over a thousand characters of plain English: the language check reads the first thousand. */
export const LEAD = [...LEAD_SENTENCES, ...LEAD_SENTENCES, ...LEAD_SENTENCES].join(' ');

/** `unit` repeated to at least `bytes` characters. */
export function repeatTo(unit: string, bytes: number): string {
  return unit.repeat(Math.max(1, Math.ceil(bytes / unit.length)));
}

/** The text of an article file: a headline, a stated date, the lead, then `body`. */
export function articleText(body: string): string {
  return `Shelling goes on in the east\n\nPublished: 12 March 2016\n\n${LEAD}\n\n${body}\n`;
}

/** Ingests and extracts one article file's text, as the data step does. */
export function readArticle(text: string, file = 'content/articles/pathological.txt'): ArticleFacts {
  return extractArticle(ingestArticle({ file, bytes: Buffer.from(text) }, registries), lexiconsOf(registries));
}

/**
 * Runs `fn` and gives its result and the processor time it took, in milliseconds. Processor
 * time, not the clock: on a machine shared with other jobs the clock runs several times
 * faster than this process does, and a budget must not fail on a busy machine.
 */
export function timed<T>(fn: () => T): { value: T; ms: number } {
  const t0 = process.cpuUsage();
  const value = fn();
  const used = process.cpuUsage(t0);
  return { value, ms: (used.user + used.system) / 1000 };
}
