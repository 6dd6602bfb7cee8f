/**
 * Where a statement was made: "the spokesman told reporters in Riyadh", "speaking at a news
 * conference in Geneva", "in a statement issued in Moscow". Like a dateline, the place says
 * where someone spoke, not where the things spoken of happened.
 */
import type { PlaceMention, Sentence } from '../../model/types.ts';

/** How far before a place the words that make it a venue may start, in characters. */
const REACH = 90;
/** Who a statement is made to, in the phrases below. */
const AUDIENCE = String.raw`(?:reporters|journalists|the\s+(?:press|media)|(?:a|the)\s+(?:news|press)\s+(?:conference|briefing)|a\s+briefing|parliament|lawmakers|diplomats)`;
/** The words right before a venue, each phrase ending with "in", "at" or "from" (and maybe "the"). */
const BEFORE_VENUE = new RegExp(
  String.raw`\b(?:` +
    // "told reporters in", "briefed journalists at"
    String.raw`(?:told|tells|telling|briefed|briefing|addressed|addressing)\s+${AUDIENCE}\s+(?:in|at)` +
    // "at a news conference in", "during a press briefing in"
    String.raw`|(?:at|during|in)\s+(?:a|the)\s+(?:news|press)\s+(?:conference|briefing)\s+in` +
    // "speaking in", "speaking to reporters in", "speaking from"
    String.raw`|speaking\s+(?:to\s+${AUDIENCE}\s+)?(?:in|at|from)` +
    // "in a statement issued in", "a report released in", "remarks delivered in"
    String.raw`|(?:statement|report|communiqu[eé]|speech|remarks|address|letter)\s+(?:issued|released|published|delivered|made|given|read\s+out)\s+in` +
    String.raw`)\s+(?:the\s+)?$`,
  'i',
);

/** How every venue phrase ends: "in", "at" or "from", maybe "the". */
const VENUE_END = /\b(?:in|at|from)\s+(?:the\s+)?$/i;

/**
 * True when the mention is where a statement was made.
 * @example isStatementVenue(mentionOf('Riyadh'), sentence('The spokesman told reporters in Riyadh that ...')) // true
 */
export function isStatementVenue(m: PlaceMention, sentence: Sentence | undefined): boolean {
  if (!sentence || m.sentence !== sentence.index) return false;
  const end = m.span[0] - sentence.span[0];
  // Most places follow no "in", "at" or "from" of a venue: the short test first.
  if (!VENUE_END.test(sentence.text.slice(Math.max(0, end - 12), end))) return false;
  return BEFORE_VENUE.test(sentence.text.slice(Math.max(0, end - REACH), end));
}
