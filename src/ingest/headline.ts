/** A line that reads as prose: the article body has begun. */
const PROSE = /[.!?]["”’)]?\s*$/;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
/** A line this long is prose whatever its ending. */
const PROSE_WORDS = 25;
/** A headline has at most this many words. */
const HEADLINE_MAX_WORDS = 30;
const DATE_ONLY = /^(?:[A-Z][a-z]{2,8},?\s+)?(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4})(?:\s*[-–,|]?\s*\d{1,2}:\d{2}\s*(?:[AP]M)?(?:\s*[A-Z]{2,4})?)?\s*$/;
const SECTION_TITLE_CASE = /^(?:[A-Z][\p{L}'’-]*|of|and|the|in|on|for|to|a|an|&|\([A-Z]{2,6}\))(?:\s+(?:[A-Z][\p{L}'’-]*|of|and|the|in|on|for|to|a|an|&|\([A-Z]{2,6}\)))*$/u;

/**
 * How many words a line has (the matches of `WORD`), counted without collecting them;
 * with a `limit`, counting stops there, for callers that only compare with it or less.
 * @example wordCount('Over 1,000 killed') // 4
 * @example wordCount('Over 1,000 killed', 2) // 2
 */
export function wordCount(line: string, limit = Infinity): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (n < limit && WORD.exec(line)) n++; // every match is at least one character: the loop moves on
  return n;
}

/**
 * True when a line reads as the start of the story's prose (a long line or a full sentence).
 * @example isProse('The Syrian Army backed by the Russian Air Force has repelled all attacks, the ministry said.') // true
 */
export function isProse(line: string): boolean {
  const words = wordCount(line, PROSE_WORDS);
  return words >= PROSE_WORDS || (words >= 10 && PROSE.test(line.trim()));
}

/**
 * Picks the headline among the lines above the story: a line of 4 to 30 words that
 * is not a date, not a sentence, and not a short Title Case section name; a line the
 * page repeats (headlines often are) wins. Returns its index, or -1.
 * @example pickHeadline(['Syria', 'Over 1,000 killed, injured during Palmyra liberation op']) // 1
 */
export function pickHeadline(header: readonly string[]): number {
  let best = -1;
  let bestScore = -Infinity;
  const counts = new Map<string, number>();
  for (const line of header) counts.set(line.trim(), (counts.get(line.trim()) ?? 0) + 1);
  header.forEach((raw, i) => {
    const line = raw.trim();
    const words = wordCount(line, HEADLINE_MAX_WORDS + 1);
    if (words < 3 || words > HEADLINE_MAX_WORDS || line.length > 220 || DATE_ONLY.test(line) || /:\s*$/.test(line)) return;
    let score = 0;
    if ((counts.get(line) ?? 0) > 1) score += 2;
    if (PROSE.test(line) && words > 12) score -= 3;
    if (words <= 5 && SECTION_TITLE_CASE.test(line)) score -= 2;
    if (words >= 5) score += 1;
    score -= i * 0.01;
    if (score > bestScore) [best, bestScore] = [i, score];
  });
  return bestScore > -1 ? best : -1;
}
