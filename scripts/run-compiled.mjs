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
 * - Source maps are written beside the bundle but not read unless asked for (reading them costs
 *   about 30 ms a run): `node --enable-source-maps scripts/run-compiled.mjs …` shows stack
 *   traces in the TypeScript sources.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = resolve(import.meta.dirname, '..');
const COMPILED = join(ROOT, '.cache', 'compiled');
/** Bumped when the way bundles are made changes: older bundles are then made again. */
const FORMAT = '2';
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

let registering = null;
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
try {
  const bundle = await compiled(entry);
  code = bundle.url;
  globalThis[COMPILED_TEMPLATES] = bundle.templates;
} catch (e) {
  console.warn(`note: ${relative(ROOT, entry)} runs through tsx, not precompiled (${e instanceof Error ? e.message.split('\n')[0] : e})`);
  await globalThis[REGISTER_TYPESCRIPT]();
  code = pathToFileURL(entry).href;
}
await import(code);

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
  const inputs = [...read.keys()].sort();
  const hash = hashFiles(inputs, (file) => read.get(file) ?? '');
  const folder = `${name}-${hash}`;
  const target = join(COMPILED, folder);
  if (!existsSync(join(target, `${name}.js`))) {
    // Written beside, then renamed: two builds at once never see half a bundle.
    const temporary = join(COMPILED, `.${folder}.${process.pid}.tmp`);
    rmSync(temporary, { recursive: true, force: true });
    for (const file of result.outputFiles) {
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
 * An esbuild plugin: a package the project's code imports stays outside the bundle unless it is
 * one of `bundled`; what a bundled package imports is bundled with it.
 * @param {ReadonlySet<string>} bundled
 */
function packagesOutside(bundled) {
  return {
    name: 'packages-outside',
    setup(build) {
      build.onResolve({ filter: /^[^./]/ }, ({ path, importer }) => {
        if (path.startsWith('node:') || IN_PACKAGE.test(relative(ROOT, importer))) return undefined;
        return bundled.has(PACKAGE_NAME.exec(path)?.[0] ?? path) ? undefined : { path, external: true };
      });
    },
  };
}

/**
 * An esbuild plugin: reads the project's files itself, keeping their text (for the bundle's
 * hash) and writing `import.meta.url`/`dirname`/`filename` as the file's own. A file of a
 * bundled package stands in the hash by its package's package.json (its name and version).
 * @param {Map<string, string>} read
 */
function sourcesAsWritten(read) {
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
        const contents = text
          .replaceAll('import.meta.url', JSON.stringify(pathToFileURL(file.path).href))
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
  const hash = createHash('sha256').update(`${FORMAT}\0`);
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
