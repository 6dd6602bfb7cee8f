/**
 * `npm run build` again into the folder of an earlier build: its unchanged pages are carried
 * over into the new folder as hard links, and the changed ones rendered. The site must be the
 * same bytes as a build from nothing, the earlier build's files must never be written through
 * a link (the site being served keeps its bytes until the new one is in place), and a build
 * that stops leaves nothing beside the output folder.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { after, describe, test } from 'node:test';
import { ROOT } from '../helpers/build-site.ts';
import { snapshot } from '../helpers/snapshot.ts';
import { tempDir } from '../helpers/temp.ts';

const work = tempDir('dateline-again-');
const cache = join(work, 'cache');

function build(content: string, out: string, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts', '--content', content, '--out', out, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, DATELINE_CACHE: cache },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A content folder holding the project's registries and seed articles. */
function seedContent(name: string): string {
  const dir = join(work, name);
  cpSync(join(ROOT, 'content'), dir, { recursive: true });
  return dir;
}

/** Every file of a folder hard-linked into another, as a reader's open files would be, with its bytes now. */
function holdFiles(dir: string, to: string): Map<string, string> {
  const held = new Map<string, string>();
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!statSync(join(dir, file)).isFile()) continue;
    mkdirSync(dirname(join(to, file)), { recursive: true });
    linkSync(join(dir, file), join(to, file));
    held.set(file, readFileSync(join(to, file), 'utf8'));
  }
  return held;
}

const differing = (a: Map<string, string>, b: Map<string, string>): string[] =>
  [...new Set([...a.keys(), ...b.keys()])].filter((f) => a.get(f) !== b.get(f)).sort();

/** Every folder under a folder, as relative paths. */
const foldersUnder = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => join(d.parentPath, d.name).slice(dir.length + 1))
    .sort();

const beside = (out: string): string[] => readdirSync(dirname(out)).filter((n) => n.startsWith(`.${out.split('/').pop()}.building`));

