/**
 * The build report: every problem found while reading the articles. Written only when
 * the build found problems: pagination over an empty list makes no page.
 */
import { html } from '../src/output/html.ts';
import type { SiteView } from '../src/output/view/types.ts';
import { basePage, type PageData } from './_includes/base.ts';
import { plural } from './_includes/lists.ts';
import { pageFile, SITE_URLS } from '../src/output/urls.ts';

type Problem = SiteView['diagnostics'][number];

interface Data extends PageData {
  readonly problems: readonly Problem[];
}

export const data = {
  pagination: { data: 'site.diagnostics', size: 100000, alias: 'problems' },
  permalink: pageFile(SITE_URLS.report),
};

/** How many problems of each kind, kinds in the order they first appear. */
function countByCode(problems: readonly Problem[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const p of problems) counts.set(p.code, (counts.get(p.code) ?? 0) + 1);
  return counts;
}

export function render(d: Data): string {
  const { problems } = d;
  return basePage(
    d,
    { title: 'Build report', description: 'Every problem found while reading the articles, with the file, the line, what is wrong and what to do.' },
    html`<h1>Build report</h1>
<p>The build read every file; ${plural(problems.length, 'problem was', 'problems were')} found in the files below. Each file still has its page under <a href="${SITE_URLS.articles}">Articles</a>. The same list is in <a href="${SITE_URLS.reportJson}">report.json</a>.</p>
<h2>By kind</h2>
<ul class="problem-kinds">${[...countByCode(problems)].map(([code, n]) => html`<li><code>${code}</code>: ${n}</li>`)}</ul>
<h2>Every problem</h2>
<table class="problems">
<caption>Problems found while reading the articles</caption>
<thead><tr><th scope="col">File</th><th scope="col">Line</th><th scope="col">Kind</th><th scope="col">What is wrong</th><th scope="col">What to do</th></tr></thead>
<tbody>
${problems.map(
  (
    p,
  ) => html`<tr class="sev-${p.severity}"><td><code>${p.file}</code></td><td>${p.line || ''}</td><td>${p.severity}: <code>${p.code}</code></td><td>${p.message}</td><td>${p.hint || ''}</td></tr>
`,
)}</tbody>
</table>`,
  );
}
