/** A month of the timeline: its name and its events, on the home page or a year's page. */
import { html, type SafeHtml } from '../../src/output/html.ts';
import type { MonthView } from '../../src/output/view/types.ts';
import { eventCard } from './event-card.ts';
import { monthId } from '../../src/output/urls.ts';

export function monthSection(month: MonthView): SafeHtml {
  return html`
<section class="month" aria-labelledby="${monthId(month.key)}">
  <h2 id="${monthId(month.key)}">${month.label}</h2>
  ${month.events.map(eventCard)}
</section>
`;
}