describe('building again into the folder of an earlier build', () => {
  after(() => rmSync(work, { recursive: true, force: true }));

  test('after an article is added and another edited, the site is the same bytes as a cold build, and the earlier build kept its bytes', () => {
    const content = seedContent('content-a');
    const out = join(work, 'a', '_site');
    assert.equal(build(content, out).status, 0);
    const held = holdFiles(out, join(work, 'a-held'));
    writeFileSync(
      join(content, 'articles', 'added-note.txt'),
      '---\npublished: 2016-12-13\nsource: Test Wire One\n---\nShelling hit a bakery in Aleppo on Tuesday, 13 December 2016, killing 12 people, residents said.\n',
    );
    const edited = readdirSync(join(content, 'articles')).filter((f) => f.endsWith('.txt'))[0] ?? '';
    writeFileSync(
      join(content, 'articles', edited),
      `${readFileSync(join(content, 'articles', edited), 'utf8')}\nThe road was closed again on Monday, a witness said.\n`,
    );
    const again = build(content, out);
    assert.equal(again.status, 0, again.stderr);
    assert.match(again.stdout, /\d+ rendered .*, \d+ unchanged/);
    const cold = join(work, 'a-cold', '_site');
    assert.equal(build(content, cold).status, 0);
    assert.deepEqual(differing(snapshot(out), snapshot(cold)), []);
    // Nothing was written through a link into the earlier build's files.
    const heldNow = new Map([...held.keys()].map((f): [string, string] => [f, readFileSync(join(work, 'a-held', f), 'utf8')]));
    assert.deepEqual(differing(heldNow, held), []);
    // Pages carried over are links to the earlier build's files, and some were.
    const shared = [...held.keys()].filter(
      (f) => f.endsWith('.html') && statSync(join(out, f), { throwIfNoEntry: false })?.ino === statSync(join(work, 'a-held', f)).ino,
    );
    assert.ok(shared.length > 10, `${shared.length} pages carried over`);
    assert.deepEqual(beside(out), []);
  });

  test('after an article is removed, the site holds the same files and folders as a cold build: no folder is left of its pages', () => {
    const content = seedContent('content-d');
    const out = join(work, 'd', '_site');
    assert.equal(build(content, out).status, 0);
    const removed = readdirSync(join(content, 'articles')).filter((f) => f.endsWith('.txt'))[0] ?? '';
    rmSync(join(content, 'articles', removed));
    const again = build(content, out);
    assert.equal(again.status, 0, again.stderr);
    const cold = join(work, 'd-cold', '_site');
    assert.equal(build(content, cold).status, 0);
    assert.deepEqual(differing(snapshot(out), snapshot(cold)), []);
    assert.deepEqual(foldersUnder(out), foldersUnder(cold));
    assert.deepEqual(beside(out), []);
  });

  test('a build under another path prefix renders every page and is the same bytes as a cold build', () => {
    const content = seedContent('content-b');
    const out = join(work, 'b', '_site');
    assert.equal(build(content, out).status, 0);
    const again = build(content, out, '--pathprefix', '/timeline/');
    assert.equal(again.status, 0, again.stderr);
    assert.match(again.stdout, /(\d+) pages: \1 rendered/);
    const cold = join(work, 'b-cold', '_site');
    assert.equal(build(content, cold, '--pathprefix', '/timeline/').status, 0);
    assert.deepEqual(differing(snapshot(out), snapshot(cold)), []);
    assert.deepEqual(beside(out), []);
  });

  test('a build stopped under --strict leaves the earlier build as it was, and nothing beside it', () => {
    const content = seedContent('content-c');
    const out = join(work, 'c', '_site');
    assert.equal(build(content, out).status, 0);
    const before = snapshot(out);
    writeFileSync(join(content, 'articles', 'undated.txt'), 'Nobody could say when the water would come back, residents said.\n');
    const stopped = build(content, out, '--strict');
    assert.equal(stopped.status, 1);
    assert.deepEqual(differing(snapshot(out), before), []);
    assert.deepEqual(beside(out), []);
  });

  test('the site a build replaced is kept beside the output and brought up to date in place by the next: the same bytes as a cold build, the served site untouched', () => {
    const content = seedContent('content-e');
    const out = join(work, 'e', '_site');
    const spare = join(work, 'e', '._site.spare');
    assert.equal(build(content, out).status, 0);
    assert.ok(!existsSync(spare), 'a first build replaces nothing');
    writeFileSync(
      join(content, 'articles', 'added-one.txt'),
      '---\npublished: 2016-12-13\nsource: Test Wire One\n---\nShelling hit a bakery in Aleppo on Tuesday, 13 December 2016, killing 12 people, residents said.\n',
    );
    assert.equal(build(content, out).status, 0);
    assert.ok(existsSync(join(spare, 'index.html')), 'the first site is kept as the spare');
    // A file the build no longer writes (an asset taken out of the templates) must not survive in the spare.
    writeFileSync(join(spare, 'assets', 'retired.css'), 'body {}\n');
    const held = holdFiles(out, join(work, 'e-held'));
    writeFileSync(
      join(content, 'articles', 'added-two.txt'),
      '---\npublished: 2016-12-14\nsource: Test Wire Two\n---\nA convoy left eastern Aleppo on Wednesday, 14 December 2016, with 300 people on board, the Red Crescent said.\n',
    );
    rmSync(join(content, 'articles', readdirSync(join(content, 'articles')).filter((f) => f.endsWith('.txt'))[0] ?? ''));
    const spareFolder = statSync(spare).ino;
    const third = build(content, out);
    assert.equal(third.status, 0, third.stderr);
    const cold = join(work, 'e-cold', '_site');
    assert.equal(build(content, cold).status, 0);
    assert.deepEqual(differing(snapshot(out), snapshot(cold)), []);
    assert.deepEqual(foldersUnder(out), foldersUnder(cold));
    assert.ok(!existsSync(join(out, 'assets', 'retired.css')));
    const heldNow = new Map([...held.keys()].map((f): [string, string] => [f, readFileSync(join(work, 'e-held', f), 'utf8')]));
    assert.deepEqual(differing(heldNow, held), [], 'the site served meanwhile kept its bytes');
    assert.equal(statSync(out).ino, spareFolder, 'the spare was brought up to date, not a new folder made');
    assert.ok(existsSync(join(spare, 'index.html')), 'the second site is the spare now');
    assert.deepEqual(beside(out), []);
  });
});
