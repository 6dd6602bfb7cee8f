/**
 * `npm run bench [-- --sizes 1000,10000] [--fakes DIR] [--work DIR] [--no-yardstick] [--no-profile] [--only-profile]`
 * Builds synthetic corpora (the seeds varied: dates shifted, places swapped among
 * Syrian cities, figures scaled, outlets renamed) and the FA-KES dev half, each with
 * `npm run build` itself (scripts/build.ts, which writes its timings with --timings), and
 * prints a markdown table: the cold whole build; the whole build after adding one article
 * (`npm run build` again into the same folder, carrying its unchanged pages over); the dev server from saving an article to
 * the reload (three saves one after another: the first right after it starts, then the median of the others); and the yardsticks, bare Eleventy building as many plain Markdown pages
 * and bare Pagefind indexing the cold build's pages. Then a profile of where the data
 * step's time goes, per article.
 *
 * Speed is measured here only, never in tests. Output folders of earlier runs are
 * moved aside before a timed build and deleted at the end, so no timed build pays
 * for deleting a large tree.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { articleContext } from '../src/extract/context.ts';
import { compileLexicons } from '../src/extract/lexicons.ts';
import { extractArticles, runStepsOver, STEP_BATCH, STEPS } from '../src/extract/pipeline.ts';
import { loadGazetteer } from '../src/gazetteer/index.ts';
import { ingestArticle } from '../src/ingest/index.ts';
import { detectLanguage } from '../src/ingest/language.ts';
import { listArticleFiles } from '../src/ingest/list-files.ts';
import { buildTimeline } from '../src/link/index.ts';
import type { ArticleFacts } from '../src/model/types.ts';
import { timelineSchema } from '../src/model/schema.ts';
import { loadRegistries } from '../src/registry/load.ts';
import { MONTH_NAMES, MONTH_PATTERN, MONTH_PREFIX_PATTERN, capitalised } from '../src/lexicon/calendar-words.ts';
import { commandLine } from './command-line.ts';

const ROOT = resolve(import.meta.dirname, '..');
const REGISTRIES = ['sources.yml', 'claimants.yml', 'places.yml'];
/** Saves timed in the dev server: the first right after it starts serving, then more as a user goes on working. */
const DEV_SAVES = 3;
const MONTHS = MONTH_NAMES.map(capitalised);
const MONTH_WORD = new RegExp(`\\b(${MONTH_PATTERN}|${MONTH_PREFIX_PATTERN})\\b(\\.?)`, 'g');
const YEAR = /\b(201[0-9])\b/g;
/** Whole numbers of 2 to 5 digits that are not years: the figures to scale. */
const FIGURE = /\b(?!(?:19|20)\d\d\b)(\d{2,5})\b/g;
const SYRIAN_CITIES = [
  'Palmyra',
  'Aleppo',
  'Homs',
  'Hama',
  'Idlib',
  'Raqqa',
  'Deir ez-Zor',
  'Daraa',
  'Latakia',
  'Douma',
  'Manbij',
  'Qamishli',
  'Tartus',
  'Hasakah',
  'Al-Bab',
];
const CITY_WORD = new RegExp(`\\b(${SYRIAN_CITIES.join('|')})\\b`, 'g');
const OUTLETS = Array.from({ length: 40 }, (_, i) => `Bench Wire ${String.fromCharCode(65 + (i % 26))}${Math.floor(i / 26) + 1}`);

const USAGE = 'usage: npm run bench -- [--sizes 1000,10000] [--fakes DIR] [--work DIR] [--no-yardstick] [--no-profile] [--only-profile]';

const { values } = commandLine(
  {
    options: {
      sizes: { type: 'string', default: '1000,10000' },
      fakes: { type: 'string', default: resolve(ROOT, '../shared/corpora/fakes-dev/articles') },
      work: { type: 'string', default: '/tmp/dateline-bench' },
      'no-yardstick': { type: 'boolean', default: false },
      'no-profile': { type: 'boolean', default: false },
      'only-profile': { type: 'boolean', default: false },
    },
  },
  USAGE,
);

