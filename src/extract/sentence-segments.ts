/**
 * The platform's sentence segments of a text, read a bounded chunk at a time. V8's
 * Intl.Segmenter takes time quadratic in the number of segments it has handed out
 * (100,000 one-word sentences: over a minute), so a long text is given to it in chunks.
 */

const segmenter = new Intl.Segmenter('en-u-ss-standard', { granularity: 'sentence' });
/** A few sentences of prose: within a chunk the segmenter's cost grows with the square of its segments. */
const CHUNK = 2048;
const LETTER = /\p{L}/u;

/** One sentence segment: where it starts in the text, and its text. */
export interface Segment {
  readonly index: number;
  readonly segment: string;
}

/**
 * The segments Intl.Segmenter gives for `text` (Unicode's sentence rules, UAX #29).
 * A chunk's segments are kept up to the last break that has a letter after it within
 * the chunk: the rules look ahead from a break only as far as the next letter (SB8),
 * so such a break is the one the whole text would give. The next chunk starts there.
 * A sentence longer than a chunk doubles the chunk, so the work stays linear.
 * @example [...sentenceSegments('It said. Then.')].map((s) => s.segment) // ['It said. ', 'Then.']
 */
export function* sentenceSegments(text: string): Generator<Segment> {
  let pos = 0;
  let size = CHUNK;
  while (pos < text.length) {
    const end = Math.min(text.length, pos + size);
    const chunk = text.slice(pos, end);
    const segs = Array.from(segmenter.segment(chunk), (s) => ({ index: s.index, segment: s.segment }));
    const keep = end === text.length ? segs.length : lastSafeBreak(chunk, segs);
    if (keep === 0) {
      size *= 2;
      continue;
    }
    for (let k = 0; k < keep; k++) yield { index: pos + segs[k]!.index, segment: segs[k]!.segment };
    pos += segs[keep]?.index ?? chunk.length;
    size = CHUNK;
  }
}

/** How many segments to keep: those before the last segment start with a letter after it in the chunk. */
function lastSafeBreak(chunk: string, segs: readonly Segment[]): number {
  for (let k = segs.length - 1; k > 0; k--) {
    if (LETTER.test(chunk.slice(segs[k]!.index))) return k;
  }
  return 0;
}
