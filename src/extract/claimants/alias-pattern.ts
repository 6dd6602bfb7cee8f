/**
 * The regular expressions of registered names: each alias's pattern, and where
 * a match of it ends.
 */

export const ACRONYM = /^[\p{Lu}\p{N}.&-]+$/u;
/**
 * A word boundary after a name that also holds for names with hyphens and apostrophes;
 * a hyphen joining a name to a word makes a compound ("Turkey-based"), not the name.
 */
const AFTER = '(?![\\p{L}\\p{N}]|-\\p{L})';
/** AFTER on its own, tried where lastIndex is set. */
const AFTER_AT = new RegExp(AFTER, 'uy');

/** One alias's pattern, tried where lastIndex is set. */
export interface AliasPattern {
  readonly alias: string;
  /** Sticky, without look-aheads (see aliasEnd). */
  readonly bare: RegExp;
  /** Sticky, the alias's whole pattern: built only when the bare one is not enough. */
  exact: RegExp | null;
}

/**
 * The pattern of one alias (trimmed).
 * @example aliasEnd(compileAlias('SOHR'), 'SOHR said', 0) // 4
 */
export function compileAlias(alias: string): AliasPattern {
  return { alias, bare: new RegExp(aliasPattern(alias, false), 'uy'), exact: null };
}

/**
 * The alias's whole pattern, sticky: a name, not the start of a longer word or of a compound.
 * @example exactAliasRegex('SANA').exec("SANA's-run") // null
 */
export function exactAliasRegex(alias: string): RegExp {
  return new RegExp(`${aliasPattern(alias, true)}${AFTER}`, 'uy');
}

/**
 * Where the alias found at `start` ends, or -1: where `c.exact` would end its match.
 * The bare pattern is `exact` without its look-aheads (which cost far more to compile
 * than the rest: \p{L} is a large class) and tries the same paths in the same order;
 * `exact` takes the first of them whose look-aheads hold. So when the bare pattern fails,
 * so does `exact`; when its first path ends where AFTER holds (which implies the acronym's
 * inner look-ahead there too), that is `exact`'s match; otherwise `exact` is asked.
 */
export function aliasEnd(c: AliasPattern, text: string, start: number): number {
  c.bare.lastIndex = start;
  const hit = c.bare.exec(text);
  if (!hit) return -1;
  const end = start + hit[0].length;
  AFTER_AT.lastIndex = end;
  if (AFTER_AT.test(text)) return end;
  c.exact ??= exactAliasRegex(c.alias);
  c.exact.lastIndex = start;
  const exact = c.exact.exec(text);
  return exact ? start + exact[0].length : -1;
}

/**
 * A regex source for one alias: word-initial letters in either case (acronyms
 * exactly), "'s" optional or bare, defence/defense and centre/center alike.
 * Without `lookahead`, the same pattern less its look-ahead (see aliasEnd).
 */
function aliasPattern(alias: string, lookahead: boolean): string {
  // Acronyms exactly, with a possessive that may have lost its apostrophe ("SANAs correspondent").
  const possessiveEnd = lookahead ? '(?![\\p{L}\\p{N}])' : '';
  if (ACRONYM.test(alias))
    return `${alias
      .split('')
      .map((ch) => (ch === '.' ? '\\.?' : literal(ch)))
      .join('')}(?:['’]?s${possessiveEnd})?`;
  return alias
    .split(/\s+/)
    .map((word) => {
      const possessive = /['’]s$/.test(word);
      const stem = possessive ? word.slice(0, -2) : word;
      const parts = stem.split('-').map(partPattern).join('[-\\s]?');
      return possessive ? `${parts}(?:['’]?s)?` : parts;
    })
    .join('\\s+');
}

/** One hyphen-free part of a word: its first letter in either case, spelling variants alike. */
function partPattern(part: string): string {
  const first = part[0] ?? '';
  const rest = part.slice(1);
  const head = /\p{L}/u.test(first) ? `[${first.toUpperCase()}${first.toLowerCase()}]` : literal(first);
  const low = rest.toLowerCase();
  if ((first === 'd' || first === 'D') && (low === 'efense' || low === 'efence')) return `${head}efen[cs]e`;
  if ((first === 'c' || first === 'C') && (low === 'enter' || low === 'entre')) return `${head}ent(?:er|re)`;
  if ((first === 'o' || first === 'O') && (low === 'rganisation' || low === 'rganization')) return `${head}rgani[sz]ation`;
  let out = head;
  for (const ch of rest) {
    if (ch === "'" || ch === '’') out += "['’]?";
    else if (ch === '.') out += '\\.?';
    else out += literal(ch);
  }
  return out;
}

function literal(ch: string): string {
  // In unicode mode a hyphen outside a class must not be escaped.
  return /[\\^$.*+?()[\]{}|/]/.test(ch) ? `\\${ch}` : ch;
}
