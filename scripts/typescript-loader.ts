/**
 * What the code asks of the launcher that runs it precompiled (scripts/run-compiled.mjs), and
 * does by itself when run through tsx (`tsx scripts/build.ts`, the tests): import TypeScript
 * files by path (the launcher registers tsx's loader when asked, once), import modules by a
 * specifier known only when it runs, and say when a run's compiled code is worth keeping.
 * The launcher leaves its part under these symbols.
 */
import { pathToFileURL } from 'node:url';

const REGISTER_TYPESCRIPT = Symbol.for('dateline.registerTypeScript');
/** Where that launcher leaves the site's page templates it bundled with the entry: source path -> bundle URL. */
const COMPILED_TEMPLATES = Symbol.for('dateline.compiledTemplates');
/** Where the launcher leaves its `import()`, when it runs the entry as a script (which cannot import by itself). */
const IMPORT = Symbol.for('dateline.import');
/** Where the launcher looks for the entry's word that this run is worth keeping the compiled code of. */
const KEEP_COMPILED = Symbol.for('dateline.keepCompiledCode');

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

/** Where the launcher leaves the page templates it compiled into the script with the entry: source path -> its import. */
const SCRIPT_TEMPLATES = Symbol.for('dateline.scriptTemplates');

/**
 * Imports the TypeScript module at `path`: from the script the entry runs in, when the launcher
 * compiled it in (the site's page templates), else from its bundle or the file itself (importableUrl).
 * @example const { render } = await importTypeScript<{ render: () => string }>(resolve('layouts/index.11ty.ts'))
 */
export async function importTypeScript<T>(path: string): Promise<T> {
  const inScript = (globalThis as Record<symbol, unknown>)[SCRIPT_TEMPLATES];
  const load = inScript instanceof Map ? (inScript.get(path) as (() => Promise<T>) | undefined) : undefined;
  return load ? load() : importModule<T>(await importableUrl(path));
}

/**
 * Imports a module by a specifier known only when the code runs (a package, a file URL): through
 * the launcher when it runs the entry as a script (scripts/run-compiled.mjs), else by `import()`.
 * @example const { default: Eleventy } = await importModule<typeof import('@11ty/eleventy')>('@11ty/eleventy')
 */
export function importModule<T>(specifier: string): Promise<T> {
  const launcher = (globalThis as Record<symbol, unknown>)[IMPORT];
  return (typeof launcher === 'function' ? launcher(specifier) : import(specifier)) as Promise<T>;
}

/**
 * Tells the launcher that this run went through the code a build runs, so that V8's compiled code of
 * it is worth keeping for the next run (a run that only printed its usage is not).
 * @example keepCompiledCode() // at the end of a build
 */
export function keepCompiledCode(): void {
  (globalThis as Record<symbol, unknown>)[KEEP_COMPILED] = true;
}
