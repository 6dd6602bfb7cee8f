/**
 * `npm run build`: the data step, then Eleventy, into the output folder.
 *   --content DIR      content folder (default: content; env DATELINE_CONTENT). A folder
 *                      without articles/ inside is read as the articles folder itself.
 *   --out DIR          output folder (default: _site; env DATELINE_OUT)
 *   --pathprefix /p/   serve the site under a sub-path (env DATELINE_PATH_PREFIX)
 *   --data-only        write only <out>/data/timeline.json
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runDataStep } from '../src/build-data.ts';
import { buildView } from '../src/output/view.ts';
import { renderSite } from './render-site.ts';

const { values } = parseArgs({
  options: {
    content: { type: 'string' },
    out: { type: 'string' },
    pathprefix: { type: 'string' },
    'data-only': { type: 'boolean', default: false },
  },
});

const root = process.cwd();
const content = resolve(values.content ?? process.env['DATELINE_CONTENT'] ?? 'content');
const articles = existsSync(join(content, 'articles')) ? join(content, 'articles') : content;
const registries = existsSync(join(content, 'articles')) ? content : resolve('content');
const out = resolve(values.out ?? process.env['DATELINE_OUT'] ?? '_site');
const pathPrefix = values.pathprefix ?? process.env['DATELINE_PATH_PREFIX'] ?? '/';

const t0 = performance.now();
const { data, fatal } = runDataStep({ contentDir: registries, articlesDir: articles, root });
if (fatal.length) {
  for (const d of fatal) console.error(`error: ${d.file}: ${d.message}`);
  process.exit(1);
}
const t1 = performance.now();
mkdirSync(join(out, 'data'), { recursive: true });
writeFileSync(join(out, 'data', 'timeline.json'), `${JSON.stringify(data, null, 1)}\n`);
for (const d of data.diagnostics) console.warn(`${d.severity}: ${d.file}${d.line ? `:${d.line}` : ''}: ${d.message}`);
console.log(
  `data: ${data.articles.length} articles, ${data.events.length} events, ${data.claims.length} claims, ` +
    `${data.diagnostics.length} warnings in ${((t1 - t0) / 1000).toFixed(2)} s`,
);
if (!values['data-only']) {
  const pages = await renderSite({ view: buildView(data), out, pathPrefix });
  console.log(`site: ${pages} pages in ${((performance.now() - t1) / 1000).toFixed(2)} s -> ${out}`);
}
