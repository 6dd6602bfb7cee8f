/**
 * `npm run build` runs scripts/build.ts precompiled (scripts/run-compiled.mjs): it must do
 * what the same entry does run through tsx, and run the code as it is on disk now.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { snapshot } from '../helpers/snapshot.ts';
import { tempDir } from '../helpers/temp.ts';

const ROOT = resolve(import.meta.dirname, '../..');

/** A small project of its own: the launcher, the loader helper, this project's packages, and TypeScript sources. */
function project(files: Readonly<Record<string, string>>): string {
  const dir = tempDir('dateline-compiled-');
  mkdirSync(join(dir, 'scripts'));
  mkdirSync(join(dir, 'src'));
  for (const file of ['scripts/run-compiled.mjs', 'scripts/typescript-loader.ts', 'tsconfig.json']) copyFileSync(join(ROOT, file), join(dir, file));
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  return dir;
}

function run(dir: string, args: readonly string[], nodeFlags: readonly string[] = []): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [...nodeFlags, join(dir, 'scripts', 'run-compiled.mjs'), ...args], { cwd: dir, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The files made for an entry (its bundle's folder under .cache/compiled), by the manifest of its last run. */
function bundleFolder(dir: string, name: string): string {
  const { folder } = JSON.parse(readFileSync(join(dir, '.cache', 'compiled', `${name}.json`), 'utf8')) as { folder: string };
  return join(dir, '.cache', 'compiled', folder);
}

const ENTRY = `import { greeting, where } from '../src/greeting.ts';
console.log(JSON.stringify({ greeting, where, args: process.argv.slice(2) }));
`;

describe('running a TypeScript entry precompiled', () => {
  test('runs the entry with its own arguments, import.meta naming each source file', () => {
    const dir = project({
      'scripts/hello.ts': ENTRY,
      'src/greeting.ts': "export const greeting: string = 'hello';\nexport const where = import.meta.dirname;\n",
    });
    const r = run(dir, ['scripts/hello.ts', '--out', 'x']);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout), { greeting: 'hello', where: join(dir, 'src'), args: ['--out', 'x'] });
    assert.equal(r.stderr, '', 'it ran precompiled, with no note');
  });

  test('runs the code as edited since the last run, not the bundle made before', () => {
    const dir = project({ 'scripts/hello.ts': ENTRY, 'src/greeting.ts': "export const greeting = 'hello';\nexport const where = '';\n" });
    assert.equal(JSON.parse(run(dir, ['scripts/hello.ts']).stdout).greeting, 'hello');
    writeFileSync(join(dir, 'src', 'greeting.ts'), "export const greeting = 'goodbye';\nexport const where = '';\n");
    assert.equal(JSON.parse(run(dir, ['scripts/hello.ts']).stdout).greeting, 'goodbye');
  });

  test('imports a TypeScript file by a path known only at run time once it asked for the loader', () => {
    const dir = project({
      'scripts/late.ts': `import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { typeScriptLoaded } from './typescript-loader.ts';
await typeScriptLoaded();
const { word } = (await import(pathToFileURL(join(process.cwd(), 'src', process.argv[2] ?? '')).href)) as { word: string };
console.log(word);
`,
      'src/word.ts': "export const word: string = 'late';\n",
    });
    const r = run(dir, ['scripts/late.ts', 'word.ts']);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout.trim(), 'late');
  });

  test('imports the page templates from bundles made with the entry, as edited since, and a template added later too', () => {
    const dir = project({
      'scripts/site.ts': `import { join } from 'node:path';
import { importableUrl } from './typescript-loader.ts';
const url = await importableUrl(join(process.cwd(), 'layouts', process.argv[2] ?? ''));
const { title } = (await import(url)) as { title: string };
console.log(JSON.stringify({ title, bundled: url.includes('/.cache/compiled/') }));
`,
    });
    mkdirSync(join(dir, 'layouts'));
    writeFileSync(join(dir, 'layouts', 'page.11ty.ts'), "export const title: string = 'first';\n");
    const page = (name: string) => JSON.parse(run(dir, ['scripts/site.ts', name]).stdout) as { title: string; bundled: boolean };
    assert.deepEqual(page('page.11ty.ts'), { title: 'first', bundled: true });
    writeFileSync(join(dir, 'layouts', 'page.11ty.ts'), "export const title: string = 'edited';\n");
    assert.deepEqual(page('page.11ty.ts'), { title: 'edited', bundled: true });
    writeFileSync(join(dir, 'layouts', 'later.11ty.ts'), "export const title: string = 'added';\n");
    assert.deepEqual(page('later.11ty.ts'), { title: 'added', bundled: true });
  });

  test('a build run as a script takes the page templates from its own script, sharing its modules, as edited since', () => {
    const dir = project({
      'scripts/site.ts': `import { join } from 'node:path';
import { shared } from '../src/shared.ts';
import { importTypeScript } from './typescript-loader.ts';
void importTypeScript<{ seen: object; title: string }>(join(process.cwd(), 'layouts', 'page.11ty.ts')).then(({ seen, title }) => {
  console.log(JSON.stringify({ title, sameModule: seen === shared }));
});
`,
      'src/shared.ts': 'export const shared: object = {};\n',
    });
    mkdirSync(join(dir, 'layouts'));
    const template = (title: string): string =>
      `import { shared } from '../src/shared.ts';\nexport const seen = shared;\nexport const title: string = '${title}';\n`;
    writeFileSync(join(dir, 'layouts', 'page.11ty.ts'), template('first'));
    const page = () => JSON.parse(run(dir, ['scripts/site.ts']).stdout) as { title: string; sameModule: boolean };
    // Imported as a module of its own bundle, the template would hold another copy of src/shared.ts.
    assert.deepEqual(page(), { title: 'first', sameModule: true });
    assert.equal(existsSync(join(bundleFolder(dir, 'site'), 'site.cjs')), true, 'the entry ran as a script');
    writeFileSync(join(dir, 'layouts', 'page.11ty.ts'), template('edited'));
    assert.deepEqual(page(), { title: 'edited', sameModule: true });
  });

  test('imports a template through tsx when it has no bundle', () => {
    const dir = project({
      'scripts/site.ts': `import { join } from 'node:path';
import { importableUrl } from './typescript-loader.ts';
const url = await importableUrl(join(process.cwd(), 'src', 'word.ts'));
console.log(((await import(url)) as { word: string }).word, url.includes('/.cache/compiled/'));
`,
      'src/word.ts': "export const word: string = 'unbundled';\n",
    });
    const r = run(dir, ['scripts/site.ts']);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout.trim(), 'unbundled false');
  });

  test("removes what a killed run left while writing a bundle, not a running one's", () => {
    const dir = project({ 'scripts/hello.ts': ENTRY, 'src/greeting.ts': "export const greeting = 'hello';\nexport const where = '';\n" });
    const compiled = join(dir, '.cache', 'compiled');
    const gone = spawnSync(process.execPath, ['-e', '']).pid;
    const killed = join(compiled, `.hello-0123456789abcdef.${gone}.tmp`);
    const running = join(compiled, `.hello-0123456789abcdef.${process.pid}.tmp`);
    mkdirSync(killed, { recursive: true });
    mkdirSync(running, { recursive: true });
    assert.equal(run(dir, ['scripts/hello.ts']).status, 0);
    assert.equal(existsSync(killed), false);
    assert.equal(existsSync(running), true);
  });

  test('bundles the plain packages it names, made again when their version changes; imports the others from node_modules', () => {
    const dir = project({
      'scripts/versions.ts': "import { v } from 'franc-min';\nimport { w } from 'not-bundled';\nconsole.log(v, w);\n",
    });
    // A project of its own packages: one named among those bundled, one not, and esbuild to bundle them.
    rmSync(join(dir, 'node_modules'));
    const fakePackage = (name: string, version: string, code: string): void => {
      mkdirSync(join(dir, 'node_modules', name), { recursive: true });
      writeFileSync(join(dir, 'node_modules', name, 'package.json'), JSON.stringify({ name, version, type: 'module', main: 'index.js' }));
      writeFileSync(join(dir, 'node_modules', name, 'index.js'), code);
    };
    mkdirSync(join(dir, 'node_modules'));
    for (const name of ['esbuild', '@esbuild']) symlinkSync(join(ROOT, 'node_modules', name), join(dir, 'node_modules', name));
    fakePackage('franc-min', '1.0.0', "export const v = 'one';\n");
    fakePackage('not-bundled', '1.0.0', "export const w = 'outside';\n");
    const first = run(dir, ['scripts/versions.ts']);
    assert.equal(first.status, 0, first.stderr);
    assert.equal(first.stdout.trim(), 'one outside');
    const bundle = readFileSync(
      join(dir, '.cache', 'compiled', readdirSync(join(dir, '.cache', 'compiled')).find((f) => f.startsWith('versions-')) ?? '', 'versions.js'),
      'utf8',
    );
    assert.doesNotMatch(bundle, /from "franc-min"/);
    assert.match(bundle, /from "not-bundled"/);
    fakePackage('franc-min', '1.0.1', "export const v = 'two';\n");
    assert.equal(run(dir, ['scripts/versions.ts']).stdout.trim(), 'two outside');
  });

  test('runs the entry through tsx, with a note, when the bundle cannot be stored', () => {
    const dir = project({ 'scripts/hello.ts': ENTRY, 'src/greeting.ts': "export const greeting = 'hello';\nexport const where = '';\n" });
    // A file where the cache folder should be: nothing can be written under it.
    writeFileSync(join(dir, '.cache'), '');
    const r = run(dir, ['scripts/hello.ts', 'a']);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout), { greeting: 'hello', where: '', args: ['a'] });
    assert.match(r.stderr, /runs through tsx, not precompiled/);
  });
});

