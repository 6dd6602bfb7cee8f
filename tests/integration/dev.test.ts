import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { TimelineData } from '../../src/model/schema.ts';
import { buildSite, ROOT } from '../helpers/build-site.ts';
import { tempDir } from '../helpers/temp.ts';

const SEEDS = join(ROOT, 'content', 'articles');
/** Not a timing: how long to wait for a build line before the test gives up. */
const PATIENCE_MS = 90_000;

/** `npm run dev` on a content folder of its own, with its output lines to wait on. */
class DevServer {
  readonly lines: string[] = [];
  private readonly child: ChildProcess;
  private waiters: { test: (line: string) => boolean; resolve: (line: string) => void }[] = [];

  constructor(content: string, work: string) {
    this.child = spawn(process.execPath, ['--import', 'tsx', 'scripts/dev.ts', '--content', content, '--port', '0', '--data-dir', join(work, 'dev')], {
      cwd: ROOT,
      env: { ...process.env, DATELINE_CACHE: join(work, 'cache') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let rest = '';
    const take = (chunk: Buffer): void => {
      const text = rest + chunk.toString('utf8');
      const lines = text.split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) this.heard(line);
    };
    this.child.stdout?.on('data', take);
    this.child.stderr?.on('data', take);
  }

  /** The next line (from now on) that passes `test`. */
  next(test: (line: string) => boolean): Promise<string> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no such line from the dev server; it said:\n${this.lines.join('\n')}`)), PATIENCE_MS);
      this.waiters.push({
        test,
        resolve: (line) => {
          clearTimeout(timer);
          resolve(line);
        },
      });
    });
  }

  stop(): void {
    this.child.kill('SIGINT');
  }

  /** Stops the server and resolves once it has exited (a search index may still be being written until then). */
  stopped(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return Promise.resolve();
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.stop();
    return exited;
  }

  private heard(line: string): void {
    this.lines.push(line);
    const hit = this.waiters.filter((w) => w.test(line));
    this.waiters = this.waiters.filter((w) => !w.test(line));
    for (const w of hit) w.resolve(line);
  }
}

/** Saves a file as vim and many editors do: a temporary file, renamed over the old one. */
function saveByRenaming(file: string, text: string): void {
  const temporary = `${file}.tmp~`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}

/** Sends a path as it is written (fetch would tidy it), and gives the status and body. */
function getRaw(origin: string, path: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const req = request({ host: hostname, port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

const built = (articles: number) => (line: string) => line.startsWith(`${articles} articles (`);

describe('npm run dev', () => {
  const work = tempDir('dateline-dev-');
  const content = join(work, 'content');
  const articles = join(content, 'articles');
  let server: DevServer;
  let origin = '';
  const timeline = async (): Promise<TimelineData> => (await (await fetch(`${origin}/data/timeline.json`)).json()) as TimelineData;

  before(async () => {
    mkdirSync(articles, { recursive: true });
    for (const name of ['000_81e78f0b521ea31c.txt', '001_53346ace601f4505.txt']) copyFileSync(join(SEEDS, name), join(articles, name));
    for (const name of ['sources.yml', 'claimants.yml', 'places.yml']) copyFileSync(join(ROOT, 'content', name), join(content, name));
    server = new DevServer(content, work);
    const ready = await server.next((line) => line.startsWith('dateline dev: '));
    origin = /http:\/\/127\.0\.0\.1:\d+/.exec(ready)?.[0] ?? '';
  });

  after(async () => {
    await server.stopped();
    // Pagefind's own process may finish writing a moment after the server's.
    rmSync(work, { recursive: true, force: true, maxRetries: 5 });
  });

  test('serves the site built from the content folder', async () => {
    assert.ok(server.lines.some(built(2)), server.lines.join('\n'));
    assert.equal((await timeline()).articles.length, 2);
    assert.equal((await fetch(`${origin}/`)).status, 200);
  });

  test('answers malformed paths with 400 and keeps serving', async () => {
    for (const path of ['/..%2f', '/%ff', '/%E0%A4%A', '/a%00b']) {
      const { status } = await getRaw(origin, path);
      assert.equal(status, 400, path);
      assert.equal((await fetch(`${origin}/`)).status, 200, `still serving after ${path}`);
    }
  });

  test('serves nothing outside its folder, not even from a sibling whose name starts the same', async () => {
    const sibling = join(work, 'dev', 'site-evil');
    mkdirSync(sibling, { recursive: true });
    writeFileSync(join(sibling, 'secret.txt'), 'a file beside the served folder');
    writeFileSync(join(work, 'secret.txt'), 'a file above the served folder');
    for (const path of [
      '/..%2fsite-evil%2fsecret.txt',
      '/%2e%2e/site-evil/secret.txt',
      '/../site-evil/secret.txt',
      '/%2e%2e/%2e%2e/secret.txt',
      '/..%5c..%5csecret.txt',
    ]) {
      const { status, body } = await getRaw(origin, path);
      assert.ok(status === 400 || status === 404, `${path}: ${status}`);
      assert.doesNotMatch(body, /a file (beside|above) the served folder/, path);
    }
    assert.equal((await fetch(`${origin}/data/timeline.json`)).status, 200);
  });

  test('serves report.json as the build writes it', async () => {
    const report = (await (await fetch(`${origin}/report.json`)).json()) as { summary: { total: number } };
    assert.equal(typeof report.summary.total, 'number');
  });

  test('serves the same timeline.json and report.json as `npm run build` writes for the same content', async () => {
    const built = buildSite({ content, args: ['--data-only'] });
    for (const file of ['data/timeline.json', 'report.json']) {
      const served = await (await fetch(`${origin}/${file}`)).text();
      assert.equal(served, readFileSync(join(built.out, file), 'utf8'), `${file} differs between the dev server and the build`);
    }
  });

  test('reads an added article, and only that one, when it is saved by renaming a temporary file', async () => {
    const rebuilt = server.next(built(3));
    saveByRenaming(join(articles, 'added.txt'), readFileSync(join(SEEDS, '002_c3fd078603244dbd.txt'), 'utf8'));
    assert.match(await rebuilt, /^3 articles \(1 read, 2 from the cache\)/);
    assert.equal((await timeline()).articles.length, 3);
  });

  test('reads an article again each time an editor saves it over the old file by renaming', async () => {
    const file = join(articles, 'added.txt');
    const text = readFileSync(file, 'utf8');
    for (const title of ['A title given in the editor', 'The title changed again', 'And once more']) {
      const rebuilt = server.next((line) => built(3)(line) && line.includes('(1 read'));
      saveByRenaming(file, `---\ntitle: ${title}\n---\n${text}`);
      await rebuilt;
      const titles = (await timeline()).articles.map((a) => a.title);
      assert.ok(titles.includes(title), `${title} not in: ${titles.join(' | ')}`);
    }
  });

  test('renders again only the pages an edit changed, carries the others over, and says so', async () => {
    const rebuilt = server.next((line) => built(3)(line) && line.includes('(1 read'));
    const text = readFileSync(join(SEEDS, '002_c3fd078603244dbd.txt'), 'utf8');
    saveByRenaming(join(articles, 'added.txt'), `---\ntitle: Edited in the dev server\n---\n${text}`);
    const line = await rebuilt;
    const [, rendered, unchanged] = /(\d+) rendered .*?, (\d+) unchanged/.exec(line) ?? [];
    assert.ok(Number(rendered) > 0 && Number(unchanged) > 0, line);
    assert.match(line, /data files \d+\.\d+ s; view \d+\.\d+ s; .*rebuilt in \d+\.\d+ s/);
    const id = (await timeline()).articles.find((a) => a.title === 'Edited in the dev server')?.id;
    assert.match(await (await fetch(`${origin}/articles/${id}/`)).text(), /<h1[^>]*>Edited in the dev server<\/h1>/);
  });

  test('makes the About page when about.md is written, and takes it off when it is removed', async () => {
    assert.equal((await fetch(`${origin}/about/`)).status, 404);
    let rebuilt = server.next(built(3));
    saveByRenaming(join(content, 'about.md'), '# Desk notes\n\nGathered by *the desk*.\n');
    await rebuilt;
    const page = await (await fetch(`${origin}/about/`)).text();
    assert.match(page, /<h1>Desk notes<\/h1>/);
    assert.match(page, /<p>Gathered by <em>the desk<\/em>\.<\/p>/);
    rebuilt = server.next(built(3));
    rmSync(join(content, 'about.md'));
    await rebuilt;
    assert.equal((await fetch(`${origin}/about/`)).status, 404);
  });

  test('takes a removed article off the site', async () => {
    const rebuilt = server.next(built(2));
    rmSync(join(articles, '000_81e78f0b521ea31c.txt'));
    await rebuilt;
    const files = (await timeline()).articles.map((a) => a.file);
    assert.ok(!files.some((f) => f.endsWith('000_81e78f0b521ea31c.txt')), files.join(' | '));
  });
});

describe('npm run dev --data-dir', () => {
  test('refuses a folder that holds files it did not make, and leaves them as they were', () => {
    const work = tempDir('dateline-dev-dir-');
    const notes = join(work, 'notes');
    mkdirSync(join(notes, 'site'), { recursive: true });
    writeFileSync(join(notes, 'site', 'draft.md'), 'my draft');
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/dev.ts', '--content', SEEDS, '--port', '0', '--data-dir', notes], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: PATIENCE_MS,
    });
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stderr, /not empty and was not made by dateline dev/);
    assert.ok(existsSync(join(notes, 'site', 'draft.md')), 'the folder is untouched');
    rmSync(work, { recursive: true, force: true });
  });
});
