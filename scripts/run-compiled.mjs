/**
 * Runs a TypeScript entry point precompiled: `node scripts/run-compiled.mjs scripts/build.ts --data-only`
 * (what `npm run build` runs). esbuild bundles the entry with the project files it imports
 * into plain ES modules under `.cache/compiled/`, which Node then loads by itself.
 *
 * Why: under tsx every module, the packages' included, is handed to tsx's loader thread and
 * back; the data step's code (some 600 modules) took about 1.2 s to load that way, against
 * about 0.5 s loaded by Node alone. A new `npm run build` pays that on every run.
 *
 * - The plain-JavaScript packages the code imports (BUNDLED) are bundled with it: loaded by Node
 *   one module at a time, they took some 60 ms of every run's start (chrono-node and zod are
 *   dozens of modules each). Other packages stay outside the bundle, loaded from node_modules as
 *   usual: those that read files of their own by path, carry native code or WebAssembly, or load
 *   plugins (Eleventy, Pagefind, wink-nlp and its model, the gazetteer's data), and CommonJS
 *   ones (their `require` of Node's modules needs Node's loader).
 * - Modules the code loads with `import()` go into chunks of their own, loaded when needed.
 * - The site's page templates (layouts/*.11ty.ts), imported by a path known only when the code
 *   runs, are bundled with the entry as entries of their own; the code imports them from there
 *   (scripts/typescript-loader.ts importableUrl). Other files imported by such a path, and the
 *   templates when Eleventy loads them itself, are TypeScript that Node cannot load: the code
 *   asks for tsx's loader first, which is registered then; only what is loaded after that goes
 *   through it.
 * - `import.meta.url` and `import.meta.dirname` keep naming each source file (the code finds
 *   its data files and the project root by them), not the bundle.
 * - The bundle is named by a hash of every project file in it, as read when it was made, and of
 *   the `package.json` (name and version) of every package bundled: a run first hashes those
 *   files again and makes a new bundle when one of them changed. Nothing else (no clock, no
 *   file times) decides which code runs.
 * - When the bundle cannot be made or stored (a read-only project, esbuild missing), the entry
 *   runs from its source through tsx, as `tsx scripts/build.ts` does.
 * - The entry is also bundled whole into one script (CommonJS, with the modules it imports by
 *   `import()`), which runs with a V8 code cache beside it: V8 takes the compiled code from the
 *   cache instead of parsing a megabyte and more of code and compiling each function again as it
 *   is first called (eight builds after adding an article to 400, in turns: start-up some 20 ms
 *   sooner, the whole build some 35 ms; a build from nothing, its data step some 70 ms). A run
 *   writes the cache once it has run the code a build runs (the entry says so:
 *   scripts/typescript-loader.ts keepCompiledCode) and when there is none V8 accepts. V8 takes a
 *   cache only with the flags it was made with, so a run whose flags changed while it ran (a large
 *   build's, scripts/short-build.ts) writes none. A script cannot `import()` by itself: the code
 *   imports packages and files by a path known only when it runs through
 *   scripts/typescript-loader.ts importModule. The page templates are compiled into the script too
 *   (importTypeScript takes them from there): imported as modules, Node compiled them again on every
 *   run, some 35 to 80 ms of a build after adding an article. An entry that awaits at its top level,
 *   or imports a package that is an ES module only, cannot be a script: it runs as a module, without the cache.
 * - Source maps are written beside the bundle but not read unless asked for (reading them costs
 *   about 30 ms a run): `node --enable-source-maps scripts/run-compiled.mjs …` shows stack
 *   traces in the TypeScript sources (the entry then runs as a module, without the cache).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cachedDataVersionTag } from 'node:v8';
import { Script } from 'node:vm';

const ROOT = resolve(import.meta.dirname, '..');
const COMPILED = join(ROOT, '.cache', 'compiled');
/** Bumped when the way bundles are made changes: older bundles are then made again. */
const FORMAT = '4';
/** Files that decide how the sources compile, besides the sources themselves. */
const SETTINGS = ['tsconfig.json', 'package.json'];
/** The symbol scripts/typescript-loader.ts looks for: registers tsx's loader (once) and resolves when done. */
const REGISTER_TYPESCRIPT = Symbol.for('dateline.registerTypeScript');
const LOADERS = { '.ts': 'ts', '.mts': 'ts', '.json': 'json', '.js': 'js', '.mjs': 'js' };
/** Packages bundled with the code (see above): plain ES modules, reading no files of their own. */
const BUNDLED = new Set(['chrono-node', 'zod', 're2js', 'franc-min', 'date-fns', 'd3-geo', 'd3-scale', 'd3-time', 'topojson-client', 'remark', 'remark-html']);
/** A bare import's package name: `date-fns/format` -> `date-fns`, `@11ty/eleventy` -> `@11ty/eleventy`. */
const PACKAGE_NAME = /^(?:@[^/]+\/)?[^/]+/;
/** A file inside a package: the folder of the package (its package.json), relative to the root. */
const IN_PACKAGE = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//;
/** The symbol scripts/typescript-loader.ts looks for: the site's templates, precompiled with the entry (source path -> bundle URL). */
const COMPILED_TEMPLATES = Symbol.for('dateline.compiledTemplates');
/** The site's page templates, imported by path when the site is rendered: bundled beside the entry. */
const TEMPLATES = 'layouts';
const TEMPLATE_FILE = /\.11ty\.ts$/;
/** A bundle or manifest being written: `.<folder>.<pid>.tmp`, `<name>.json.<pid>.tmp`. */
const TEMPORARY = /\.(\d+)\.tmp$/;
/** The symbols scripts/typescript-loader.ts looks for when the entry runs as a script: `import()`, `import.meta.resolve`, and the entry's word that the run is worth keeping the compiled code of. */
const IMPORT = Symbol.for('dateline.import');
const RESOLVE = Symbol.for('dateline.resolve');
const KEEP_COMPILED = Symbol.for('dateline.keepCompiledCode');
/** The script's own entry and its module of templates (esbuild's names for them: see withTemplates). */
const SCRIPT_ENTRY = 'dateline-script';
const SCRIPT_TEMPLATES = 'dateline-script-templates';

