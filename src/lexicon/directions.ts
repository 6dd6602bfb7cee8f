/**
 * The compass words, once: rules that skip "eastern Aleppo" or "north of the city" to
 * reach a place's own name build on these.
 */

/** North, south, east and west, and the points between them. */
export const COMPASS_POINTS = ['east', 'west', 'north', 'south', 'northeast', 'northwest', 'southeast', 'southwest'] as const;

/** Their adjectives ("eastern Ghouta"), with "central". */
export const COMPASS_ADJECTIVES = [
  'eastern',
  'western',
  'northern',
  'southern',
  'central',
  'northeastern',
  'northwestern',
  'southeastern',
  'southwestern',
] as const;
