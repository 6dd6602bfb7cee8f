/** An event in a list (timeline, place, outlet): title, date, places, how many outlets and reports, and its key figures. */
import { html, type SafeHtml } from '../../src/output/html.ts';
import type { EventView } from '../../src/output/view/types.ts';
import { links, plural } from './lists.ts';
import { once } from './once.ts';

/** An event's card, made once per event (see once.ts). */
export const eventCard = once(
  (ev: EventView): SafeHtml => html`
<article class="event">
  <h3><a href="${ev.url}">${ev.title}</a></h3>
  <p class="meta"><time datetime="${ev.datetime}">${ev.date}</time>${ev.places.length > 0 && html` · ${links(ev.places)}`} · ${ev.outlets.length ? plural(ev.outlets.length, 'outlet', 'outlets') : 'outlet unknown'}, ${plural(ev.articleCount, 'report', 'reports')}</p>
  ${
    ev.keyFigures.length > 0 &&
    html`
  <ul class="figures">
    ${ev.keyFigures.map(
      (c) =>
        html`<li><strong>${c.figure}</strong> ${c.what} <span class="cat cat-${c.category}">${c.category}</span> — ${c.claimant ? c.claimant.name : c.source ? c.source.name : 'unknown outlet'}</li>`,
    )}
  </ul>
  `
  }
</article>
`,
);
