/**
 * Lets this process import TypeScript files by path. Run through tsx (`tsx scripts/build.ts`,
 * the tests) it already can; run precompiled by scripts/run-compiled.mjs it cannot, and that
 * launcher leaves a function under this symbol that registers tsx's loader then (once).
 */
import { pathToFileURL } from 'node:url';

const REGISTER_TYPESCRIPT = Symbol.for('dateline.registerTypeScript');
/** Where that launcher leaves the site's page templates it bundled with the entry: source path -> bundle URL. */
const COMPILED_TEMPLATES = Symbol.for('dateline.compiledTemplates');

/**
 * Resolves once TypeScript files can be imported.
 * @example await typeScriptLoaded(); await import('../layouts/index.11ty.ts')
 */
export async function typeScriptLoaded(): Promise<void> {
  const register = (globalThis as Record<symbol, unknown>)[REGISTER_TYPESCRIPT];
  if (typeof register === 'function') await register();
}

/**
 * The URL to import a TypeScript module at `path` from: its bundle, when the launcher made one
 * with the running code (the site's page templates), else the file itself, once TypeScript
 * files can be imported.
 * @example await import(await importableUrl(resolve('layouts/index.11ty.ts')))
 */
export async function importableUrl(path: string): Promise<string> {
  const bundled = (globalThis as Record<symbol, unknown>)[COMPILED_TEMPLATES];
  const url = bundled instanceof Map ? bundled.get(path) : undefined;
  if (typeof url === 'string') return url;
  await typeScriptLoaded();
  return pathToFileURL(path).href;
}
