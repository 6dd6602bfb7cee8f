import type { Sentence } from '../model.ts';

/** Abbreviations after which ICU's sentence segmenter breaks but a news sentence goes on. */
const ABBREVIATION_END = /(?:^|[\s(])(?:Lt|Col|Gen|Maj|Capt|Sgt|Brig|Adm|Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Pres|St|Mt|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|U\.N|U\.K|E|W|N|S|approx|vs|etc|Inc|Corp|Co|Jr|Sr)\.\s*$/;
const PARAGRAPH_BREAK = /\n\s*\n/g;

const segmenter = new Intl.Segmenter('en-u-ss-standard', { granularity: 'sentence' });

/**
 * Splits a cleaned body into sentences with their spans, using the platform's
 * Unicode sentence segmenter (ICU) and never joining across paragraphs.
 * @example splitSentences('It said. Lt. Gen. Rudskoy added.').map((s) => s.text)
 * // ['It said.', 'Lt. Gen. Rudskoy added.']
 */
export function splitSentences(body: string): Sentence[] {
  const sentences: Sentence[] = [];
  for (const [start, end] of paragraphs(body)) {
    let pending: [number, number] | null = null;
    for (const seg of segmenter.segment(body.slice(start, end))) {
      const s = start + seg.index;
      const e = s + seg.segment.length;
      pending = pending ? [pending[0], e] : [s, e];
      if (ABBREVIATION_END.test(body.slice(pending[0], e))) continue;
      push(sentences, body, pending);
      pending = null;
    }
    if (pending) push(sentences, body, pending);
  }
  return sentences;
}

function push(out: Sentence[], body: string, [s, e]: [number, number]): void {
  const raw = body.slice(s, e);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  if (!text) return;
  const start = s + lead;
  out.push({ index: out.length, span: [start, start + text.length], text });
}

function paragraphs(body: string): [number, number][] {
  const out: [number, number][] = [];
  let last = 0;
  for (const m of body.matchAll(PARAGRAPH_BREAK)) {
    out.push([last, m.index]);
    last = m.index + m[0].length;
  }
  out.push([last, body.length]);
  return out.filter(([s, e]) => e > s);
}
