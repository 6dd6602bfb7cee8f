import { franc } from 'franc-min';

/** Below this many letters a language guess is noise: call it English, the project's language. */
const MIN_LETTERS = 120;

/**
 * The article's language as an ISO 639-3 code ('eng', 'arb', 'fra'...), guessed from its text.
 * @example detectLanguage('The Syrian army said on Sunday that its forces had retaken the town...') // 'eng'
 */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, 4000);
  if ((sample.match(/\p{L}/gu)?.length ?? 0) < MIN_LETTERS) return 'eng';
  const code = franc(sample, { minLength: MIN_LETTERS });
  return code === 'und' ? 'eng' : code;
}
