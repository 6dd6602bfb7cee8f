/** Figures and how outlets carried them: the claims table, the side-by-side grid, who carried what first, and where outlets disagree. */
import { html, type SafeHtml } from '../../src/output/html.ts';
import type { ClaimView } from '../../src/output/view/types.ts';
import type { DisagreementView, FigureTable, GroupView } from '../../src/output/compare.ts';
import type { TollView, Verdict } from '../../src/output/tolls.ts';
import { figureChart } from './charts.ts';
import { once } from './once.ts';
import { anchorUrl, claimRowId } from '../../src/output/urls.ts';

/** A figure's row, made once per figure (see once.ts). */
const claimRow = once(
  (c: ClaimView): SafeHtml => html`<tr id="${claimRowId(c.id)}">
  <td class="figure"><strong>${c.figure}</strong> <span class="what">${c.what}</span> <span class="cat cat-${c.category}">${c.category}</span></td>
  <td>${c.claimant ? html`<a href="${c.claimant.url}">${c.claimant.name}</a>` : html`<span class="muted">the outlet itself</span>`}</td>
  <td>${c.source ? html`<a href="${c.source.url}">${c.source.name}</a>` : html`<span class="muted">unknown outlet</span>`}<br><span class="muted">${c.published}</span></td>
  <td>${c.date && html`<time datetime="${c.datetime}">${c.date}</time>`}${c.place && html`<br><a href="${c.place.url}">${c.place.name}</a>`}</td>
  <td><details><summary>Quote</summary><blockquote>${c.quote}</blockquote></details><span data-pagefind-ignore><a href="${c.quoteUrl}">in the article</a> · <a class="permalink" href="${anchorUrl(claimRowId(c.id))}" title="Permanent link to this figure">link</a></span></td>
</tr>
`,
);

/** Every claim as a table row: the figure, who claims it, who carried it, when and where, and the sentence. */
export function claimTable(claims: readonly ClaimView[], caption: string): SafeHtml {
  return html`
<div class="table-wrap">
<table class="claims">
  <caption>${caption}</caption>
  <thead><tr><th scope="col">Figure</th><th scope="col">Claimed by</th><th scope="col">Reported by</th><th scope="col">When, where</th><th scope="col">Source sentence</th></tr></thead>
  <tbody>
  ${claims.map(claimRow)}
  </tbody>
</table>
</div>
`;
}

function figureCell(cell: readonly ClaimView[]): SafeHtml {
  if (!cell.length) return html`<span class="muted"><span aria-hidden="true">—</span><span class="visually-hidden">not reported</span></span>`;
  return html`${cell.map(
    (c) =>
      html`<div class="cell-figure"><a href="${c.quoteUrl}" title="${c.quote}"><strong>${c.figure}</strong></a> <span class="what">${c.what}</span>${c.claimant && html`<br><span class="muted">says <a href="${c.claimant.url}">${c.claimant.name}</a></span>`}<details><summary>sentence</summary><blockquote>${c.quote}</blockquote></details></div>`,
  )}`;
}

/** What each outlet reported for an event: a row per thing counted, a column per outlet. */
export function figureGrid(table: FigureTable): SafeHtml {
  return html`
<div class="table-wrap">
<table class="grid">
  <caption>What each outlet reported: a row per thing counted, a column per outlet. Hover or open a figure for the sentence it was read from.</caption>
  <thead><tr><th scope="col">Counted</th>${table.columns.map((col) => html`<th scope="col">${col.url ? html`<a href="${col.url}">${col.name}</a>` : col.name}</th>`)}</tr></thead>
  <tbody>
  ${table.rows.map(
    (row) => html`
  <tr${row.range && html` class="disputed"`}><th scope="row">${row.label}${row.range && html`<br><span class="note">outlets disagree: ${row.range}</span>`}</th>${row.cells.map((cell) => html`<td>${figureCell(cell)}</td>`)}</tr>
  `,
  )}
  </tbody>
</table>
</div>
`;
}

