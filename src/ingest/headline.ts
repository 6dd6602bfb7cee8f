/** A line that reads as prose: the article body has begun. */
const PROSE = /[.!?]["”’)]?\s*$/;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const DATE_ONLY = /^(?:[A-Z][a-z]{2,8},?\s+)?(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4})(?:\s*[-–,|]?\s*\d{1,2}:\d{2}\s*(?:[AP]M)?(?:\s*[A-Z]{2,4})?)?\s*$/;
const SECTION_TITLE_CASE = /^(?:[A-Z][\p{L}'’-]*|of|and|the|in|on|for|to|a|an|&|\([A-Z]{2,6}\))(?:\s+(?:[A-Z][\p{L}'’-]*|of|and|the|in|on|for|to|a|an|&|\([A-Z]{2,6}\)))*$/u;

export const wordCount = (line: string): number => line.match(WORD)?.length ?? 0;

/**
 * True when a line reads as the start of the story's prose (a long line or a full sentence).
 * @example isProse('The Syrian Army backed by the Russian Air Force has repelled all attacks, the ministry said.') // true
 */
export function isProse(line: string): boolean {
  const words = wordCount(line);
  return words >= 25 || (words >= 10 && PROSE.test(line.trim()));
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
    const words = wordCount(line);
    if (words < 3 || words > 30 || line.length > 220 || DATE_ONLY.test(line) || /:\s*$/.test(line)) return;
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