describe('the entry run as one script with a V8 code cache', () => {
  const KEEPING = `import { importModule, keepCompiledCode } from './typescript-loader.ts';
void importModule<{ word: string }>(new URL('../src/word.mjs', import.meta.url).href).then(({ word }) => {
  console.log(word);
  if (process.argv.includes('keep')) keepCompiledCode();
});
`;
  const files = { 'scripts/keeping.ts': KEEPING, 'src/word.mjs': "export const word = 'imported';\n" };

  test('imports by a specifier known when it runs; keeps the cache once a run says so, and the next run takes it', () => {
    const dir = project(files);
    const first = run(dir, ['scripts/keeping.ts']);
    assert.equal(first.status, 0, first.stderr);
    assert.equal(first.stdout.trim(), 'imported');
    const cache = join(bundleFolder(dir, 'keeping'), 'keeping.cjs.cache');
    assert.ok(existsSync(join(bundleFolder(dir, 'keeping'), 'keeping.cjs')), 'it ran as a script');
    assert.equal(existsSync(cache), false, 'a run that did not say so keeps no cache');
    assert.equal(run(dir, ['scripts/keeping.ts', 'keep']).status, 0);
    assert.ok(existsSync(cache), 'the run that said so kept it');
    const kept = statSync(cache).ino;
    const again = run(dir, ['scripts/keeping.ts', 'keep']);
    assert.equal(again.stdout.trim(), 'imported');
    assert.equal(statSync(cache).ino, kept, 'V8 took the cache: it was not written again');
  });

  test('keeps no cache from a run whose V8 flags changed while it ran: V8 would not take it', () => {
    const dir = project({
      ...files,
      'scripts/keeping.ts': `import { setFlagsFromString } from 'node:v8';\nsetFlagsFromString('--interrupt-budget=99999');\n${KEEPING}`,
    });
    const r = run(dir, ['scripts/keeping.ts', 'keep']);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(existsSync(join(bundleFolder(dir, 'keeping'), 'keeping.cjs.cache')), false);
  });

  test('runs as a module an entry that awaits at its top level, or imports a package that is an ES module only', () => {
    const dir = project({ 'scripts/waiting.ts': "await Promise.resolve();\nconsole.log('waited');\n" });
    const r = run(dir, ['scripts/waiting.ts']);
    assert.equal(r.stdout.trim(), 'waited');
    assert.equal(existsSync(join(bundleFolder(dir, 'waiting'), 'waiting.cjs')), false);
    const esm = project({ 'scripts/pick.ts': "import { pick } from 'es-only';\nconsole.log(pick);\n" });
    rmSync(join(esm, 'node_modules'));
    mkdirSync(join(esm, 'node_modules', 'es-only'), { recursive: true });
    for (const name of ['esbuild', '@esbuild', 'tsx']) symlinkSync(join(ROOT, 'node_modules', name), join(esm, 'node_modules', name));
    writeFileSync(
      join(esm, 'node_modules', 'es-only', 'package.json'),
      JSON.stringify({ name: 'es-only', version: '1.0.0', type: 'module', exports: './index.js' }),
    );
    writeFileSync(join(esm, 'node_modules', 'es-only', 'index.js'), "export const pick = 'module';\n");
    const picked = run(esm, ['scripts/pick.ts']);
    assert.equal(picked.stdout.trim(), 'module', picked.stderr);
    assert.equal(existsSync(join(bundleFolder(esm, 'pick'), 'pick.cjs')), false);
  });
});