let registering = null;
globalThis[IMPORT] = (specifier) => import(specifier);
// A bare specifier resolves from here as from any file of the project (one node_modules); a relative one from the file's own URL.
globalThis[RESOLVE] = (parent, specifier) => (specifier.startsWith('.') ? new URL(specifier, parent).href : import.meta.resolve(specifier));
globalThis[REGISTER_TYPESCRIPT] = () => {
  registering ??= import('tsx/esm/api').then(({ register }) => {
    register();
  });
  return registering;
};

const [given, ...args] = process.argv.slice(2);
if (!given) {
  console.error('usage: node scripts/run-compiled.mjs ENTRY.ts [arguments]');
  process.exit(2);
}
const entry = resolve(given);
// The entry reads its own arguments as when it is run directly (`node ENTRY args`).
process.argv.splice(1, process.argv.length - 1, entry, ...args);

let code;
let script = null;
try {
  const bundle = await compiled(entry);
  code = bundle.url;
  // With source maps asked for, the module: Node maps the stack traces of modules it loads itself.
  if (!process.execArgv.includes('--enable-source-maps')) script = bundle.script;
  globalThis[COMPILED_TEMPLATES] = bundle.templates;
} catch (e) {
  console.warn(`note: ${relative(ROOT, entry)} runs through tsx, not precompiled (${e instanceof Error ? e.message.split('\n')[0] : e})`);
  await globalThis[REGISTER_TYPESCRIPT]();
  code = pathToFileURL(entry).href;
}
if (script) runScript(script);
else await import(code);

/**
 * Runs a CommonJS bundle as Node runs a CommonJS module, compiled with the V8 code cache beside it
 * (`<script>.cache`), and writes the cache at exit when there was none V8 took, the entry said the run
 * was worth keeping (KEEP_COMPILED) and the V8 flags are still those the script was compiled with.
 * @param {string} file
 */