/** What `scripts/build.ts --timings FILE` writes. */
interface ChildReport {
  readonly articles: number;
  readonly events: number;
  readonly claims: number;
  readonly pages: number;
  /** Pages rendered, and carried over from the previous build (--previous). */
  readonly rendered: number;
  readonly carried: number;
  /** Of the render: building the search index (alongside Eleventy). */
  readonly searchMs: number;
  /** Waiting for the site's code to load (it loads while the data step runs). */
  readonly waitCodeMs: number;
  /** Of the render: the view, the fingerprints (planning), Eleventy with the carry-over, and the rest (feeds, waiting for the index, the record). */
  readonly viewMs: number;
  readonly planMs: number;
  readonly pagesMs: number;
  /** Search shards built again, of all. */
  readonly shards: string;
  /** From node's start to the data step's: loading the code, checking the folders. */
  readonly startMs: number;
  readonly dataMs: number;
  /** From the data step's end to the swap of the folders and the record written: the site. */
  readonly renderMs: number;
  /** Threads that extracted (worker threads and the main thread). */
  readonly threads: number;
  readonly extracted: number;
  readonly fromCache: number;
  readonly maxRssMb: number;
  /** Peak memory when the data step had finished (before Eleventy). */
  readonly dataMaxRssMb: number;
}

interface Run extends ChildReport {
  /** The whole child process, node start to exit. */
  readonly wallMs: number;
}

await main();

