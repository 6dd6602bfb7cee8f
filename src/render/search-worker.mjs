/**
 * Builds Pagefind indexes on a thread of its own (search-index.ts starts it). Driven from the
 * main thread, each message to and from Pagefind's process waited for a turn of the main
 * thread's event loop, which rendering holds: the index of a build after one article was
 * added finished after the pages, though Pagefind's own work took a tenth of the time.
 * Plain JavaScript, so that it runs the same under tsx and precompiled.
 *
 * In: workerData { jobs: [{ dir, primary, previous }], first: [docs of the first few jobs], window,
 * atOnce } (or, for a thread started ahead, workerData { wait: true } and those in a first message); then, for each { want: n } it posts, a message { job: n, docs: [{ sourcePath, html }] }.
 * A shard's documents are asked for when the shard `atOnce` places before it starts, so they
 * are here when it is reached, and few are held twice at once.
 * Out: { ok: true } or { error: string }, once every index is written or one failed.
 */
import { linkSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';

/** The files of an index that only its primary (the one the page loads) needs: scripts, styles, the WebAssembly. */
const PRIMARY_ONLY = /\.(?:js|css)$|^wasm\./;

// Started ahead (workerData.wait), the thread loads Pagefind meanwhile and is given its work in a first message.
const { jobs, first, window, atOnce } = workerData.wait ? await new Promise((resolve) => parentPort.once('message', resolve)) : workerData;

/** Each job's documents: given at the start, or asked for and settled when the main thread sends them. */
const docsOf = new Map(first.map((d, n) => [n, Promise.resolve(d)]));
/** Jobs whose documents are asked for and not here yet. */
const waiting = new Map();
const receive = ({ job, docs: sent }) => {
  waiting.get(job)?.(sent);
  waiting.delete(job);
  if (!waiting.size) parentPort.unref();
};
parentPort.on('message', receive);
// The port keeps the thread alive only while documents are awaited: a Pagefind process that
// stops leaves its answer unsettled, and the thread then ends instead of waiting for ever.
parentPort.unref();
const ask = (job) => {
  if (job >= jobs.length || docsOf.has(job)) return;
  docsOf.set(job, new Promise((resolve) => waiting.set(job, resolve)));
  parentPort.ref();
  parentPort.postMessage({ want: job });
};

/** Pagefind over one shard's documents, into its folder. */
async function index({ dir, primary, previous }, documents) {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  // Handed over in a fixed order, a window at a time: Pagefind takes them in the order sent,
  // so the index files are the same from build to build (its own directory walk is not), and
  // a window bounds the messages waiting in memory.
  const failed = [];
  for (let start = 0; start < documents.length; start += window) {
    const part = documents.slice(start, start + window);
    const added = await Promise.all(part.map((d) => index.addHTMLFile({ sourcePath: d.sourcePath, content: d.html })));
    added.forEach((a, i) => {
      for (const e of a.errors) failed.push(`${part[i]?.sourcePath}: ${e}`);
    });
  }
  if (failed.length) throw new Error(`pagefind: ${failed.join('; ')}`);
  const done = await index.getFiles();
  if (done.errors.length) throw new Error(`pagefind: ${done.errors.join('; ')}`);
  await index.deleteIndex();
  try {
    writeIndexFiles(dir, primary ? done.files : done.files.filter((f) => !PRIMARY_ONLY.test(f.path)), previous);
  } catch (e) {
    throw new Error(`pagefind: the index could not be written to ${dir} (${e instanceof Error ? e.message : e})`);
  }
}

/**
 * Writes an index's files into its folder; a file the same shard of the previous build holds
 * with the same bytes (most of a shard indexed again after one article was added: each page's
 * fragment is a file of its own) is linked from there instead. Creating files was most of the
 * time Pagefind took to write a shard on a disk where the previous site had just been deleted
 * (ext4 looks past recently freed inodes for each new one); a link makes no new inode.
 * The bytes are those Pagefind would write itself; only the primary's scripts run, so a merged
 * shard is given only its entry, metadata and index files.
 */
function writeIndexFiles(dir, files, previous) {
  const folders = new Set();
  for (const { path, content } of files) {
    const file = join(dir, path);
    const folder = dirname(file);
    if (!folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      folders.add(folder);
    }
    if (!(previous && linkedSame(join(previous, path), file, content))) writeFileSync(file, content);
  }
}

/** Links `from` to `to` when `from` holds `content` byte for byte; false when it does not (or is not there, or cannot be linked). */
function linkedSame(from, to, content) {
  try {
    if (!readFileSync(from).equals(content)) return false;
    linkSync(from, to);
    return true;
  } catch {
    return false;
  }
}

let next = 0;
let failure = null;
const worker = async () => {
  for (let n = next++; n < jobs.length && !failure; n = next++) {
    try {
      ask(n);
      ask(n + atOnce);
      await index(jobs[n], await docsOf.get(n));
      docsOf.delete(n);
    } catch (e) {
      failure ??= e;
    }
  }
};
await Promise.all(Array.from({ length: Math.min(atOnce, jobs.length) }, worker));
await pagefind.close();
// No more messages to wait for: the thread ends once its answer is sent.
parentPort.off('message', receive);
parentPort.postMessage(failure ? { error: failure instanceof Error ? failure.message : String(failure) } : { ok: true });
