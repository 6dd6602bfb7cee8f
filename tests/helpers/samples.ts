/**
 * Strings of up to `maxPieces` pieces drawn from `alphabet`: inputs on which a fast path
 * and the slow one it spares could part ways. A fixed sequence for each seed, so a test
 * that fails fails again.
 * @example samples(['a', ' ', 'é'], 3, 4) // ['éaéa', '', 'é éé']
 */
export function samples(alphabet: readonly string[], count: number, maxPieces: number, seed = 7): string[] {
  let state = seed;
  const next = (n: number): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return Math.floor(state / 65536) % n;
  };
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let s = '';
    const n = next(maxPieces + 1);
    for (let j = 0; j < n; j++) s += alphabet[next(alphabet.length)] ?? '';
    out.push(s);
  }
  return out;
}