describe('npm run build, precompiled', () => {
  test('writes the same site, byte for byte, as scripts/build.ts run through tsx', () => {
    const [viaTsx, compiled] = [0, 1].map(() => join(tempDir('dateline-compiled-site-'), '_site'));
    const env: NodeJS.ProcessEnv = { ...process.env, DATELINE_CACHE: 'off' };
    for (const key of ['SOURCE_DATE_EPOCH', 'DATELINE_CONTENT', 'DATELINE_OUT']) delete env[key];
    const one = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts', '--out', viaTsx!], { cwd: ROOT, encoding: 'utf8', env });
    assert.equal(one.status, 0, one.stderr);
    const a = snapshot(viaTsx!);
    assert.ok(a.size > 10, 'the site was written');
    // From nothing, then again over it (pages carried over, templates imported by the script), as npm run build starts node.
    const { scripts } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    const flags = (scripts['build'] ?? '').split(' ').filter((w) => w.startsWith('--'));
    for (const run of ['cold', 'again']) {
      const two = spawnSync(process.execPath, [...flags, 'scripts/run-compiled.mjs', 'scripts/build.ts', '--out', compiled!], {
        cwd: ROOT,
        encoding: 'utf8',
        env,
      });
      assert.equal(two.status, 0, two.stderr);
      assert.doesNotMatch(two.stderr, /not precompiled/);
      const b = snapshot(compiled!);
      const names = [...new Set([...a.keys(), ...b.keys()])].sort();
      assert.deepEqual(
        names.filter((n) => a.get(n) !== b.get(n)),
        [],
        run,
      );
    }
  });
});