function runScript(file) {
  const cacheFile = `${file}.cache`;
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const flags = cachedDataVersionTag();
  const source = readFileSync(file, 'utf8');
  const compiledScript = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, cachedData });
  if (cachedData === undefined || compiledScript.cachedDataRejected) {
    process.once('exit', (status) => {
      if (status !== 0 || globalThis[KEEP_COMPILED] !== true || cachedDataVersionTag() !== flags) return;
      try {
        writeAtomically(cacheFile, compiledScript.createCachedData());
      } catch {
        // Not kept: the next run compiles the script again.
      }
    });
  }
  const module = { exports: {} };
  compiledScript.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
}

/**
 * The URL of the entry's bundle, made now unless one made from the same files is stored, and
 * the bundles of the site's page templates made with it (each template's source path -> URL):
 * loading them through tsx's loader cost a rebuild some 0.3 to 0.6 s.
 * @param {string} entry absolute path of the entry
 * @returns {Promise<{ url: string, templates: Map<string, string> }>}
 */
async function compiled(entry) {
  const name = basename(entry, extname(entry));
  const manifestFile = join(COMPILED, `${name}.json`);
  const known = readManifest(manifestFile);
  /** @param {string} folder @param {readonly string[]} templates */
  const bundle = (folder, templates) => ({
    url: pathToFileURL(join(COMPILED, folder, `${name}.js`)).href,
    // Made beside the module bundle when the entry can be a script (scriptOf).
    script: existsSync(join(COMPILED, folder, `${name}.cjs`)) ? join(COMPILED, folder, `${name}.cjs`) : null,
    templates: new Map(templates.map((t) => [join(ROOT, TEMPLATES, t), pathToFileURL(join(COMPILED, folder, TEMPLATES, t.replace(/\.ts$/, '.js'))).href])),
  });
  const templates = existsSync(join(ROOT, TEMPLATES))
    ? readdirSync(join(ROOT, TEMPLATES))
        .filter((f) => TEMPLATE_FILE.test(f))
        .sort()
    : [];
  if (
    known?.hash &&
    hashFiles(known.inputs) === known.hash &&
    existsSync(join(COMPILED, known.folder, `${name}.js`)) &&
    templates.every((t) => known.templates.includes(t))
  ) {
    return bundle(known.folder, known.templates);
  }
  const { build } = await import('esbuild');
  /** @type {Map<string, string>} input path (relative to the root) -> its text as bundled */
  const read = new Map();
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: { [name]: entry, ...Object.fromEntries(templates.map((t) => [`${TEMPLATES}/${t.replace(/\.ts$/, '')}`, join(ROOT, TEMPLATES, t)])) },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outdir: join(COMPILED, 'out'),
    write: false,
    sourcemap: 'linked',
    logLevel: 'silent',
    plugins: [packagesOutside(BUNDLED), sourcesAsWritten(read)],
  });
  const scriptFiles = await scriptOf(
    build,
    entry,
    name,
    templates.map((t) => join(ROOT, TEMPLATES, t)),
  );
  const inputs = [...read.keys()].sort();
  const hash = hashFiles(inputs, (file) => read.get(file) ?? '');
  const folder = `${name}-${hash}`;
  const target = join(COMPILED, folder);
  if (!existsSync(join(target, `${name}.js`))) {
    // Written beside, then renamed: two builds at once never see half a bundle.
    const temporary = join(COMPILED, `.${folder}.${process.pid}.tmp`);
    rmSync(temporary, { recursive: true, force: true });
    for (const file of [...result.outputFiles, ...(scriptFiles ?? [])]) {
      const path = join(temporary, relative(join(COMPILED, 'out'), file.path));
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, file.contents);
    }
    try {
      renameSync(temporary, target);
    } catch (e) {
      rmSync(temporary, { recursive: true, force: true });
      if (!existsSync(join(target, `${name}.js`))) throw e;
    }
  }
  // A file edited while esbuild read it: the next run finds the hashes differ and bundles again.
  const unchanged = hashFiles(inputs) === hash;
  writeAtomically(manifestFile, JSON.stringify({ hash: unchanged ? hash : '', folder, inputs, templates }));
  // Bundles of older code go; the one the manifest named until now stays, for a build that may still be running it.
  // So do the temporary files of runs killed while writing one (their process is gone), as src/leftovers.ts does.
  for (const other of readdirSync(COMPILED)) {
    const writer = Number(TEMPORARY.exec(other)?.[1] ?? Number.NaN);
    const older = other.startsWith(`${name}-`) && other !== folder && other !== known?.folder;
    if (older || (Number.isInteger(writer) && writer !== process.pid && !processIsAlive(writer))) {
      rmSync(join(COMPILED, other), { recursive: true, force: true });
    }
  }
  return bundle(folder, templates);
}