async function main(): Promise<void> {
  const work = resolve(values.work);
  if (values['only-profile']) {
    console.log(profile(syntheticCorpus(join(work, 'synthetic-1000'), shippedSeeds(), 1000)));
    return;
  }
  const trash = join(work, 'trash');
  mkdirSync(trash, { recursive: true });
  const seeds = shippedSeeds();
  const corpora: { name: string; content: string }[] = [];
  for (const size of values.sizes
    .split(',')
    .map(Number)
    .filter((n) => n > 0)) {
    corpora.push({ name: `synthetic ${size}`, content: syntheticCorpus(join(work, `synthetic-${size}`), seeds, size) });
  }
  if (existsSync(values.fakes)) corpora.push({ name: 'FA-KES dev', content: copiedCorpus(join(work, 'fakes'), values.fakes) });

  const rows: string[] = [];
  const results: { name: string; cold: Run; warm: Run; dev: DevReload; yard: number | null; pagefind: number }[] = [];
  let moved = 0;
  const freshDir = (dir: string): string => {
    // (a run that was stopped may have left its own numbered folders in the trash)
    while (existsSync(join(trash, `${moved}`))) moved++;
    if (existsSync(dir)) renameSync(dir, join(trash, `${moved++}`));
    return dir;
  };
  for (const corpus of corpora) {
    const slug = corpus.name.replace(/\W+/g, '-');
    const cache = freshDir(join(work, 'cache', slug));
    process.stderr.write(`${corpus.name}: cold build...\n`);
    const coldOut = freshDir(join(work, 'out', `${slug}-cold`));
    const cold = build(corpus.content, coldOut, cache);
    process.stderr.write(`${corpus.name}: bare Pagefind over the cold build's pages...\n`);
    const pagefind = barePagefind(coldOut, freshDir(join(work, 'out', `${slug}-pagefind`)));
    // One more article, as `npm run add` would write it, then a build in a new process that
    // carries the unchanged pages over from the cold one (as `npm run build` does from _site).
    const added = join(corpus.content, 'articles', 'zz-bench-added.txt');
    writeFileSync(added, varied(seeds, 1_000_003));
    process.stderr.write(`${corpus.name}: build after adding one article...\n`);
    const warm = build(corpus.content, coldOut, cache);
    process.stderr.write(`${corpus.name}: dev server, ${DEV_SAVES} articles saved one after another...\n`);
    const dev = await devServerReload(
      corpus.content,
      cache,
      freshDir(join(work, 'dev', slug)),
      Array.from({ length: DEV_SAVES }, (_, i) => varied(seeds, 1_000_004 + i)),
    );
    rmSync(added);
    let yard: number | null = null;
    if (!values['no-yardstick']) {
      process.stderr.write(`${corpus.name}: bare Eleventy, ${cold.pages} Markdown pages...\n`);
      yard = yardstick(join(work, `yard-${cold.pages}`), freshDir(join(work, 'out', `${slug}-yard`)), cold.pages, seeds);
    }
    results.push({ name: corpus.name, cold, warm, dev, yard, pagefind });
  }

  const s = (ms: number): string => (ms / 1000).toFixed(2);
  const cores = availableParallelism();
  rows.push(
    `Machine: ${cores} cores (availableParallelism), Node ${process.version}. Times in seconds; "wall" is the whole build process (node start to exit). Other processes on the machine slow every figure: compare rows of one run.`,
    '',
    '| corpus | articles | events | pages | data cold | render cold (search index) | wall cold | wall +1 article: pages rendered / carried over | +1 / cold | dev server save to reload: first save / median of the next (pages rendered) | bare Eleventy (same pages) | bare Pagefind (same pages) | cold / (Eleventy + Pagefind) | peak RSS cold: data step / whole build (MB) | articles/s/core | threads |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  );
  for (const { name, cold, warm, dev, yard, pagefind } of results) {
    const perCore = cold.articles / (cold.dataMs / 1000) / Math.max(1, cold.threads);
    rows.push(
      `| ${name} | ${cold.articles} | ${cold.events} | ${cold.pages} | ${s(cold.dataMs)} | ${s(cold.renderMs)} (${s(cold.searchMs)}) | ${s(cold.wallMs)} | ${s(warm.wallMs)}: ${warm.rendered} / ${warm.carried} | ${(warm.wallMs / cold.wallMs).toFixed(2)} | ${s(dev.ms[0] ?? 0)} / ${s(median(dev.ms.slice(1)))} (${dev.rendered.map((n) => n ?? '?').join(', ')}) | ${yard === null ? '-' : s(yard)} | ${s(pagefind)} | ${yard === null ? '-' : (cold.wallMs / (yard + pagefind)).toFixed(2)} | ${cold.dataMaxRssMb.toFixed(0)} / ${cold.maxRssMb.toFixed(0)} | ${perCore.toFixed(0)} | ${cold.threads} |`,
    );
  }
  rows.push(
    '',
    'Where the time of the build after adding 1 article goes (seconds; the search index is built alongside the pages, from the start of the render; "start-up" is node and the code loading until the data step begins; "rest" is the exit and the child process around it):',
    '',
    '| corpus | wall | start-up | data step | view | fingerprints | pages (Eleventy, carry-over) | search index (shards built again / all) | render in all | rest |',
    '|---|---|---|---|---|---|---|---|---|---|',
  );
  for (const { name, warm } of results) {
    rows.push(
      `| ${name} | ${s(warm.wallMs)} | ${s(warm.startMs)} | ${s(warm.dataMs)} | ${s(warm.viewMs)} | ${s(warm.planMs)} | ${s(warm.pagesMs)} | ${s(warm.searchMs)} (${warm.shards}) | ${s(warm.renderMs)} | ${s(warm.wallMs - warm.startMs - warm.dataMs - warm.renderMs)} |`,
    );
  }
  const small = results.find((r) => r.name === 'synthetic 1000');
  const large = results.find((r) => r.name === 'synthetic 10000');
  if (small && large) {
    rows.push(
      '',
      `10x articles: data step ${(large.cold.dataMs / small.cold.dataMs).toFixed(1)}x, whole build ${(large.cold.wallMs / small.cold.wallMs).toFixed(1)}x the time (target <= 11x).`,
    );
  }
  console.log(rows.join('\n'));
  if (!values['no-profile'] && small) {
    process.stderr.write('profiling the data step on synthetic 1000...\n');
    console.log(`\n${profile(join(work, 'synthetic-1000'))}`);
  }
  rmSync(trash, { recursive: true, force: true });
}

/**
 * `npm run build` into `out` in a new process, with the facts cache in `cache` (a build into an
 * `out` that holds an earlier build carries its unchanged pages over, as for a user).
 */
function build(content: string, out: string, cache: string): Run {
  const timings = `${out}.timings.json`;
  rmSync(timings, { force: true });
  const t0 = performance.now();
  // As `npm run build` runs it: precompiled, without tsx (see scripts/run-compiled.mjs).
  const entry = [join(ROOT, 'scripts', 'run-compiled.mjs'), join(ROOT, 'scripts', 'build.ts')];
  const run = spawnSync(process.execPath, [...nodeFlags('build'), ...entry, '--content', content, '--out', out, '--timings', timings], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, DATELINE_CACHE: cache },
    maxBuffer: 64 * 1024 * 1024,
  });
  const wallMs = performance.now() - t0;
  if (run.status !== 0 || !existsSync(timings)) throw new Error(`the build of ${content} failed:\n${run.stderr.slice(-4000)}`);
  return { ...(JSON.parse(readFileSync(timings, 'utf8')) as ChildReport), wallMs };
}

