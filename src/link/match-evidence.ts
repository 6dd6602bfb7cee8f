/**
 * How the evidence of a publication date found from other reports begins. Kept apart so
 * that the pages can tell such a date from one reasoned out of the text without loading
 * the link stage.
 */
export const MATCH_EVIDENCE = 'dated from its match with';