/**
 * The entry bundled whole as one CommonJS script (its files, beside the module bundle's), or null
 * when it cannot be one: it awaits at its top level, or imports a package outside the bundle that
 * is an ES module only.
 * @param {typeof import('esbuild').build} build
 * @param {string} entry @param {string} name @param {readonly string[]} templates absolute paths of the page templates
 * @returns {Promise<import('esbuild').OutputFile[] | null>}
 */
async function scriptOf(build, entry, name, templates) {
  /** @type {Map<string, string>} */
  const required = new Map();
  try {
    const result = await build({
      absWorkingDir: ROOT,
      entryPoints: { [name]: `${SCRIPT_ENTRY}:${name}` },
      bundle: true,
      format: 'cjs',
      platform: 'node',
      target: 'node20',
      outdir: join(COMPILED, 'out'),
      outExtension: { '.js': '.cjs' },
      // The code's `import()` of modules it does not bundle stays as written: it is never run (see importModule).
      supported: { 'dynamic-import': true },
      write: false,
      sourcemap: 'linked',
      logLevel: 'silent',
      plugins: [withTemplates(entry, templates), packagesOutside(BUNDLED, required), sourcesAsWritten(new Map(), true)],
    });
    return [...required].every(([specifier, importer]) => requiredAsCommonJs(specifier, importer)) ? result.outputFiles : null;
  } catch {
    return null;
  }
}

/**
 * An esbuild plugin: the script's entry, which first leaves the site's page templates where
 * scripts/typescript-loader.ts finds them (source path -> a function importing it from the script,
 * compiled with it), then runs the entry.
 * @param {string} entry @param {readonly string[]} templates absolute paths
 */
function withTemplates(entry, templates) {
  return {
    name: 'with-templates',
    setup(build) {
      build.onResolve({ filter: new RegExp(`^${SCRIPT_ENTRY}:|^${SCRIPT_TEMPLATES}$`) }, ({ path }) => ({ path, namespace: SCRIPT_ENTRY }));
      build.onLoad({ filter: /.*/, namespace: SCRIPT_ENTRY }, ({ path }) => {
        if (path === SCRIPT_TEMPLATES) {
          const loaders = templates.map((t) => `[${JSON.stringify(t)}, () => import(${JSON.stringify(t)})]`).join(',\n  ');
          return { contents: `globalThis[Symbol.for('dateline.scriptTemplates')] = new Map([\n  ${loaders}\n]);\n`, loader: 'js', resolveDir: ROOT };
        }
        return { contents: `import ${JSON.stringify(SCRIPT_TEMPLATES)};\nimport ${JSON.stringify(entry)};\n`, loader: 'js', resolveDir: ROOT };
      });
    },
  };
}

/**
 * An esbuild plugin: a package the project's code imports stays outside the bundle unless it is
 * one of `bundled`; what a bundled package imports is bundled with it. `requiredBy` collects the
 * packages outside imported at the top of a file (package -> a file importing it).
 * @param {ReadonlySet<string>} bundled
 * @param {Map<string, string> | null} [requiredBy]
 */
function packagesOutside(bundled, requiredBy = null) {
  return {
    name: 'packages-outside',
    setup(build) {
      build.onResolve({ filter: /^[^./]/ }, ({ path, importer, kind }) => {
        if (path.startsWith('node:') || IN_PACKAGE.test(relative(ROOT, importer))) return undefined;
        if (bundled.has(PACKAGE_NAME.exec(path)?.[0] ?? path)) return undefined;
        // In a script, a package imported at the top of a file is loaded by `require`.
        if (requiredBy && kind === 'import-statement') requiredBy.set(path, importer);
        return { path, external: true };
      });
    },
  };
}

