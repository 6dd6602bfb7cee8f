/**
 * How the evidence of a publication date found from other reports begins: link writes it
 * into an article's `publishedEvidence`, and the pages read it back to tell such a date
 * from one reasoned out of the text. In the model, so that output never imports link.
 */
export const MATCH_EVIDENCE = 'dated from its match with';
