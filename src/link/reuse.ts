/**
 * Records of an earlier build, given back by the next one when what they were made
 * from is the same: the same facts object (facts are never changed once made), the
 * same ids and the same links. A long-running process (the dev server) keeps one,
 * so a rebuild after one article changed makes only that article's records and those
 * whose links moved. A one-shot build keeps none.
 */
import type { ArticleFacts } from '../model/types.ts';
import type { ArticleRecord, ClaimRecord } from '../model/schema.ts';
import { KeptDisagreements } from './disagreements.ts';
import { KeptGroupings } from './groups.ts';

interface KeptArticle {
  readonly id: string;
  /** The article's event ids, joined: its record lists them. */
  readonly events: string;
  readonly record: ArticleRecord;
}

interface KeptClaim {
  readonly id: string;
  readonly event: string | null;
  readonly group: string | null;
  readonly record: ClaimRecord;
}

/** Makes claim `index` of an article's facts into its record (called only when none is kept). */
type MakeClaim = (facts: ArticleFacts, index: number, id: string, event: string | null, group: string | null) => ClaimRecord;

export class RecordReuse {
  readonly #articles = new WeakMap<ArticleFacts, KeptArticle>();
  readonly #claims = new WeakMap<ArticleFacts, (KeptClaim | undefined)[]>();
  /** The facts whose claims were last asked for, and their kept claims. */
  #lastFacts: ArticleFacts | null = null;
  #lastClaims: (KeptClaim | undefined)[] | undefined;
  /** The disagreements found among the same claim records (see KeptDisagreements). */
  readonly disagreements = new KeptDisagreements();
  /** How the same claims were grouped (see KeptGroupings). */
  readonly groupings = new KeptGroupings();

  /**
   * The article record kept for these facts under this id and these events, else the one `make` makes (and keeps).
   * @example reuse.article(facts, 'a', ['e1'], () => record) === reuse.article(facts, 'a', ['e1'], () => other) // true
   */
  article(facts: ArticleFacts, id: string, events: readonly string[], make: () => ArticleRecord): ArticleRecord {
    const joined = events.join('\n');
    const kept = this.#articles.get(facts);
    if (kept && kept.id === id && kept.events === joined) return kept.record;
    const record = make();
    this.#articles.set(facts, { id, events: joined, record });
    return record;
  }

  /**
   * The record kept for claim `index` of these facts under this id, event and group, else the one `make` makes (and keeps).
   * @example reuse.claim(facts, 0, 'a-1', 'e1', null, claimRecord).id // 'a-1'
   */
  claim(facts: ArticleFacts, index: number, id: string, event: string | null, group: string | null, make: MakeClaim): ClaimRecord {
    // An article's claims are asked for one after the other: its list is looked up once for them.
    let list = this.#lastFacts === facts ? this.#lastClaims : this.#claims.get(facts);
    if (!list) this.#claims.set(facts, (list = []));
    this.#lastFacts = facts;
    this.#lastClaims = list;
    const kept = list[index];
    if (kept && kept.id === id && kept.event === event && kept.group === group) return kept.record;
    const record = make(facts, index, id, event, group);
    list[index] = { id, event, group, record };
    return record;
  }
}