interface DevReload {
  /** From writing the article to the dev server's line saying the new site is served (its reload), for each save in turn. */
  readonly ms: readonly number[];
  /** Pages each rebuild rendered, as the dev server said. */
  readonly rendered: readonly (number | null)[];
}

/**
 * `npm run dev` on the corpus: once it serves the first build, articles are saved one after
 * another, each once the search index of the one before is in place, and the time from each
 * save until the server has switched to the new site and reloaded the browser is measured.
 */
async function devServerReload(content: string, cache: string, dataDir: string, texts: readonly string[]): Promise<DevReload> {
  const child = spawn(
    process.execPath,
    [...process.execArgv, ...nodeFlags('dev'), join(ROOT, 'scripts', 'dev.ts'), '--content', content, '--port', '0', '--data-dir', dataDir],
    {
      cwd: ROOT,
      env: { ...process.env, DATELINE_CACHE: cache },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const lines: string[] = [];
  let waiting: { test: (l: string) => boolean; resolve: (l: string) => void } | null = null;
  let rest = '';
  const heard = (chunk: Buffer): void => {
    const parts = (rest + chunk.toString('utf8')).split('\n');
    rest = parts.pop() ?? '';
    for (const line of parts) {
      lines.push(line);
      if (waiting?.test(line)) waiting.resolve(line);
    }
  };
  child.stdout.on('data', heard);
  child.stderr.on('data', heard);
  const next = (test: (l: string) => boolean): Promise<string> =>
    new Promise((resolve, reject) => {
      waiting = { test, resolve };
      child.once('exit', () => reject(new Error(`the dev server stopped:\n${lines.slice(-20).join('\n')}`)));
    });
  const files = texts.map((_, i) => join(content, 'articles', `zz-bench-dev-added-${i + 1}.txt`));
  const ms: number[] = [];
  const rendered: (number | null)[] = [];
  try {
    await next((l) => l.startsWith('dateline dev: '));
    for (const [i, text] of texts.entries()) {
      const rebuilt = next((l) => /^\d+ articles \(/.test(l) && l.includes('rebuilt in'));
      const t0 = performance.now();
      writeFileSync(files[i]!, text);
      const line = await rebuilt;
      ms.push(performance.now() - t0);
      const count = /(\d+) rendered/.exec(line)?.[1];
      rendered.push(count === undefined ? null : Number(count));
      // The next save comes once this one's search index is in place, as when a user reads the new page first.
      if (line.includes('being built')) await next((l) => /^(?:search index:|the search index could not)/.test(l));
    }
    return { ms, rendered };
  } finally {
    child.kill('SIGINT');
    for (const file of files) rmSync(file, { force: true });
  }
}

/**
 * The Node flags an npm script gives Node (package.json) before its entry, so that the bench
 * times the build and the server a user runs.
 * @example nodeFlags('dev') // ['--max-semi-space-size=64']
 */
function nodeFlags(script: 'build' | 'dev'): string[] {
  const { scripts } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const words = (scripts[script] ?? '').split(/\s+/).slice(1);
  return words.slice(
    0,
    Math.max(
      0,
      words.findIndex((word) => !word.startsWith('--')),
    ),
  );
}

/** The middle value (the mean of the two middle ones for an even count). */
function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Pagefind 1.6's own command over the pages of a built site (its search index left out), into `out`; returns the wall time. */
function barePagefind(site: string, out: string): number {
  const t0 = performance.now();
  const run = spawnSync(join(ROOT, 'node_modules', '.bin', 'pagefind'), ['--site', site, '--output-path', out, '--force-language', 'en', '--quiet'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`bare Pagefind failed:\n${run.stderr}`);
  return performance.now() - t0;
}

/** Eleventy 3.1.7 from this project's node_modules building `pages` plain Markdown pages; returns the wall time. */
function yardstick(input: string, out: string, pages: number, seeds: readonly string[]): number {
  if (!existsSync(input) || readdirSync(input).length !== pages) {
    rmSync(input, { recursive: true, force: true });
    mkdirSync(input, { recursive: true });
    for (let i = 0; i < pages; i++) {
      const text = (seeds[i % seeds.length] ?? '')
        .split('\n')
        .filter((l) => l.trim())
        .join('\n\n');
      writeFileSync(join(input, `page-${i}.md`), `---\ntitle: Page ${i}\n---\n# Page ${i}\n\n${text}\n`);
    }
  }
  const t0 = performance.now();
  const run = spawnSync(process.execPath, [join(ROOT, 'node_modules', '@11ty', 'eleventy', 'cmd.cjs'), `--input=${input}`, `--output=${out}`, '--quiet'], {
    cwd: input,
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`bare Eleventy failed:\n${run.stderr}`);
  return performance.now() - t0;
}

/** The texts of the shipped seed articles, in file order: what the synthetic corpora are varied from. */
function shippedSeeds(): string[] {
  const dir = join(ROOT, 'content', 'articles');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
}

/** A content folder with `size` articles varied from the seeds, plus the shipped registries. */
function syntheticCorpus(dir: string, seeds: readonly string[], size: number): string {
  const articles = join(dir, 'articles');
  const have = existsSync(articles) ? readdirSync(articles).length : -1;
  if (have !== size) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(articles, { recursive: true });
    for (let i = 0; i < size; i++) writeFileSync(join(articles, `bench-${String(i).padStart(5, '0')}.txt`), varied(seeds, i));
  }
  copyRegistries(dir);
  return dir;
}

/** A copy of a folder of articles (never build into the shared corpus: the warm run adds a file). */
function copiedCorpus(dir: string, from: string): string {
  if (!existsSync(join(dir, 'articles'))) cpSync(from, join(dir, 'articles'), { recursive: true });
  copyRegistries(dir);
  return dir;
}

function copyRegistries(dir: string): void {
  for (const file of REGISTRIES) if (existsSync(join(ROOT, 'content', file))) cpSync(join(ROOT, 'content', file), join(dir, file));
}

/** Seed `i mod 5`, with its months and years shifted, its cities swapped, its figures scaled and its outlet renamed. */
function varied(seeds: readonly string[], i: number): string {
  const seed = seeds[i % seeds.length] ?? '';
  const monthShift = (i * 7) % 12;
  const year = 2012 + (i % 8);
  // A cycle of 97 (prime) against the others: articles stay distinct beyond 10,000.
  const factor = 0.5 + ((i * 13) % 97) / 60;
  const cityShift = 1 + (i % (SYRIAN_CITIES.length - 1));
  const text = seed
    .replace(MONTH_WORD, (_, month: string, dot: string) => {
      const k = MONTHS.findIndex((m) => m.startsWith(month.slice(0, 3)));
      const next = MONTHS[(k + monthShift) % 12] ?? month;
      return month.length === 3 ? `${next.slice(0, 3)}${dot}` : `${next}${dot}`;
    })
    .replace(YEAR, (y) => String(year + (Number(y) - 2016)))
    .replace(CITY_WORD, (city) => SYRIAN_CITIES[(SYRIAN_CITIES.indexOf(city) + cityShift) % SYRIAN_CITIES.length] ?? city)
    .replace(FIGURE, (n) => String(Math.max(2, Math.round(Number(n) * factor))));
  return `---\nsource: ${OUTLETS[i % OUTLETS.length]}\nurl: https://bench.example/news/${i}\n---\n${text}`;
}

/**
 * Where the data step's time goes, per article, on one thread: each stage timed on its own
 * (the pipeline's steps, from its own table, once more outside the whole pipeline), after a warm-up pass.
 */
function profile(content: string): string {
  const t: Record<string, number> = {};
  const time = <T>(stage: string, f: () => T): T => {
    const a = performance.now();
    const r = f();
    t[stage] = (t[stage] ?? 0) + performance.now() - a;
    return r;
  };
  const { registries } = time('registries (once)', () => loadRegistries(content));
  const lexicons = compileLexicons(registries);
  time('gazetteer (once)', () => loadGazetteer());
  const files = listArticleFiles(join(content, 'articles'), ROOT);
  const facts: ArticleFacts[] = [];
  const WHOLE = `extraction (whole pipeline, ${STEP_BATCH} articles a step at a time, as the build runs it)`;
  for (const pass of ['warm-up', 'timed'] as const) {
    if (pass === 'timed') for (const k of Object.keys(t)) if (!k.endsWith('(once)')) delete t[k];
    facts.length = 0;
    for (let i = 0; i < files.length; i += STEP_BATCH) {
      const articles = files.slice(i, i + STEP_BATCH).map((file) => {
        const bytes = time('read file', () => readFileSync(join(ROOT, file)));
        const article = time('ingest (all)', () => ingestArticle({ file, bytes }, registries, { sourcePatterns: lexicons.sourcePatterns }));
        time('  of which: language (franc)', () => detectLanguage(article.body));
        return article;
      });
      const english = articles.filter((article) => article.language === 'eng');
      const contexts = time('context (sentences)', () => english.map((article) => articleContext(article, lexicons)));
      runStepsOver(contexts, STEPS, (name, run) => time(`step: ${name}`, run));
      for (const found of time(WHOLE, () => extractArticles(articles, lexicons))) {
        facts.push(found);
        const json = time('cache: write JSON', () => JSON.stringify(found));
        time('cache: parse JSON', () => JSON.parse(json) as unknown);
      }
    }
  }
  const data = time('link (all articles)', () => buildTimeline(facts, lexicons, []));
  time('contract check (zod, all)', () => timelineSchema.safeParse(data));
  const n = files.length;
  const lines = [
    `Data-step profile, one thread, ${n} articles (synthetic 1000), ms per article:`,
    '',
    '| stage | ms/article | share of ingest+pipeline |',
    '|---|---|---|',
  ];
  const total = (t['ingest (all)'] ?? 0) + (t[WHOLE] ?? 0);
  for (const [stage, ms] of Object.entries(t)) {
    const once = stage.endsWith('(once)');
    lines.push(`| ${stage} | ${once ? `${ms.toFixed(0)} ms once` : (ms / n).toFixed(3)} | ${once ? '' : `${((100 * ms) / total).toFixed(0)}%`} |`);
  }
  return lines.join('\n');
}