/**
 * Whether `require` loads the package as CommonJS from `importer` (a script cannot load an ES module
 * by `require` on every Node 20): it resolves under the require condition to a file that is not an ES module.
 * @param {string} specifier @param {string} importer
 */
function requiredAsCommonJs(specifier, importer) {
  try {
    const file = createRequire(importer).resolve(specifier);
    if (file.endsWith('.mjs')) return false;
    if (file.endsWith('.cjs') || !file.endsWith('.js')) return true;
    const pkg = IN_PACKAGE.exec(relative(ROOT, file))?.[1];
    return pkg === undefined || JSON.parse(readFileSync(join(ROOT, pkg, 'package.json'), 'utf8')).type !== 'module';
  } catch {
    return false;
  }
}

/**
 * An esbuild plugin: reads the project's files itself, keeping their text (for the bundle's
 * hash) and writing `import.meta.url`/`dirname`/`filename` as the file's own. A file of a
 * bundled package stands in the hash by its package's package.json (its name and version).
 * In a script (`asScript`), which has no `import.meta`, `import.meta.resolve` asks the launcher.
 * @param {Map<string, string>} read
 * @param {boolean} [asScript]
 */
function sourcesAsWritten(read, asScript = false) {
  return {
    name: 'sources-as-written',
    setup(build) {
      build.onLoad({ filter: /.*/ }, (file) => {
        const loader = LOADERS[extname(file.path)];
        if (!loader) return undefined;
        const text = readFileSync(file.path, 'utf8');
        const inPackage = IN_PACKAGE.exec(relative(ROOT, file.path))?.[1];
        if (inPackage === undefined) read.set(relative(ROOT, file.path), text);
        else if (!read.has(join(inPackage, 'package.json')))
          read.set(join(inPackage, 'package.json'), readFileSync(join(ROOT, inPackage, 'package.json'), 'utf8'));
        const url = JSON.stringify(pathToFileURL(file.path).href);
        const resolved = asScript ? text.replaceAll('import.meta.resolve(', `globalThis[Symbol.for('dateline.resolve')](${url}, `) : text;
        const contents = resolved
          .replaceAll('import.meta.url', url)
          .replaceAll('import.meta.dirname', JSON.stringify(dirname(file.path)))
          .replaceAll('import.meta.filename', JSON.stringify(file.path));
        return { contents, loader };
      });
    },
  };
}

/**
 * A hash of files' texts (read from disk unless `text` gives them) and of the settings; '' when one cannot be read.
 * @param {readonly string[]} inputs paths relative to the root
 * @param {(file: string) => string} [text]
 */
function hashFiles(inputs, text = (file) => readFileSync(join(ROOT, file), 'utf8')) {
  // The project's folder too: the bundle names its files (import.meta.url, the templates) by their absolute paths.
  const hash = createHash('sha256').update(`${FORMAT}\0${ROOT}\0`);
  for (const file of [...inputs, ...SETTINGS]) {
    let content;
    try {
      content = SETTINGS.includes(file) ? readFileSync(join(ROOT, file), 'utf8') : text(file);
    } catch {
      return '';
    }
    hash.update(`${file}\0${content}\0`);
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * True while a process of this id runs (EPERM: it runs, as another user).
 * @param {number} pid
 */
function processIsAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e instanceof Error && 'code' in e && e.code === 'EPERM';
  }
}

/** @param {string} file */
function readManifest(file) {
  try {
    const manifest = JSON.parse(readFileSync(file, 'utf8'));
    const valid =
      Array.isArray(manifest.inputs) && Array.isArray(manifest.templates) && typeof manifest.hash === 'string' && typeof manifest.folder === 'string';
    return valid ? manifest : null;
  } catch {
    return null;
  }
}

/** @param {string} file @param {string} text */
function writeAtomically(file, text) {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}
