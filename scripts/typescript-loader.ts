/**
 * Lets this process import TypeScript files by path. Run through tsx (`tsx scripts/build.ts`,
 * the tests) it already can; run precompiled by scripts/run-compiled.mjs it cannot, and that
 * launcher leaves a function under this symbol that registers tsx's loader then (once).
 */
const REGISTER_TYPESCRIPT = Symbol.for('dateline.registerTypeScript');

/**
 * Resolves once TypeScript files can be imported.
 * @example await typeScriptLoaded(); await import('../layouts/index.11ty.ts')
 */
export async function typeScriptLoaded(): Promise<void> {
  const register = (globalThis as Record<symbol, unknown>)[REGISTER_TYPESCRIPT];
  if (typeof register === 'function') await register();
}
