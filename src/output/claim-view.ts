/** How a link and a claim are shown: the view types that the view and its comparisons share. */
import type { Category } from '../model/enums.ts';

/** A page to link to, with the name the link shows. */
export interface Link {
  readonly id: string;
  readonly name: string;
  readonly url: string;
}

export interface ClaimView {
  readonly id: string;
  readonly figure: string;
  readonly category: Category;
  readonly what: string;
  readonly claimant: Link | null;
  readonly source: Link | null;
  readonly article: Link;
  readonly quote: string;
  readonly quoteUrl: string;
  readonly date: string | null;
  readonly datetime: string | null;
  readonly place: Link | null;
  readonly group: string | null;
  /** The event it is part of (its id), or null: the claims download names it, and the comparisons read it. */
  readonly event: string | null;
  readonly published: string;
  // raw values for charts and downloads
  readonly value: number | null;
  readonly qualifier: string;
  readonly start: string | null;
  readonly end: string | null;
  readonly precision: string | null;
  readonly publishedIso: string | null;
}