/** Who carried each figure first, and who repeated it (and in what words, when they differ). */
export function groupList(groups: readonly GroupView[]): SafeHtml {
  return html`
<ul class="carried">
${groups.map(
  (g) => html`
  <li><strong>${g.label}</strong>${g.claimant && html` (${g.claimant})`}: first carried by <a href="${g.first.claim.quoteUrl}">${g.first.source}</a> on ${g.first.published}${
    g.later.length > 0 &&
    html`; repeated by ${g.later.map(
      (r, i) =>
        html`<a href="${r.claim.quoteUrl}">${r.source}</a> (${r.published}${r.claim.figure !== g.first.claim.figure && html`, as “${r.claim.figure} ${r.claim.what}”`})${i < g.later.length - 1 && ', '}`,
    )}`
  }.</li>
`,
)}
</ul>
`;
}

/** Where outlets give different figures for the same thing: each version, who carried it and who they cite. */
export function disagreementList(list: readonly DisagreementView[]): SafeHtml {
  return html`${list.map(
    (d) => html`
<section class="disagreement" aria-label="Disagreement: ${d.label}">
  <h3>${d.label}: ${d.range} reported</h3>
  <ul>${d.versions.map(
    (v) =>
      html`<li><strong>${v.figure}</strong> — ${v.sources.join(', ') || 'outlet unknown'}${v.claimants.length > 0 && html`, citing ${v.claimants.join(', ')}`}${v.claims.map((c) => html` · <a href="${c.quoteUrl}">${c.published}</a>`)}</li>`,
  )}</ul>
</section>
`,
  )}`;
}

/** A figure as a list item linking to its sentence: "120 killed (killed), says X". */
export function claimItem(c: ClaimView): SafeHtml {
  return html`<li><a href="${c.quoteUrl}"><strong>${c.figure}</strong> ${c.what}</a> (${c.category})${c.claimant && html`, says ${c.claimant.name}`}</li>`;
}

const VERDICT_LABEL: Readonly<Record<Verdict, string>> = {
  disagree: 'Disputed between parties',
  rose: 'Rose over time',
  agree: 'Parties agree',
  'one-party': 'Rests on one party',
};

/** One thing counted, by party: a row per party and date, each party's series, the verdict, and a chart where there are several figures. */
export function tollSection(t: TollView, index: number): SafeHtml {
  const id = `toll-${index}`;
  return html`
<section class="toll verdict-${t.verdict}" aria-labelledby="${id}">
  <h3 id="${id}">${t.label} <span class="verdict">${VERDICT_LABEL[t.verdict]}</span></h3>
  <p class="summary">${t.summary}</p>
  <div class="table-wrap">
  <table class="by-party">
    <caption>${t.label}: each party’s figures by the day they stood, and the outlets that carried them</caption>
    <thead><tr><th scope="col">Party</th><th scope="col">As of</th><th scope="col">Figure</th><th scope="col">Carried by</th></tr></thead>
    ${t.parties.map(
      (p) => html`<tbody class="party">
    ${p.points.map(
      (
        pt,
        i,
      ) => html`<tr>${i === 0 && html`<th scope="rowgroup" rowspan="${p.points.length}">${p.party ? html`<a href="${p.party.url}">${p.name}</a>` : p.name}${p.points.length > 1 && html`<br><span class="series">${p.rose ? 'rose: ' : ''}${p.series}</span>`}</th>`}<td>${pt.day ? html`<time datetime="${pt.day}">${pt.dateLabel}</time>` : pt.dateLabel}</td><td class="figure"><a href="${pt.claims[0]!.quoteUrl}" title="${pt.claims[0]!.quote}"><strong>${pt.figure}</strong></a> <span class="what">${pt.claims[0]!.what}</span></td><td>${pt.outlets.join(', ')}</td></tr>
    `,
    )}</tbody>`,
    )}
  </table>
  </div>
  ${t.chart && figureChart(t.chart, `${id}-chart`)}
</section>
`;
}
