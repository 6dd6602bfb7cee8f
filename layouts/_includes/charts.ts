/**
 * The charts and maps, as SVG drawn at build time from the geometry that
 * src/output/charts/ and map.ts compute. Every label is escaped like any other text.
 */
import { html, type SafeHtml } from '../../src/output/html.ts';
import type { TimelineChart } from '../../src/output/charts/timeline-chart.ts';
import type { FigureChart } from '../../src/output/charts/figures-chart.ts';
import type { MapBase, MapMarks } from '../../src/output/map.ts';
import { plural } from './lists.ts';

/** "A", "A and B", "A, B and C". */
function sentenceList(items: readonly string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}` : (items[0] ?? '');
}

/** Events over time: a strip of events a month above, a row of dots per place below (a cell per month where dots would crowd each other); `listedWhere` says where the events left out are listed. */
export function timelineChart(chart: TimelineChart, captionId: string, listedWhere = 'below'): SafeHtml {
  const { leftOut } = chart;
  return html`
<figure class="chart">
<div class="chart-scroll">
<svg class="timeline-chart" viewBox="0 0 ${chart.width} ${chart.height}" role="group" aria-labelledby="${captionId}">
  <g class="axes" aria-hidden="true">
    <text class="axis-title" x="${chart.left - 10}" y="${chart.stripTop + 12}" text-anchor="end">events a month</text>
    <line x1="${chart.left}" x2="${chart.right}" y1="${chart.stripBottom}" y2="${chart.stripBottom}" class="base"/>
    ${chart.bars.map(
      (
        b,
      ) => html`<rect class="bar${b.busy && ' busy'}" x="${b.x}" y="${b.y}" width="${b.width}" height="${b.height}"/>${b.showCount && html`<text class="bar-count" x="${b.x + b.width / 2}" y="${b.y - 4}" text-anchor="middle">${b.count}</text>`}
    `,
    )}
    ${chart.ticks.map(
      (
        t,
      ) => html`<line class="tick" x1="${t.x}" x2="${t.x}" y1="${chart.stripBottom}" y2="${chart.rowsBottom}"/><text class="tick-label" x="${t.x + 3}" y="${chart.stripBottom + 16}">${t.label}</text>
    `,
    )}
    ${chart.rows.map(
      (
        r,
      ) => html`<line class="row" x1="${chart.left}" x2="${chart.right}" y1="${r.y}" y2="${r.y}"/><text class="row-label" x="${chart.left - 10}" y="${r.y + 4}" text-anchor="end">${r.label}</text>
    `,
    )}
  </g>
  ${chart.cells.map(
    (
      c,
    ) => html`<a class="cell level-${c.level}" href="${c.url}" aria-label="${c.label}"><title>${c.label}</title><rect x="${c.x}" y="${c.y}" width="${c.width}" height="${c.height}"/></a>
  `,
  )}
  ${chart.marks.map(
    (m) => html`<a class="mark" href="${m.url}" aria-label="${m.label}"><title>${m.label}</title><circle cx="${m.x}" cy="${m.y}" r="${m.r}"/></a>
  `,
  )}
</svg>
</div>
<figcaption id="${captionId}">Events over time, one row per place${
    chart.busyMonths.length > 0 && html`; the busiest ${chart.busyMonths.length === 1 ? 'month is' : 'months are'} ${sentenceList(chart.busyMonths)}`
  }.${chart.marks.length > 0 && ' Each dot is an event: choose one to read who reported it.'}${
    chart.cells.length > 0 && ` Where dots would crowd each other, a cell stands for the row's events of one month, darker for more: choose one to list them.`
  }${
    leftOut &&
    html` ${plural(leftOut.count, 'event', 'events')} far from the rest (${leftOut.from}${leftOut.to !== leftOut.from && html`–${leftOut.to}`}) are not drawn; they are listed ${listedWhere}.`
  }</figcaption>
</figure>
`;
}

/** The region's outlines with a circle per place shown (sized by its events, or all alike); places off the map are listed in the caption. */
export function regionMap(base: MapBase, map: MapMarks, captionId: string, caption: string): SafeHtml {
  return html`
<figure class="map">
<svg class="region-map" viewBox="0 0 ${base.width} ${base.height}" role="group" aria-labelledby="${captionId}">
  <g aria-hidden="true">
    <rect class="sea" x="0" y="0" width="${base.width}" height="${base.height}"/>
    ${base.countries.map(
      (c) => html`<path class="country${c.focus && ' focus'}" d="${c.d}"/>
    `,
    )}
    ${base.labels.map((l) => html`<text class="country-label" x="${l.x}" y="${l.y}" text-anchor="${l.anchor}">${l.text}</text>`)}
  </g>
  ${map.marks.map(
    (
      m,
    ) => html`<a class="place-mark${m.current && ' current'}" href="${m.url}" aria-label="${m.label}"><title>${m.label}</title><circle cx="${m.x}" cy="${m.y}" r="${m.r}"/></a>
  `,
  )}
  <g aria-hidden="true">
  ${map.marks.map((m) => m.showLabel && html`<text class="place-label" x="${m.x + m.r + 3}" y="${m.y + 4}">${m.name}</text>`)}
  </g>
</svg>
<figcaption id="${captionId}">${caption}${map.sized && ' Circles grow with the number of events.'}${
    map.offMap.length > 0 && html` Off this map: ${map.offMap.map((p, i) => html`<a href="${p.url}">${p.name}</a>${i < map.offMap.length - 1 && ', '}`)}.`
  } Outlines: Natural Earth.</figcaption>
</figure>
`;
}

/** One kind of figure (killed, displaced…) by date, a dot per figure coloured by outlet (or by party, its series joined). */
export function figureChart(fc: FigureChart, captionId: string): SafeHtml {
  return html`
<figure class="figchart">
<svg viewBox="0 0 ${fc.width} ${fc.height}" role="group" aria-labelledby="${captionId}">
  <g class="axes" aria-hidden="true">
    ${fc.yTicks.map(
      (
        t,
      ) => html`<line class="grid" x1="${fc.left}" x2="${fc.right}" y1="${t.y}" y2="${t.y}"/><text class="tick-label" x="${fc.left - 6}" y="${t.y + 4}" text-anchor="end">${t.label}</text>
    `,
    )}
    ${fc.xTicks.map((t) => html`<text class="tick-label" x="${t.x}" y="${fc.bottom + 20}" text-anchor="${t.anchor}">${t.label}</text>`)}
  </g>
  ${fc.lines.map(
    (l) => html`<polyline class="series c${l.colour}" points="${l.points}" aria-hidden="true"/>
  `,
  )}
  ${fc.marks.map(
    (
      m,
    ) => html`<a class="fig-mark" href="${m.url}" aria-label="${m.label}"><title>${m.label}</title><circle class="c${m.colour}" cx="${m.x}" cy="${m.y}" r="5.5"/></a>
  `,
  )}
</svg>
<figcaption id="${captionId}"><strong>${fc.category}</strong>: figures by date${fc.log && ' (logarithmic scale)'}${fc.figures !== null && `; of ${fc.figures.toLocaleString('en-GB')} figures, the lowest and highest of each stretch of days are drawn`}, coloured by ${fc.colouredBy}${fc.lines.length > 0 && ', each party’s figures joined in time order'}:
<span class="legend-list">${fc.legend.map((l) => html`<span class="legend-item"><span class="swatch c${l.colour}"></span>${l.name}</span> `)}</span></figcaption>
</figure>
`;
}
